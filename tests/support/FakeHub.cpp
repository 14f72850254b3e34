#include "FakeHub.h"

#include "FakeHubConnection.h"
#include "FakeHubGenerator.h"

#include <QJsonDocument>
#include <QTcpServer>

namespace hubwatch::test {

namespace {

constexpr qint64 DefaultOversizedBytes = 64 * 1024 * 1024;

bool acceptsGzip(const QByteArray &acceptEncoding)
{
    const QList<QByteArray> codings = acceptEncoding.toLower().split(',');
    for (const QByteArray &c : codings) {
        const QList<QByteArray> params = c.split(';');
        if (params.value(0).trimmed() != "gzip")
            continue;
        const QByteArray q = params.value(1).trimmed();
        return !(q.startsWith("q=") && q.mid(2).toDouble() <= 0.0);
    }
    return false;
}

} // namespace

FakeHub::FakeHub(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            new FakeHubConnection(
                socket, url().authority().toLatin1(), [this](Request &req) { return handle(req); }, this);
        }
    });
}

FakeHub::~FakeHub()
{
    m_server->close();
    // Before our members go: connections call back into handle().
    qDeleteAll(findChildren<FakeHubConnection *>(Qt::FindDirectChildrenOnly));
}

bool FakeHub::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

QUrl FakeHub::url() const
{
    QHostAddress host = m_server->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::Null)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(host.toString());
    u.setPort(m_server->serverPort());
    return u;
}

quint16 FakeHub::port() const
{
    return m_server->serverPort();
}

void FakeHub::addRepo(RepoKind kind, const QJsonObject &entry)
{
    m_catalogue.add(kind, entry);
}

void FakeHub::generateRepos(RepoKind kind, int count, quint32 seed)
{
    const auto generated = FakeHubGenerator::generate(kind, count, seed, int(m_catalogue.repos(kind).size()));
    for (const QJsonObject &e : generated)
        m_catalogue.add(kind, e);
}

QList<QJsonObject> FakeHub::repos(RepoKind kind) const
{
    return m_catalogue.repos(kind);
}

void FakeHub::clearRepos(RepoKind kind)
{
    m_catalogue.clear(kind);
}

QList<QJsonObject> FakeHub::top(RepoKind kind, int count) const
{
    return m_catalogue.page(kind, FakeHubCatalogue::Query(), 0, count).entries;
}

qint64 FakeHub::sum(const QList<QJsonObject> &entries, const QString &field)
{
    qint64 total = 0;
    for (const QJsonObject &e : entries)
        total += e.value(field).toInteger();
    return total;
}

QJsonObject FakeHub::summary(RepoKind kind) const
{
    return m_catalogue.summary(kind);
}

void FakeHub::setValidTokens(const QStringList &tokens)
{
    m_validTokens = tokens;
}

void FakeHub::setRepoError(RepoKind kind, const QString &id, int status, const QByteArray &errorCode, const QString &message)
{
    m_router.setRepoError(kind, id, status, errorCode, message);
}

void FakeHub::setRateLimit(int quota, int windowSeconds)
{
    m_quota = quota;
    m_window = std::max(1, windowSeconds);
    m_windowIndex = -1;
    m_used = 0;
}

void FakeHub::pushFault(Fault fault, int arg)
{
    m_faults.enqueue({fault, arg});
}

void FakeHub::setRedirectTarget(const QUrl &otherOrigin)
{
    m_redirectTarget = otherOrigin;
}

FakeHubResponse FakeHub::handle(Request &req)
{
    req.at = m_clock->nowUtc();
    if (m_debugRoutes && req.path.startsWith(QLatin1String("/__fakehub/")))
        return debugRoute(req);

    m_requests.append(req);
    emit requestReceived();

    int remaining = 0, resetSeconds = 0;
    bool over = false;
    account(&remaining, &resetSeconds, &over);
    FakeHubRouter::Context ctx;
    const bool authorized = isAuthorized(req, &ctx.authenticated);

    FakeHubResponse resp;
    if (!m_faults.isEmpty()) {
        const PendingFault fault = m_faults.dequeue();
        resp = applyFault(fault, req, ctx);
        if (fault.fault == Fault::Status429)
            addRateLimitHeaders(&resp, 0, fault.arg > 0 ? fault.arg : 1);
        else
            addRateLimitHeaders(&resp, remaining, resetSeconds);
    } else {
        if (!authorized) {
            resp = FakeHubResponse::error(401, QStringLiteral("Invalid credentials in Authorization header"));
        } else if (over) {
            resp = FakeHubResponse::error(429, QStringLiteral("You have exceeded our rate limit for api requests. Retry later."));
            resp.setHeader("Retry-After", QByteArray::number(resetSeconds));
        } else {
            resp = m_router.route(req, ctx);
        }
        addRateLimitHeaders(&resp, remaining, resetSeconds);
    }
    maybeGzip(req, &resp);
    return resp;
}

