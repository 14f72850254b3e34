// The read side of the history: latest values, aggregates, snapshots, poll times.
#include "HistoryStore.h"

#include "LatestTable.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace hubwatch {

using namespace sqlvalues;

StoreResult<QList<LatestValue>> HistoryStore::latestValues()
{
    StoreResult<QList<LatestValue>> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Schema 5 keeps them at write; a reader of an older history (readers never migrate) computes
    // them from every sample, as before.
    const bool ok = m_schemaVersion >= 5
        ? q.exec(QStringLiteral("SELECT r.kind, r.name, l.observed_at, l.all_time, l.d30, l.likes, l.last_seen"
                                " FROM latest_values l JOIN repos r ON r.id = l.repo_id ORDER BY l.all_time DESC"))
        : q.exec(QStringLiteral("SELECT r.kind, r.name, l.finished_at, l.all_time, l.d30, l.likes,"
                                " (SELECT max(lp.finished_at) FROM presence pr JOIN polls lp ON lp.id = pr.to_poll WHERE pr.repo_id = r.id)"
                                " FROM (SELECT s.repo_id, p.finished_at, s.all_time, s.d30, s.likes,"
                                "       row_number() OVER (PARTITION BY s.repo_id ORDER BY p.finished_at DESC, s.poll_id DESC) AS rn"
                                "       FROM samples s JOIN polls p ON p.id = s.poll_id) l"
                                " JOIN repos r ON r.id = l.repo_id WHERE l.rn = 1"
                                " ORDER BY l.all_time DESC"));
    if (!ok) {
        result.error = fromSqlError(q.lastError(), StoreError::tr("reading the latest values"));
        return result;
    }
    while (q.next()) {
        LatestValue v;
        v.kind = q.value(0).toInt() == 0 ? RepoKind::Model : RepoKind::Dataset;
        v.name = q.value(1).toString();
        v.observedAt = fromMs(q.value(2));
        v.allTime = orUnknown(q.value(3));
        v.downloads30d = orUnknown(q.value(4));
        v.likes = orUnknown(q.value(5));
        v.lastSeen = fromMs(q.value(6));
        result.value.append(v);
    }
    return result;
}

StoreResult<AggregatePoint> HistoryStore::latestAggregate(const QString &scopeKey)
{
    return aggregateAt(QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::max() / 2, Qt::UTC), scopeKey);
}

namespace {
// The snapshot's columns: r.kind, r.name, r.pipeline_tag, r.library, r.license, r.gated,
// s.all_time, s.d30, s.likes, the cut's time.
StoreResult<HistoryStore::Snapshot> readSnapshot(QSqlQuery &q)
{
    StoreResult<HistoryStore::Snapshot> result;
    if (!q.exec()) {
        result.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading a snapshot"));
        return result;
    }
    while (q.next()) {
        RepoStats r;
        r.kind = q.value(0).toInt() == 0 ? RepoKind::Model : RepoKind::Dataset;
        r.id = q.value(1).toString();
        r.pipelineTag = q.value(2).toString();
        r.libraryName = q.value(3).toString();
        r.license = q.value(4).toString();
        r.gated = GatedState(q.value(5).toInt());
        r.downloadsAllTime = orUnknown(q.value(6));
        r.downloads30d = orUnknown(q.value(7));
        r.likes = orUnknown(q.value(8));
        result.value.at = fromMs(q.value(9));
        result.value.repos.insert(r.key(), r);
    }
    return result;
}
} // namespace

StoreResult<HistoryStore::Snapshot> HistoryStore::snapshotAt(const QDateTime &t)
{
    return pollsInTimeOrder() ? snapshotBySeek(t) : snapshotByScan(t);
}

bool HistoryStore::pollsInTimeOrder()
{
    // An older schema (a reader does not migrate) has no such record: the query of old.
    if (m_schemaVersion < 5)
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'poll_order'")) && q.next()
        && q.value(0).toString() == LatestTable::timeOrder();
}

namespace {
const char *const kSnapshotColumns = "SELECT r.kind, r.name, r.pipeline_tag, r.library, r.license, r.gated, s.all_time, s.d30,"
                                     " s.likes, seen.at FROM seen JOIN repos r ON r.id = seen.repo_id"
                                     " JOIN samples s ON s.repo_id = seen.repo_id AND s.poll_id = seen.sample_poll";
} // namespace

