#include "DesktopApp.h"

#include "DashboardView.h"
#include "DesktopViews.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "alerts/AlertText.h"
#include "analysis/CompactNumber.h"
#include "collector/Collector.h"
#include "collector/HistorySession.h"
#include "collector/ViewerAlerts.h"
#include "demo/DemoHistory.h"
#include "hub/HubClient.h"
#include "report/ReportService.h"
#include "settings/MilestoneEditor.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "settings/TokenStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

namespace hubwatch {

namespace {
// The demo keeps preferences of its own beside its history: its scope and watchlist are the
// demo's (so every view has rows and the scope text is true), and nothing done in the demo
// changes the user's watchlist or settings. Made once, taking the user's language.
std::unique_ptr<Settings> settingsFor(const CommandLine &options)
{
    if (!options.demo)
        return std::make_unique<Settings>();
    const QString path = QFileInfo(DemoHistory::cachedPath()).dir().filePath(QStringLiteral("demo-settings.ini"));
    const bool made = QFileInfo::exists(path);
    auto demo = std::make_unique<Settings>(std::make_unique<QSettings>(path, QSettings::IniFormat));
    if (!made) {
        demo->setScope(DemoHistory::scope());
        demo->setLanguage(Settings().language());
    }
    return demo;
}
} // namespace

DesktopApp::DesktopApp(const CommandLine &options, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_settings(settingsFor(options))
{
    m_config = RunConfig::resolve(options.overrides(), QProcessEnvironment::systemEnvironment(), *m_settings);
    m_nam = new QNetworkAccessManager(this);
    m_searchClient = new HubClient(m_nam, m_clock, m_config.hub, this);
    m_window = std::make_unique<MainWindow>(m_config.hub, m_config.scope.describe());
    m_window->restoreGeometry(m_settings->windowGeometry());
    m_window->setDemo(options.demo);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DesktopApp::saveWindowState);
    // A token kept in the system keychain is used when the environment and token file have none.
    m_tokens = new TokenStore(this);
    if (m_config.hub.token.isEmpty()) {
        connect(m_tokens, &TokenStore::tokenRead, this, [this](const QString &token) {
            if (token.isEmpty())
                return;
            m_keychainToken = token;
            m_searchClient->transport()->setToken(token);
            if (m_collector)
                m_collector->client()->transport()->setToken(token);
        });
        m_tokens->read();
    }
    m_tray = new TrayIcon(this);
    m_sink = std::make_unique<DesktopAlertSink>(m_tray);
    m_sink->setNotifications(m_config.notifications);
    connect(m_tray, &TrayIcon::showRequested, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &TrayIcon::pollRequested, this, [this] {
        if (m_collector)
            m_collector->pollNow();
    });
    connect(m_tray, &TrayIcon::pauseToggled, this, [this](bool paused) {
        if (m_collector)
            paused ? m_collector->stopSchedule() : m_collector->startSchedule();
    });
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    // Closing the window keeps HubWatch polling in the tray, when there is a tray to come back to.
    m_window->setKeepRunningInTray(TrayIcon::isAvailable());
    // The first time only: closing a window that keeps running surprises; say how to quit.
    connect(m_window.get(), &MainWindow::closedToTray, this, [this] {
        if (m_settings->trayExplained())
            return;
        m_settings->setTrayExplained(true);
        m_tray->notify(tr("HubWatch is still running"),
                       tr("It keeps polling in the tray. To quit, choose Quit in the tray menu, or press Ctrl+Q in the window."));
    });
    connect(m_tray, &TrayIcon::fallbackAlert, this, [this](const AlertRecord &a) {
        m_window->showAlertBanner(AlertText::title(a), AlertText::body(a), a.raisedAt, m_clock->nowUtc());
    });
    if (!m_config.endpointError.isEmpty())
        m_window->showError(m_config.endpointError);
    // Opening is queued on the store thread before any view asks it for data.
    m_history = new HistorySession(StoreLocation::parse(m_config.database), this);
    m_reports = new ReportService(m_history->store(), this);
    openHistory();
    m_views = new DesktopViews(m_window.get(), *m_settings, m_reports, m_searchClient, m_clock, this);
    // A changed watchlist takes effect at the next poll; poll now so the new row fills in.
    connect(m_views, &DesktopViews::watchlistChanged, this, [this](const PollScope &scope) {
        m_config.scope = scope;
        if (m_collector) {
            m_collector->setScope(scope);
            m_collector->pollNow();
        }
    });
}

DesktopApp::~DesktopApp()
{
    // The window goes first (it watches the collector), then the history session joins its thread.
    m_window.reset();
}

void DesktopApp::openHistory()
{
    // The demo is only ever read: it is never polled, and the user's history is never opened.
    const auto role = m_options.demo ? HistorySession::Role::Viewer : HistorySession::Role::PreferCollector;
    m_history->open(role, [this](const StoreError &e) {
        if (m_history->isCollector() && !e.isError())
            becomeCollector();
        else if (m_options.demo)
            becomeViewer(tr("Demo data: a generated history that is never polled."));
        else
            becomeViewer(m_history->isCollector() ? e.message() : m_history->viewerReason());
        if (e.isError()) {
            m_window->showError(e.message());
        } else {
            refreshHeadline();
            if (m_viewerAlerts)
                deliverViewerAlerts();
        }
        Q_EMIT historyOpened();
        // A monitor polls at start and then on the schedule (show() starts it if not shown yet).
        if (m_collector && m_shown && !m_config.hub.offline)
            m_collector->startSchedule();
    });
}

void DesktopApp::becomeCollector()
{
    m_collector = new Collector(m_history, m_config, m_clock, m_nam, m_sink.get(), this);
    if (!m_keychainToken.isEmpty())
        m_collector->client()->transport()->setToken(m_keychainToken);
    m_window->setCollector(m_collector);
    connect(m_collector, &Collector::pollCompleted, this, &DesktopApp::onPollCompleted);
    connect(m_collector, &Collector::rateLimitedUntil, this, [this](const QDateTime &until) {
        m_window->showNotice(
            tr("Rate limited by the Hub until %1 UTC; HubWatch waits and continues.").arg(until.toUTC().toString(QStringLiteral("HH:mm"))));
    });
    connect(m_collector, &Collector::lockLost, this, [this](const QString &why) { becomeViewer(why); });
    connect(m_collector, &Collector::watchlistRenamed, this, [this](const QList<RepoRename> &renames, const PollScope &scope) {
        PollScope kept = m_settings->scope();
        kept.watch = scope.watch;
        m_settings->setScope(kept);
        m_config.scope = scope;
        m_views->reloadWatchlist();
        QStringList moved;
        for (const RepoRename &r : renames)
            moved << tr("%1 is now %2").arg(r.from, r.to);
        m_window->showNotice(
            tr("Renamed on the Hub: %1. The watchlist follows, with the history and alerts kept.").arg(moved.join(QStringLiteral("; "))));
    });
    // Alerts raised while the desktop was closed (by a `hubwatch poll`), shown once; after each
    // poll the collector delivers the new ones.
    m_collector->deliverPending([this](const StoreError &e) {
        if (e.isError())
            m_window->showError(e.message());
    });
}

void DesktopApp::becomeViewer(const QString &why)
{
    if (m_collector) {
        m_collector->stopSchedule();
        m_collector->deleteLater();
        m_collector = nullptr;
    }
    m_window->setViewerOnly(why);
    m_views->setPollingAvailable(false, why);
    std::unique_ptr<SeenAlerts> seen;
    if (m_history->location().isShared())
        seen = std::make_unique<SeenAlerts>(m_history->location());
    m_viewerAlerts = new ViewerAlerts(m_history->store(), m_sink.get(), m_clock, std::move(seen), m_sink->consumer(), this);
    // The collector adds a poll now and then: look again every minute.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        refreshHeadline();
        deliverViewerAlerts();
    });
    timer->start(std::chrono::minutes(1));
}

