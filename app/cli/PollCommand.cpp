#include "PollCommand.h"

#include "ConsoleOutput.h"
#include "alerts/AlertEngine.h"
#include "hub/AuthPolicy.h"
#include "hub/HubClient.h"
#include "monitor/Poller.h"
#include "store/StoreThread.h"
#include "store/CollectorLock.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTimer>

namespace hubwatch {

PollCommand::PollCommand(const CommandLine &options, QObject *parent)
    : QObject(parent), m_options(options)
{
}

PollCommand::~PollCommand() = default;

void PollCommand::fatal(const QString &message, int exitCode)
{
    ConsoleOutput::error(message);
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT done(exitCode); });
}

void PollCommand::start()
{
    HubConfig config;
    QString error;
    if (!HubConfig::resolve(QProcessEnvironment::systemEnvironment(), m_options.endpoint,
                            m_options.offline, &config, &error)) {
        fatal(error, 2);
        return;
    }
    if (config.offline) {
        fatal(HubError(HubError::Kind::Offline, QString()).message(), 1);
        return;
    }
    // One collector writes a history at a time; the lock is held until this command ends.
    const StoreLocation location = StoreLocation::parse(m_options.databasePath());
    if (!location.isValid()) {
        fatal(location.error(), 2);
        return;
    }
    m_lock = CollectorLock::forLocation(location);
    if (const StoreError e = m_lock->acquire(); e.isError()) {
        fatal(e.message(), 1);
        return;
    }
    m_store = std::make_unique<StoreThread>();
    m_store->open(location.display(), HistoryStore::Mode::ReadWrite, this, [this, config](const StoreError &e) {
        if (e.isError())
            fatal(e.message(), 1);
        else
            startPolling(config);
    });
}

void PollCommand::startPolling(const HubConfig &config)
{
    if (!config.token.isEmpty() && !AuthPolicy::endpointAllowsToken(config.endpoint))
        ConsoleOutput::error(tr("Not sending the access token to %1: plain http is only trusted on loopback.")
                                 .arg(config.endpoint.host()));
    m_nam = new QNetworkAccessManager(this);
    m_client = new HubClient(m_nam, SystemClock::instance(), config, this);
    m_poller = new Poller(m_client, SystemClock::instance(), this);
    m_poller->setScope(m_options.scope);
    connect(m_poller, &Poller::progress, this, [](int, int, const QString &text) {
        ConsoleOutput::status(text);
    });
    connect(m_poller, &Poller::pollFinished, this, [this](const PollResult &result) {
        report(result);
        store(result);
    });
    if (m_options.once)
        m_poller->pollNow();
    else
        m_poller->startSchedule(m_options.interval);
}

void PollCommand::store(const PollResult &result)
{
    // A shared server's lock dies with its connection: take it again, or stop if another
    // collector has it now (two collectors would double the Hub traffic and race on the writes).
    if (const StoreError e = m_lock->confirm(); e.isError() && e.kind() == StoreError::Kind::Locked) {
        fatal(e.message(), 1);
        return;
    }
    m_store->storePoll(result, this, [this, result](const StoreResult<qint64> &stored) {
        if (!stored.ok()) {
            ConsoleOutput::error(tr("The poll was not stored: %1").arg(stored.error.message()));
            if (m_options.once)
                Q_EMIT done(1);
            return;
        }
        const PollScope scope = result.scope;
        const QDateTime now = result.finishedAt;
        m_store->call<StoreResult<QList<AlertRecord>>>(
            [scope, now](HistoryStore &s) { return AlertEngine(s).evaluate(scope, now); }, this,
            [this, result](const StoreResult<QList<AlertRecord>> &alerts) {
                // Headless delivery: the alerts this poll raised, on standard output (on standard
                // error with --json, which keeps stdout one JSON document).
                for (const AlertRecord &a : alerts.value) {
                    const QString line = tr("Alert: %1 — %2").arg(a.title, a.body);
                    m_options.json ? ConsoleOutput::error(line) : ConsoleOutput::out(line);
                }
                if (!alerts.ok())
                    ConsoleOutput::error(tr("Alerts could not be evaluated: %1").arg(alerts.error.message()));
                if (m_options.once)
                    Q_EMIT done(result.complete() && alerts.ok() ? 0 : 1);
            });
    });
}

void PollCommand::report(const PollResult &result)
{
    if (m_options.json) {
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
    } else {
        const QLocale locale;
        ConsoleOutput::out(tr("%1 UTC: %2 repos (%3); tracked all-time downloads %4.")
                               .arg(result.finishedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                               .arg(locale.toString(result.repos.size()))
                               .arg(result.scope.describe())
                               .arg(locale.toString(result.totalAllTime())));
        if (result.skippedEntries > 0)
            ConsoleOutput::out(tr("Skipped %n malformed entries.", nullptr, result.skippedEntries));
    }
    for (const PollResult::Failure &f : result.failures)
        ConsoleOutput::error(tr("%1: %2").arg(f.what, f.error.message()));
}

} // namespace hubwatch
