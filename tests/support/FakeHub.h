#pragma once

#include "FakeHubCatalogue.h"
#include "FakeHubHttp.h"
#include "FakeHubRouter.h"
#include "hub/RepoStats.h"
#include "util/Clock.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QStringList>
#include <QUrl>

class QTcpServer;

namespace hubwatch::test {

// A loopback Hugging Face Hub speaking raw HTTP/1.1 over QTcpServer: the real API shape
// (/api/models, /api/datasets, single repos, Link pagination, RateLimit headers, the Hub's
// error conventions) plus scripted faults that a well-behaved server library cannot produce
// (resets, stalls, truncated or endless bodies, malformed JSON, redirect to another origin).
// Used by every network test; see tests/fakehub/tst_fakehub.cpp for its own checks.
class FakeHub final : public QObject
{
    Q_OBJECT
public:
    using Request = FakeHubRequest;

    enum class Fault {
        Status408, // JSON error body with that status
        Status429, // Retry-After = arg (default 1) and RateLimit r=0;t=arg
        Status500,
        Status502,
        Status503,
        Reset,             // connection reset right after the request (arg > 0: after arg bytes of the response)
        Stall,             // headers + half the body, then silence (until the hub is destroyed)
        TruncatedBody,     // full Content-Length, half the body, then close
        TruncatedChunked,  // chunked, no Content-Length: one chunk of half the body, then close
        TruncatedUnsized,  // neither Content-Length nor chunks: half the body, then close (a
                           // close-delimited answer: only its content shows it was cut)
        MalformedJson,     // 200 with a syntactically broken JSON array
        OversizedBody,     // 200, Content-Length = arg bytes (default 64 MiB) of JSON-ish filler
        OversizedChunked,  // same, chunked, no Content-Length
        LinkLoop,          // normal page whose Link is the request URL itself
        RedirectOtherHost, // 302 to redirectTarget + path?query
        WrongTypes,        // normal page with "downloads":"many", one entry without id, one with id 42
        RawBody,           // 200 with the body given to setRawBody(), verbatim: JSON a QJsonObject
                           // cannot hold (integers beyond qint64, "\ud800", "\u0000" escapes)
    };
    Q_ENUM(Fault)

    static constexpr int DefaultQuota = 500;
    static constexpr int DefaultWindowSeconds = 300;

    explicit FakeHub(hubwatch::Clock *clock = nullptr, QObject *parent = nullptr);
    ~FakeHub() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const; // http://127.0.0.1:PORT, no trailing slash
    quint16 port() const;

    // Catalogue. Entries are full JSON objects, as the Hub would return them with every field.
    void addRepo(hubwatch::RepoKind kind, const QJsonObject &entry);
    // Appends count generated repos (ids continue after the ones already there), sorted by
    // downloads descending; see FakeHubGenerator.
    void generateRepos(hubwatch::RepoKind kind, int count, quint32 seed = 1);
    // Replaces the kind's repos with `count` generated lazily (FakeHubLazyCatalogue): millions
    // can be served, each entry worked out when a response shows it.
    void generateLazyRepos(hubwatch::RepoKind kind, qint64 count, quint32 seed = 1) { m_catalogue.generateLazily(kind, count, seed); }
    // The held entries (none when the kind is generated lazily).
    QList<QJsonObject> repos(hubwatch::RepoKind kind) const;
    // The first `count` entries of the Hub's default listing (most downloads first): what a
    // top-N poll receives. Tests take expected figures from here, not from the product's output.
    QList<QJsonObject> top(hubwatch::RepoKind kind, int count) const;
    // An integer field ("downloadsAllTime", "downloads", "likes") summed over entries.
    static qint64 sum(const QList<QJsonObject> &entries, const QString &field);
    // A repo renamed on the Hub (or a legacy id): its single-repo route answers 307 to `to`.
    // Ids are looked up ignoring letter case too, with a 307 to the canonical spelling.
    void addRename(hubwatch::RepoKind kind, const QString &from, const QString &to) { m_catalogue.addRename(kind, from, to); }
    void clearRepos(hubwatch::RepoKind kind);
    // /api/spaces lists this many generated spaces (none by default).
    void setSpaceCount(qint64 count) { m_catalogue.setSpaceCount(count); }
    // Adds downloads to one repo (its all-time and 30-day counts): the Hub moving on.
    bool bumpDownloads(hubwatch::RepoKind kind, const QString &id, qint64 by) { return m_catalogue.bump(kind, id, by); }
    // count, sums of downloads/downloadsAllTime/likes/siblings and a digest (FakeHubCatalogue).
    QJsonObject summary(hubwatch::RepoKind kind) const;

    // If non-empty, any other Bearer token (or non-Bearer Authorization) gets 401.
    void setValidTokens(const QStringList &tokens);
    // The single-repo route answers status with X-Error-Code/X-Error-Message (e.g. 403 GatedRepo).
    void setRepoError(hubwatch::RepoKind kind, const QString &id, int status, const QByteArray &errorCode, const QString &message);
    // Fixed windows aligned on the clock (multiples of windowSeconds since the epoch).
    void setRateLimit(int quota, int windowSeconds);

    // FIFO: each fault applies to exactly one upcoming request.
    void pushFault(Fault fault, int arg = 0);
    int pendingFaults() const { return int(m_faults.size()); }
    void clearFaults() { m_faults.clear(); }
    void setRedirectTarget(const QUrl &otherOrigin);
    void setRawBody(const QByteArray &body) { m_rawBody = body; }

    // Default on: gzip when Accept-Encoding has gzip and the body is over 1 KiB.
    void setGzip(bool on) { m_gzip = on; }
    // GET /__fakehub/summary (catalogue summaries and request counts). Off by default; the
    // routes are neither logged, rate-limited nor faulted.
    void setDebugRoutesEnabled(bool on) { m_debugRoutes = on; }

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    void clearRequests() { m_requests.clear(); }
    // TCP connections accepted so far (keep-alive checks).
    int connectionCount() const { return m_connections; }

signals:
    // After logging each request, before answering it: a fault pushed from a slot connected
    // here applies to this very request ("fail the 3rd request" without counting by hand).
    void requestReceived();

private:
    struct PendingFault
    {
        Fault fault;
        int arg;
    };

    FakeHubResponse handle(Request &req);
    FakeHubResponse applyFault(const PendingFault &f, Request &req, const FakeHubRouter::Context &ctx);
    FakeHubResponse debugRoute(const Request &req);
    bool isAuthorized(const Request &req, bool *authenticated) const;
    // Counts the request in the current window: remaining and seconds to reset.
    void account(int *remaining, int *resetSeconds, bool *over);
    void addRateLimitHeaders(FakeHubResponse *resp, int remaining, int resetSeconds) const;
    void maybeGzip(const Request &req, FakeHubResponse *resp) const;

    hubwatch::Clock *m_clock;
    QTcpServer *m_server;
    FakeHubCatalogue m_catalogue;
    FakeHubRouter m_router{&m_catalogue};
    QStringList m_validTokens;
    QQueue<PendingFault> m_faults;
    QUrl m_redirectTarget;
    QByteArray m_rawBody;
    QList<Request> m_requests;
    int m_quota = DefaultQuota;
    int m_window = DefaultWindowSeconds;
    qint64 m_windowIndex = -1;
    int m_used = 0;
    int m_connections = 0;
    bool m_gzip = true;
    bool m_debugRoutes = false;
};

} // namespace hubwatch::test