void DesktopApp::deliverViewerAlerts()
{
    m_viewerAlerts->deliverPending([this](int shown) { Q_EMIT viewerAlertsDelivered(shown); });
}

void DesktopApp::onPollCompleted(const PollOutcome &outcome)
{
    if (!outcome.stored) {
        m_window->showError(tr("The last poll was not saved: %1").arg(outcome.storeError.message()));
    } else {
        if (outcome.alertError.isError())
            m_window->showError(outcome.alertError.message());
        refreshHeadline();
    }
    Q_EMIT pollCompleted(outcome);
}

void DesktopApp::refreshHeadline()
{
    // The figure first (one row), then the report, whose growth and projection read snapshots of
    // the history: on a year of history that is a second later.
    m_reports->headline(this, [this](const StoreResult<AggregatePoint> &r) {
        if (r.ok())
            m_window->dashboard()->showHeadline(r.value);
    });
    m_reports->statusReport(m_clock->nowUtc(), this, [this](const StoreResult<StatusReport> &r) {
        if (!r.ok()) {
            m_window->showError(r.error.message());
            return;
        }
        m_window->showReport(r.value);
        m_views->showReport(r.value);
        refreshDashboardExtras(r.value.headline.at);
        if (r.value.headline.pollId > 0)
            m_tray->setToolTip(tr("HubWatch — %1 tracked downloads").arg(CompactNumber::format(r.value.headline.totalAllTime, QLocale())));
    });
}

