// Opening the history: integrity and version checks before anything may change the file.
#include "HistoryStore.h"

#include "DamagedCopy.h"
#include "IntegrityCheck.h"
#include "Migrations.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace hubwatch {

namespace {
// Each store gets its own named connection: Qt SQL connections belong to one thread each.
std::atomic<int> g_connections{0};
} // namespace

HistoryStore::HistoryStore()
    : m_dialect(std::make_unique<SqliteDialect>())
    , m_connection(QStringLiteral("hubwatch-store-%1").arg(g_connections.fetch_add(1)))
{}

HistoryStore::~HistoryStore()
{
    close();
}

StoreError HistoryStore::fromSqlError(const QSqlError &error, const QString &context)
{
    const QString detail = context.isEmpty() ? error.text() : context + QStringLiteral(": ") + error.text();
    // PostgreSQL reports a five-character SQLSTATE, or none at all on a dead connection;
    // SQLite's codes have at most four digits.
    const QString native = error.nativeErrorCode();
    if (native.isEmpty() || native.size() == 5) {
        const StoreError::Kind kind = PostgresDialect::errorKind(error);
        if (native.size() == 5 || kind != StoreError::Kind::Sql)
            return StoreError(kind, detail);
    }
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
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StoreError(StoreError::Kind::Locked, detail);
    case 8: // SQLITE_READONLY
        return StoreError(StoreError::Kind::ReadOnly, detail);
    case 13: // SQLITE_FULL
        return StoreError(StoreError::Kind::DiskFull, detail);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StoreError(StoreError::Kind::Corrupt, detail);
    case 14: // SQLITE_CANTOPEN
        return StoreError(StoreError::Kind::Io, detail);
    default: return StoreError(StoreError::Kind::Sql, detail);
    }
}

StoreError HistoryStore::open(const QString &pathOrUrl, Mode mode)
{
    const StoreLocation location = StoreLocation::parse(pathOrUrl);
    if (!location.isValid()) {
        close();
        return StoreError(StoreError::Kind::InvalidInput, location.error());
    }
    return open(location, mode);
}

StoreError HistoryStore::open(const StoreLocation &location, Mode mode)
{
    close();
    m_location = location;
    m_path = location.display();
    m_mode = mode;
    m_dialect = location.makeDialect();
    if (location.isShared())
        return openServer();
    const QString path = location.path();
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
    m_schemaVersion = Migrations::currentVersion(m_db);
    return StoreError();
}

StoreError HistoryStore::openServer()
{
    // No password here: libpq reads PGPASSWORD or the password file itself, and HubWatch never
    // sees, stores or logs it.
    m_db = QSqlDatabase::addDatabase(m_dialect->driver(), m_connection);
    m_db.setHostName(m_location.host());
    m_db.setPort(m_location.port());
    m_db.setUserName(m_location.user());
    m_db.setDatabaseName(m_location.database());
    m_db.setConnectOptions(m_dialect->connectOptions(m_mode == Mode::ReadOnly));
    if (!m_db.open()) {
        const StoreError e = connectionError(m_db.lastError());
        qCWarning(lcStore) << "cannot connect to" << m_path << e.detail();
        close();
        return e;
    }
    QString problem;
    const bool configured = m_mode == Mode::ReadOnly ? m_dialect->configureReader(m_db, &problem) : m_dialect->configure(m_db, &problem);
    const int v = configured ? Migrations::currentVersion(m_db) : 0;
    StoreError e;
    if (!configured)
        e = StoreError(StoreError::Kind::Unreachable, problem);
    else if (v > Migrations::latestVersion())
        e = StoreError(StoreError::Kind::TooNew,
                       StoreError::tr("Its schema is version %1; this HubWatch knows up to %2.").arg(v).arg(Migrations::latestVersion()));
    else if (m_mode == Mode::ReadOnly && v <= 0)
        e = StoreError(StoreError::Kind::Io,
                       StoreError::tr("%1 holds no HubWatch history yet; start the collector (hubwatch poll) first.").arg(m_path));
    else if (m_mode == Mode::ReadWrite)
        e = Migrations::migrate(m_db, *m_dialect);
    if (!e.isError() && m_mode == Mode::ReadWrite && !mayWrite())
        e = StoreError(StoreError::Kind::ReadOnly,
                       StoreError::tr("The role %1 may only read %2; the collector writes it with a role that owns "
                                      "the tables.")
                           .arg(m_location.user(), m_path));
    if (e.isError())
        close();
    else
        m_schemaVersion = Migrations::currentVersion(m_db);
    return e;
}

bool HistoryStore::mayWrite()
{
    // Asked up front, so a reader's role used as a collector fails at start, not at its first poll.
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT has_table_privilege('samples', 'INSERT') AND has_table_privilege('presence', 'UPDATE')"))
        && q.next() && q.value(0).toBool();
}

