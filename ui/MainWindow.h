#pragma once

#include "hub/HubConfig.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPair>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace hubwatch {

class AlertBanner;
class Collector;
struct CensusState;
class DashboardView;
class HubError;
struct PollOutcome;
struct StatusReport;

// The main window: a navigation list of views (dashboard first), a banner for in-app alerts and
// errors, and a status bar that always says what HubWatch is doing. It reads the core; it never
// talks to the network or the database itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const HubConfig &config, const QString &scopeDescription, QWidget *parent = nullptr);
    // This process collects: Poll now (button, F5) polls through it, its progress shows.
    void setCollector(Collector *collector);

    DashboardView *dashboard() const { return m_dashboard; }
    // Adds a view to the navigation; id is what openView()/showView() use ("charts", …).
    void addView(const QString &id, const QString &title, QWidget *view);
    void showView(const QString &id);
    QString currentView() const;

    void showError(const QString &message);
    void showNotice(const QString &message);
    void showReport(const StatusReport &report);
    // Another process owns polling; this window only shows the history, and every way to poll
    // is disabled with the reason.
    void setViewerOnly(const QString &why);
    bool canPoll() const;
    // Shows an alert inside the window, with its age: the fallback when there is no system tray.
    void showAlertBanner(const QString &title, const QString &body, const QDateTime &raisedAt, const QDateTime &now);
    QString bannerText() const;
    QString statusText() const;
    // The built-in demo history is shown: said in the title and above every view; never polled.
    void setDemo(bool on);
    bool isDemo() const { return m_demo; }
    // Help menu. The shortcuts are read from this window's actions, so the list cannot drift.
    void showShortcuts();
    void showAbout();
    void showMethodology();
    // What Help → How HubWatch measures names, after the settings changed.
    void setSource(const QString &scopeDescription, const QString &endpoint)
    {
        m_scopeDescription = scopeDescription;
        m_endpoint = endpoint;
    }
    // Every shortcut of this window's actions with what it does, in menu order.
    QList<QPair<QString, QKeySequence>> shortcuts() const;
    // With a tray, closing the window only hides it; HubWatch keeps polling.
    void setKeepRunningInTray(bool on) { m_keepInTray = on; }

Q_SIGNALS:
    void settingsRequested();
    void exportRequested();
    void quitRequested();
    void closedToTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void tintViewIcons(); // in the palette's text colour, again when the palette changes
    void openDemo();
    void onProgress(int step, int steps, const QString &text);
    void onPollStored(const PollOutcome &outcome);
    void onRetryScheduled(const HubError &failure, const QDateTime &at, int attempt, int attempts);
    // The collector's census of the whole Hub, on its own line of the status bar.
    void showCensusProgress(const CensusState &state);
    void showCensusFinished(const CensusState &state, const QString &error);
    void showCensusRetrying(const HubError &failure, const QDateTime &at, int attempt, int attempts);
    void onPollCompleted(const PollOutcome &outcome);
    void requestPoll();
    void setStatus(const QString &text);

    Collector *m_collector = nullptr;
    bool m_offline = false;
    QString m_scopeDescription; // for Help → How HubWatch measures
    QString m_endpoint;
    QAction *m_pollAction = nullptr;
    DashboardView *m_dashboard = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<QString, QWidget *> m_views;
    AlertBanner *m_banner = nullptr;
    QLabel *m_demoLabel = nullptr;
    QAction *m_openDemoAction = nullptr;
    bool m_demo = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_census = nullptr;
    bool m_keepInTray = false;
};

} // namespace hubwatch
