#pragma once

#include "RangeCheckedSpinBox.h"

#include <QDialog>
#include <QProcessEnvironment>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;

namespace hubwatch {

class FieldMessage;
class MilestoneEditor;
class Settings;
class TokenStore;

// Edits the user's preferences on pages: polling (scope, interval, endpoint), alerts and window
// (hot-category threshold, notifications, start minimised, language), milestones, history and
// storage (retention, database), and the access token (in the keychain through TokenStore, never
// in Settings). Each field says under it what is wrong with it, or what a choice implies; OK with
// a refused field shows that field's page and stays open. OK stores a typed token first (the
// dialog stays open if that fails), then applies and saves everything; Cancel changes nothing.
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
    // This run uses --db (or --demo, whose generated history is a file of its own): the field
    // shows that path, read-only, and says so; the setting is kept for other runs.
    void showCommandLineDatabase(const QString &path, bool demo = false);
    // This run was started with --lang: the language chosen here applies to runs without it.
    void showCommandLineLanguage(const QString &code);
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
    using SpinBox = RangeCheckedSpinBox<QSpinBox>;
    using DoubleSpinBox = RangeCheckedSpinBox<QDoubleSpinBox>;

    void build();
    QWidget *addPage(QWidget *content, const QString &name, const QString &title);
    // Grows the dialog to show its tallest page without scrolling, as far as the screen allows.
    void fitToPages();
    QWidget *buildPollingPage();
    QWidget *buildWindowPage();
    QWidget *buildMilestonesPage();
    QWidget *buildHistoryPage();
    QWidget *buildTokenPage();
    void load();
    // Checks every field and shows each one's message (errors only for fields already left or
    // after OK; warnings at once). Returns the first refused field in page order, or null.
    QWidget *check();
    // Shows one message: the error when there is one and it may show (errorFields are marked),
    // else the warning, else the note (or nothing). True when the error shows.
    bool report(FieldMessage *message, const QList<QWidget *> &fields, const QList<QWidget *> &errorFields, const QString &error,
                const QString &warning = QString());
    QString endpointWarning() const;
    QString topWarning() const;
    void markPages();
    void showPageOf(QWidget *field);
    void apply();
    void setTokenStatus(const QString &text);
    void setBusy(bool busy);

    Settings &m_settings;
    TokenStore *m_tokens;
    QProcessEnvironment m_env;
    bool m_endpointOverridden = false;
    bool m_databaseOverridden = false;
    bool m_tokenStored = false;
    bool m_removeToken = false;
    bool m_waitingForToken = false;
    bool m_revealAll = false;   // OK was pressed: every error shows
    QSet<QWidget *> m_revealed; // fields left once: their errors show

    QTabWidget *m_pages = nullptr;
    SpinBox *m_topModels = nullptr;
    SpinBox *m_topDatasets = nullptr;
    FieldMessage *m_topMessage = nullptr;
    SpinBox *m_interval = nullptr;
    FieldMessage *m_intervalMessage = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLabel *m_endpointNote = nullptr;
    FieldMessage *m_endpointMessage = nullptr;
    DoubleSpinBox *m_hotPoints = nullptr;
    FieldMessage *m_hotPointsMessage = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QComboBox *m_language = nullptr;
    FieldMessage *m_languageMessage = nullptr;
    MilestoneEditor *m_milestones = nullptr;
    QRadioButton *m_keepAll = nullptr;
    QRadioButton *m_compact = nullptr;
    SpinBox *m_retentionDays = nullptr;
    FieldMessage *m_retentionMessage = nullptr;
    QComboBox *m_resolution = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_databaseNote = nullptr;
    FieldMessage *m_databaseMessage = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_removeTokenButton = nullptr;
    QLabel *m_tokenStatus = nullptr;
    FieldMessage *m_tokenMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hubwatch
