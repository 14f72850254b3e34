#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QStringList>

class QSqlDatabase;

namespace hubwatch {

class SqlDialect;

// What one complete poll measured against the poll about a day before it, as the report code
// worked it out right after storing (schema 6). The report's growth, projection and hot
// categories then read a few of these rows instead of comparing snapshots of every tracked
// repo at several times (a year of 15-minute polls of 5,000 repos: 4 to 13 snapshots, 0.3 s).
struct PollFiguresRow
{
    qint64 pollId = 0;
    qint64 dayBeforePoll = 0; // the last complete poll a day or more earlier; 0 if none
    qint64 growthRefPoll = 0; // what growth was measured against: dayBeforePoll, else the first poll
    qint64 growthDelta = 0;   // downloads added by the repos in both polls (see Velocity)
    QByteArray hot;           // the top models' velocity by pipeline tag, as report/PollFigures writes it
};

// The table and its rows. The figures are derived data: a missing row (an older history, a
// reader of one) is computed from the samples again by the report code.
class PollFiguresTable
{
public:
    static QStringList schema(const SqlDialect &dialect);
    // Writes (or replaces) one row. The caller holds the write transaction if it wants one.
    static StoreError save(QSqlDatabase &db, const PollFiguresRow &row);
    // pollId 0 in the answer when the poll has no row (or the schema predates the table).
    static StoreResult<PollFiguresRow> read(QSqlDatabase &db, qint64 pollId);
    // Drops the rows of polls whose aggregate compaction removed: thinned like the aggregates.
    static QString pruneStatement();
};

} // namespace hubwatch
