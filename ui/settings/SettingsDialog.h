#pragma once

#include "FieldChecks.h"

#include <QDialog>
#include <QProcessEnvironment>

class QDialogButtonBox;
class QTabWidget;

namespace hubwatch {

class HistoryPage;
class MilestoneEditor;
class PollingPage;
class Settings;
class SettingsPage;
class TokenPage;
class TokenStore;
class WindowPage;

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
    void build();
    void addPage(QWidget *content, const QString &name, const QString &title);
    void connectTokens();
    // Checks every page and shows each field's message. Returns the first refused field in page
    // order, or null.
    QWidget *check();
    void markPages();
    void showPageOf(QWidget *field);
    // Grows the dialog to show its tallest page without scrolling, as far as the screen allows.
    void fitToPages();
    void apply();
    void setTokenStatus(const QString &text);
    void setBusy(bool busy);
    void finishTokenChange();

    Settings &m_settings;
    TokenStore *m_tokens;
    QProcessEnvironment m_env;
    bool m_waitingForToken = false;
    FieldChecks m_checks;

    QTabWidget *m_pages = nullptr;
    PollingPage *m_polling = nullptr;
    WindowPage *m_window = nullptr;
    MilestoneEditor *m_milestones = nullptr;
    HistoryPage *m_history = nullptr;
    TokenPage *m_token = nullptr;
    QList<SettingsPage *> m_checkedPages;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hubwatch
