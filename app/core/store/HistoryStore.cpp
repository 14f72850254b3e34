#include "HistoryStore.h"

#include "Migrations.h"
#include "analysis/WeightFormats.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>
#include <limits>

namespace hubwatch {

namespace {
std::atomic<int> g_connections{0};

QVariant orNull(qint64 v)
{
    return v < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}

qint64 orUnknown(const QVariant &v)
{
    return v.isNull() ? -1 : v.toLongLong();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

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

HistoryStore::HistoryStore(std::unique_ptr<SqlDialect> dialect)
    : m_dialect(std::move(dialect)),
      m_connection(QStringLiteral("hubwatch-store-%1").arg(g_connections.fetch_add(1)))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hubwatch.sqlite");
}

StoreError HistoryStore::fromSqlError(const QSqlError &error, const QString &context)
{
    // SQLite's primary result codes, as the QSQLITE driver reports them.
    int code = error.nativeErrorCode().toInt() & 0xff;
    if (error.nativeErrorCode().isEmpty()) {
        // QSQLITE's commit() keeps SQLite's message but drops its code: read the message.
        const QString text = error.databaseText();
        if (text.contains(QLatin1String("disk is full")))
            code = 13;
        else if (text.contains(QLatin1String("database is locked")))
            code = 5;
        else if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
            code = 8;
        else if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
            code = 11;
    }
    const QString detail = context.isEmpty() ? error.text() : context + QStringLiteral(": ") + error.text();
    switch (code) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return StoreError(StoreError::Kind::Locked, detail);
    case 8:  // SQLITE_READONLY
        return StoreError(StoreError::Kind::ReadOnly, detail);
    case 13: // SQLITE_FULL
        return StoreError(StoreError::Kind::DiskFull, detail);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StoreError(StoreError::Kind::Corrupt, detail);
    case 14: // SQLITE_CANTOPEN
        return StoreError(StoreError::Kind::Io, detail);
    default:
        return StoreError(StoreError::Kind::Sql, detail);
    }
}

StoreError HistoryStore::open(const QString &path, Mode mode)
{
    close();
    m_path = path;
    m_mode = mode;
    const QFileInfo info(path);
    if (mode == Mode::ReadOnly && !info.exists())
        return StoreError(StoreError::Kind::Io, StoreError::tr("%1 does not exist yet.").arg(path));
    if (mode == Mode::ReadWrite && !info.exists() && !QDir().mkpath(info.absolutePath()))
        return StoreError(StoreError::Kind::ReadOnly, StoreError::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    if (mode == Mode::ReadWrite && info.exists() && !info.isWritable())
        return StoreError(StoreError::Kind::ReadOnly, StoreError::tr("%1 is read-only.").arg(path));

    m_db = QSqlDatabase::addDatabase(m_dialect->driver(), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(m_dialect->connectOptions(mode == Mode::ReadOnly));
    if (!m_db.open()) {
        const StoreError e = fromSqlError(m_db.lastError(), path);
        close();
        return e;
    }
    const StoreError e = check(path, mode);
    if (e.isError()) {
        close();
        return e;
    }
    return StoreError();
}

StoreError HistoryStore::check(const QString &path, Mode mode)
{
    // Reading the schema is the first thing to fail on a file that is not a database at all.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const StoreError e = fromSqlError(probe.lastError(), path);
        return e.kind() == StoreError::Kind::Corrupt ? backupDamaged(e.detail()) : e;
    }
    probe.finish(); // an unfinished statement holds a read transaction, and WAL cannot start in one
    // Check before configuring: switching to WAL rewrites the header, and a damaged or newer file
    // must be left exactly as it was found.
    QString problem;
    if (!m_dialect->quickCheck(m_db, &problem))
        return backupDamaged(problem);
    const int v = Migrations::currentVersion(m_db);
    if (v > Migrations::latestVersion())
        return StoreError(StoreError::Kind::TooNew, StoreError::tr("Its schema is version %1; this HubWatch knows up to %2.")
                                                        .arg(v).arg(Migrations::latestVersion()));
    if (mode == Mode::ReadWrite && !m_dialect->configure(m_db, &problem)) {
        const StoreError e = fromSqlError(m_db.lastError(), path);
        return e.kind() == StoreError::Kind::Sql ? StoreError(StoreError::Kind::Sql, problem) : e;
    }
    if (mode == Mode::ReadOnly) {
        // An older schema is still readable: the next writer upgrades it (readers never write).
        if (v <= 0)
            return StoreError(StoreError::Kind::Io, StoreError::tr("%1 holds no HubWatch history yet; run a poll first.").arg(path));
        return StoreError();
    }
    return Migrations::migrate(m_db, *m_dialect);
}

StoreError HistoryStore::backupDamaged(const QString &problem)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString backup = m_path + QStringLiteral(".damaged-") + stamp;
    // Never overwrite an earlier backup: a second failed open in the same millisecond gets a suffix.
    for (int i = 2; QFileInfo::exists(backup); ++i)
        backup = m_path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(i);
    m_db.close();
    const bool copied = QFile::copy(m_path, backup);
    qCWarning(lcStore) << "damaged database" << m_path << problem << "backup:" << (copied ? backup : QStringLiteral("failed"));
    return StoreError(StoreError::Kind::Corrupt,
                      copied ? StoreError::tr("File: %1. A copy was saved as %2. Problem: %3").arg(m_path, backup, problem)
                             : StoreError::tr("File: %1. Making a backup copy failed too. Problem: %2").arg(m_path, problem));
}

void HistoryStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_cachesLoaded = false;
    m_repoIds.clear();
    m_repoMeta.clear();
    m_last.clear();
    m_runs.clear();
}

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
    // "Latest" goes by poll time, not id: an import adds polls with new ids but old times.
    if (!q.exec(QStringLiteral("SELECT repo_id, all_time, d30, likes FROM (SELECT s.repo_id, s.all_time, s.d30, s.likes,"
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
    q.addBindValue(scope.describe());
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

bool HistoryStore::writeRepos(const PollResult &poll, qint64 pollId, qint64 scope, QSqlError *error)
{
    const qint64 now = poll.finishedAt.toMSecsSinceEpoch();
    QSqlQuery insertRepo(m_db), updateRepo(m_db), insertSample(m_db), extendRun(m_db), newRun(m_db), setFormats(m_db);
    const bool prepared =
        insertRepo.prepare(QStringLiteral("INSERT INTO repos (kind, name, first_seen, pipeline_tag, library, license, gated, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        && updateRepo.prepare(QStringLiteral("UPDATE repos SET pipeline_tag = ?, library = ?, license = ?, gated = ?, created_at = ? WHERE id = ?"))
        && insertSample.prepare(QStringLiteral("INSERT INTO samples (repo_id, poll_id, all_time, d30, likes) VALUES (?, ?, ?, ?, ?)"))
        && extendRun.prepare(QStringLiteral("UPDATE presence SET to_poll = ? WHERE repo_id = ? AND scope_id = ? AND from_poll = ?"))
        && newRun.prepare(QStringLiteral("INSERT INTO presence (repo_id, scope_id, from_poll, to_poll) VALUES (?, ?, ?, ?)"))
        && setFormats.prepare(QStringLiteral("UPDATE repos SET formats = ? WHERE id = ?"));
    if (!prepared) {
        *error = m_db.lastError();
        return false;
    }
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
        const QVariant created = r.createdAt.isValid() ? QVariant(r.createdAt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
        qint64 id = m_repoIds.value(key, -1);
        if (id < 0) {
            if (!run(insertRepo, {int(r.kind == RepoKind::Model ? 0 : 1), r.id, now, r.pipelineTag, r.libraryName, r.license, int(r.gated), created}))
                return false;
            id = insertRepo.lastInsertId().toLongLong();
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
        const bool same = last != m_last.constEnd() && last->allTime == r.downloadsAllTime
            && last->d30 == r.downloads30d && last->likes == r.likes;
        if (!same) {
            if (!run(insertSample, {id, pollId, orNull(r.downloadsAllTime), orNull(r.downloads30d), orNull(r.likes)}))
                return false;
            m_last.insert(id, {r.downloadsAllTime, r.downloads30d, r.likes});
        }
        const QPair<qint64, qint64> runKey{id, scope};
        const auto current = m_runs.constFind(runKey);
        if (current != m_runs.constEnd() && current->to == previousPoll) {
            if (!run(extendRun, {pollId, id, scope, current->from}))
                return false;
            m_runs[runKey].to = pollId;
        } else {
            if (!run(newRun, {id, scope, pollId, pollId}))
                return false;
            m_runs.insert(runKey, {pollId, pollId});
        }
    }
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
    if (!m_db.transaction()) {
        result.error = fromSqlError(m_db.lastError(), StoreError::tr("starting the poll's transaction"));
        return result;
    }
    QSqlError failure;
    const auto fail = [&](const QSqlError &e, const QString &context) {
        failure = e;
        m_db.rollback();
        // The caches may now describe rows that were rolled back: rebuild them next time.
        m_cachesLoaded = false;
        result.error = fromSqlError(e, context);
        qCWarning(lcStore) << "poll not stored:" << result.error.message();
        return result;
    };

    QSqlError error;
    const qint64 scope = scopeId(poll.scope, &error);
    if (scope < 0)
        return fail(error, StoreError::tr("recording the poll's scope"));
    QJsonArray errors;
    for (const PollResult::Failure &f : poll.failures)
        errors.append(QJsonObject{{QStringLiteral("what"), f.what}, {QStringLiteral("error"), f.error.message()}});
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO polls (scope_id, started_at, finished_at, outcome, repo_count, skipped, errors)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
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
    const qint64 pollId = q.lastInsertId().toLongLong();

    if (!writeRepos(poll, pollId, scope, &error))
        return fail(error, StoreError::tr("recording the poll's repos"));

    // Only a complete poll defines the scope's aggregate: a partial one would look like a drop.
    if (poll.complete()) {
        qint64 d30 = 0;
        int models = 0;
        for (const RepoStats &r : poll.repos) {
            d30 += qMax<qint64>(0, r.downloads30d);
            models += r.kind == RepoKind::Model;
        }
        q.prepare(QStringLiteral("INSERT INTO aggregates (poll_id, total_all_time, sum_d30, repos_covered, models, datasets)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(pollId);
        q.addBindValue(poll.totalAllTime());
        q.addBindValue(d30);
        q.addBindValue(int(poll.repos.size()));
        q.addBindValue(models);
        q.addBindValue(int(poll.repos.size()) - models);
        if (!q.exec())
            return fail(q.lastError(), StoreError::tr("recording the poll's totals"));
    }
    if (!m_db.commit())
        return fail(m_db.lastError(), StoreError::tr("committing the poll"));
    result.value = pollId;
    return result;
}

StoreResult<QList<LatestValue>> HistoryStore::latestValues()
{
    StoreResult<QList<LatestValue>> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        "SELECT r.kind, r.name, l.finished_at, l.all_time, l.d30, l.likes,"
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

StoreResult<HistoryStore::Snapshot> HistoryStore::snapshotAt(const QDateTime &t)
{
    StoreResult<Snapshot> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The repos seen by the last poll at or before t (presence), with their last sample by then.
    q.prepare(QStringLiteral(
        // The last complete poll by then: a partial one would leave out what it failed to fetch.
        "WITH cut AS (SELECT id AS pid, finished_at AS at, scope_id FROM polls WHERE finished_at <= ? AND outcome = 0"
        "             ORDER BY finished_at DESC, id DESC LIMIT 1)"
        " SELECT r.kind, r.name, r.pipeline_tag, r.library, r.license, r.gated, s.all_time, s.d30, s.likes, cut.at"
        " FROM cut JOIN presence pr ON pr.scope_id = cut.scope_id AND pr.from_poll <= cut.pid AND pr.to_poll >= cut.pid"
        " JOIN repos r ON r.id = pr.repo_id"
        " JOIN samples s ON s.repo_id = r.id AND s.poll_id = (SELECT s2.poll_id FROM samples s2 JOIN polls p2 ON p2.id = s2.poll_id"
        "   WHERE s2.repo_id = r.id AND p2.finished_at <= cut.at ORDER BY p2.finished_at DESC, s2.poll_id DESC LIMIT 1)"));
    q.addBindValue(t.toMSecsSinceEpoch());
    if (!q.exec()) {
        result.error = fromSqlError(q.lastError(), StoreError::tr("reading a snapshot"));
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
    a.scopeDescription = q.value(3).toString();
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

int HistoryStore::formatFlags(const QStringList &files)
{
    // The rules (what counts as pickle-based, which .bin files are not) live in the analysis.
    const WeightFormatFlags f = WeightFormats::inspect(files);
    return Inspected | (f.safetensors ? Safetensors : 0) | (f.gguf ? Gguf : 0) | (f.pickle ? Pickle : 0)
        | (f.onnx ? Onnx : 0) | (f.other ? OtherWeights : 0);
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

} // namespace hubwatch