void DesktopApp::refreshDashboardExtras(const QDateTime &latestPoll)
{
    // The sparkline: the headline over the history's last 30 days (a stale history's too, not an
    // empty month up to now), downsampled on the store thread.
    const QDateTime clockNow = m_clock->nowUtc();
    const QDateTime now = latestPoll.isValid() && latestPoll < clockNow ? latestPoll : clockNow;
    const auto sparkline = [this](const StoreResult<Series> &r) {
        if (!r.ok())
            return;
        QList<QPointF> points;
        for (const ChartPoint &p : r.value.points) {
            if (p.gapBefore && !points.isEmpty())
                points.append(QPointF(double(p.t), qQNaN()));
            points.append(QPointF(double(p.t), p.value));
        }
        m_window->dashboard()->setHistory(points);
    };
    m_reports->allTimeSeries(QStringLiteral("headline"), now.addDays(-30), now, 200, this, sparkline);
    m_reports->alertLog(8, {}, this, [this](const StoreResult<QList<AlertRecord>> &r) {
        if (r.ok())
            m_window->dashboard()->setAlerts(r.value);
    });
}

void DesktopApp::applySettings()
{
    m_config = RunConfig::resolve(m_options.overrides(), QProcessEnvironment::systemEnvironment(), *m_settings);
    m_sink->setNotifications(m_config.notifications);
    m_searchClient->transport()->setEndpoint(m_config.hub.endpoint, m_config.hub.endpointSource);
    m_window->setSource(m_config.scope.describe(), m_config.hub.endpoint.toDisplayString());
    if (m_collector)
        m_collector->applyConfig(m_config);
    if (!m_config.endpointError.isEmpty())
        m_window->showError(m_config.endpointError);
}

void DesktopApp::openSettings()
{
    SettingsDialog dialog(*m_settings, m_tokens, m_window.get());
    dialog.showCommandLineEndpoint(m_options.endpoint);
    dialog.showCommandLineDatabase(m_options.db, m_options.demo); // --demo: its generated file
    dialog.showCommandLineLanguage(m_options.language);
    loadMilestones(dialog.milestones());
    connect(&dialog, &SettingsDialog::settingsApplied, this, [this, &dialog] {
        applySettings();
        saveMilestones(dialog.milestones()->thresholds());
    });
    dialog.exec();
}

void DesktopApp::loadMilestones(MilestoneEditor *editor)
{
    // Thresholds live with the history (the poll that raises alerts reads them), so they load off
    // the GUI thread; a viewer shows them but only the collector may change them.
    editor->setEditable(false, tr("Loading your milestones…"));
    // The headline and watched repos, as the editor offers them.
    m_reports->milestones(editor->seriesKeys(), editor, [this, editor](const StoreResult<MilestoneThresholds::Map> &r) {
        if (!r.ok()) {
            editor->setEditable(false, tr("Your milestones could not be read: %1").arg(r.error.message()));
            return;
        }
        m_loadedMilestones = r.value;
        editor->setThresholds(r.value);
        if (m_collector)
            editor->setEditable(true);
        else if (m_options.demo)
            editor->setEditable(false, tr("The demo history is read-only: its milestones are the generated ones."));
        else
            editor->setEditable(false, tr("Another HubWatch is recording this history; change milestones there."));
    });
}

void DesktopApp::saveMilestones(const QMap<QString, QList<qint64>> &edited)
{
    if (!m_collector || edited == m_loadedMilestones)
        return;
    m_reports->saveMilestones(m_loadedMilestones, edited, this, [this, edited](const StoreError &e) {
        if (e.isError()) {
            m_window->showError(tr("Your milestones were not saved: %1").arg(e.message()));
            return;
        }
        m_loadedMilestones = edited;
        refreshHeadline(); // the next milestone on the dashboard may have changed
    });
}

void DesktopApp::saveWindowState()
{
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setLastView(m_window->currentView());
    m_settings->sync();
}

void DesktopApp::show()
{
    // Start in the tray when asked to, and only when there is a tray to find it in.
    m_window->showView(m_settings->lastView());
    if (!(m_settings->startMinimized() && TrayIcon::isAvailable()))
        m_window->show();
    m_shown = true;
    // A monitor monitors: poll at start and then on the schedule, unless offline or another
    // process is the collector (the history may still be opening: then it starts once open).
    if (m_collector && !m_config.hub.offline)
        m_collector->startSchedule();
}

} // namespace hubwatch
