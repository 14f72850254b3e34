#include "HubClient.h"

#include "util/Clock.h"

namespace hubwatch {

HubClient::HubClient(QNetworkAccessManager *nam, Clock *clock, HubConfig config, QObject *parent)
    : QObject(parent)
    , m_transport(new HubTransport(nam, clock, std::move(config), this))
{}

HubListJob *HubClient::list(const RepoQuery &query)
{
    auto *job = new HubListJob(m_transport, query, this);
    job->start();
    return job;
}

HubListJob *HubClient::listTop(RepoKind kind, int count)
{
    RepoQuery q;
    q.kind = kind;
    q.count = count;
    return list(q);
}

HubListJob *HubClient::listAuthor(RepoKind kind, const QString &author)
{
    RepoQuery q;
    q.kind = kind;
    q.author = author;
    return list(q);
}

HubListJob *HubClient::search(RepoKind kind, const QString &text, int count)
{
    RepoQuery q;
    q.kind = kind;
    q.search = text;
    q.count = count;
    return list(q);
}

void HubClient::fetchRepo(RepoKind kind, const QString &id, QObject *context, RepoCallback done)
{
    if (!RepoQuery::isValidRepoId(id)) {
        HubResult<RepoStats> r;
        r.error = HubError(HubError::Kind::InvalidRequest, tr("\"%1\" is not a valid repository id").arg(id));
        m_transport->clock()->callAfter(std::chrono::milliseconds(0), context, [done, r] { done(r); });
        return;
    }
    QStringList expand = RepoQuery::defaultExpand(kind);
    expand << QStringLiteral("siblings") << QStringLiteral("cardData");
    const QUrl url = RepoQuery::singleRepoUrl(m_transport->config().endpoint, kind, id, expand);
    m_transport->get(url, context, [kind, done](const HubResult<HubResponse> &resp) {
        HubResult<RepoStats> r;
        if (!resp.ok())
            r.error = resp.error;
        else
            r = RepoParser::parseSingle(kind, resp.value.body, resp.value.url.path());
        done(r);
    });
}

} // namespace hubwatch
