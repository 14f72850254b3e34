#pragma once

#include "NotificationText.h"
#include "alerts/AlertSink.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace hubwatch {

// The system tray presence: an icon whose tooltip carries the headline, a small menu, and the
// desktop's alert sink. Alerts become freedesktop notifications (through D-Bus on Linux); with
// no tray at all they are handed back as fallbackAlert() for the window to show in a banner.
class TrayIcon : public QObject, public AlertSink
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void setToolTip(const QString &text);
    void setPaused(bool paused);
    void deliver(const AlertRecord &alert) override;
    // A message of HubWatch's own (plain text), with the app's icon; emitted as notified() too.
    void notify(const QString &title, const QString &body);

Q_SIGNALS:
    void showRequested();
    void pollRequested();
    void pauseToggled(bool paused);
    void quitRequested();
    void fallbackAlert(const hubwatch::AlertRecord &alert);
    void notified(const QString &title, const QString &body);

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_pause = nullptr;
    std::optional<NotificationText::Body> m_body; // what the notification server does with a body
};

} // namespace hubwatch
