#include "CensusSamplesTable.h"

#include "SqlDialect.h"

#include <QDateTime>

#include <algorithm>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace hubwatch::CensusSamplesTable {

namespace {

const QLatin1String kPrefix("census_samples_");

QDateTime monthOf(qint64 tMs)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(tMs, Qt::UTC).date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC);
}

bool run(QSqlQuery &q, QSqlError *error)
{
    if (q.exec())
        return true;
    *error = q.lastError();
    return false;
}

} // namespace

QStringList schema(const SqlDialect &d)
{
    const QString big = d.bigint();
    const QString table = QStringLiteral("CREATE TABLE census_samples (repo_id %1 NOT NULL, t %1 NOT NULL, all_time %1, d30 %1,"
                                         " PRIMARY KEY (repo_id, t))")
                              .arg(big);
    // The key includes t: PostgreSQL requires the partition key in every unique constraint.
    if (d.isServer())
        return {table + QStringLiteral(" PARTITION BY RANGE (t)")};
    return {table + d.compactTable()};
}

qint64 monthStart(qint64 tMs)
{
    return monthOf(tMs).toMSecsSinceEpoch();
}

qint64 monthEnd(qint64 tMs)
{
    return monthOf(tMs).addMonths(1).toMSecsSinceEpoch();
}

QString partitionName(qint64 tMs)
{
    return kPrefix + monthOf(tMs).toString(QStringLiteral("yyyyMM"));
}

bool ensurePartition(QSqlDatabase &db, const SqlDialect &dialect, qint64 tMs, QSqlError *error)
{
    if (!dialect.isServer())
        return true;
    const QString name = partitionName(tMs);
    // Look first: CREATE ... PARTITION OF locks the parent table even when the partition exists.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    q.addBindValue(name);
    if (!run(q, error))
        return false;
    if (q.next() && q.value(0).toBool())
        return true;
    q.finish();
    // Numbers and a name made here from a date: nothing from outside reaches this statement.
    // Not prepared: PostgreSQL prepares no DDL.
    if (q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 PARTITION OF census_samples FOR VALUES FROM (%2) TO (%3)")
                   .arg(name)
                   .arg(monthStart(tMs))
                   .arg(monthEnd(tMs))))
        return true;
    *error = q.lastError();
    return false;
}

QStringList partitions(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList out;
    q.prepare(QStringLiteral("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                             " WHERE i.inhparent = CAST('census_samples' AS regclass) ORDER BY c.relname"));
    if (!run(q, error))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool dropMonthsBefore(QSqlDatabase &db, const SqlDialect &dialect, qint64 cutoffMs, qint64 *samples, qint64 *partitionsDropped,
                      QSqlError *error)
{
    // Only months wholly before the cutoff: a month is never half dropped.
    const qint64 before = monthStart(cutoffMs);
    if (!dialect.isServer()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM census_samples WHERE t < ?"));
        q.addBindValue(before);
        if (!run(q, error))
            return false;
        *samples += std::max(0, q.numRowsAffected());
        return true;
    }
    const QStringList names = partitions(db, error);
    if (error->isValid())
        return false;
    for (const QString &name : names) {
        const QDate month = QDate::fromString(name.mid(kPrefix.size()) + QStringLiteral("01"), QStringLiteral("yyyyMMdd"));
        if (!month.isValid() || !name.startsWith(kPrefix))
            continue; // not one HubWatch made: left alone
        if (QDateTime(month, QTime(0, 0), Qt::UTC).addMonths(1).toMSecsSinceEpoch() > before)
            continue;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(name))) {
            *error = q.lastError();
            return false;
        }
        *samples += q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (!q.exec(QStringLiteral("DROP TABLE %1").arg(name))) {
            *error = q.lastError();
            return false;
        }
        ++*partitionsDropped;
    }
    return true;
}

} // namespace hubwatch::CensusSamplesTable
