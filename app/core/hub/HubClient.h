#pragma once

#include "HubListJob.h"
#include "HubTransport.h"

#include <functional>

namespace hubwatch {

// The Hub API as HubWatch uses it. Every call is asynchronous and reports through a job or a
// callback; nothing here blocks or touches storage.
class HubClient : public QObject
{
    Q_OBJECT
public:
    HubClient(QNetworkAccessManager *nam, Clock *clock, HubConfig config, QObject *parent = nullptr);

    const HubConfig &config() const { return m_transport->config(); }
    HubTransport *transport() const { return m_transport; }

    // The started job deletes itself after finished(); connect before returning to the loop.
    HubListJob *list(const RepoQuery &query);
    HubListJob *listTop(RepoKind kind, int count);
    HubListJob *listAuthor(RepoKind kind, const QString &author);
    HubListJob *search(RepoKind kind, const QString &text, int count);

    using RepoCallback = std::function<void(const HubResult<RepoStats> &)>;
    // /api/models/{id} or /api/datasets/{id}, with the fields kept plus siblings and cardData.
    void fetchRepo(RepoKind kind, const QString &id, QObject *context, RepoCallback done);

private:
    HubTransport *m_transport;
};

} // namespace hubwatch
