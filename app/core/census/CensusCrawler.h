#pragma once

#include "CensusState.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace hubwatch {

class HubTransport;
class StoreThread;
struct HubResponse;

// Walks every public model, dataset and space one listing page at a time: fetches a page through
// the transport (paced and retried there), parses it, hands it to the store, and asks for the
// next page only once the store has committed this one with the cursor past it. Nothing but the
// page in flight is held in memory, and a census stopped anywhere resumes from its last commit.
class CensusCrawler : public QObject
{
    Q_OBJECT
public:
    // The largest page the Hub serves.
    static constexpr int PageSize = 1000;
    // A guard against a server that never stops paginating: far beyond the Hub's ~2,000 pages.
    static constexpr int MaxPagesPerKind = 20000;

    CensusCrawler(HubTransport *transport, StoreThread *store, QObject *parent = nullptr);

    // Resumes the unfinished census, else starts one; restart keeps an unfinished one as partial
    // and starts over.
    void start(bool restart);
    // No new request is made; the page in flight, if any, is dropped (it is fetched again on resume).
    void stop();
    // No new page is asked for until resume(); the page in flight is stored as usual.
    void pause();
    void resume();
    // Leaves this share of the request quota (0..1) to others on the same transport: once no more
    // than that remains, the next page waits for the quota window to reset.
    void setQuotaReserve(double share) { m_quotaReserve = share; }
    const CensusState &state() const { return m_state; }
    bool resumed() const { return m_resumed; }

    // Only the fields the census keeps: downloads, all-time downloads, and what the breakdowns read.
    static QStringList fields(CensusKind kind);
    static QUrl firstPageUrl(const QUrl &endpoint, CensusKind kind);
    // Ids of a spaces listing page (the census only counts spaces); false if it is not a JSON array.
    static bool parseSpaces(const QByteArray &body, RepoStatsList *out);

Q_SIGNALS:
    void begun(const hubwatch::CensusState &state);
    void pageStored(const hubwatch::CensusState &state);
    // error is empty when the census completed; otherwise it stays unfinished and resumable.
    void finished(const hubwatch::CensusState &state, const QString &error);
    // The next page waits for the quota window to reset at `until` (see setQuotaReserve).
    void waitingForQuota(const QDateTime &until);

private:
    // Whether a resumed census's cursor points at another origin than the endpoint.
    bool cursorElsewhere(const CensusState &state) const;
    void next();
    void fetch(CensusKind kind, const QUrl &url);
    void received(CensusKind kind, const QUrl &url, const HubResponse &response);
    void fail(const QString &error);

    HubTransport *m_transport;
    StoreThread *m_store;
    CensusState m_state;
    int m_requests = 0; // requests made for the page in flight (retries included)
    bool m_resumed = false;
    bool m_stopped = false;
    bool m_paused = false;
    bool m_nextWhenResumed = false; // next() was held back by pause()
    double m_quotaReserve = 0;
};

} // namespace hubwatch
