#include "CensusQueries.h"

#include "store/HistoryStore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hubwatch::CensusQueries {

namespace {
QDateTime utc(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

StoreError readError(const QSqlQuery &q)
{
    return HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading a census"));
}
} // namespace

StoreResult<QList<CensusState>> all(HistoryStore &store)
{
    StoreResult<QList<CensusState>> r;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT c.id, c.status, c.started_at, c.finished_at, k.kind, k.done, k.pages, k.requests, k.repos,"
                           " k.all_time, k.d30 FROM censuses c LEFT JOIN census_kinds k ON k.census_id = c.id ORDER BY c.id, k.kind"))) {
        r.error = readError(q);
        return r;
    }
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto at = index.constFind(id);
        if (at == index.cend()) {
            CensusState s;
            s.id = id;
            s.status = CensusState::Status(q.value(1).toInt());
            s.startedAt = utc(q.value(2));
            s.finishedAt = utc(q.value(3));
            r.value.append(s);
            at = index.insert(id, r.value.size() - 1);
        }
        if (q.value(4).isNull())
            continue;
        const int kind = q.value(4).toInt();
        if (kind < 0 || kind >= CensusKindCount)
            continue;
        CensusKindState &k = r.value[*at].kinds[size_t(kind)];
        k.done = q.value(5).toInt() != 0;
        k.pages = q.value(6).toLongLong();
        k.requests = q.value(7).toLongLong();
        k.repos = q.value(8).toLongLong();
        k.allTime = q.value(9).toLongLong();
        k.downloads30d = q.value(10).toLongLong();
    }
    return r;
}

StoreResult<QList<BreakdownPoint>> breakdownHistory(HistoryStore &store, CensusStore::Dimension dimension)
{
    StoreResult<QList<BreakdownPoint>> r;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // Licences are listed by models and datasets alike: one label, both kinds' downloads.
    q.prepare(QStringLiteral("SELECT c.id, c.finished_at, b.label, SUM(b.repos), SUM(b.all_time) FROM census_breakdowns b"
                             " JOIN censuses c ON c.id = b.census_id WHERE c.status = 1 AND b.dimension = ?"
                             " GROUP BY c.id, c.finished_at, b.label ORDER BY c.finished_at, c.id, SUM(b.all_time) DESC, b.label"));
    q.addBindValue(int(dimension));
    if (!q.exec()) {
        r.error = readError(q);
        return r;
    }
    while (q.next())
        r.value.append({q.value(0).toLongLong(), utc(q.value(1)), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong()});
    return r;
}

} // namespace hubwatch::CensusQueries
