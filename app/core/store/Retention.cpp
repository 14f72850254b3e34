#include "Retention.h"

#include "CensusSamplesTable.h"
#include "LatestTable.h"
#include "PollFiguresTable.h"
#include "StoreTransaction.h"
#include "util/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hubwatch {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

struct Keyed
{
    qint64 key; // poll id
    Retention::Row row;
};

// One series to thin: read its old rows, delete those the rule drops. Counts into *removed;
// returns the error, if any.
QSqlError thin(QSqlQuery &select, QSqlQuery &remove, const QVariantList &selectArgs, const QVariantList &removePrefix, qint64 bucketMs,
               qint64 *removed)
{
    for (int i = 0; i < selectArgs.size(); ++i)
        select.bindValue(i, selectArgs[i]);
    if (!select.exec())
        return select.lastError();
    QList<Keyed> rows;
    while (select.next()) {
        const QVariant v = select.value(2);
        rows.append({select.value(0).toLongLong(),
                     {select.value(1).toLongLong(), v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong())}});
    }
    select.finish();
    QList<Retention::Row> series;
    series.reserve(rows.size());
    for (const Keyed &k : rows)
        series.append(k.row);
    const QList<bool> kept = Retention::keep(series, bucketMs);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (kept[i])
            continue;
        int b = 0;
        for (const QVariant &v : removePrefix)
            remove.bindValue(b++, v);
        remove.bindValue(b, rows[i].key);
        if (!remove.exec())
            return remove.lastError();
        ++*removed;
    }
    return QSqlError();
}

QList<qint64> ids(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<qint64> out;
    if (!q.exec(sql)) {
        *error = q.lastError();
        return out;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace

QList<bool> Retention::keep(const QList<Row> &rows, qint64 bucketMs)
{
    const qsizetype n = rows.size();
    QList<bool> kept(n, false);
    const auto bucket = [&](qsizetype i) { return floorDiv(rows[i].t, bucketMs); };
    for (qsizetype i = 0; i < n; ++i) {
        const std::optional<qint64> &v = rows[i].value;
        // First or last of its bucket, unknown, or next to an unknown: an unknown value splits the
        // series like a bucket edge, so what is kept does not depend on what was deleted.
        if (i == 0 || i + 1 == n || bucket(i) != bucket(i - 1) || bucket(i) != bucket(i + 1) || !v || !rows[i - 1].value
            || !rows[i + 1].value) {
            kept[i] = true;
            continue;
        }
        // A local extreme, judged against the nearest different values on either side; a
        // plateau counts once, at its first sample.
        const qint64 before = *rows[i - 1].value;
        if (before == *v)
            continue;
        qsizetype j = i + 1;
        while (j < n && rows[j].value && *rows[j].value == *v)
            ++j;
        if (j == n || !rows[j].value)
            continue;
        const qint64 after = *rows[j].value;
        kept[i] = (before < *v && after < *v) || (before > *v && after > *v);
    }
    return kept;
}

StoreResult<RetentionResult> Retention::compact(HistoryStore &store, int olderThanDays, Resolution resolution, const QDateTime &now)
{
    StoreResult<RetentionResult> result;
    if (olderThanDays < 0 || !now.isValid()) {
        result.error = StoreError(StoreError::Kind::InvalidInput, StoreError::tr("Compaction needs a time and a number of days."));
        return result;
    }
    QSqlDatabase &db = store.database();
    const qint64 bucketMs = resolution == Resolution::Hourly ? kHourMs : kDayMs;
    // Only whole buckets, so a bucket is never compacted half by one run and half by the next.
    const qint64 cutoff = floorDiv(now.toMSecsSinceEpoch() - qint64(olderThanDays) * kDayMs, bucketMs) * bucketMs;
    StoreTransaction tx(db);
    if (!tx.isActive()) {
        result.error = tx.beginError(StoreError::tr("starting compaction"));
        return result;
    }
    QSqlError failure;
    const auto fail = [&](const QSqlError &e) {
        tx.rollback(); // before the statements below are deallocated
        result.error = HistoryStore::fromSqlError(e, StoreError::tr("compacting the history"));
        result.value = {};
        qCWarning(lcStore) << "compaction rolled back:" << result.error.message();
        return result;
    };

    const QList<qint64> repos = ids(db, QStringLiteral("SELECT id FROM repos ORDER BY id"), &failure);
    if (failure.isValid())
        return fail(failure);
    QSqlQuery select(db), remove(db);
    select.setForwardOnly(true);
    // Storage order is poll order: the order in which change-only samples were written.
    if (!select.prepare(QStringLiteral("SELECT s.poll_id, p.finished_at, s.all_time FROM samples s JOIN polls p ON p.id = s.poll_id"
                                       " WHERE s.repo_id = ? AND p.finished_at < ? ORDER BY s.poll_id")))
        return fail(select.lastError());
    if (!remove.prepare(QStringLiteral("DELETE FROM samples WHERE repo_id = ? AND poll_id = ?")))
        return fail(remove.lastError());
    for (qint64 repo : repos) {
        failure = thin(select, remove, {repo, cutoff}, {repo}, bucketMs, &result.value.samplesRemoved);
        if (failure.isValid())
            return fail(failure);
    }

    const QList<qint64> scopes = ids(db, QStringLiteral("SELECT id FROM scopes ORDER BY id"), &failure);
    if (failure.isValid())
        return fail(failure);
    if (!select.prepare(QStringLiteral("SELECT a.poll_id, p.finished_at, a.total_all_time FROM aggregates a"
                                       " JOIN polls p ON p.id = a.poll_id WHERE p.scope_id = ? AND p.finished_at < ?"
                                       " ORDER BY a.poll_id")))
        return fail(select.lastError());
    if (!remove.prepare(QStringLiteral("DELETE FROM aggregates WHERE poll_id = ?")))
        return fail(remove.lastError());
    for (qint64 scope : scopes) {
        failure = thin(select, remove, {scope, cutoff}, {}, bucketMs, &result.value.aggregatesRemoved);
        if (failure.isValid())
            return fail(failure);
    }

    // A thinned poll's figures go with its aggregate.
    if (!remove.exec(PollFiguresTable::pruneStatement()))
        return fail(remove.lastError());

    if (!CensusSamplesTable::dropMonthsBefore(db, store.dialect(), now.toMSecsSinceEpoch() - qint64(olderThanDays) * kDayMs,
                                              &result.value.censusSamplesRemoved, &result.value.censusPartitionsDropped, &failure))
        return fail(failure);

    // Thinning may remove a repo's newest sample (one that left the scope long ago): recompute.
    QString latestError;
    if (!LatestTable::rebuild(db, &latestError))
        return fail(QSqlError(QString(), latestError, QSqlError::StatementError));
    if (tx.commit().isError())
        return fail(tx.sqlError());
    qCInfo(lcStore) << "compacted history older than" << olderThanDays << "days:" << result.value.samplesRemoved << "samples and"
                    << result.value.aggregatesRemoved << "aggregates and" << result.value.censusSamplesRemoved << "census samples removed";
    return result;
}

} // namespace hubwatch
