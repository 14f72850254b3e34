#include "Collector.h"

#include "CensusSchedule.h"
#include "HistorySession.h"
#include "alerts/AlertEngine.h"
#include "alerts/AlertSink.h"
#include "hub/HubClient.h"
#include "monitor/Poller.h"
#include "report/PollFigures.h"
#include "store/Retention.h"
#include "util/Clock.h"
#include "util/Logging.h"

namespace hubwatch {

Collector::Collector(HistorySession *history, const RunConfig &config, Clock *clock, QNetworkAccessManager *nam, AlertSink *sink,
                     QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_config(config)
    , m_clock(clock)
    , m_sink(sink)
{
    m_client = new HubClient(nam, clock, config.hub, this);
    m_poller = new Poller(m_client, clock, this);
    m_poller->setScope(config.scope);
    m_census = new CensusSchedule(history, m_client->transport(), clock, this);
    m_census->setEvery(std::chrono::hours(config.censusEveryHours));
    connect(m_poller, &Poller::pollStarted, m_census, &CensusSchedule::pause);
    connect(m_census, &CensusSchedule::finished, this, [this](const CensusState &, const QString &error) { onCensusFinished(error); });
    connect(m_poller, &Poller::pollStarted, this, &Collector::pollStarted);
    connect(m_poller, &Poller::progress, this, &Collector::progress);
    connect(m_poller, &Poller::pollFinished, this, &Collector::onFetched);
    connect(m_client->transport(), &HubTransport::rateLimitedUntil, this, &Collector::rateLimitedUntil);
    connect(m_client->transport(), &HubTransport::retryScheduled, this,
            [this](const HubError &failure, const QDateTime &at, int attempt, int attempts, const QObject *requester) {
                // The census says its own (CensusSchedule::retrying): a deep page's 502 is not a poll in trouble.
                if (!m_census->isRequester(requester))
                    Q_EMIT retryScheduled(failure, at, attempt, attempts);
            });
}

Collector::~Collector() = default;

const PollScope &Collector::scope() const
{
    return m_poller->scope();
}

void Collector::setScope(const PollScope &scope)
{
    m_config.scope = scope;
    m_poller->setScope(scope);
}

void Collector::applyConfig(const RunConfig &config)
{
    const bool newInterval = config.interval != m_config.interval;
    // A census under way is of the old endpoint: it stops here, and the next one starts over.
    if (config.hub.endpoint != m_config.hub.endpoint)
        m_census->stopRunning();
    m_config = config;
    m_poller->setScope(config.scope);
    m_client->transport()->setEndpoint(config.hub.endpoint, config.hub.endpointSource);
    if (newInterval)
        m_poller->setInterval(config.interval);
    m_census->setEvery(std::chrono::hours(config.censusEveryHours));
}

bool Collector::pollNow()
{
    return !m_stopping && m_poller->pollNow();
}

void Collector::startSchedule()
{
    if (!m_stopping)
        m_poller->startSchedule(m_config.interval);
}

void Collector::stopSchedule()
{
    m_poller->stopSchedule();
}

bool Collector::isScheduled() const
{
    return m_poller->isScheduled();
}

bool Collector::isPolling() const
{
    return m_poller->isPolling();
}

QDateTime Collector::nextPollAt() const
{
    return m_poller->nextPollAt();
}

void Collector::onFetched(const PollResult &result)
{
    if (m_stopping) {
        qCInfo(lcMonitor) << "stopping: the poll that just finished is not stored";
        return;
    }
    PollOutcome outcome;
    outcome.result = result;
    // A shared server's lock dies with its connection: take it again, or stop if another
    // collector has it now (two collectors would double the Hub traffic and race on the writes).
    if (const StoreError e = m_history->confirmLock(); e.isError()) {
        outcome.storeError = e;
        m_poller->stopSchedule();
        Q_EMIT lockLost(e.message());
        Q_EMIT pollStored(outcome);
        Q_EMIT pollCompleted(outcome);
        return;
    }
    ++m_writing;
    m_history->store()->storePoll(result, this, [this, outcome](const StoreResult<qint64> &stored) mutable {
        outcome.stored = stored.ok();
        outcome.pollId = stored.value;
        outcome.storeError = stored.error;
        if (!outcome.stored)
            qCWarning(lcStore) << "a poll was not stored:" << stored.error.message();
        else if (!outcome.result.renames.isEmpty())
            followRenames(outcome.result.renames);
        Q_EMIT pollStored(outcome);
        if (outcome.stored)
            evaluateAlerts(outcome);
        else
            finish(outcome);
    });
}

void Collector::followRenames(const QList<RepoRename> &renames)
{
    PollScope scope = m_poller->scope();
    QList<RepoRename> applied;
    for (const RepoRename &r : renames) {
        const auto type = r.kind == RepoKind::Model ? WatchItem::Type::Model : WatchItem::Type::Dataset;
        const WatchItem renamed{type, r.to};
        const qsizetype at = scope.watch.indexOf(WatchItem{type, r.from});
        if (at < 0)
            continue;
        // Watched under both names already: the old entry goes, its history is the new one's now.
        if (scope.watch.contains(renamed))
            scope.watch.removeAt(at);
        else
            scope.watch[at] = renamed;
        applied << r;
    }
    if (applied.isEmpty())
        return;
    setScope(scope);
    Q_EMIT watchlistRenamed(applied, scope);
}

void Collector::evaluateAlerts(PollOutcome outcome)
{
    const PollScope scope = outcome.result.scope;
    const AlertSettings settings = m_config.alerts;
    const QDateTime now = m_clock->nowUtc();
    m_history->store()->call<StoreResult<QList<AlertRecord>>>(
        [scope, settings, now](HistoryStore &s) {
            // The new poll's growth and hot categories first, so what reads them (these alerts,
            // the next status) reads a row. Derived data: a failure costs speed, not figures.
            const auto recorded = PollFigures::record(s, now);
            if (!recorded.ok())
                qCWarning(lcStore) << "a poll's figures were not kept:" << recorded.error.message();
            return AlertEngine(s, settings).evaluate(scope, now);
        },
        this,
        [this, outcome](const StoreResult<QList<AlertRecord>> &raised) mutable {
            outcome.raised = raised.value;
            outcome.alertError = raised.error;
            if (!raised.ok())
                qCWarning(lcAlerts) << "alerts could not be evaluated:" << raised.error.message();
            else if (!raised.value.isEmpty())
                qCInfo(lcAlerts) << raised.value.size() << "alert(s) raised by poll" << outcome.pollId;
            thinOldSamples(outcome);
        });
}

void Collector::thinOldSamples(PollOutcome outcome)
{
    // Compaction reads every old sample: once a day is plenty for a setting counted in days.
    const QDateTime now = m_clock->nowUtc();
    if (m_config.retentionDays < 0 || (m_lastThinned.isValid() && m_lastThinned.secsTo(now) < 24 * 3600)) {
        deliver(outcome);
        return;
    }
    m_lastThinned = now;
    const int days = m_config.retentionDays;
    const auto resolution = m_config.retentionDaily ? Retention::Resolution::Daily : Retention::Resolution::Hourly;
    m_history->store()->call<StoreResult<RetentionResult>>(
        [days, resolution, now](HistoryStore &s) { return Retention::compact(s, days, resolution, now); }, this,
        [this, outcome](const StoreResult<RetentionResult> &thinned) {
            if (!thinned.ok())
                qCWarning(lcStore) << "thinning old samples failed:" << thinned.error.message();
            else if (thinned.value.samplesRemoved > 0)
                qCInfo(lcStore) << "thinned" << thinned.value.samplesRemoved << "old samples";
            deliver(outcome);
        });
}

void Collector::deliver(PollOutcome outcome)
{
    const QList<AlertRecord> raised = outcome.raised;
    deliverRaised(raised, [this, outcome](const StoreError &e) mutable {
        if (e.isError())
            outcome.alertError = e;
        finish(outcome);
    });
}

void Collector::deliverRaised(const QList<AlertRecord> &raised, std::function<void(const StoreError &)> done)
{
    if (m_sink && m_sink->consumer().isEmpty()) {
        for (const AlertRecord &a : raised)
            m_sink->deliver(a);
        done(StoreError());
        return;
    }
    deliverPending(std::move(done));
}

void Collector::onCensusFinished(const QString &error)
{
    if (!error.isEmpty() || m_stopping)
        return;
    // Counted as a write, so a stop waits for these alerts as it waits for a poll's.
    ++m_writing;
    const AlertSettings settings = m_config.alerts;
    const QDateTime now = m_clock->nowUtc();
    m_history->store()->call<StoreResult<QList<AlertRecord>>>(
        [settings, now](HistoryStore &s) { return AlertEngine(s, settings).evaluateCensus(now); }, this,
        [this](const StoreResult<QList<AlertRecord>> &raised) {
            if (!raised.ok())
                qCWarning(lcAlerts) << "the census's alerts could not be evaluated:" << raised.error.message();
            deliverRaised(raised.value, [this](const StoreError &e) {
                if (e.isError())
                    qCWarning(lcAlerts) << "the census's alerts could not be delivered:" << e.message();
                if (--m_writing == 0 && m_stopping)
                    finishStop();
            });
        });
}

void Collector::deliverPending(std::function<void(const StoreError &)> done)
{
    const QString consumer = m_sink ? m_sink->consumer() : QString();
    if (consumer.isEmpty()) {
        done(StoreError());
        return;
    }
    // A sink with a ledger gets everything it has not shown, raised while it was away included.
    const QDateTime now = m_clock->nowUtc();
    m_history->store()->call<StoreResult<QList<AlertRecord>>>(
        [consumer](HistoryStore &s) { return AlertStore(s).undelivered(consumer); }, this,
        [this, done, consumer, now](const StoreResult<QList<AlertRecord>> &pending) {
            if (!pending.ok()) {
                done(pending.error);
                return;
            }
            QList<qint64> ids;
            for (const AlertRecord &a : pending.value) {
                m_sink->deliver(a);
                ids << a.id;
            }
            if (ids.isEmpty()) {
                done(StoreError());
                return;
            }
            m_history->store()->call<StoreError>(
                [ids, consumer, now](HistoryStore &s) { return AlertStore(s).markDelivered(ids, consumer, now); }, this,
                [done](const StoreError &e) { done(e); });
        });
}

void Collector::finish(const PollOutcome &outcome)
{
    --m_writing;
    // A stop asked for while the poll was written waits for this moment; one asked for by a
    // receiver of pollCompleted finds nothing in flight and closes by itself.
    const bool stopWaiting = m_stopping;
    Q_EMIT pollCompleted(outcome);
    if (stopWaiting && m_writing == 0)
        finishStop();
    // A receiver may have stopped us (`hubwatch poll --once`): then no census begins. Nor does
    // one after a poll the Hub did not answer: it would only fail the same way.
    else if (!m_stopping && !m_poller->isPolling())
        m_census->afterPoll(outcome.stored && !outcome.result.repos.isEmpty());
}

void Collector::stop(std::function<void()> done)
{
    m_stopped = std::move(done);
    if (m_stopping)
        return;
    m_stopping = true;
    m_poller->stopSchedule();
    m_census->stop();
    if (m_writing == 0)
        finishStop();
}

void Collector::finishStop()
{
    m_history->close([this] {
        if (m_stopped)
            m_stopped();
    });
}

} // namespace hubwatch