StoreResult<HistoryStore::Snapshot> HistoryStore::snapshotBySeek(const QDateTime &t)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // With poll ids in time order, the polls at or before the cut are exactly those up to the
    // last one's id: each repo's last sample by then is one seek backwards on (repo_id, poll_id).
    q.prepare(QStringLiteral(
                  "WITH cut AS (SELECT id AS pid, finished_at AS at, scope_id FROM polls WHERE finished_at <= ? AND outcome = 0"
                  "             ORDER BY finished_at DESC, id DESC LIMIT 1),"
                  // (a scalar subquery: as a joined table SQLite sorted every earlier poll to find it)
                  " upto AS (SELECT (SELECT p.id FROM polls p WHERE p.finished_at <= cut.at ORDER BY p.finished_at DESC, p.id DESC LIMIT 1)"
                  "          AS last_poll FROM cut),"
                  // MATERIALIZED: flattened, SQLite scanned every sample to match the computed poll id.
                  " seen AS MATERIALIZED (SELECT pr.repo_id, cut.at, (SELECT s2.poll_id FROM samples s2 WHERE s2.repo_id = pr.repo_id"
                  "          AND s2.poll_id <= upto.last_poll ORDER BY s2.poll_id DESC LIMIT 1) AS sample_poll"
                  "          FROM cut CROSS JOIN upto JOIN presence pr ON pr.scope_id = cut.scope_id AND pr.from_poll <= cut.pid"
                  "          AND pr.to_poll >= cut.pid) ")
              + QLatin1String(kSnapshotColumns));
    q.addBindValue(t.toMSecsSinceEpoch());
    return readSnapshot(q);
}

StoreResult<HistoryStore::Snapshot> HistoryStore::snapshotByScan(const QDateTime &t)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The repos seen by the last poll at or before t (presence), with their last sample by then.
    q.prepare(
        QStringLiteral(
            // The last complete poll by then: a partial one would leave out what it failed to fetch.
            "WITH cut AS (SELECT id AS pid, finished_at AS at, scope_id FROM polls WHERE finished_at <= ? AND outcome = 0"
            "             ORDER BY finished_at DESC, id DESC LIMIT 1),"
            // Each present repo's last sample by then, looked up once per repo: as a join condition,
            // PostgreSQL evaluated the lookup once per sample row (100x slower on a month of polls).
            " seen AS (SELECT pr.repo_id, cut.at, (SELECT s2.poll_id FROM samples s2 JOIN polls p2 ON p2.id = s2.poll_id"
            "          WHERE s2.repo_id = pr.repo_id AND p2.finished_at <= cut.at ORDER BY p2.finished_at DESC, s2.poll_id DESC LIMIT 1)"
            "          AS sample_poll"
            "          FROM cut JOIN presence pr ON pr.scope_id = cut.scope_id AND pr.from_poll <= cut.pid AND pr.to_poll >= cut.pid) ")
        + QLatin1String(kSnapshotColumns));
    q.addBindValue(t.toMSecsSinceEpoch());
    return readSnapshot(q);
}

StoreResult<AggregatePoint> HistoryStore::aggregateAt(const QDateTime &t, const QString &scopeKey)
{
    StoreResult<AggregatePoint> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.poll_id, p.finished_at, s.scope_key, s.description, a.total_all_time, a.sum_d30,"
                             " a.repos_covered, a.models, a.datasets FROM aggregates a JOIN polls p ON p.id = a.poll_id"
                             " JOIN scopes s ON s.id = p.scope_id WHERE p.finished_at <= ? AND (? = '' OR s.scope_key = ?)"
                             " ORDER BY p.finished_at DESC, a.poll_id DESC LIMIT 1"));
    // A null QString binds as NULL, and NULL = '' is not true: bind a real empty string.
    const QString key = scopeKey.isEmpty() ? QStringLiteral("") : scopeKey;
    q.addBindValue(t.toMSecsSinceEpoch());
    q.addBindValue(key);
    q.addBindValue(key);
    if (!q.exec()) {
        result.error = fromSqlError(q.lastError(), StoreError::tr("reading the headline"));
        return result;
    }
    if (!q.next())
        return result; // pollId 0: nothing stored yet
    AggregatePoint &a = result.value;
    a.pollId = q.value(0).toLongLong();
    a.at = fromMs(q.value(1));
    a.scopeKey = q.value(2).toString();
    // Worded now, in the reader's language and number format; the stored text (worded by
    // whichever process polled) only for scopes that have no key of the usual form (imports).
    PollScope scope;
    a.scopeDescription = PollScope::fromKey(a.scopeKey, &scope) ? scope.headlineDescription() : q.value(3).toString();
    a.totalAllTime = q.value(4).toLongLong();
    a.sumDownloads30d = q.value(5).toLongLong();
    a.reposCovered = q.value(6).toInt();
    a.models = q.value(7).toInt();
    a.datasets = q.value(8).toInt();
    return result;
}