StoreError HistoryStore::connectionError(const QSqlError &error) const
{
    // libpq's own words say what failed (refused, unknown host, authentication); the head says
    // which database, and how a password is supplied, since that is the usual fix.
    const QString text = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    if (text.contains(QLatin1String("password")) || text.contains(QLatin1String("authentication")))
        return StoreError(StoreError::Kind::Unreachable,
                          StoreError::tr("%1 refused the login: %2 HubWatch takes the password from PGPASSWORD or ~/.pgpass, "
                                         "never from the URL.")
                              .arg(m_path, text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.')));
    return StoreError(StoreError::Kind::Unreachable, StoreError::tr("%1: %2").arg(m_path, text));
}

bool HistoryStore::connectionLost()
{
    if (!m_dialect->isServer())
        return false;
    if (!m_db.isValid() || !m_db.isOpen())
        return true; // a reconnection that failed left it closed
    QSqlQuery q(m_db);
    return !q.exec(QStringLiteral("SELECT 1"));
}

StoreError HistoryStore::reconnect()
{
    const StoreLocation location = m_location;
    qCInfo(lcStore) << "reconnecting to" << m_path;
    return open(location, m_mode);
}

StoreResult<qint64> HistoryStore::findPoll(const PollResult &poll)
{
    StoreResult<qint64> r;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT p.id FROM polls p JOIN scopes s ON s.id = p.scope_id"
                             " WHERE s.scope_key = ? AND p.started_at = ? AND p.finished_at = ?"));
    q.addBindValue(poll.scope.key());
    q.addBindValue(poll.startedAt.toMSecsSinceEpoch());
    q.addBindValue(poll.finishedAt.toMSecsSinceEpoch());
    if (!q.exec())
        r.error = fromSqlError(q.lastError(), StoreError::tr("looking for a poll"));
    else
        r.value = q.next() ? q.value(0).toLongLong() : 0;
    return r;
}

StoreError HistoryStore::check(const QString &path, Mode mode)
{
    // Reading the schema is the first thing to fail on a file that is not a database at all.
    QSqlQuery probe(m_db);
    if (!probe.exec(m_dialect->probe())) {
        const StoreError e = fromSqlError(probe.lastError(), path);
        return e.kind() == StoreError::Kind::Corrupt ? backupDamaged(e.detail()) : e;
    }
    probe.finish(); // an unfinished statement holds a read transaction, and WAL cannot start in one
    // Check before configuring: switching to WAL rewrites the header, and a damaged or newer file
    // must be left exactly as it was found. Readers make the cheap checks only (IntegrityCheck).
    QString problem;
    const bool full = mode == Mode::ReadWrite && IntegrityCheck::writerShouldCheck(m_db, path);
    if (!IntegrityCheck::light(m_db, path, &problem) || (full && !m_dialect->quickCheck(m_db, &problem)))
        return backupDamaged(problem);
    const int v = Migrations::currentVersion(m_db);
    if (v > Migrations::latestVersion())
        return StoreError(
            StoreError::Kind::TooNew,
            StoreError::tr("Its schema is version %1; this HubWatch knows up to %2.").arg(v).arg(Migrations::latestVersion()));
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
    const StoreError migrated = Migrations::migrate(m_db, *m_dialect);
    if (!migrated.isError() && full)
        IntegrityCheck::recordChecked(m_db);
    return migrated;
}

bool HistoryStore::checkIntegrity(QStringList *problems)
{
    if (m_dialect->isServer()) {
        QString problem;
        const bool ok = m_dialect->quickCheck(m_db, &problem);
        if (!ok)
            *problems = QStringList{problem};
        return ok;
    }
    return IntegrityCheck::full(m_db, problems);
}

StoreError HistoryStore::backupDamaged(const QString &problem)
{
    m_db.close();
    const QString earlier = DamagedCopy::find(m_path);
    if (!earlier.isEmpty()) {
        qCWarning(lcStore) << "damaged database" << m_path << problem << "copied earlier:" << earlier;
        return StoreError(StoreError::Kind::Corrupt,
                          StoreError::tr("File: %1. A copy was saved earlier as %2. Problem: %3").arg(m_path, earlier, problem));
    }
    if (m_mode == Mode::ReadOnly) {
        // A reader never writes, not even a copy: status, alerts or an export run on a damaged
        // file change nothing beside it either.
        qCWarning(lcStore) << "damaged database" << m_path << problem << "not copied by a reader";
        return StoreError(StoreError::Kind::Corrupt,
                          StoreError::tr("File: %1. This command only reads, so it made no copy; the collector (hubwatch poll, "
                                         "or the desktop app while it collects) saves one when it next opens the file. "
                                         "Problem: %2")
                              .arg(m_path, problem));
    }
    const QString backup = DamagedCopy::save(m_path);
    qCWarning(lcStore) << "damaged database" << m_path << problem << "backup:" << (backup.isEmpty() ? QStringLiteral("failed") : backup);
    return StoreError(StoreError::Kind::Corrupt,
                      !backup.isEmpty() ? StoreError::tr("File: %1. A copy was saved as %2. Problem: %3").arg(m_path, backup, problem)
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

} // namespace hubwatch
