#pragma once

#include "monitor/PollResult.h"

#include <QSqlError>
#include <QVariant>

#include <initializer_list>

class QSqlDatabase;
class QSqlQuery;

namespace hubwatch {

// Re-keys the history of repos the Hub now knows by another id (renamed, legacy, other letter
// case) to the canonical id, inside the caller's transaction, so a rename costs no history:
// - the old repo row becomes the canonical one (its samples and presence go with it);
// - when both rows exist, the old one is merged into the new one: samples of polls the new row
//   lacks move over (a poll that saw both keeps the canonical figures), presence runs are
//   united so they never overlap, first_seen is the earlier one;
// - series keyed by text ("model:org/name") in alerts, milestones, thresholds and annotations
//   move to the new key, so thresholds, fired milestones and annotations carry over; where the
//   new key already holds the same entry, the new key's entry stays.
// Applying a rename whose old id is gone is a no-op, so a poll may repeat it.
class RepoRenames
{
public:
    explicit RepoRenames(QSqlDatabase &db) : m_db(db) {}

    // False with *error at the first failing statement (the caller rolls back). *moved: whether
    // any repo row changed, which makes the writer's caches stale.
    bool apply(const QList<RepoRename> &renames, bool *moved, QSqlError *error);

private:
    bool applyOne(const RepoRename &rename, bool *moved);
    bool repoId(int kind, const QString &name, qint64 *id);
    bool merge(qint64 from, qint64 to);
    bool mergePresence(qint64 from, qint64 to);
    bool moveSeries(const QString &from, const QString &to);
    bool moveMilestoneAlerts(const QString &from, const QString &to);
    bool exec(QSqlQuery &q, const QString &sql, std::initializer_list<QVariant> values);

    QSqlDatabase &m_db;
    QSqlError m_error;
};

} // namespace hubwatch
