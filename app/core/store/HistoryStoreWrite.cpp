// The write side of the history: one poll, one transaction, change-only samples.
#include "HistoryStore.h"

#include "LatestTable.h"
#include "RowBatch.h"
#include "SqlValues.h"
#include "StoreTransaction.h"
#include "hub/WeightFormats.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>

namespace hubwatch {

using namespace sqlvalues;

namespace {
// Metadata that, when it changes, is written to the repo row (never as a sample).
QString metaFingerprint(const RepoStats &r)
{
    return QStringList{r.pipelineTag, r.libraryName, r.license, QString::number(int(r.gated)),
                       QString::number(r.createdAt.isValid() ? r.createdAt.toMSecsSinceEpoch() : -1)}
        .join(QChar(0x1f));
}

int outcomeOf(const PollResult &p)
{
    if (p.complete())
        return 0;
    return p.repos.isEmpty() ? 2 : 1;
}
} // namespace

bool HistoryStore::loadCaches(QString *error)
{
    if (m_cachesLoaded)
        return true;
    m_repoIds.clear();
    m_repoMeta.clear();
    m_formats.clear();
    m_last.clear();
    m_runs.clear();
    m_lastPoll.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kind, name, pipeline_tag, library, license, gated, created_at, formats FROM repos"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        RepoStats r;
        r.kind = q.value(1).toInt() == 0 ? RepoKind::Model : RepoKind::Dataset;
        r.id = q.value(2).toString();
        r.pipelineTag = q.value(3).toString();
        r.libraryName = q.value(4).toString();
        r.license = q.value(5).toString();
        r.gated = GatedState(q.value(6).toInt());
        r.createdAt = fromMs(q.value(7));
        const qint64 id = q.value(0).toLongLong();
        m_repoIds.insert(r.key(), id);
        m_repoMeta.insert(id, metaFingerprint(r));
        m_formats.insert(id, q.value(8).toInt());
    }
    // "Latest" goes by poll time, not id: an import adds polls with new ids but old times. A
    // writer's history is always migrated, so latest_values holds it without reading every sample.
    if (!q.exec(m_schemaVersion >= 5
                    ? QStringLiteral("SELECT repo_id, all_time, d30, likes FROM latest_values")
                    : QStringLiteral("SELECT repo_id, all_time, d30, likes FROM (SELECT s.repo_id, s.all_time, s.d30, s.likes,"
                                     " row_number() OVER (PARTITION BY s.repo_id ORDER BY p.finished_at DESC, s.poll_id DESC) AS rn"
                                     " FROM samples s JOIN polls p ON p.id = s.poll_id) latest WHERE rn = 1"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_last.insert(q.value(0).toLongLong(), {orUnknown(q.value(1)), orUnknown(q.value(2)), orUnknown(q.value(3))});
    if (!q.exec(QStringLiteral("SELECT p.repo_id, p.scope_id, p.from_poll, p.to_poll FROM presence p"
                               " JOIN (SELECT repo_id, scope_id, max(from_poll) AS f FROM presence GROUP BY repo_id, scope_id) m"
                               " ON p.repo_id = m.repo_id AND p.scope_id = m.scope_id AND p.from_poll = m.f"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_runs.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, {q.value(2).toLongLong(), q.value(3).toLongLong()});
    if (!q.exec(QStringLiteral("SELECT scope_id, max(id) FROM polls GROUP BY scope_id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_lastPoll.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    m_cachesLoaded = true;
    return true;
}

qint64 HistoryStore::scopeId(const PollScope &scope, QSqlError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO scopes (scope_key, description) VALUES (?, ?) ON CONFLICT (scope_key) DO NOTHING"));
    q.addBindValue(scope.key());
    q.addBindValue(scope.headlineDescription());
    if (!q.exec()) {
        *error = q.lastError();
        return -1;
    }
    q.prepare(QStringLiteral("SELECT id FROM scopes WHERE scope_key = ?"));
    q.addBindValue(scope.key());
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool HistoryStore::writeRepos(const PollResult &poll, qint64 pollId, qint64 scope, StoreTransaction &tx, QSqlError *error)
{
    const qint64 now = poll.finishedAt.toMSecsSinceEpoch();
    QSqlQuery insertRepo(m_db), updateRepo(m_db), extendRuns(m_db), setFormats(m_db);
    // Set-based: the poll's samples and new presence runs as multi-row INSERTs, the runs it
    // extends in one UPDATE (on PostgreSQL, a round trip per 500 rows instead of two per repo).
    RowBatch samples(m_db, QStringLiteral("INSERT INTO samples (repo_id, poll_id, all_time, d30, likes)"), 5, m_dialect->batchRows());
    RowBatch newRuns(m_db, QStringLiteral("INSERT INTO presence (repo_id, scope_id, from_poll, to_poll)"), 4, m_dialect->batchRows());
    QList<qint64> extended;
    const bool prepared =
        insertRepo.prepare(QStringLiteral("INSERT INTO repos (kind, name, first_seen, pipeline_tag, library, license, gated, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                           + m_dialect->returningId())
        && updateRepo.prepare(
            QStringLiteral("UPDATE repos SET pipeline_tag = ?, library = ?, license = ?, gated = ?, created_at = ? WHERE id = ?"))
        // The runs that ended with the scope's previous poll, for the repos seen again.
        && extendRuns.prepare(QStringLiteral("UPDATE presence SET to_poll = ? WHERE scope_id = ? AND to_poll = ? AND %1")
                                  .arg(m_dialect->inIdList(QStringLiteral("repo_id"))))
        && setFormats.prepare(QStringLiteral("UPDATE repos SET formats = ? WHERE id = ?"));
    if (!prepared) {
        *error = m_db.lastError();
        return false;
    }
    // PostgreSQL: after a failed statement the transaction is aborted, and deallocating these
    // prepared statements would fail with warnings. Roll back first (declared after the
    // statements, so it runs before their destructors); storePoll's own rollback is then a no-op.
    bool written = false;
    const auto rollbackFirst = qScopeGuard([&tx, &written, server = m_dialect->isServer()] {
        if (server && !written)
            tx.rollback();
    });
    // The scope's previous poll, from the cache: a query for it would scan every earlier poll.
    const qint64 previousPoll = m_lastPoll.value(scope, -1);
    m_lastPoll.insert(scope, pollId);

    const auto run = [error](QSqlQuery &q, std::initializer_list<QVariant> values) {
        int i = 0;
        for (const QVariant &v : values)
            q.bindValue(i++, v);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        return true;
    };
    for (const RepoStats &r : poll.repos) {
        const QString key = r.key();
        const QString meta = metaFingerprint(r);
        const QVariant created =
            r.createdAt.isValid() ? QVariant(r.createdAt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
        qint64 id = m_repoIds.value(key, -1);
        if (id < 0) {
            if (!run(insertRepo,
                     {int(r.kind == RepoKind::Model ? 0 : 1), r.id, now, r.pipelineTag, r.libraryName, r.license, int(r.gated), created}))
                return false;
            id = m_dialect->insertedId(insertRepo);
            m_repoIds.insert(key, id);
            m_repoMeta.insert(id, meta);
        } else if (m_repoMeta.value(id) != meta) {
            if (!run(updateRepo, {r.pipelineTag, r.libraryName, r.license, int(r.gated), created, id}))
                return false;
            m_repoMeta.insert(id, meta);
        }
        // Only an entry that came with its file list says anything about formats.
        if (!r.siblings.isEmpty()) {
            const int formats = formatFlags(r.siblings);
            if (m_formats.value(id) != formats) {
                if (!run(setFormats, {formats, id}))
                    return false;
                m_formats.insert(id, formats);
            }
        }
        // Change-only: the same figures as last time add no row.
        const auto last = m_last.constFind(id);
        const bool same =
            last != m_last.constEnd() && last->allTime == r.downloadsAllTime && last->d30 == r.downloads30d && last->likes == r.likes;
        if (!same) {
            samples.add({id, pollId, orNull(r.downloadsAllTime), orNull(r.downloads30d), orNull(r.likes)});
            m_last.insert(id, {r.downloadsAllTime, r.downloads30d, r.likes});
        }
        const QPair<qint64, qint64> runKey{id, scope};
        const auto current = m_runs.constFind(runKey);
        if (current != m_runs.constEnd() && current->to == previousPoll) {
            extended.append(id);
            m_runs[runKey].to = pollId;
        } else {
            newRuns.add({id, scope, pollId, pollId});
            m_runs.insert(runKey, {pollId, pollId});
        }
    }
    if (!samples.flush(error) || !newRuns.flush(error))
        return false;
    if (!extended.isEmpty()) {
        if (!run(extendRuns, {pollId, scope, previousPoll, idArray(extended)}))
            return false;
    }
    written = true;
    return true;
}

StoreResult<qint64> HistoryStore::storePoll(const PollResult &poll)
{
    StoreResult<qint64> result;
    if (!m_db.isOpen() || m_mode != Mode::ReadWrite) {
        result.error = StoreError(StoreError::Kind::ReadOnly, StoreError::tr("The database is not open for writing."));
        return result;
    }
    QString cacheError;
    if (!loadCaches(&cacheError)) {
        result.error = StoreError(StoreError::Kind::Sql, cacheError);
        return result;
    }
    StoreTransaction tx(m_db);
    if (!tx.isActive()) {
        result.error = tx.beginError(StoreError::tr("starting the poll's transaction"));
        return result;
    }
    QSqlError failure;
    const auto fail = [&](const QSqlError &e, const QString &context) {
        failure = e;
        tx.rollback(); // before q below deallocates its statement
        // The caches may now describe rows that were rolled back: rebuild them next time.
        m_cachesLoaded = false;
        result.error = fromSqlError(e, context);
        qCWarning(lcStore) << "poll not stored:" << result.error.message();
        return result;
    };

    QSqlError error;
    if (!applyRenames(poll.renames, &error))
        return fail(error, StoreError::tr("moving renamed repos' history to their new ids"));
    const qint64 scope = scopeId(poll.scope, &error);
    if (scope < 0)
        return fail(error, StoreError::tr("recording the poll's scope"));
    QJsonArray errors;
    for (const PollResult::Failure &f : poll.failures)
        errors.append(QJsonObject{{QStringLiteral("what"), f.what}, {QStringLiteral("error"), f.error.message()}});
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO polls (scope_id, started_at, finished_at, outcome, repo_count, skipped, errors)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)")
              + m_dialect->returningId());
    q.addBindValue(scope);
    q.addBindValue(poll.startedAt.toMSecsSinceEpoch());
    q.addBindValue(poll.finishedAt.toMSecsSinceEpoch());
    q.addBindValue(outcomeOf(poll));
    q.addBindValue(int(poll.repos.size()));
    q.addBindValue(poll.skippedEntries);
    q.addBindValue(errors.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return fail(q.lastError(), StoreError::tr("recording the poll"));
    const qint64 pollId = m_dialect->insertedId(q);

    if (!writeRepos(poll, pollId, scope, tx, &error))
        return fail(error, StoreError::tr("recording the poll's repos"));
    QList<qint64> seen;
    seen.reserve(poll.repos.size());
    for (const RepoStats &r : poll.repos)
        seen.append(m_repoIds.value(r.key()));
    if (!LatestTable::recordPoll(m_db, *m_dialect, pollId, poll.finishedAt.toMSecsSinceEpoch(), seen, &error))
        return fail(error, StoreError::tr("recording the poll's latest values"));

    // Only a complete poll defines the scope's aggregate: a partial one would look like a drop.
    if (poll.complete()) {
        qint64 d30 = 0;
        int models = 0;
        int covered = 0;
        for (const RepoStats &r : poll.repos) {
            if (!poll.inHeadline(r))
                continue; // a watched repo outside the top N has its own series only
            if (__builtin_add_overflow(d30, qMax<qint64>(0, r.downloads30d), &d30))
                d30 = std::numeric_limits<qint64>::max(); // as the all-time total: stop, never wrap
            models += r.kind == RepoKind::Model;
            ++covered;
        }
        q.prepare(QStringLiteral("INSERT INTO aggregates (poll_id, total_all_time, sum_d30, repos_covered, models, datasets)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(pollId);
        q.addBindValue(poll.totalAllTime());
        q.addBindValue(d30);
        q.addBindValue(covered);
        q.addBindValue(models);
        q.addBindValue(covered - models);
        if (!q.exec())
            return fail(q.lastError(), StoreError::tr("recording the poll's totals"));
    }
    if (tx.commit().isError())
        return fail(tx.sqlError(), StoreError::tr("committing the poll"));
    result.value = pollId;
    return result;
}

int HistoryStore::formatFlags(const QStringList &files)
{
    // The rules (what counts as pickle-based, which .bin files are not) live in the analysis.
    const WeightFormatFlags f = WeightFormats::inspect(files);
    return Inspected | (f.safetensors ? Safetensors : 0) | (f.gguf ? Gguf : 0) | (f.pickle ? Pickle : 0) | (f.onnx ? Onnx : 0)
        | (f.other ? OtherWeights : 0);
}

StoreError HistoryStore::savePollFigures(const PollFiguresRow &row)
{
    if (!m_db.isOpen() || m_mode != Mode::ReadWrite)
        return StoreError(StoreError::Kind::ReadOnly, StoreError::tr("The database is not open for writing."));
    return PollFiguresTable::save(m_db, row);
}

} // namespace hubwatch
