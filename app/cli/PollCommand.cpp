#include "PollCommand.h"

#include "CensusConsole.h"
#include "CollectorOpening.h"
#include "ConsoleOutput.h"
#include "collector/CensusSchedule.h"
#include "collector/Collector.h"
#include "collector/HistorySession.h"
#include "hub/AuthPolicy.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/SignalWatcher.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

namespace hubwatch {

PollCommand::PollCommand(const CommandLine &options, QObject *parent) : QObject(parent), m_options(options), m_sink(options.json)
{}

PollCommand::~PollCommand() = default;

void PollCommand::fatal(const QString &message, int exitCode)
{
    ConsoleOutput::error(message);
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT done(exitCode); });
}

void PollCommand::start()
{
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::stopRequested, this, &PollCommand::stop);
    CollectorOpening::open(
        m_options, this,
        [this](HistorySession *history, const RunConfig &config) {
            m_history = history;
            startCollector(config);
        },
        [this](const QString &message, int exitCode) { fatal(message, exitCode); });
}

void PollCommand::startCollector(const RunConfig &config)
{
    m_nam = new QNetworkAccessManager(this);
    m_collector = new Collector(m_history, config, SystemClock::instance(), m_nam, &m_sink, this);
    connect(m_collector, &Collector::progress, this, [](int, int, const QString &text) { ConsoleOutput::status(text); });
    connect(m_collector, &Collector::pollStored, this, &PollCommand::report);
    connect(m_collector, &Collector::lockLost, this, [this](const QString &message) { fatal(message, 1); });
    connect(m_collector, &Collector::watchlistRenamed, this, [this](const QList<RepoRename> &renames, const PollScope &scope) {
        // A watchlist given with --watch is this run's; one from the settings is kept there.
        const bool saved = !m_options.watch.has_value();
        if (saved) {
            Settings settings;
            PollScope kept = settings.scope();
            kept.watch = scope.watch;
            settings.setScope(kept);
        }
        for (const RepoRename &r : renames)
            ConsoleOutput::error((saved ? tr("%1 is now %2 on the Hub; its history and alerts carry over, and the watchlist follows it.")
                                        : tr("%1 is now %2 on the Hub; its history and alerts carry over."))
                                     .arg(r.from, r.to));
    });
    connect(m_collector, &Collector::pollCompleted, this, [this](const PollOutcome &outcome) {
        if (outcome.stored && outcome.alertError.isError())
            ConsoleOutput::error(tr("Alerts could not be evaluated: %1").arg(outcome.alertError.message()));
        if (m_options.once && !m_collector->isStopping())
            m_collector->stop([this, ok = outcome.ok()] { Q_EMIT done(ok ? 0 : 1); });
    });
    // The daily census between polls speaks on stderr, so --json lines stay one per poll.
    CensusSchedule *census = m_collector->census();
    connect(census, &CensusSchedule::begun, this, [this](const CensusState &state, bool resumed) { m_census.begun(state, resumed); });
    connect(census, &CensusSchedule::pageStored, this,
            [this, census](const CensusState &state) { m_census.progress(state, census->estimatedFinish(state)); });
    connect(census, &CensusSchedule::finished, this, [](const CensusState &state, const QString &error) {
        ConsoleOutput::status(QString());
        if (error.isEmpty()) {
            for (const QString &line : CensusConsole::summary(state))
                ConsoleOutput::error(line);
        } else {
            ConsoleOutput::error(tr("The census stopped: %1\nIt is kept unfinished and resumes after a later poll.").arg(error));
        }
    });
    if (m_options.once)
        m_collector->pollNow();
    else
        m_collector->startSchedule();
}

void PollCommand::stop()
{
    // A second signal while stopping means "now": the write in progress is then the database's
    // own business (a transaction either committed or is rolled back on the next open).
    if (m_collector && m_collector->isStopping()) {
        Q_EMIT done(0);
        return;
    }
    ConsoleOutput::status(QString());
    if (!m_collector) {
        Q_EMIT done(0); // nothing written yet; the lock goes with the process
        return;
    }
    m_collector->stop([this] { Q_EMIT done(0); });
}

void PollCommand::report(const PollOutcome &outcome)
{
    const PollResult &result = outcome.result;
    if (m_options.json) {
        QJsonObject json = result.toJson();
        json.insert(QStringLiteral("stored"), outcome.stored);
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    } else if (outcome.stored) {
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
    if (!outcome.stored)
        ConsoleOutput::error(tr("The poll was not stored: %1").arg(outcome.storeError.message()));
}

} // namespace hubwatch
