#pragma once

#include "PollOutcome.h"
#include "settings/RunConfig.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace hubwatch {

class AlertSink;
class CensusSchedule;
class Clock;
class HistorySession;
class HubClient;
class Poller;

// The one place that assembles a poll, from the Hub to the person: the Hub client on the
// resolved endpoint and token, the Poller and its schedule, the collector lock, the store, alert
// evaluation, retention and delivery to an AlertSink. `hubwatch poll` and the desktop are thin
// shells over it; a viewer has none, so it cannot poll.
//
// Order of one poll: fetched → stored (pollStored) → alerts evaluated → old samples thinned (at
// most daily, when retention is set) → alerts delivered → pollCompleted. Nothing is reported as
// stored before the commit. Between polls, the census of the whole Hub runs when it is due
// (census(); paused while a poll fetches).
class Collector : public QObject
{
    Q_OBJECT
public:
    // history must be open as the collector. nam and sink stay owned by the caller.
    Collector(HistorySession *history, const RunConfig &config, Clock *clock, QNetworkAccessManager *nam, AlertSink *sink,
              QObject *parent = nullptr);
    ~Collector() override;

    HubClient *client() const { return m_client; }
    CensusSchedule *census() const { return m_census; }
    const RunConfig &config() const { return m_config; }
    const PollScope &scope() const;
    // New settings: scope, interval, endpoint, alert and retention settings take effect from the
    // next poll (a running schedule restarts on the new interval).
    void applyConfig(const RunConfig &config);
    void setScope(const PollScope &scope);

    // Returns false when a poll is already being fetched.
    bool pollNow();
    void startSchedule();
    void stopSchedule();
    bool isScheduled() const;
    bool isPolling() const;
    QDateTime nextPollAt() const;
    // Hands the sink what its ledger has not shown yet (raised while this process was away).
    void deliverPending(std::function<void(const StoreError &)> done);

    // A clean stop (SIGTERM, Ctrl+C, quitting the desktop): no new poll; a poll being fetched is
    // dropped (nothing of it was written); a write in progress finishes; then the history is
    // closed and the lock released, and done() runs.
    void stop(std::function<void()> done);
    bool isStopping() const { return m_stopping; }

Q_SIGNALS:
    void pollStarted();
    void progress(int step, int steps, const QString &text);
    // The poll's write ended (stored or not); alerts are not evaluated yet.
    void pollStored(const hubwatch::PollOutcome &outcome);
    // Everything about the poll is done, alerts included.
    void pollCompleted(const hubwatch::PollOutcome &outcome);
    // Another collector took the history over (a shared server's lock was lost): polling stopped.
    void lockLost(const QString &message);
    // Watched repos the Hub now knows under another id (renamed, or another letter case). Their
    // history and alerts moved with the poll's write; the collector polls the new ids from now
    // on, and scope() holds them: whoever keeps the watchlist saves it.
    void watchlistRenamed(const QList<hubwatch::RepoRename> &renames, const hubwatch::PollScope &scope);
    void rateLimitedUntil(const QDateTime &until);
    // A request of the running poll failed and is tried again at `at` (see HubTransport); the
    // census's requests say so through CensusSchedule::retrying instead.
    void retryScheduled(const hubwatch::HubError &failure, const QDateTime &at, int attempt, int attempts);

private:
    void onFetched(const PollResult &result);
    void followRenames(const QList<RepoRename> &renames);
    void evaluateAlerts(PollOutcome outcome);
    void thinOldSamples(PollOutcome outcome);
    void deliver(PollOutcome outcome);
    // Hands raised alerts (or, to a sink with a ledger, all it has not shown) to the sink.
    void deliverRaised(const QList<AlertRecord> &raised, std::function<void(const StoreError &)> done);
    // A complete census's Whole Hub milestones, evaluated and delivered at once.
    void onCensusFinished(const QString &error);
    void finish(const PollOutcome &outcome);
    void finishStop();

    HistorySession *m_history;
    RunConfig m_config;
    Clock *m_clock;
    AlertSink *m_sink;
    HubClient *m_client = nullptr;
    Poller *m_poller = nullptr;
    CensusSchedule *m_census = nullptr;
    int m_writing = 0; // polls between fetched and completed
    bool m_stopping = false;
    std::function<void()> m_stopped;
    QDateTime m_lastThinned;
};

} // namespace hubwatch
