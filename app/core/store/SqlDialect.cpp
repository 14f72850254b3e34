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

} // namespace hubwatch