namespace {
StoreResult<qint64> countOf(QSqlDatabase &db, const QString &sql)
{
    StoreResult<qint64> r;
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        r.error = HistoryStore::fromSqlError(q.lastError(), sql);
    else
        r.value = q.value(0).toLongLong();
    return r;
}
} // namespace

StoreResult<qint64> HistoryStore::pollCount()
{
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM polls"));
}

StoreResult<QList<HistoryStore::RepoDetails>> HistoryStore::inspectedRepos()
{
    StoreResult<QList<RepoDetails>> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, name, pipeline_tag, library, license, gated, formats FROM repos"
                             " WHERE formats >= ? ORDER BY kind, name"));
    q.addBindValue(int(Inspected));
    if (!q.exec()) {
        result.error = fromSqlError(q.lastError(), StoreError::tr("reading repo details"));
        return result;
    }
    while (q.next()) {
        RepoDetails d;
        d.repo.kind = q.value(0).toInt() == 0 ? RepoKind::Model : RepoKind::Dataset;
        d.repo.id = q.value(1).toString();
        d.repo.pipelineTag = q.value(2).toString();
        d.repo.libraryName = q.value(3).toString();
        d.repo.license = q.value(4).toString();
        d.repo.gated = GatedState(q.value(5).toInt());
        d.formats = q.value(6).toInt();
        result.value.append(d);
    }
    return result;
}

StoreResult<qint64> HistoryStore::lastPollId()
{
    return countOf(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM polls"));
}

StoreResult<QList<QDateTime>> HistoryStore::completePollTimes(const QDateTime &from, const QDateTime &to)
{
    StoreResult<QList<QDateTime>> r;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT finished_at FROM polls WHERE outcome = 0 AND finished_at > ? AND finished_at <= ?"
                             " ORDER BY finished_at"));
    q.addBindValue(from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec()) {
        r.error = fromSqlError(q.lastError(), StoreError::tr("reading polls"));
        return r;
    }
    while (q.next())
        r.value.append(fromMs(q.value(0)));
    return r;
}

StoreResult<QDateTime> HistoryStore::pollTime(qint64 pollId)
{
    StoreResult<QDateTime> r;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT finished_at FROM polls WHERE id = ?"));
    q.addBindValue(pollId);
    if (!q.exec())
        r.error = fromSqlError(q.lastError(), StoreError::tr("reading a poll"));
    else if (q.next())
        r.value = fromMs(q.value(0));
    return r;
}

StoreResult<qint64> HistoryStore::sampleCount()
{
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM samples"));
}

StoreResult<HistoryStore::PollRef> HistoryStore::completePollAt(const QDateTime &t)
{
    StoreResult<PollRef> r;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, finished_at FROM polls WHERE finished_at <= ? AND outcome = 0 ORDER BY finished_at DESC, id DESC"
                             " LIMIT 1"));
    q.addBindValue(t.toMSecsSinceEpoch());
    if (!q.exec())
        r.error = fromSqlError(q.lastError(), StoreError::tr("reading polls"));
    else if (q.next())
        r.value = {q.value(0).toLongLong(), fromMs(q.value(1))};
    return r;
}

StoreResult<PollFiguresRow> HistoryStore::pollFigures(qint64 pollId)
{
    // A reader of an older schema has no such table: the report computes the figures itself.
    if (m_schemaVersion < 6)
        return {};
    return PollFiguresTable::read(m_db, pollId);
}

StoreResult<QList<qint64>> HistoryStore::modelRepoIds(const QStringList &names)
{
    StoreResult<QList<qint64>> r;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM repos WHERE kind = 0 AND name = ?"));
    for (const QString &name : names) {
        q.addBindValue(name);
        if (!q.exec()) {
            r.error = fromSqlError(q.lastError(), StoreError::tr("reading repos"));
            return r;
        }
        if (q.next())
            r.value.append(q.value(0).toLongLong());
        q.finish();
    }
    return r;
}

StoreResult<QStringList> HistoryStore::modelNames(const QList<qint64> &repoIds)
{
    StoreResult<QStringList> r;
    if (repoIds.isEmpty())
        return r;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One statement for the whole list (the hot-categories chart reads one a day of its range).
    q.prepare(QStringLiteral("SELECT id, name FROM repos WHERE %1").arg(m_dialect->inIdList(QStringLiteral("id"))));
    q.addBindValue(idArray(repoIds));
    if (!q.exec()) {
        r.error = fromSqlError(q.lastError(), StoreError::tr("reading repos"));
        return r;
    }
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    for (qint64 id : repoIds) // in the order given; a repo merged away by a rename is left out
        if (const auto it = names.constFind(id); it != names.cend())
            r.value.append(*it);
    return r;
}

} // namespace hubwatch
