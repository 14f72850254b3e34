#pragma once

#include "PollResult.h"

#include <QObject>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <chrono>

namespace hubwatch {

class Clock;
class HubClient;

// Runs polls of a scope: once on demand, or on a schedule. One poll at a time; its steps run in
// sequence (top models, top datasets, each watched item) so progress reads "page 3 of 6" and the
// quota is spent evenly. Each finished poll is handed on whole through pollFinished().
class Poller : public QObject
{
    Q_OBJECT
public:
    Poller(HubClient *client, Clock *clock, QObject *parent = nullptr);

    void setScope(const PollScope &scope) { m_scope = scope; }
    const PollScope &scope() const { return m_scope; }
    bool isPolling() const { return m_running; }
    // How many of the top models are fetched with their file lists each poll.
    static constexpr int kDetailedModels = 50;

    // Returns false (and does nothing) if a poll is already running.
    bool pollNow();
    // Polls now, then every interval after each poll ends, until stopSchedule().
    void startSchedule(std::chrono::milliseconds interval);
    void stopSchedule();
    // A new interval for a running schedule, without an extra poll: the next one moves to one
    // new interval after the last (now, if that is already past).
    void setInterval(std::chrono::milliseconds interval);
    bool isScheduled() const { return m_scheduled; }
    QDateTime nextPollAt() const { return m_nextPoll; }

Q_SIGNALS:
    void pollStarted();
    // step counts requests that make up the poll; text is ready for a status bar.
    void progress(int step, int steps, const QString &text);
    void pollFinished(const hubwatch::PollResult &result);

private:
    struct Step
    {
        QString what;
        std::function<void()> run;
    };
    void runNextStep();
    // Where repos came from: the top-N listings define the headline, the watchlist only adds.
    enum class Source { TopListing, Watchlist };
    void addRepos(const RepoStatsList &repos, Source source = Source::TopListing);
    void stepDone();
    int totalSteps() const;
    void scheduleNext(std::chrono::milliseconds after);

    HubClient *m_client;
    Clock *m_clock;
    PollScope m_scope;
    PollResult m_current;
    QHash<QString, qsizetype> m_index; // key() -> position in m_current.repos
    QList<Step> m_steps;
    int m_stepIndex = 0;
    int m_pagesDone = 0;
    bool m_running = false;
    bool m_scheduled = false;
    quint64 m_generation = 0; // invalidates a pending scheduled call after stop/start
    std::chrono::milliseconds m_interval{15 * 60 * 1000};
    QDateTime m_nextPoll;
};

} // namespace hubwatch
