#pragma once

#include <QSqlError>
#include <QStringList>

class QSqlDatabase;

namespace hubwatch {

class SqlDialect;

// census_samples (schema 8): a repo's census figures, written only when they changed since its
// previous census. Keyed by (repo_id, t), t being the census's start in ms (UTC), so a whole
// census lands in one month. On PostgreSQL the table is partitioned by month (declarative
// RANGE partitioning on t): a month's partition is created on demand, before the first page
// of that month writes to it, and retention drops whole partitions instead of deleting rows.
// On SQLite it is a plain table and retention deletes the same months' rows.
namespace CensusSamplesTable {

QStringList schema(const SqlDialect &dialect);
// The UTC month holding t, as [start, end) in ms.
qint64 monthStart(qint64 tMs);
qint64 monthEnd(qint64 tMs);
// "census_samples_202612": the partition of the month holding t.
QString partitionName(qint64 tMs);
// PostgreSQL: creates the partition of t's month unless it exists (inside the caller's
// transaction); SQLite: nothing to do.
bool ensurePartition(QSqlDatabase &db, const SqlDialect &dialect, qint64 tMs, QSqlError *error);
// Removes every sample of a month that ended at or before cutoffMs: whole partitions on
// PostgreSQL (DROP TABLE), the same rows on SQLite. Adds the samples removed and (PostgreSQL)
// the partitions dropped to the counts.
bool dropMonthsBefore(QSqlDatabase &db, const SqlDialect &dialect, qint64 cutoffMs, qint64 *samples, qint64 *partitionsDropped,
                      QSqlError *error);
// PostgreSQL: the partitions that exist, oldest first (for tests and diagnostics).
QStringList partitions(QSqlDatabase &db, QSqlError *error);

} // namespace CensusSamplesTable

} // namespace hubwatch
