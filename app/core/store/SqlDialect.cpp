#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hubwatch {

bool SqliteDialect::configure(QSqlDatabase &db, QString *error) const
{
    // WAL: readers (the desktop app, `status`) never block the poller's writes, and a crash
    // mid-write leaves the last committed poll intact.
    // synchronous=FULL: a poll that was reported committed survives a power cut, not only a
    // process crash. A poll commits once per several minutes, so the extra fsync costs nothing
    // that matters, and "no data ever lost" is the product's promise.
    // busy_timeout: readers and writers wait briefly for each other instead of failing.
    const char *pragmas[] = {
        "PRAGMA busy_timeout = 5000",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
    };
    for (const char *p : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(p))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool SqliteDialect::quickCheck(QSqlDatabase &db, QString *problem) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *problem = q.lastError().text();
        return false;
    }
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    if (lines == QStringList{QStringLiteral("ok")})
        return true;
    *problem = lines.mid(0, 3).join(QLatin1String("; "));
    return false;
}

qint64 SqliteDialect::insertedId(QSqlQuery &q) const
{
    return q.lastInsertId().toLongLong();
}

namespace {
bool execAll(QSqlDatabase &db, std::initializer_list<const char *> statements, QString *error)
{
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

bool PostgresDialect::configure(QSqlDatabase &db, QString *error) const
{
    // Notices and warnings ("there is no transaction in progress" after a rollback that the
    // server had already done) would go to stderr through libpq; errors come back as errors.
    // UTC so that nothing the server prints depends on where it runs (times are epoch ms anyway).
    return execAll(db, {"SET client_min_messages = error", "SET TIME ZONE 'UTC'"}, error);
}

bool PostgresDialect::configureReader(QSqlDatabase &db, QString *error) const
{
    // A desktop never writes the shared history: the server enforces it, not only our code.
    return configure(db, error) && execAll(db, {"SET default_transaction_read_only = on"}, error);
}

bool PostgresDialect::quickCheck(QSqlDatabase &db, QString *problem) const
{
    // The server keeps its own files consistent; what can be wrong is reaching it.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next()) {
        *problem = q.lastError().text();
        return false;
    }
    return true;
}

StoreError::Kind PostgresDialect::errorKind(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || state == QLatin1String("28P01") || state == QLatin1String("28000"))
        return StoreError::Kind::Unreachable;
    if (state == QLatin1String("53100"))
        return StoreError::Kind::DiskFull;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return StoreError::Kind::ReadOnly;
    if (state == QLatin1String("40P01") || state == QLatin1String("55P03") || state == QLatin1String("40001"))
        return StoreError::Kind::Locked;
    if (state.startsWith(QLatin1String("XX")))
        return StoreError::Kind::Corrupt;
    // A statement sent on a connection that has died has no SQLSTATE, only libpq's words.
    const QString text = error.text();
    if (state.isEmpty()
        && (text.contains(QLatin1String("server closed the connection")) || text.contains(QLatin1String("no connection to the server"))
            || text.contains(QLatin1String("terminating connection"))))
        return StoreError::Kind::Unreachable;
    return StoreError::Kind::Sql;
}

qint64 PostgresDialect::insertedId(QSqlQuery &q) const
{
    // The INSERT ran with RETURNING id; ON CONFLICT DO NOTHING returns no row (0: none added).
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hubwatch
