#include "HistoryImport.h"

#include "LatestTable.h"
#include "StoreTransaction.h"
#include "util/Logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hubwatch {

namespace {

constexpr int importedOutcome = 3; // polls.outcome: 0 complete, 1 partial, 2 failed, 3 imported

QVariant orNull(qint64 v)
{
    return v < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}

// The merge, inside the caller's transaction. Any failure leaves *error set and returns false;
// the caller rolls everything back.
class Merger
{
public:
    Merger(QSqlDatabase &db, const SqlDialect &dialect) : m_db(db), m_dialect(dialect) {}

    bool run(const HistoryData &data, HistoryImport::Summary *summary, StoreError *error)
    {
        m_summary = summary;
        m_error = error;
        if (!prepare() || !loadScopes() || !loadPolls())
            return false;
        for (const ImportedSeries &s : data.repos)
            if (!mergeRepo(s))
                return false;
        for (const ImportedHeadline &h : data.headlines)
            if (!mergeHeadline(h))
                return false;
        for (auto it = m_addedPerPoll.cbegin(); it != m_addedPerPoll.cend(); ++it)
            if (!exec(m_countRepos, {it.value(), it.key()}, HistoryImport::tr("counting the imported repos")))
                return false;
        return true;
    }

private:
    struct PollRef
    {
        qint64 id, scope;
    };

    bool fail(const QSqlQuery &q, const QString &context)
    {
        *m_error = HistoryStore::fromSqlError(q.lastError(), context);
        return false;
    }

    bool exec(QSqlQuery &q, std::initializer_list<QVariant> values, const QString &context)
    {
        int i = 0;
        for (const QVariant &v : values)
            q.bindValue(i++, v);
        return q.exec() || fail(q, context);
    }

    bool prepare()
    {
        const struct
        {
            QSqlQuery *query;
            const char *sql;
        } statements[] = {
            {&m_findRepo, "SELECT id, first_seen FROM repos WHERE kind = ? AND name = ?"},
            {&m_insertRepo, "INSERT INTO repos (kind, name, first_seen) VALUES (?, ?, ?)"},
            {&m_firstSeen, "UPDATE repos SET first_seen = ? WHERE id = ?"},
            {&m_hasSample, "SELECT 1 FROM samples WHERE repo_id = ? AND poll_id = ?"},
            {&m_presence,
             "SELECT to_poll FROM presence WHERE repo_id = ? AND scope_id = ? AND from_poll <= ?"
             " ORDER BY from_poll DESC LIMIT 1"},
            {&m_insertPoll,
             "INSERT INTO polls (scope_id, started_at, finished_at, outcome, repo_count, skipped, errors)"
             " VALUES (?, ?, ?, ?, ?, 0, NULL)"},
            {&m_insertSample,
             "INSERT INTO samples (repo_id, poll_id, all_time, d30, likes) VALUES (?, ?, ?, ?, ?)"
             " ON CONFLICT (repo_id, poll_id) DO NOTHING"},
            {&m_insertPresence,
             "INSERT INTO presence (repo_id, scope_id, from_poll, to_poll) VALUES (?, ?, ?, ?)"
             " ON CONFLICT (repo_id, scope_id, from_poll) DO NOTHING"},
            {&m_hasAggregate, "SELECT 1 FROM aggregates WHERE poll_id = ?"},
            {&m_insertAggregate,
             "INSERT INTO aggregates (poll_id, total_all_time, sum_d30, repos_covered, models, datasets)"
             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (poll_id) DO NOTHING"},
            {&m_countRepos, "UPDATE polls SET repo_count = repo_count + ? WHERE id = ?"},
        };
        for (const auto &s : statements) {
            *s.query = QSqlQuery(m_db);
            // The two inserts whose new ids are used read them the dialect's way.
            const bool wantsId = s.query == &m_insertRepo || s.query == &m_insertPoll;
            if (!s.query->prepare(QLatin1String(s.sql) + (wantsId ? m_dialect.returningId() : QString())))
                return fail(*s.query, HistoryImport::tr("preparing the import"));
        }
        return true;
    }

    bool loadScopes()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT id, scope_key FROM scopes")))
            return fail(q, HistoryImport::tr("reading the scopes"));
        while (q.next())
            m_scopeKeys.insert(q.value(0).toLongLong(), q.value(1).toString());
        return true;
    }

