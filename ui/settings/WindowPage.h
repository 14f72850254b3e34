#pragma once

#include "RangeCheckedSpinBox.h"

#include "SettingsPage.h"

class QCheckBox;
class QComboBox;

namespace hubwatch {

class FieldMessage;

// The settings page "Alerts and window": the hot-category threshold, notifications, starting
// minimised, and the language (with a word when --lang outranks it for this run).
class WindowPage : public SettingsPage
{
    Q_OBJECT
public:
    WindowPage(const Settings &settings, FieldChecks *checks, QWidget *parent = nullptr);

    // The language codes offered, in order: "" (the system's), "en", "de", "zh_CN".
    static QStringList languageCodes();
    // See SettingsDialog::showCommandLineLanguage.
    void showCommandLineLanguage(const QString &code);
    void check() override;
    void apply(Settings &settings) const override;

private:
    RangeCheckedSpinBox<QDoubleSpinBox> *m_hotPoints = nullptr;
    FieldMessage *m_hotPointsMessage = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QComboBox *m_language = nullptr;
    FieldMessage *m_languageMessage = nullptr;
};

} // namespace hubwatch
