#include "DesktopApp.h"

#include "MainWindow.h"
#include "TrayIcon.h"
#include "alerts/AlertEngine.h"
#include "analysis/CompactNumber.h"
#include "report/StatusReport.h"
#include "store/AlertStore.h"
#include "store/SeriesQueries.h"
#include "DashboardView.h"
#include "DesktopViews.h"
#include "settings/MilestoneEditor.h"
#include "settings/SettingsDialog.h"
#include "settings/TokenStore.h"
#include "util/Settings.h"
#include "hub/HubClient.h"
#include "monitor/Poller.h"
#include "store/StoreThread.h"
#include "store/CollectorLock.h"
#include "store/SeenAlerts.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTimer>

namespace hubwatch {

DesktopApp::DesktopApp(const CommandLine &options, QObject *parent)
    : QObject(parent), m_options(options), m_dbPath(options.databasePath())
{
    m_exitAfterPoll = qEnvironmentVariableIntValue("HUBWATCH_EXIT_AFTER_POLL") == 1;
    HubConfig config;
    QString configError;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!HubConfig::resolve(env, options.endpoint, options.offline, &config, &configError)) {
        // Keep running on the default endpoint; the window says what was wrong.
        QString ignored;
        HubConfig::resolve(env, HubConfig::defaultEndpoint(), options.offline, &config, &ignored);
    }
    m_nam = new QNetworkAccessManager(this);
    m_client = new HubClient(m_nam, SystemClock::instance(), config, this);
    m_settings = std::make_unique<Settings>();
    // The command line wins over the saved settings for this run only.
    const bool scopeGiven = options.scope.key() != PollScope().key() || !options.scope.watch.isEmpty();
    const bool intervalGiven = options.interval != std::chrono::minutes(15);
    m_options.scope = scopeGiven ? options.scope : m_settings->scope();
    m_options.interval = intervalGiven ? options.interval : m_settings->pollInterval();
    m_poller = new Poller(m_client, SystemClock::instance(), this);
    m_poller->setScope(m_options.scope);
    m_window = std::make_unique<MainWindow>(m_poller, config);
    m_window->restoreGeometry(m_settings->windowGeometry());
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DesktopApp::saveWindowState);
    // A token kept in the system keychain is used when the environment and token file have none.
    m_tokens = new TokenStore(this);
    if (config.token.isEmpty()) {
        connect(m_tokens, &TokenStore::tokenRead, this, [this](const QString &token) {
            if (!token.isEmpty())
                m_client->transport()->setToken(token);
        });
        m_tokens->read();
    }
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::showRequested, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &TrayIcon::pollRequested, m_poller, [this] {
        if (m_writer)
            m_poller->pollNow();
    });
    connect(m_tray, &TrayIcon::pauseToggled, this, [this](bool paused) {
        if (!m_writer)
            return;
        paused ? m_poller->stopSchedule() : m_poller->startSchedule(m_options.interval);
    });
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    // Closing the window keeps HubWatch polling in the tray, when there is a tray to come back to.
    m_window->setKeepRunningInTray(TrayIcon::isAvailable());
    connect(m_client->transport(), &HubTransport::rateLimitedUntil, this, [this](const QDateTime &until) {
        m_window->showNotice(tr("Rate limited by the Hub until %1 UTC; HubWatch waits and continues.")
                                .arg(until.toUTC().toString(QStringLiteral("HH:mm"))));
    });
    connect(m_tray, &TrayIcon::fallbackAlert, this, [this](const AlertRecord &a) {
        m_window->showAlertBanner(a.title, a.body);
    });
    if (!configError.isEmpty())
        m_window->showError(configError);
    connect(m_poller, &Poller::pollFinished, this, &DesktopApp::store);
    openStore();
    m_views = new DesktopViews(m_window.get(), *m_settings, m_store.get(), m_client, m_poller, this);
}

DesktopApp::~DesktopApp()
{
    // The window goes first (it watches the poller), then the store thread is joined.
    m_window.reset();
    m_store.reset();
}

