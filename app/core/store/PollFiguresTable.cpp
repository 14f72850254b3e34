#include "PollFiguresTable.h"

#include "HistoryStore.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace hubwatch {

QStringList PollFiguresTable::schema(const SqlDialect &d)
{
    // hot is compact JSON text (a few hundred bytes a poll), not rows: it is read whole or not at all.
    return {QStringLiteral("CREATE TABLE poll_figures (poll_id %1 PRIMARY KEY REFERENCES polls(id),"
                           " day_before_poll %1, growth_ref_poll %1, growth_delta %1 NOT NULL, hot TEXT NOT NULL)")
                .arg(d.bigint())};
}

StoreError PollFiguresTable::save(QSqlDatabase &db, const PollFiguresRow &row)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO poll_figures (poll_id, day_before_poll, growth_ref_poll, growth_delta, hot)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (poll_id) DO UPDATE SET day_before_poll = excluded.day_before_poll,"
                             " growth_ref_poll = excluded.growth_ref_poll, growth_delta = excluded.growth_delta, hot = excluded.hot"));
    const auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); };
    q.addBindValue(row.pollId);
    q.addBindValue(idOrNull(row.dayBeforePoll));
    q.addBindValue(idOrNull(row.growthRefPoll));
    q.addBindValue(row.growthDelta);
    q.addBindValue(QString::fromUtf8(row.hot));
    if (!q.exec())
        return HistoryStore::fromSqlError(q.lastError(), StoreError::tr("storing a poll's figures"));
    return StoreError();
}

StoreResult<PollFiguresRow> PollFiguresTable::read(QSqlDatabase &db, qint64 pollId)
{
    StoreResult<PollFiguresRow> r;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day_before_poll, growth_ref_poll, growth_delta, hot FROM poll_figures WHERE poll_id = ?"));
    q.addBindValue(pollId);
    if (!q.exec()) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading a poll's figures"));
        return r;
    }
    if (q.next())
        r.value = {pollId, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString().toUtf8()};
    return r;
}

QString PollFiguresTable::pruneStatement()
{
    return QStringLiteral("DELETE FROM poll_figures WHERE poll_id NOT IN (SELECT poll_id FROM aggregates)");
}

} // namespace hubwatch
