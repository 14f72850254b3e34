#pragma once

#include "RepoParser.h"
#include "RepoQuery.h"

#include <QObject>
#include <QSet>

namespace hubwatch {

class HubTransport;

// Pages through one listing: follows `Link: rel="next"` verbatim until the requested count,
// the last page, a loop or the page guard. Emits finished() once, then deletes itself later;
// the result holds every repo or an error, never a partial list.
class HubListJob : public QObject
{
    Q_OBJECT
public:
    HubListJob(HubTransport *transport, RepoQuery query, QObject *parent = nullptr);

    void start();
    const RepoQuery &query() const { return m_query; }
    const HubResult<RepoParser::Page> &result() const { return m_result; }
    int pagesFetched() const { return m_pages; }
    // Known only when a count was asked for.
    int expectedPages() const;

Q_SIGNALS:
    void progress(int pagesDone, int expectedPages, int reposSoFar);
    void finished();

private:
    void fetch(const QUrl &url);
    void finishWith(HubError error);

    HubTransport *m_transport;
    RepoQuery m_query;
    HubResult<RepoParser::Page> m_result;
    QSet<QString> m_seenIds;
    QSet<QUrl> m_seenPages;
    int m_pages = 0;
    bool m_done = false;
};

} // namespace hubwatch
