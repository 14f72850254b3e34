#pragma once

#include <QList>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

namespace hubwatch {

class SqlDialect;

// latest_values (schema 5): each repo's newest sample (by poll time, then poll id), when it was
// seen last, kept up to date in the transaction of every write. "The latest figures of every
// repo" is then one read of a few thousand rows instead of a window over every sample (15 s on
// a year of 15-minute polls of 5,000 repos).
class LatestTable
{
public:
    // meta.poll_order: "time" while poll ids follow poll times (then the last sample at or
    // before a time is a seek on (repo_id, poll_id)), "mixed" once an import or a clock set back
    // added a poll older than an earlier one. Set by rebuild(), kept by recordPoll().
    static QString timeOrder() { return QStringLiteral("time"); }
    // The table, as a migration step creates it.
    static QStringList schema(const SqlDialect &dialect);
    // Recomputes the whole table from samples and presence, and poll_order: after migrating,
    // importing, copying or compacting, which change many repos at once and run rarely.
    static bool rebuild(QSqlDatabase &db, QString *error);
    // Recomputes one repo's row (or removes it when the repo has no samples): after a rename
    // moved history between repo ids.
    static bool refreshRepo(QSqlDatabase &db, qint64 repoId, QSqlError *error);
    // After a poll's samples and presence are written: the repos it saw (their ids) take their
    // new samples and the poll's time as last seen. Two set-based statements per poll.
    static bool recordPoll(QSqlDatabase &db, const SqlDialect &dialect, qint64 pollId, qint64 finishedAtMs, const QList<qint64> &repoIds,
                           QSqlError *error);
};

} // namespace hubwatch