    bool loadPolls()
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, scope_id, finished_at FROM polls")))
            return fail(q, HistoryImport::tr("reading the polls"));
        while (q.next())
            m_pollsAt[q.value(2).toLongLong()].append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        return true;
    }

    // The id of the scope with this key, created when missing; -1 on failure.
    qint64 scope(const QString &key, const QString &description)
    {
        for (auto it = m_scopeKeys.cbegin(); it != m_scopeKeys.cend(); ++it)
            if (it.value() == key)
                return it.key();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO scopes (scope_key, description) VALUES (?, ?)") + m_dialect.returningId());
        q.addBindValue(key);
        q.addBindValue(description.isEmpty() ? key : description);
        if (!q.exec()) {
            fail(q, HistoryImport::tr("adding the scope %1").arg(key));
            return -1;
        }
        const qint64 id = m_dialect.insertedId(q);
        m_scopeKeys.insert(id, key);
        return id;
    }

    // The imported poll of this scope at time t, created (with its scope) on first need.
    bool importPoll(const QString &scopeKey, const QString &description, qint64 t, qint64 repoCount, PollRef *out)
    {
        for (const PollRef &p : m_pollsAt.value(t)) {
            if (m_scopeKeys.value(p.scope) == scopeKey) {
                *out = p;
                return true;
            }
        }
        const qint64 scopeId = scope(scopeKey, description);
        if (scopeId < 0 || !exec(m_insertPoll, {scopeId, t, t, importedOutcome, repoCount}, HistoryImport::tr("adding an imported poll")))
            return false;
        *out = {m_dialect.insertedId(m_insertPoll), scopeId};
        m_pollsAt[t].append(*out);
        ++m_summary->pollsCreated;
        return true;
    }

    // Whether a poll at exactly t already has a sample or presence of the repo. -1 on failure.
    int known(qint64 repoId, qint64 t)
    {
        for (const PollRef &p : m_pollsAt.value(t)) {
            if (!exec(m_hasSample, {repoId, p.id}, HistoryImport::tr("looking for a sample")))
                return -1;
            if (m_hasSample.next())
                return 1;
            if (!exec(m_presence, {repoId, p.scope, p.id}, HistoryImport::tr("looking for a presence")))
                return -1;
            if (m_presence.next() && m_presence.value(0).toLongLong() >= p.id)
                return 1;
        }
        return 0;
    }

    bool mergeRepo(const ImportedSeries &s)
    {
        if (s.points.isEmpty())
            return true;
        const qint64 earliest = s.points.first().t;
        const int kind = s.id.kind == RepoKind::Model ? 0 : 1;
        if (!exec(m_findRepo, {kind, s.id.name}, HistoryImport::tr("looking up %1").arg(s.id.toString())))
            return false;
        qint64 repoId = -1;
        if (m_findRepo.next()) {
            repoId = m_findRepo.value(0).toLongLong();
            // first_seen is the earliest moment the history knows the repo at.
            if (m_findRepo.value(1).toLongLong() > earliest
                && !exec(m_firstSeen, {earliest, repoId}, HistoryImport::tr("updating %1").arg(s.id.toString())))
                return false;
        } else {
            if (!exec(m_insertRepo, {kind, s.id.name, earliest}, HistoryImport::tr("adding %1").arg(s.id.toString())))
                return false;
            repoId = m_dialect.insertedId(m_insertRepo);
            ++m_summary->reposCreated;
        }
        m_findRepo.finish();
        for (const ImportedPoint &p : s.points) {
            const int k = known(repoId, p.t);
            if (k < 0)
                return false;
            if (k > 0) {
                ++m_summary->pointsKnown;
                continue;
            }
            PollRef poll{};
            if (!importPoll(HistoryFormat::importRepoScopeKey(), HistoryImport::tr("imported history"), p.t, 0, &poll)
                || !exec(m_insertSample, {repoId, poll.id, orNull(p.allTime), orNull(p.d30), orNull(p.likes)},
                         HistoryImport::tr("adding a sample of %1").arg(s.id.toString()))
                || !exec(m_insertPresence, {repoId, poll.scope, poll.id, poll.id}, HistoryImport::tr("adding a presence")))
                return false;
            ++m_addedPerPoll[poll.id];
            ++m_summary->pointsAdded;
        }
        return true;
    }

