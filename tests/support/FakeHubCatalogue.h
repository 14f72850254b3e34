#pragma once

#include "hub/RepoStats.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hubwatch::test {

// The repos a FakeHub serves, as full JSON entries (every field the Hub could return), and the
// Hub's listing rules over them: sorting, filtering, expand validation and entry shapes.
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

    void add(RepoKind kind, const QJsonObject &entry);
    void clear(RepoKind kind);
    // Adds `by` to a repo's all-time and 30-day downloads, as time passing on the Hub would.
    bool bump(RepoKind kind, const QString &id, qint64 by);
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
    QList<QJsonObject> list(RepoKind kind, const Query &query) const;
    // The entry as one response would show it: only _id, id and the expanded fields when
    // expand is non-empty, else the default list entry or (Single) the full entry without
    // downloadsAllTime, which the Hub serves only when expanded.
    static QJsonObject shape(RepoKind kind, const QJsonObject &entry, const QStringList &expand, Shape shape);

    // Counts, sums and a digest of the downloads-sorted listing: what the conformance client
    // recomputes from what it received. Digest: sha256 hex of one line per entry,
    // "id|downloads|downloadsAllTime|likes|author|gated|tag,tag,...\n".
    QJsonObject summary(RepoKind kind) const;

private:
    QList<QJsonObject> m_models;
    QList<QJsonObject> m_datasets;
    qint64 m_spaceCount = 0;
    QHash<QString, QString> m_renames; // kindName + ':' + lower-case old id -> new id
};

} // namespace hubwatch::test
