#pragma once

#include "FakeHubCatalogue.h"
#include "FakeHubHttp.h"

#include <QHash>

namespace hubwatch::test {

// The well-behaved Hub API over a catalogue: listing with sort/filter/expand and Link
// pagination, single-repo lookups with the Hub's 401/404 rules and its redirects (renamed repos,
// ids in other letter case), JSON 404 for anything else.
// Faults, tokens and rate limits are FakeHub's business, not the router's.
class FakeHubRouter
{
public:
    struct Context
    {
        bool authenticated = false; // a Bearer token the hub accepts was sent
        bool linkLoop = false;      // Link points back at the request URL itself
        bool wrongTypes = false;    // corrupt a few entries' field types
    };

    static constexpr int DefaultLimit = 1000;
    static constexpr int MaxLimit = 1000;

    explicit FakeHubRouter(const FakeHubCatalogue *catalogue) : m_catalogue(catalogue) {}

    void setRepoError(RepoKind kind, const QString &id, int status, const QByteArray &errorCode, const QString &message);
    FakeHubResponse route(const FakeHubRequest &req, const Context &ctx) const;

    // Opaque page cursors: base64url of a small JSON {kind, offset, check}.
    static QByteArray encodeCursor(RepoKind kind, qint64 offset);
    static bool decodeCursor(const QString &cursor, RepoKind kind, qint64 *offset);
    // The same for a collection by its name ("models", "datasets", "spaces").
    static QByteArray encodeCursor(const QString &collection, qint64 offset);
    static bool decodeCursor(const QString &cursor, const QString &collection, qint64 *offset);

private:
    struct RepoError
    {
        int status;
        QByteArray code;
        QString message;
    };

    FakeHubResponse list(RepoKind kind, const FakeHubRequest &req, const Context &ctx) const;
    // /api/spaces: the generated spaces in order, paginated like the others (sort and expand ignored).
    FakeHubResponse listSpaces(const FakeHubRequest &req) const;
    FakeHubResponse single(RepoKind kind, const QString &id, const FakeHubRequest &req, const Context &ctx) const;
    // Expand values from "expand" and "expand[]" (deduplicated, in order); false + a 400
    // response when one is unknown or combined with full/cardData/config.
    static bool parseExpand(RepoKind kind, const QList<QPair<QString, QString>> &query, QStringList *expand, FakeHubResponse *error);
    // 307 from a renamed or other-case id to the canonical one.
    static FakeHubResponse moved(RepoKind kind, const QString &id, const QString &canonical, const FakeHubRequest &req);
    static QByteArray nextLink(const FakeHubRequest &req, const QByteArray &cursor);

    const FakeHubCatalogue *m_catalogue;
    QHash<QString, RepoError> m_repoErrors; // key: kindName + ':' + id
};

} // namespace hubwatch::test
