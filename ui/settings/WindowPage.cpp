#include "WindowPage.h"

#include "FieldChecks.h"
#include "FieldMessage.h"
#include "SettingsLayout.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace hubwatch {

WindowPage::WindowPage(const Settings &settings, FieldChecks *checks, QWidget *parent) : SettingsPage(checks, parent)
{
    using namespace SettingsLayout;
    QFormLayout *form = pageForm(this);
    m_hotPoints = new RangeCheckedSpinBox<QDoubleSpinBox>(this);
    m_hotPoints->setObjectName(QStringLiteral("hotPoints"));
    m_hotPoints->setDecimals(1);
    m_hotPoints->setAllowedRange(0.5, 100.0);
    m_hotPoints->setSingleStep(0.5);
    m_hotPoints->setSuffix(tr(" points"));
    m_hotPoints->setToolTip(
        tr("A category is hot when its share of the top-50 velocity grew by at least this many percentage points in a week."));
    m_hotPointsMessage = message("hotPointsMessage", this);
    m_notifications = new QCheckBox(tr("Show desktop notifications"), this);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_startMinimized = new QCheckBox(tr("Start minimised to the tray"), this);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language named in itself, so it can be found whatever the current language is.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QString::fromUtf8("简体中文"), QStringLiteral("zh_CN"));
    // The language is installed once, at start-up, before the command line is parsed; a restart
    // is clearer than a window that is half retranslated.
    QLabel *languageNote = note(this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setText(tr("A new language takes effect after restarting HubWatch."));
    m_languageMessage = message("languageMessage", this);
    form->addRow(formLabel(tr("Hot category at:"), m_hotPoints, this), fieldCell(this, {m_hotPoints, m_hotPointsMessage}));
    form->addRow(QString(), m_notifications);
    form->addRow(QString(), m_startMinimized);
    form->addRow(formLabel(tr("Language:"), m_language, this), fieldCell(this, {m_language, m_languageMessage, languageNote}));

    m_hotPoints->setValue(settings.hotCategoryPoints());
    m_notifications->setChecked(settings.notifications());
    m_startMinimized->setChecked(settings.startMinimized());
    const int lang = int(languageCodes().indexOf(settings.language()));
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);
    connect(m_hotPoints, &QDoubleSpinBox::valueChanged, this, &WindowPage::edited);
}

QStringList WindowPage::languageCodes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

void WindowPage::showCommandLineLanguage(const QString &code)
{
    if (code.trimmed().isEmpty())
        return;
    QString name = code.trimmed();
    if (const int i = m_language->findData(name); i > 0)
        name = m_language->itemText(i);
    m_languageMessage->showMessage(FieldMessage::Kind::Note,
                                   tr("This run uses the language given with --lang (%1). The choice here applies when "
                                      "HubWatch starts without --lang.")
                                       .arg(name));
}

void WindowPage::check()
{
    const QLocale locale;
    QString hotError;
    if (!m_hotPoints->valueAllowed())
        hotError = tr("Between %1 and %2 points.").arg(locale.toString(0.5, 'f', 1), locale.toString(100));
    checks().report(m_hotPointsMessage, {m_hotPoints}, {m_hotPoints}, hotError);
}

void WindowPage::apply(Settings &settings) const
{
    settings.setHotCategoryPoints(m_hotPoints->value());
    settings.setNotifications(m_notifications->isChecked());
    settings.setStartMinimized(m_startMinimized->isChecked());
    settings.setLanguage(m_language->currentData().toString());
}

} // namespace hubwatch