    bool mergeHeadline(const ImportedHeadline &h)
    {
        const QString key = HistoryFormat::importScopePrefix() + h.scopeKey;
        for (const ImportedHeadlinePoint &p : h.points) {
            bool isKnown = false;
            for (const PollRef &poll : m_pollsAt.value(p.t)) {
                if (HistoryFormat::exportedScopeKey(m_scopeKeys.value(poll.scope)) != h.scopeKey)
                    continue;
                if (!exec(m_hasAggregate, {poll.id}, HistoryImport::tr("looking for a headline")))
                    return false;
                isKnown = isKnown || m_hasAggregate.next();
            }
            if (isKnown) {
                ++m_summary->headlineKnown;
                continue;
            }
            PollRef poll{};
            if (!importPoll(key, h.description.isEmpty() ? h.scopeKey : h.description, p.t, p.reposCovered, &poll)
                || !exec(m_insertAggregate, {poll.id, p.totalAllTime, p.d30, p.reposCovered, p.models, p.datasets},
                         HistoryImport::tr("adding a headline")))
                return false;
            ++m_summary->headlineAdded;
        }
        return true;
    }

    QSqlDatabase &m_db;
    const SqlDialect &m_dialect;
    HistoryImport::Summary *m_summary = nullptr;
    StoreError *m_error = nullptr;
    QHash<qint64, QString> m_scopeKeys;      // id -> key
    QHash<qint64, QList<PollRef>> m_pollsAt; // finished_at -> polls
    QHash<qint64, qint64> m_addedPerPoll;    // imported poll -> repos added to it
    QSqlQuery m_findRepo, m_insertRepo, m_firstSeen, m_hasSample, m_presence, m_insertPoll, m_insertSample, m_insertPresence,
        m_hasAggregate, m_insertAggregate, m_countRepos;
};

} // namespace

StoreResult<HistoryImport::Summary> HistoryImport::merge(HistoryStore &store, const HistoryData &data)
{
    StoreResult<Summary> result;
    QSqlDatabase &db = store.database();
    if (!store.isOpen()) {
        result.error = StoreError(StoreError::Kind::Io, tr("The history database is not open."));
        return result;
    }
    StoreTransaction tx(db);
    if (!tx.isActive()) {
        result.error = tx.beginError(tr("starting the import"));
        return result;
    }
    // Both lines are read by tst_durability_import to know that its kills land inside the merge.
    qCDebug(lcStore) << "import: merge transaction begun";
    bool ok = false;
    {
        Merger merger(db, store.dialect()); // its statements must be gone before the transaction ends
        ok = merger.run(data, &result.value, &result.error);
    }
    // Imported samples may be any repo's newest (or older than what is there): recompute.
    QString latestError;
    if (ok && !LatestTable::rebuild(db, &latestError)) {
        result.error = StoreError(StoreError::Kind::Sql, tr("updating the latest values: %1").arg(latestError));
        ok = false;
    }
    if (ok) {
        result.error = tx.commit(tr("committing the import"));
        ok = !result.error.isError();
    }
    if (ok)
        qCDebug(lcStore) << "import: merge transaction committed";
    if (!ok) {
        tx.rollback();
        result.value = Summary();
        qCWarning(lcStore) << "import not stored:" << result.error.message();
    }
    return result;
}

} // namespace hubwatch
