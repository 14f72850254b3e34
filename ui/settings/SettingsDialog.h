#pragma once

#include <QDialog>
#include <QProcessEnvironment>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace hubwatch {

class MilestoneEditor;
class Settings;
class TokenStore;

// Edits the user's preferences: scope, poll interval, endpoint, milestones, hot-category threshold,
// notifications, start minimised, language, retention, and the access token (in the keychain
// through TokenStore, never in Settings). OK validates, stores a typed token first (the dialog
// stays open if that fails), then applies and saves everything; Cancel changes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // tokens may be null: no token section actions (the fallback is explained). env: where
    // HF_ENDPOINT is looked up (tests pass their own).
    SettingsDialog(Settings &settings, TokenStore *tokens, const QProcessEnvironment &env, QWidget *parent = nullptr);
    SettingsDialog(Settings &settings, TokenStore *tokens, QWidget *parent = nullptr);

    // The language codes offered, in order: "" (the system's), "en", "de", "zh_CN".
    static QStringList languageCodes();

    QString tokenStatusText() const;
    // This run was started with --endpoint: the field shows that one, read-only, and says so
    // (it outranks HF_ENDPOINT and the setting, which is kept for other runs).
    void showCommandLineEndpoint(const QString &endpoint);
    // The milestone thresholds section: the caller fills it from the store and saves its edits
    // after settingsApplied (the dialog itself never touches the database).
    MilestoneEditor *milestones() const { return m_milestones; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // After OK stored everything: the caller re-reads Settings (poll interval, scope, …).
    void settingsApplied();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reserveWrappedHeights();
    void build();
    void load();
    bool validate(QString *error) const;
    void apply();
    void setTokenStatus(const QString &text);
    void setBusy(bool busy);

    Settings &m_settings;
    TokenStore *m_tokens;
    QProcessEnvironment m_env;
    bool m_endpointOverridden = false;
    bool m_tokenStored = false;
    bool m_removeToken = false;
    bool m_waitingForToken = false;

    QSpinBox *m_topModels = nullptr;
    QSpinBox *m_topDatasets = nullptr;
    QSpinBox *m_interval = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLabel *m_endpointNote = nullptr;
    QDoubleSpinBox *m_hotPoints = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QComboBox *m_language = nullptr;
    MilestoneEditor *m_milestones = nullptr;
    QRadioButton *m_keepAll = nullptr;
    QRadioButton *m_compact = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QComboBox *m_resolution = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_removeTokenButton = nullptr;
    QLabel *m_tokenStatus = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hubwatch