FakeHubResponse FakeHub::applyFault(const PendingFault &f, Request &req, const FakeHubRouter::Context &ctx)
{
    using Delivery = FakeHubResponse::Delivery;
    FakeHubRouter::Context faulty = ctx;
    FakeHubResponse resp;
    switch (f.fault) {
    case Fault::Status408: return FakeHubResponse::error(408, QStringLiteral("Request timeout (fake Hub fault)"));
    case Fault::Status429: {
        resp = FakeHubResponse::error(429, QStringLiteral("Too many requests (fake Hub fault)"));
        resp.setHeader("Retry-After", QByteArray::number(f.arg > 0 ? f.arg : 1));
        return resp;
    }
    case Fault::Status500: return FakeHubResponse::error(500, QStringLiteral("Internal Error (fake Hub fault)"));
    case Fault::Status502: return FakeHubResponse::error(502, QStringLiteral("Bad gateway (fake Hub fault)"));
    case Fault::Status503: return FakeHubResponse::error(503, QStringLiteral("Service unavailable (fake Hub fault)"));
    case Fault::Reset:
        resp = m_router.route(req, ctx);
        resp.delivery = Delivery::Reset;
        resp.resetAfterBytes = std::max(0, f.arg);
        return resp;
    case Fault::Stall:
        resp = m_router.route(req, ctx);
        resp.delivery = Delivery::Stall;
        return resp;
    case Fault::TruncatedBody:
    case Fault::TruncatedChunked:
    case Fault::TruncatedUnsized:
        resp = m_router.route(req, ctx);
        resp.delivery = f.fault == Fault::TruncatedBody ? Delivery::Truncate
            : f.fault == Fault::TruncatedChunked        ? Delivery::TruncateChunked
                                                        : Delivery::TruncateUnsized;
        return resp;
    case Fault::MalformedJson: {
        const QByteArray page = m_router.route(req, ctx).body;
        // "downloads":} can never parse, whatever prefix of the page comes before it.
        return FakeHubResponse::json(200, page.left(std::max<qsizetype>(1, page.size() * 2 / 3)) + R"(,{"id":"org/broken","downloads":}])");
    }
    case Fault::OversizedBody:
    case Fault::OversizedChunked:
        resp = FakeHubResponse::json(200, {});
        resp.delivery = f.fault == Fault::OversizedBody ? Delivery::StreamFixed : Delivery::StreamChunked;
        resp.streamBytes = f.arg > 0 ? f.arg : DefaultOversizedBytes;
        return resp;
    case Fault::LinkLoop: faulty.linkLoop = true; return m_router.route(req, faulty);
    case Fault::RedirectOtherHost: {
        QUrl origin = m_redirectTarget.isValid() ? m_redirectTarget : QUrl(QStringLiteral("http://other-host.invalid"));
        QByteArray location = origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded() + req.rawPath;
        if (!req.rawQuery.isEmpty())
            location += '?' + req.rawQuery;
        resp = FakeHubResponse::error(302, QStringLiteral("Found"));
        resp.setHeader("Location", location);
        return resp;
    }
    case Fault::WrongTypes: faulty.wrongTypes = true; return m_router.route(req, faulty);
    case Fault::RawBody: return FakeHubResponse::json(200, m_rawBody);
    }
    return m_router.route(req, ctx);
}