void DesktopApp::openStore()
{
    // m_dbPath is --db, else the store/database setting, else the local file (HistoryStore::defaultPath).
    const StoreLocation location = StoreLocation::parse(m_dbPath);
    StoreError lockError;
    if (location.isShared()) {
        // A team's shared history has one collector, `hubwatch poll` on a server; desktops read
        // it and keep which alerts they have shown to themselves.
        m_writer = false;
        m_seenAlerts = std::make_unique<SeenAlerts>(location);
    } else if (location.isValid()) {
        m_lock = CollectorLock::forLocation(location);
        lockError = m_lock->acquire();
        m_writer = !lockError.isError();
    }
    m_store = std::make_unique<StoreThread>();
    const auto mode = m_writer ? HistoryStore::Mode::ReadWrite : HistoryStore::Mode::ReadOnly;
    m_store->open(m_dbPath, mode, this, [this, lockError, location](const StoreError &e) {
        if (!m_writer) {
            m_window->setViewerOnly(location.isShared()
                                        ? tr("Showing the team's shared history at %1, recorded by its collector (hubwatch poll).")
                                              .arg(location.display())
                                        : tr("Showing the history another HubWatch poller writes. %1").arg(lockError.message()));
            // The collector adds a poll now and then: look again every minute.
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this] {
                refreshHeadline();
                if (m_seenAlerts) // the collector's new alerts, once on this desktop
                    deliverPendingAlerts();
            });
            timer->start(std::chrono::minutes(1));
        }
        if (e.isError()) {
            m_window->showError(e.message());
            return;
        }
        refreshHeadline();
        deliverPendingAlerts();
    });
}

void DesktopApp::refreshHeadline()
{
    m_store->call<StoreResult<StatusReport>>(
        [](HistoryStore &s) { return StatusReport::build(s, QDateTime::currentDateTimeUtc()); }, this,
        [this](const StoreResult<StatusReport> &r) {
            if (!r.ok()) {
                m_window->showError(r.error.message());
                return;
            }
            m_window->showReport(r.value);
            m_views->showReport(r.value);
            refreshDashboardExtras();
            if (r.value.headline.pollId > 0)
                m_tray->setToolTip(tr("HubWatch — %1 tracked downloads")
                                       .arg(CompactNumber::format(r.value.headline.totalAllTime, QLocale())));
        });
}

void DesktopApp::refreshDashboardExtras()
{
    // The sparkline: the headline over the last 30 days, downsampled on the store thread.
    m_store->call<StoreResult<Series>>(
        [](HistoryStore &s) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return SeriesQueries(s).series(QStringLiteral("headline"), Metric::AllTime, now.addDays(-30), now, 200);
        },
        this, [this](const StoreResult<Series> &r) {
            if (!r.ok())
                return;
            QList<QPointF> points;
            for (const ChartPoint &p : r.value.points) {
                if (p.gapBefore && !points.isEmpty())
                    points.append(QPointF(double(p.t), qQNaN()));
                points.append(QPointF(double(p.t), p.value));
            }
            m_window->dashboard()->setHistory(points);
        });
    m_store->call<StoreResult<QList<AlertRecord>>>(
        [](HistoryStore &s) { return AlertStore(s).log(8); }, this,
        [this](const StoreResult<QList<AlertRecord>> &r) {
            if (r.ok())
                m_window->dashboard()->setAlerts(r.value);
        });
}

void DesktopApp::store(const PollResult &result)
{
    if (!m_writer)
        return;
    m_store->storePoll(result, this, [this](const StoreResult<qint64> &stored) {
        if (!stored.ok()) {
            m_window->showError(tr("The last poll was not saved: %1").arg(stored.error.message()));
            maybeExitAfterPoll();
            return;
        }
        refreshHeadline();
        const PollScope scope = m_poller->scope();
        const QDateTime now = SystemClock::instance()->nowUtc();
        m_store->call<StoreResult<QList<AlertRecord>>>(
            [scope, now](HistoryStore &s) { return AlertEngine(s).evaluate(scope, now); }, this,
            [this](const StoreResult<QList<AlertRecord>> &raised) {
                if (!raised.ok())
                    m_window->showError(raised.error.message());
                deliverPendingAlerts([this] { maybeExitAfterPoll(); });
            });
    });
}

void DesktopApp::maybeExitAfterPoll()
{
    if (!m_exitAfterPoll)
        return;
    // A moment for the notification to leave over D-Bus and for the views to load their data;
    // then, for screenshot tests, what the screen shows of the window (HUBWATCH_SCREENSHOT=FILE).
    QTimer::singleShot(std::chrono::milliseconds(1500), this, [this] {
        const QString shot = qEnvironmentVariable("HUBWATCH_SCREENSHOT");
        if (!shot.isEmpty() && m_window->isVisible()) {
            const QPixmap pixels = m_window->screen()->grabWindow(m_window->winId());
            if (!pixels.save(shot))
                qCWarning(lcApp) << "could not save the screenshot to" << shot;
        }
        QCoreApplication::quit();
    });
}

