#pragma once

#include "FakeHubLazyCatalogue.h"
#include "hub/RepoStats.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hubwatch::test {

// The repos a FakeHub serves, as full JSON entries (every field the Hub could return), and the
// Hub's listing rules over them: sorting, filtering, expand validation and entry shapes. A kind
// is either held (entries added one by one) or generated lazily (FakeHubLazyCatalogue: millions
// of repos, each worked out from its index when a response shows it).
class FakeHubCatalogue
{
public:
    enum class Shape { List, Single };

    struct Query
    {
        QString sort = QStringLiteral("downloads");
        QString search; // case-insensitive substring of id
        QString author; // id prefix "author/"
    };

    struct Page
    {
        QList<QJsonObject> entries;
        qint64 total = 0; // matching entries in the whole listing
    };

    // Only for a held kind (a lazy one cannot take more: generate it anew instead).
    void add(RepoKind kind, const QJsonObject &entry);
    // Replaces the kind's repos with `count` lazily generated ones.
    void generateLazily(RepoKind kind, qint64 count, quint32 seed);
    bool isLazy(RepoKind kind) const { return lazy(kind) != nullptr; }
    void clear(RepoKind kind);
    // Adds `by` to a repo's all-time and 30-day downloads, as time passing on the Hub would.
    bool bump(RepoKind kind, const QString &id, qint64 by);
    // The held entries (empty for a lazy kind: see page()).
    const QList<QJsonObject> &repos(RepoKind kind) const;
    std::optional<QJsonObject> find(RepoKind kind, const QString &id) const;
    // A repo renamed on the Hub: requests for `from` (any letter case) reach `to` from now on.
    void addRename(RepoKind kind, const QString &from, const QString &to);
    // The id a request for `id` resolves to, as the Hub looks ids up: exactly, else ignoring
    // letter case, else through renames (any case). Empty when no repo answers to it.
    QString canonicalId(RepoKind kind, const QString &id) const;

    // Spaces are only listed (ids and likes, generated on request): the census counts them.
    void setSpaceCount(qint64 count) { m_spaceCount = count; }
    qint64 spaceCount() const { return m_spaceCount; }
    // The n-th space's listing entry.
    static QJsonObject spaceEntry(qint64 n);

    static bool isSortKey(const QString &sort);
    // Expand values the Hub accepts for this kind (union of the Hub docs and the JS client).
    static const QStringList &expandableFields(RepoKind kind);
    static QStringList defaultListFields(RepoKind kind);

    // Matching entries, sorted descending by query.sort (stable: catalogue order breaks ties).
    // For a lazy kind this works out every entry: use page().
    QList<QJsonObject> list(RepoKind kind, const Query &query) const;
    // list()'s entries [offset, offset + limit) and its size. A lazy kind works out only these
    // entries, with only `fields` (plus _id and id; empty: every field); by creation the page
    // follows from the offset alone, other sorts walk an order sorted once, and a search or
    // author filter walks the whole listing each time.
    Page page(RepoKind kind, const Query &query, qint64 offset, qint64 limit, const QStringList &fields = {}) const;
    // The entry as one response would show it: only _id, id and the expanded fields when
    // expand is non-empty, else the default list entry or (Single) the full entry without
    // downloadsAllTime, which the Hub serves only when expanded.
    static QJsonObject shape(RepoKind kind, const QJsonObject &entry, const QStringList &expand, Shape shape);

    // Counts, sums and a digest of the downloads-sorted listing: what the conformance client
    // recomputes from what it received. Digest: sha256 hex of one line per entry,
    // "id|downloads|downloadsAllTime|likes|author|gated|tag,tag,...\n".
    QJsonObject summary(RepoKind kind) const;

private:
    const FakeHubLazyCatalogue *lazy(RepoKind kind) const;
    // The id that is `wanted` exactly, else ignoring letter case; empty when none is.
    QString matchingId(RepoKind kind, const QString &wanted) const;

    QList<QJsonObject> m_models;
    QList<QJsonObject> m_datasets;
    std::unique_ptr<FakeHubLazyCatalogue> m_lazyModels;
    std::unique_ptr<FakeHubLazyCatalogue> m_lazyDatasets;
    qint64 m_spaceCount = 0;
    QHash<QString, QString> m_renames; // kindName + ':' + lower-case old id -> new id
};

} // namespace hubwatch::test