FakeHubResponse FakeHub::debugRoute(const Request &req)
{
    if (req.path == QLatin1String("/__fakehub/bump")) {
        // /__fakehub/bump?kind=model&id=ORG/NAME&by=N: lets an out-of-process test move the Hub on.
        RepoKind kind = RepoKind::Model;
        bool ok = false;
        const qint64 by = req.query.queryItemValue(QStringLiteral("by")).toLongLong(&ok);
        if (!ok || !kindFromName(req.query.queryItemValue(QStringLiteral("kind")), &kind)
            || !bumpDownloads(kind, req.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded), by))
            return FakeHubResponse::error(400, QStringLiteral("bump needs kind, an existing id and an integer by"));
        return FakeHubResponse::json(200, QByteArrayLiteral("{\"ok\":true}"));
    }
    if (req.path != QLatin1String("/__fakehub/summary"))
        return FakeHubResponse::error(404, QStringLiteral("Unknown fake Hub debug route"));
    QJsonObject tokens;
    int withAuthorization = 0;
    for (const Request &r : m_requests) {
        const QByteArray auth = r.header("authorization");
        if (auth.isEmpty())
            continue;
        ++withAuthorization;
        const QString key = QString::fromLatin1(auth);
        tokens.insert(key, tokens.value(key).toInt() + 1);
    }
    const QJsonObject o{
        {QStringLiteral("models"), m_catalogue.summary(RepoKind::Model)},
        {QStringLiteral("datasets"), m_catalogue.summary(RepoKind::Dataset)},
        {QStringLiteral("spaces"), QJsonObject{{QStringLiteral("count"), m_catalogue.spaceCount()}}},
        {QStringLiteral("requests"), int(m_requests.size())},
        {QStringLiteral("requestsWithAuthorization"), withAuthorization},
        {QStringLiteral("authorization"), tokens},
        {QStringLiteral("connections"), m_connections},
    };
    return FakeHubResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool FakeHub::isAuthorized(const Request &req, bool *authenticated) const
{
    *authenticated = false;
    const QByteArray auth = req.header("authorization");
    if (auth.isEmpty())
        return true;
    const bool bearer = auth.size() > 7 && auth.left(7).toLower() == "bearer ";
    const QString token = bearer ? QString::fromLatin1(auth.mid(7).trimmed()) : QString();
    if (m_validTokens.isEmpty()) {
        *authenticated = !token.isEmpty();
        return true;
    }
    *authenticated = !token.isEmpty() && m_validTokens.contains(token);
    return *authenticated;
}

void FakeHub::account(int *remaining, int *resetSeconds, bool *over)
{
    const qint64 nowMs = m_clock->nowMsecs();
    const qint64 windowMs = qint64(m_window) * 1000;
    const qint64 index = nowMs >= 0 ? nowMs / windowMs : (nowMs - windowMs + 1) / windowMs;
    if (index != m_windowIndex) {
        m_windowIndex = index;
        m_used = 0;
    }
    ++m_used;
    *over = m_used > m_quota;
    *remaining = std::max(0, m_quota - m_used);
    const qint64 resetMs = (index + 1) * windowMs - nowMs;
    *resetSeconds = int((resetMs + 999) / 1000);
}

void FakeHub::addRateLimitHeaders(FakeHubResponse *resp, int remaining, int resetSeconds) const
{
    resp->setHeader("RateLimit", "\"api\";r=" + QByteArray::number(remaining) + ";t=" + QByteArray::number(resetSeconds));
    resp->setHeader("RateLimit-Policy", "\"fixed window\";\"api\";q=" + QByteArray::number(m_quota) + ";w=" + QByteArray::number(m_window));
}

void FakeHub::maybeGzip(const Request &req, FakeHubResponse *resp) const
{
    using Delivery = FakeHubResponse::Delivery;
    if (!m_gzip || resp->body.size() <= 1024 || resp->delivery == Delivery::StreamFixed || resp->delivery == Delivery::StreamChunked
        || !acceptsGzip(req.header("accept-encoding")))
        return;
    const QByteArray compressed = fakehubhttp::gzip(resp->body);
    if (compressed.isEmpty())
        return;
    resp->body = compressed;
    resp->setHeader("Content-Encoding", "gzip");
    resp->setHeader("Vary", "Accept-Encoding");
}

} // namespace hubwatch::test
