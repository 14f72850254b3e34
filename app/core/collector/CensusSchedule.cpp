#include "CensusSchedule.h"

#include "HistorySession.h"
#include "census/CensusCrawler.h"
#include "hub/HubTransport.h"
#include "store/HistoryStore.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hubwatch {

namespace {

// What the schedule needs to know of the history: whether a census is unfinished, and when the
// last complete one began.
struct LastCensus
{
    bool unfinished = false;
    QDateTime lastCompleteStart;
    qint64 expectedPages = 0; // the last complete census's, for the estimate
};

StoreResult<LastCensus> readLast(HistoryStore &store)
{
    StoreResult<LastCensus> r;
    QSqlQuery q(store.database());
    // status: 0 running, 1 complete (2, abandoned by --restart, is neither).
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM censuses WHERE status = 0),"
                               " (SELECT MAX(started_at) FROM censuses WHERE status = 1)"))
        || !q.next()) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading a census"));
        return r;
    }
    r.value.unfinished = q.value(0).toLongLong() > 0;
    if (!q.value(1).isNull())
        r.value.lastCompleteStart = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    q.finish();
    const StoreResult<qint64> pages = CensusEta::expectedPages(store);
    if (!pages.ok())
        r.error = pages.error;
    r.value.expectedPages = pages.value;
    return r;
}

} // namespace

CensusSchedule::CensusSchedule(HistorySession *history, HubTransport *transport, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_transport(transport)
    , m_clock(clock)
{
    connect(transport, &HubTransport::retryScheduled, this,
            [this](const HubError &failure, const QDateTime &at, int attempt, int attempts, const QObject *requester) {
                if (isRequester(requester))
                    Q_EMIT retrying(failure, at, attempt, attempts);
            });
}

CensusSchedule::~CensusSchedule() = default;

bool CensusSchedule::isRequester(const QObject *requester) const
{
    for (const QObject *o = requester; o; o = o->parent())
        if (o == this)
            return true;
    return false;
}

bool CensusSchedule::isDue(bool unfinished, const QDateTime &lastCompleteStart, std::chrono::hours every, const QDateTime &now)
{
    if (every.count() <= 0)
        return false;
    if (unfinished || !lastCompleteStart.isValid())
        return true;
    // Measured from the start, so a census that takes an hour does not push the next one an hour later each day.
    return lastCompleteStart.msecsTo(now) >= std::chrono::milliseconds(every).count();
}

void CensusSchedule::setEvery(std::chrono::hours every)
{
    m_every = every;
    if (every.count() <= 0 && m_crawler) {
        qCInfo(lcMonitor) << "census switched off; the running one stays unfinished";
        stopRunning();
    }
}

void CensusSchedule::stopRunning()
{
    if (!m_crawler)
        return;
    m_crawler->stop();
    m_crawler->deleteLater();
    m_crawler = nullptr;
}

void CensusSchedule::afterPoll(bool pollStored)
{
    if (m_stopped)
        return;
    m_paused = false;
    if (m_crawler) {
        m_crawler->resume();
        return;
    }
    if (pollStored)
        startIfDue();
}

void CensusSchedule::pause()
{
    m_paused = true;
    if (m_crawler)
        m_crawler->pause();
}

void CensusSchedule::stop()
{
    m_stopped = true;
    if (m_crawler)
        m_crawler->stop();
}

void CensusSchedule::startIfDue()
{
    if (m_every.count() <= 0 || m_checking || (m_retryAt.isValid() && m_clock->nowUtc() < m_retryAt))
        return;
    m_checking = true;
    m_history->store()->call<StoreResult<LastCensus>>(
        [](HistoryStore &s) { return readLast(s); }, this,
        [this](const StoreResult<LastCensus> &last) {
            m_checking = false;
            if (!last.ok()) {
                qCWarning(lcStore) << "census schedule:" << last.error.message();
                return;
            }
            if (m_stopped || m_crawler || !isDue(last.value.unfinished, last.value.lastCompleteStart, m_every, m_clock->nowUtc()))
                return;
            startCrawler(last.value.expectedPages);
        });
}

QDateTime CensusSchedule::estimatedFinish(const CensusState &state) const
{
    return m_eta.estimate(state, m_clock->nowUtc());
}

void CensusSchedule::startCrawler(qint64 expectedPages)
{
    m_expectedPages = expectedPages;
    m_crawler = new CensusCrawler(m_transport, m_history->store(), this);
    m_crawler->setQuotaReserve(QuotaReserve);
    if (m_paused) // a poll began while the history was read
        m_crawler->pause();
    connect(m_crawler, &CensusCrawler::begun, this, [this](const CensusState &state) {
        m_eta.begin(state, m_expectedPages, m_clock->nowUtc());
        Q_EMIT begun(state, m_crawler->resumed());
    });
    connect(m_crawler, &CensusCrawler::pageStored, this, &CensusSchedule::pageStored);
    connect(m_crawler, &CensusCrawler::finished, this, [this](const CensusState &state, const QString &error) {
        if (!error.isEmpty()) {
            m_retryAt = m_clock->nowUtc().addSecs(std::chrono::seconds(RetryAfter).count());
            qCWarning(lcMonitor) << "the census stopped; it resumes after" << m_retryAt << ":" << error;
        } else {
            m_retryAt = QDateTime();
            qCInfo(lcMonitor) << "census complete:" << state.totalAllTime() << "all-time downloads";
        }
        m_crawler->deleteLater();
        m_crawler = nullptr;
        Q_EMIT finished(state, error);
    });
    m_crawler->start(false);
}

} // namespace hubwatch
