#pragma once

#include "RangeCheckedSpinBox.h"

#include "SettingsPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace hubwatch {

class FieldMessage;

// The settings page "History and storage": how long every sample is kept, and where the history
// lives (a file, or a team's PostgreSQL database; read-only when --db or --demo chose it).
class HistoryPage : public SettingsPage
{
    Q_OBJECT
public:
    HistoryPage(const Settings &settings, FieldChecks *checks, QWidget *parent = nullptr);

    // See SettingsDialog::showCommandLineDatabase.
    void showCommandLineDatabase(const QString &path, bool demo);
    void check() override;
    void apply(Settings &settings) const override;

private:
    bool m_databaseOverridden = false;
    QRadioButton *m_keepAll = nullptr;
    QRadioButton *m_compact = nullptr;
    RangeCheckedSpinBox<QSpinBox> *m_retentionDays = nullptr;
    FieldMessage *m_retentionMessage = nullptr;
    QComboBox *m_resolution = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_databaseNote = nullptr;
    FieldMessage *m_databaseMessage = nullptr;
};

} // namespace hubwatch