void DesktopApp::deliverPendingAlerts(std::function<void()> then)
{
    static const QString consumer = QStringLiteral("desktop");
    const qint64 lastShown = m_seenAlerts ? m_seenAlerts->lastShown() : 0;
    const bool shared = bool(m_seenAlerts);
    m_store->call<StoreResult<QList<AlertRecord>>>(
        [shared, lastShown](HistoryStore &s) {
            return shared ? SeenAlerts::pending(s, lastShown, QDateTime::currentDateTimeUtc()) : AlertStore(s).undelivered(consumer);
        },
        this,
        [this, then](const StoreResult<QList<AlertRecord>> &pending) {
            if (then)
                then();
            if (!pending.ok() || pending.value.isEmpty())
                return;
            QList<qint64> ids;
            for (const AlertRecord &a : pending.value) {
                if (m_settings->notifications())
                    m_tray->deliver(a);
                ids << a.id;
            }
            if (m_seenAlerts) // a shared history is never written by a desktop
                m_seenAlerts->markShown(ids);
            // A reader (viewer mode) cannot record deliveries; it shows them once per session.
            if (!m_writer)
                return;
            const QDateTime now = SystemClock::instance()->nowUtc();
            m_store->call<StoreError>([ids, now](HistoryStore &s) { return AlertStore(s).markDelivered(ids, consumer, now); },
                                      this, [this](const StoreError &e) {
                                          if (e.isError())
                                              m_window->showError(e.message());
                                      });
        });
}

void DesktopApp::openSettings()
{
    SettingsDialog dialog(*m_settings, m_tokens, m_window.get());
    loadMilestones(dialog.milestones());
    connect(&dialog, &SettingsDialog::settingsApplied, this, [this, &dialog] {
        m_options.scope = m_settings->scope();
        m_options.interval = m_settings->pollInterval();
        m_poller->setScope(m_options.scope);
        if (m_writer && m_poller->isScheduled())
            m_poller->startSchedule(m_options.interval);
        saveMilestones(dialog.milestones()->thresholds());
    });
    dialog.exec();
}

void DesktopApp::loadMilestones(MilestoneEditor *editor)
{
    // Thresholds live with the history (the poll that raises alerts reads them), so they load off
    // the GUI thread; a viewer shows them but only the writer may change them.
    editor->setEditable(false, tr("Loading your milestones…"));
    const QStringList series = editor->seriesKeys(); // the headline and watched repos, as offered
    m_store->call<StoreResult<MilestoneEditor::Thresholds>>(
        [series](HistoryStore &s) {
            StoreResult<MilestoneEditor::Thresholds> result;
            AlertStore alerts(s);
            for (const QString &key : series) {
                const auto values = alerts.thresholds(key);
                if (!values.ok())
                    return StoreResult<MilestoneEditor::Thresholds>{{}, values.error};
                if (!values.value.isEmpty())
                    result.value.insert(key, values.value);
            }
            return result;
        },
        editor, [this, editor](const StoreResult<MilestoneEditor::Thresholds> &r) {
            if (!r.ok()) {
                editor->setEditable(false, tr("Your milestones could not be read: %1").arg(r.error.message()));
                return;
            }
            m_loadedMilestones = r.value;
            editor->setThresholds(r.value);
            if (m_writer)
                editor->setEditable(true);
            else
                editor->setEditable(false, tr("Another HubWatch is recording this history; change milestones there."));
        });
}

void DesktopApp::saveMilestones(const QMap<QString, QList<qint64>> &edited)
{
    if (!m_writer || edited == m_loadedMilestones)
        return;
    const auto before = m_loadedMilestones;
    m_store->call<StoreError>(
        [before, edited](HistoryStore &s) {
            AlertStore alerts(s);
            QStringList keys = before.keys() + edited.keys();
            keys.removeDuplicates();
            for (const QString &key : keys) {
                const QList<qint64> was = before.value(key), now = edited.value(key);
                for (const qint64 v : was)
                    if (!now.contains(v))
                        if (const StoreError e = alerts.removeThreshold(key, v); e.isError())
                            return e;
                for (const qint64 v : now)
                    if (!was.contains(v))
                        if (const StoreError e = alerts.addThreshold(key, v); e.isError())
                            return e;
            }
            return StoreError();
        },
        this, [this, edited](const StoreError &e) {
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
    // A monitor monitors: poll at start and then on the schedule, unless offline or another
    // process is the poller.
    if (m_writer && !m_client->config().offline)
        m_poller->startSchedule(m_options.interval);
}

} // namespace hubwatch
