#include "CensusCrawler.h"

#include "CensusStore.h"

#include "hub/HubTransport.h"
#include "hub/LinkHeader.h"
#include "hub/RepoParser.h"
#include "hub/RepoQuery.h"
#include "store/StoreThread.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <utility>

namespace hubwatch {

CensusCrawler::CensusCrawler(HubTransport *transport, StoreThread *store, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_store(store)
{
    connect(m_transport, &HubTransport::requestStarted, this, [this] { ++m_requests; });
}

QStringList CensusCrawler::fields(CensusKind kind)
{
    switch (kind) {
    case CensusKind::Model:
        return {QStringLiteral("downloads"), QStringLiteral("downloadsAllTime"), QStringLiteral("pipeline_tag"),
                QStringLiteral("library_name"), QStringLiteral("tags")};
    case CensusKind::Dataset: // no pipeline or library: asking for them is an HTTP 400
        return {QStringLiteral("downloads"), QStringLiteral("downloadsAllTime"), QStringLiteral("tags")};
    case CensusKind::Space: break;
    }
    return {};
}

QUrl CensusCrawler::firstPageUrl(const QUrl &endpoint, CensusKind kind)
{
    if (kind == CensusKind::Space) {
        // The Hub's default space entry is small (id, likes, sdk, tags); no expand needed to count.
        QUrl url = endpoint;
        url.setPath(endpoint.path() + QStringLiteral("/api/spaces"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("sort"), QStringLiteral("createdAt"));
        q.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
        url.setQuery(q);
        return url;
    }
    RepoQuery query;
    query.kind = kind == CensusKind::Model ? RepoKind::Model : RepoKind::Dataset;
    // By creation: new repos join at the front, behind the cursor, so the order under a long
    // walk shifts far less than by downloads (and what does shift is counted once).
    query.sort = QStringLiteral("createdAt");
    query.expand = fields(kind);
    return query.firstPageUrl(endpoint, PageSize);
}

bool CensusCrawler::parseSpaces(const QByteArray &body, RepoStatsList *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    const QJsonArray entries = doc.array();
    for (const QJsonValue &v : entries) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        if (!RepoQuery::isValidRepoId(id))
            continue; // as malformed model and dataset entries are: skipped, not counted
        RepoStats r;
        r.id = id;
        out->append(r);
    }
    return true;
}

bool CensusCrawler::cursorElsewhere(const CensusState &state) const
{
    const QUrl endpoint = m_transport->config().endpoint;
    for (const CensusKindState &k : state.kinds)
        if (!k.next.isEmpty()
            && !k.next.matches(endpoint, QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo))
            return true;
    return false;
}

void CensusCrawler::start(bool restart)
{
    const QDateTime now = m_transport->clock()->nowUtc();
    m_store->call<StoreResult<CensusState>>([now, restart](HistoryStore &store) { return CensusStore::resumeOrStart(store, now, restart); },
                                            this,
                                            [this, restart](const StoreResult<CensusState> &r) {
                                                if (!r.ok()) {
                                                    fail(r.error.message());
                                                    return;
                                                }
                                                if (!restart && cursorElsewhere(r.value)) {
                                                    // Another endpoint since it began: two hubs' repos must not be
                                                    // summed. The old census is kept as partial.
                                                    qCInfo(lcHub) << "the unfinished census was of another endpoint; starting over";
                                                    start(true);
                                                    return;
                                                }
                                                m_state = r.value;
                                                m_resumed = m_state.pages() > 0;
                                                Q_EMIT begun(m_state);
                                                next();
                                            });
}

void CensusCrawler::stop()
{
    m_stopped = true;
}

void CensusCrawler::pause()
{
    m_paused = true;
}

void CensusCrawler::resume()
{
    m_paused = false;
    if (std::exchange(m_nextWhenResumed, false))
        next();
}

void CensusCrawler::next()
{
    if (m_stopped)
        return;
    if (m_paused) {
        m_nextWhenResumed = true;
        return;
    }
    const RateLimitState &quota = m_transport->rateLimit();
    const qint64 nowMs = m_transport->clock()->nowMsecs();
    if (m_quotaReserve > 0 && quota.quota() > 0 && quota.remaining() >= 0 && quota.remaining() <= quota.quota() * m_quotaReserve
        && quota.resetAtMs() > nowMs) {
        // The rest of this window is the polls'; the transport would only pace down to zero.
        const qint64 waitMs = quota.resetAtMs() - nowMs + 1000;
        Q_EMIT waitingForQuota(QDateTime::fromMSecsSinceEpoch(nowMs + waitMs, Qt::UTC));
        m_transport->clock()->callAfter(std::chrono::milliseconds(waitMs), this, [this] { next(); });
        return;
    }
    const int k = m_state.nextKind();
    if (k < CensusKindCount) {
        const CensusKind kind = CensusKind(k);
        const CensusKindState &s = m_state.kind(kind);
        if (s.pages >= MaxPagesPerKind) {
            fail(tr("The Hub listed more than %1 pages of one kind; the census stops here.").arg(MaxPagesPerKind));
            return;
        }
        fetch(kind, s.next.isEmpty() ? firstPageUrl(m_transport->config().endpoint, kind) : s.next);
        return;
    }
    const QDateTime now = m_transport->clock()->nowUtc();
    const qint64 id = m_state.id;
    m_store->call<StoreResult<CensusState>>([id, now](HistoryStore &store) { return CensusStore::finish(store, id, now); }, this,
                                            [this](const StoreResult<CensusState> &r) {
                                                if (!r.ok()) {
                                                    fail(r.error.message());
                                                    return;
                                                }
                                                m_state = r.value;
                                                Q_EMIT finished(m_state, QString());
                                            });
}

void CensusCrawler::fetch(CensusKind kind, const QUrl &url)
{
    m_requests = 0;
    m_transport->get(url, this, [this, kind, url](const HubResult<HubResponse> &r) {
        if (m_stopped)
            return;
        if (!r.ok()) {
            fail(r.error.message());
            return;
        }
        received(kind, url, r.value);
    });
}

void CensusCrawler::received(CensusKind kind, const QUrl &url, const HubResponse &response)
{
    CensusPage page;
    page.kind = kind;
    page.requests = std::max(m_requests, 1);
    const QString where = tr("census page %1 of %2").arg(m_state.kind(kind).pages + 1).arg(response.url.path());
    if (kind == CensusKind::Space) {
        if (!parseSpaces(response.body, &page.repos)) {
            fail(HubError(HubError::Kind::Malformed, where).message());
            return;
        }
    } else {
        HubResult<RepoParser::Page> parsed =
            RepoParser::parseList(kind == CensusKind::Model ? RepoKind::Model : RepoKind::Dataset, response.body, where);
        if (!parsed.ok()) {
            fail(parsed.error.message());
            return;
        }
        page.repos = std::move(parsed.value.repos);
    }
    page.next = LinkHeader::nextUrl(response.header("link"), response.url);
    if (page.next == url || page.next == response.url) {
        fail(HubError(HubError::Kind::Malformed, tr("pagination loops back to a page already read (%1)").arg(where)).message());
        return;
    }
    const qint64 id = m_state.id;
    m_store->call<StoreResult<CensusState>>(
        [id, page = std::move(page)](HistoryStore &store) { return CensusStore::storePage(store, id, page); }, this,
        [this](const StoreResult<CensusState> &r) {
            if (!r.ok()) {
                fail(r.error.message());
                return;
            }
            m_state = r.value;
            Q_EMIT pageStored(m_state);
            next();
        });
}

void CensusCrawler::fail(const QString &error)
{
    if (m_stopped)
        return;
    m_stopped = true;
    qCWarning(lcHub) << "census stopped:" << error;
    Q_EMIT finished(m_state, error);
}

} // namespace hubwatch
