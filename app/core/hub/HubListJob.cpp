#include "HubListJob.h"

#include "HubTransport.h"
#include "LinkHeader.h"
#include "util/Logging.h"

namespace hubwatch {

HubListJob::HubListJob(HubTransport *transport, RepoQuery query, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_query(std::move(query))
{}

int HubListJob::expectedPages() const
{
    if (m_query.count == RepoQuery::All)
        return 0;
    const int size = m_transport->config().pageSize;
    return (m_query.count + size - 1) / size;
}

void HubListJob::start()
{
    if (!m_query.author.isEmpty() && !RepoQuery::isValidAuthor(m_query.author)) {
        // Refused before any request, yet reported asynchronously like every other outcome.
        const HubError error(HubError::Kind::InvalidRequest, tr("\"%1\" is not a valid author name").arg(m_query.author));
        QMetaObject::invokeMethod(
            this, [this, error] { finishWith(error); }, Qt::QueuedConnection);
        return;
    }
    fetch(m_query.firstPageUrl(m_transport->config().endpoint, m_transport->config().pageSize));
}

void HubListJob::fetch(const QUrl &url)
{
    m_seenPages.insert(url);
    m_transport->get(url, this, [this](const HubResult<HubResponse> &r) {
        if (!r.ok()) {
            finishWith(r.error);
            return;
        }
        ++m_pages;
        const QString where = tr("page %1 of %2").arg(m_pages).arg(r.value.url.path());
        HubResult<RepoParser::Page> page = RepoParser::parseList(m_query.kind, r.value.body, where);
        if (!page.ok()) {
            finishWith(page.error);
            return;
        }
        RepoParser::Page &acc = m_result.value;
        acc.skipped += page.value.skipped;
        acc.skips += page.value.skips;
        for (RepoStats &repo : page.value.repos) {
            if (m_query.count != RepoQuery::All && acc.repos.size() >= m_query.count)
                break;
            // A cursor page can overlap the previous one if rankings shift between requests.
            if (m_seenIds.contains(repo.id))
                continue;
            m_seenIds.insert(repo.id);
            acc.repos.append(std::move(repo));
        }
        Q_EMIT progress(m_pages, expectedPages(), int(acc.repos.size()));

        const bool enough = m_query.count != RepoQuery::All && acc.repos.size() >= m_query.count;
        const QUrl next = LinkHeader::nextUrl(r.value.header("link"), r.value.url);
        if (enough || next.isEmpty()) {
            finishWith(HubError());
            return;
        }
        if (m_seenPages.contains(next)) {
            finishWith(HubError(HubError::Kind::Malformed, tr("pagination loops back to a page already read (%1)").arg(where)));
            return;
        }
        if (m_pages >= m_transport->config().maxPages) {
            finishWith(HubError(HubError::Kind::Malformed, tr("more than %1 pages (%2)").arg(m_transport->config().maxPages).arg(where)));
            return;
        }
        fetch(next);
    });
}

void HubListJob::finishWith(HubError error)
{
    if (m_done)
        return;
    m_done = true;
    if (error.isError()) {
        m_result.value = RepoParser::Page{}; // nothing half-fetched is passed on
        m_result.error = std::move(error);
    } else if (m_result.value.skipped > 0) {
        qCWarning(lcHub) << m_query.firstPageUrl(m_transport->config().endpoint, 1).path() << "skipped" << m_result.value.skipped
                         << "malformed entries";
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace hubwatch
