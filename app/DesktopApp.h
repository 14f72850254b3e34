#pragma once

#include "DesktopAlertSink.h"
#include "cli/CommandLine.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace hubwatch {

class Clock;
class Collector;
class DesktopViews;
class HistorySession;
class HubClient;
class MainWindow;
class MilestoneEditor;
class ReportService;
class Settings;
class TokenStore;
class TrayIcon;
class ViewerAlerts;
struct PollOutcome;

// Wires the desktop app: the settings as they take effect, the history and this desktop's role
// in it, the Collector when this desktop is the one that polls, and the window that shows it
// all. If another collector (a `hubwatch poll`) already writes the history, or it is a team's
// shared one, the desktop only reads it and every way to poll is disabled with the reason.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    // clock: "now" for every figure and alert the desktop shows (tests pass a manual one).
    explicit DesktopApp(const CommandLine &options, Clock *clock = nullptr, QObject *parent = nullptr);
    ~DesktopApp() override;
    void show();
    // For end-to-end tests of the real wiring.
    MainWindow *window() const { return m_window.get(); }
    TrayIcon *tray() const { return m_tray; }
    DesktopViews *views() const { return m_views; }
    Collector *collector() const { return m_collector; }
    ReportService *reports() const { return m_reports; }
    bool isCollector() const { return m_collector != nullptr; }
    const RunConfig &config() const { return m_config; }
    // After Settings' OK, or a hand-edited settings file: resolve and apply everything again.
    void applySettings();
    void openSettings();

Q_SIGNALS:
    // The history is open and this desktop knows its role (collector or viewer).
    void historyOpened();
    // Everything about a poll of this desktop is done: stored, alerts evaluated and shown.
    void pollCompleted(const hubwatch::PollOutcome &outcome);
    // A viewer looked for alerts the collector raised and showed `shown` of them.
    void viewerAlertsDelivered(int shown);

private:
    void openHistory();
    void becomeCollector();
    void becomeViewer(const QString &why);
    void deliverViewerAlerts();
    void refreshHeadline();
    void refreshDashboardExtras(const QDateTime &latestPoll);
    void onPollCompleted(const PollOutcome &outcome);
    void loadMilestones(MilestoneEditor *editor);
    void saveMilestones(const QMap<QString, QList<qint64>> &edited);
    void saveWindowState();

    CommandLine m_options;
    Clock *m_clock;
    std::unique_ptr<Settings> m_settings;
    RunConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    HubClient *m_searchClient = nullptr; // the watchlist's search; polling is the collector's
    HistorySession *m_history = nullptr;
    ReportService *m_reports = nullptr; // every figure the window shows is asked of it
    Collector *m_collector = nullptr;
    ViewerAlerts *m_viewerAlerts = nullptr;
    std::unique_ptr<MainWindow> m_window;
    TrayIcon *m_tray = nullptr;
    std::unique_ptr<DesktopAlertSink> m_sink;
    DesktopViews *m_views = nullptr;
    TokenStore *m_tokens = nullptr;
    QString m_keychainToken;
    bool m_shown = false;
    QMap<QString, QList<qint64>> m_loadedMilestones; // as last read from or saved to the store
};

} // namespace hubwatch
