#pragma once

#include "census/CensusEta.h"
#include "census/CensusState.h"
#include "hub/HubError.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace hubwatch {

class CensusCrawler;
class Clock;
class HistorySession;
class HubTransport;

// When the collector takes its census of the whole Hub: between its ordinary polls, through the
// same transport (so within the same quota, leaving a share of it to the polls), once every
// `every` hours (daily by default; zero: never). Checked after each stored poll, so the census
// starts with a whole interval before the next poll, pauses while a poll fetches and resumes
// after it. An unfinished census, from this run or an earlier one, is resumed before a new one
// begins; one that failed is tried again after a while, from its last committed page.
class CensusSchedule : public QObject
{
    Q_OBJECT
public:
    // The share of the request quota the census leaves to polls.
    static constexpr double QuotaReserve = 0.2;
    // After a failed census (the Hub down, a broken page), the next attempt waits this long.
    static constexpr std::chrono::minutes RetryAfter{30};

    CensusSchedule(HistorySession *history, HubTransport *transport, Clock *clock, QObject *parent = nullptr);
    ~CensusSchedule() override;

    // Zero stops a running census (it stays unfinished and resumable) and starts none.
    void setEvery(std::chrono::hours every);
    std::chrono::hours every() const { return m_every; }
    // A poll ended: resume the paused census, or, after a stored poll (the Hub answers and the
    // history takes writes), start one if it is due.
    void afterPoll(bool pollStored);
    // A poll starts fetching: the census asks for no new page until afterPoll().
    void pause();
    // No new page from now on; what was committed stays.
    void stop();
    // Stops the running census (it stays unfinished); the schedule goes on.
    void stopRunning();
    bool isRunning() const { return m_crawler != nullptr; }
    // Whether a request made for `requester` is the census's (its crawler and what that owns).
    bool isRequester(const QObject *requester) const;
    // When the running census should finish (see CensusEta); invalid while unknown.
    QDateTime estimatedFinish(const CensusState &state) const;

    // Whether a census is due at `now`: one is unfinished, or none complete began within `every`.
    static bool isDue(bool unfinished, const QDateTime &lastCompleteStart, std::chrono::hours every, const QDateTime &now);

Q_SIGNALS:
    void begun(const hubwatch::CensusState &state, bool resumed);
    void pageStored(const hubwatch::CensusState &state);
    // error is empty when the census completed.
    void finished(const hubwatch::CensusState &state, const QString &error);
    // A census page failed and is asked again at `at` (attempt `attempt` of `attempts`).
    void retrying(const hubwatch::HubError &failure, const QDateTime &at, int attempt, int attempts);

private:
    void startIfDue();
    void startCrawler(qint64 expectedPages);

    HistorySession *m_history;
    HubTransport *m_transport;
    Clock *m_clock;
    std::chrono::hours m_every{24};
    CensusCrawler *m_crawler = nullptr; // child; deleted when its census ends
    QDateTime m_retryAt;                // after a failure: no new attempt before this
    CensusEta m_eta;
    qint64 m_expectedPages = 0;
    bool m_checking = false;
    bool m_paused = false;
    bool m_stopped = false;
};

} // namespace hubwatch
