#pragma once

#include <QString>

class QSqlDatabase;

namespace hubwatch {

class SqlDialect;

// When opening a SQLite history pays for SQLite's quick_check, which reads every page (about
// 1 s on a year of history, growing with the file). Every open makes the checks that cost a few
// page reads (light); a writer adds the full check after an unclean shutdown and once a week.
// `hubwatch check` runs SQLite's integrity_check on demand.
class IntegrityCheck
{
public:
    // A writer's open: whether this file needs the full check now. Unclean: the last connection
    // did not close (a -wal file with content is left behind; a reader still open counts too,
    // which only costs a check). Due: no full check recorded in meta for a week.
    static bool writerShouldCheck(QSqlDatabase &db, const QString &path);
    // After a full check passed (writers only: meta is written).
    static void recordChecked(QSqlDatabase &db);
    // Every open: the header's page count against the file's size (a truncated copy) and
    // the first row of every table (their root pages). False with *problem when damaged.
    static bool light(QSqlDatabase &db, const QString &path, QString *problem);
    // Everything SQLite checks, for `hubwatch check`: "ok" or up to `limit` problems.
    static bool full(QSqlDatabase &db, QStringList *problems, int limit = 20);

    static constexpr int kDaysBetweenChecks = 7;
};

} // namespace hubwatch
