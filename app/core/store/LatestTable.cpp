#include "LatestTable.h"

#include "SqlDialect.h"
#include "SqlValues.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hubwatch {

namespace {
// Each repo's newest sample by poll time (an import adds polls with new ids but old times),
// with the time of the last poll whose presence run ends with it. Optionally for one repo.
QString recomputed(const QString &repoFilter)
{
    return QStringLiteral("INSERT INTO latest_values (repo_id, poll_id, observed_at, all_time, d30, likes, last_seen)"
                          " SELECT l.repo_id, l.poll_id, l.finished_at, l.all_time, l.d30, l.likes,"
                          " (SELECT max(lp.finished_at) FROM presence pr JOIN polls lp ON lp.id = pr.to_poll WHERE pr.repo_id = l.repo_id)"
                          " FROM (SELECT s.repo_id, s.poll_id, p.finished_at, s.all_time, s.d30, s.likes,"
                          "       row_number() OVER (PARTITION BY s.repo_id ORDER BY p.finished_at DESC, s.poll_id DESC) AS rn"
                          "       FROM samples s JOIN polls p ON p.id = s.poll_id%1) l"
                          " WHERE l.rn = 1")
        .arg(repoFilter);
}
} // namespace

QStringList LatestTable::schema(const SqlDialect &d)
{
    const QString big = d.bigint();
    return {
        // observed_at: the finished_at of poll_id, copied so that "newer" needs no join.
        QStringLiteral("CREATE TABLE latest_values (repo_id %1 PRIMARY KEY REFERENCES repos(id),"
                       " poll_id %1 NOT NULL REFERENCES polls(id), observed_at %1 NOT NULL, all_time %1, d30 %1, likes %1,"
                       " last_seen %1)")
            .arg(big),
        // Snapshots find the last complete poll at or before a time, and the last poll of any
        // outcome at or before it, by seeking here rather than scanning every poll.
        QStringLiteral("CREATE INDEX polls_by_time ON polls (finished_at, id)"),
    };
}

bool LatestTable::rebuild(QSqlDatabase &db, QString *error)
{
    // Non-decreasing times in id order: each poll against the one before it.
    const QString order =
        QStringLiteral("INSERT INTO meta (key, value) SELECT 'poll_order', CASE WHEN EXISTS (SELECT 1 FROM (SELECT finished_at"
                       " - lag(finished_at) OVER (ORDER BY id) AS step FROM polls) x WHERE step < 0) THEN 'mixed' ELSE 'time' END"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const QString &sql : {QStringLiteral("DELETE FROM latest_values"), recomputed(QString()), order}) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool LatestTable::refreshRepo(QSqlDatabase &db, qint64 repoId, QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM latest_values WHERE repo_id = ?"));
    q.addBindValue(repoId);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    q.prepare(recomputed(QStringLiteral(" WHERE s.repo_id = ?")));
    q.addBindValue(repoId);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

bool LatestTable::recordPoll(QSqlDatabase &db, const SqlDialect &dialect, qint64 pollId, qint64 finishedAtMs, const QList<qint64> &repoIds,
                             QSqlError *error)
{
    QSqlQuery q(db);
    // A poll older than one stored before it breaks the time order of poll ids (an index seek).
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) SELECT 'poll_order', 'mixed'"
                             " WHERE EXISTS (SELECT 1 FROM polls WHERE finished_at > ? AND id < ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(finishedAtMs);
    q.addBindValue(pollId);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    if (repoIds.isEmpty())
        return true;
    const QString ids = sqlvalues::idArray(repoIds);
    // The poll's new samples (change-only: repos whose figures did not change have none here),
    // unless a newer sample is already there (an old poll's time can only come from an import).
    q.prepare(QStringLiteral("INSERT INTO latest_values (repo_id, poll_id, observed_at, all_time, d30, likes, last_seen)"
                             " SELECT s.repo_id, s.poll_id, ?, s.all_time, s.d30, s.likes, ?"
                             " FROM samples s WHERE s.poll_id = ? AND %1"
                             " ON CONFLICT (repo_id) DO UPDATE SET poll_id = excluded.poll_id, observed_at = excluded.observed_at,"
                             " all_time = excluded.all_time, d30 = excluded.d30, likes = excluded.likes,"
                             " last_seen = CASE WHEN latest_values.last_seen IS NULL OR latest_values.last_seen < excluded.last_seen"
                             " THEN excluded.last_seen ELSE latest_values.last_seen END"
                             " WHERE excluded.observed_at > latest_values.observed_at"
                             " OR (excluded.observed_at = latest_values.observed_at AND excluded.poll_id >= latest_values.poll_id)")
                  .arg(dialect.inIdList(QStringLiteral("s.repo_id"))));
    q.addBindValue(finishedAtMs);
    q.addBindValue(finishedAtMs);
    q.addBindValue(pollId);
    q.addBindValue(ids);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    // Every repo the poll saw, changed or not. The upsert above already set it for the changed
    // ones, so the condition leaves those rows alone: on PostgreSQL an UPDATE that changes a row
    // writes a new version of it, which was half of the latest values' cost.
    q.prepare(QStringLiteral("UPDATE latest_values SET last_seen = ? WHERE %1 AND (last_seen IS NULL OR last_seen < ?)")
                  .arg(dialect.inIdList(QStringLiteral("repo_id"))));
    q.addBindValue(finishedAtMs);
    q.addBindValue(ids);
    q.addBindValue(finishedAtMs);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

} // namespace hubwatch
