#pragma once

#include "PollScope.h"
#include "hub/HubError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>

namespace hubwatch {

// A watched repo the Hub now knows by another id: renamed, a legacy id, or other letter case.
struct RepoRename
{
    RepoKind kind = RepoKind::Model;
    QString from; // the id as watched
    QString to;   // the canonical id the Hub answered with
    bool operator==(const RepoRename &o) const { return kind == o.kind && from == o.from && to == o.to; }
};

// Everything one poll saw, handed on whole: the store commits it in one transaction.
struct PollResult
{
    struct Failure
    {
        QString what; // "top models", "model:org/name", …
        HubError error;
    };

    QDateTime startedAt;
    QDateTime finishedAt;
    PollScope scope;
    RepoStatsList repos; // unique by kind:id
    // Keys ("model:org/name") of repos only the watchlist brought, outside the top-N listings:
    // they have their own series but stay out of the headline, which covers the top N only.
    QSet<QString> watchOnly;
    QList<Failure> failures;
    int skippedEntries = 0;
    // Watched repos answered under another id: their stats above carry the canonical id, and
    // the store moves the old id's history and alerts to it in the same transaction.
    QList<RepoRename> renames;

    // The headline's sums over the repos of the top-N listings. Counts near qint64's limit only
    // come from a broken or hostile server: a sum stops at the limit rather than wrapping, and a
    // sum at the limit is flagged (saturated), so the limit is never mistaken for a figure.
    struct Totals
    {
        qint64 allTime = 0;
        qint64 downloads30d = 0;
        bool saturated = false;
    };

    bool complete() const { return failures.isEmpty(); }
    Totals totals() const;
    qint64 totalAllTime() const { return totals().allTime; } // the headline
    bool inHeadline(const RepoStats &repo) const { return !watchOnly.contains(repo.key()); }
    QJsonObject toJson() const;
};

} // namespace hubwatch

Q_DECLARE_METATYPE(hubwatch::PollResult)
