#pragma once

#include "hub/RepoStats.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace hubwatch::test {

// Millions of generated repos of one kind that are never held in memory: each repo's fields are
// worked out from its index alone (a hash of seed, kind and index), so a page of a listing costs
// only its own entries. Index 0 is the oldest repo and createdAt rises strictly with the index,
// so the listing by creation (the census's walk) is the indices in reverse, computed from the
// cursor's offset. The listing by another key (a top-N poll by downloads) sorts the indices once,
// by that key alone, and keeps that order (4 bytes a repo) until a bump changes the figures.
// Ids: "org<k>/model-<i>" / "org<k>/dataset-<i>", as FakeHubGenerator's; fields and their
// choices as FakeHubGenerator's entries (not the same values: another generator).
class FakeHubLazyCatalogue
{
public:
    FakeHubLazyCatalogue(RepoKind kind, qint64 count, quint32 seed);

    RepoKind kind() const { return m_kind; }
    qint64 count() const { return m_count; }

    QString id(qint64 index) const;
    // The index of the repo with this id (letter case ignored when asked), else -1.
    qint64 indexOf(const QString &id, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // Its full entry (every field the Hub could return), or, when `fields` is non-empty, only
    // _id, id and those fields: a page asks only for what its shape will keep.
    QJsonObject entry(qint64 index, const QStringList &fields = {}) const;
    // Adds to its all-time and 30-day downloads (the Hub moving on); drops the cached orders.
    void bump(qint64 index, qint64 by);

    // The index at `position` of the listing sorted descending by `sort` (a FakeHubCatalogue
    // sort key; ties in catalogue order, that is by index).
    qint64 at(const QString &sort, qint64 position) const;

    // FakeHubCatalogue::summary's figures (count, sums, digest of the downloads-sorted listing),
    // worked out once and kept until a bump.
    QJsonObject summary() const;

private:
    // Every figure and choice of one repo, no text: cheap enough to work out for millions.
    struct Repo
    {
        qint64 index = 0;
        int org = 0;
        qint64 downloads = 0;
        qint64 allTime = 0;
        qint64 likes = 0;
        qint64 trending = 0;
        qint64 usedStorage = 0;
        qint64 createdMs = 0;
        qint64 modifiedMs = 0;
        qint64 parameters = 0;
        int gated = 0;     // 0 false, 1 "auto", 2 "manual"
        int licence = -1;  // into FakeHubGenerator::licences(), -1 none
        int pipeline = -1; // models only
        int library = -1;  // models only
        int format = 0;    // models: 0 safetensors, 1 gguf, 2 pytorch, 3 both
        int shards = 1;
        int task = 0; // datasets only
        int size = 0; // datasets only
        bool english = false;
    };

    quint64 draw(qint64 index, int salt) const;
    Repo repo(qint64 index) const;
    QString licence(const Repo &r) const;
    QStringList tags(const Repo &r) const;
    QStringList files(const Repo &r) const;
    static qint64 sortValue(const Repo &r, const QString &sort);
    const std::vector<quint32> &order(const QString &sort) const;

    RepoKind m_kind;
    qint64 m_count;
    quint64 m_base;
    qint64 m_stepMs; // createdAt spacing: the catalogue spans four years
    QHash<qint64, qint64> m_bumps;
    mutable std::map<QString, std::vector<quint32>> m_orders;
    mutable QJsonObject m_summary;
};

} // namespace hubwatch::test
