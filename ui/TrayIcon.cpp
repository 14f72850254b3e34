#include "TrayIcon.h"

#include "NotificationText.h"
#include "alerts/AlertText.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace hubwatch {

namespace {
// Qt 6.4's D-Bus tray sends QCoreApplication::applicationName() as the notification's app_name,
// which the server shows as the sender. Ours, "hubwatch", also names the data and settings
// folders, so it cannot change for good: the product's name stands in for the one synchronous
// call that builds the Notify message. (No custom icon travels: Qt sends only the standard
// "dialog-information" as app_icon, and a temporary icon file only to Unity's indicator.)
void showMessage(QSystemTrayIcon *tray, const QString &title, const QString &body)
{
    const QString name = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("HubWatch"));
    tray->showMessage(title, body, QSystemTrayIcon::Information, 15000);
    QCoreApplication::setApplicationName(name);
}
} // namespace

TrayIcon::TrayIcon(QObject *parent) : QObject(parent), m_menu(new QMenu)
{
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_menu->addAction(tr("Show HubWatch"), this, &TrayIcon::showRequested);
    m_menu->addAction(tr("Poll now"), this, &TrayIcon::pollRequested);
    m_pause = m_menu->addAction(tr("Pause polling"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, &TrayIcon::pauseToggled);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("HubWatch"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showRequested);
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a QMenu cannot be parented to a non-widget
}

bool TrayIcon::isAvailable()
{
    // isVisible() is true even with no tray at all; only this says whether anyone is listening.
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setToolTip(const QString &text)
{
    m_tray->setToolTip(text);
}

void TrayIcon::setPaused(bool paused)
{
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(paused);
}

void TrayIcon::deliver(const AlertRecord &alert)
{
    if (isAvailable() && QSystemTrayIcon::supportsMessages()) {
        // The body names repos and categories from the Hub; a notification server may read it
        // as markup. Asked once: the answer is a blocking D-Bus call.
        if (!m_body)
            m_body = NotificationText::currentBody();
        showMessage(m_tray, AlertText::title(alert), NotificationText::body(AlertText::body(alert), *m_body));
    } else {
        Q_EMIT fallbackAlert(alert);
    }
}

void TrayIcon::notify(const QString &title, const QString &body)
{
    if (isAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_body)
            m_body = NotificationText::currentBody();
        showMessage(m_tray, title, NotificationText::body(body, *m_body));
    }
    Q_EMIT notified(title, body);
}

} // namespace hubwatch
