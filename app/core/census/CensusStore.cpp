#include "CensusStore.h"

#include "store/HistoryStore.h"
#include "store/StoreTransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hubwatch::CensusStore {

namespace {

qint64 known(qint64 count)
{
    return std::max<qint64>(count, 0); // RepoStats::Unknown counts as nothing
}

StoreError sqlError(const QSqlQuery &q, const QString &context)
{
    return HistoryStore::fromSqlError(q.lastError(), context);
}

QString context()
{
    return StoreError::tr("storing a census page");
}

struct Sums
{
    qint64 repos = 0;
    qint64 allTime = 0;
    qint64 downloads30d = 0;
    void add(const RepoStats &r)
    {
        ++repos;
        allTime += known(r.downloadsAllTime);
        downloads30d += known(r.downloads30d);
    }
};

// The dimensions a kind's listing shows: datasets have no pipeline or library.
QList<QPair<Dimension, QString>> labels(CensusKind kind, const RepoStats &r)
{
    if (kind == CensusKind::Space)
        return {};
    QList<QPair<Dimension, QString>> out{{Dimension::License, r.license}};
    if (kind == CensusKind::Model)
        out << qMakePair(Dimension::PipelineTag, r.pipelineTag) << qMakePair(Dimension::Library, r.libraryName);
    return out;
}

} // namespace

StoreResult<CensusState> load(HistoryStore &store, qint64 censusId)
{
    StoreResult<CensusState> r;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT status, started_at, finished_at FROM censuses WHERE id = ?"));
    q.addBindValue(censusId);
    if (!q.exec()) {
        r.error = sqlError(q, StoreError::tr("reading a census"));
        return r;
    }
    if (!q.next()) {
        r.error = StoreError(StoreError::Kind::InvalidInput, StoreError::tr("There is no census %1.").arg(censusId));
        return r;
    }
    CensusState &s = r.value;
    s.id = censusId;
    s.status = CensusState::Status(q.value(0).toInt());
    s.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    if (!q.value(2).isNull())
        s.finishedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    q.finish();
    q.prepare(QStringLiteral("SELECT kind, next_url, done, pages, requests, repos, all_time, d30 FROM census_kinds WHERE census_id = ?"));
    q.addBindValue(censusId);
    if (!q.exec()) {
        r.error = sqlError(q, StoreError::tr("reading a census"));
        return r;
    }
    while (q.next()) {
        const int kind = q.value(0).toInt();
        if (kind < 0 || kind >= CensusKindCount)
            continue;
        CensusKindState &k = s.kinds[size_t(kind)];
        k.next = q.value(1).isNull() ? QUrl() : QUrl(q.value(1).toString(), QUrl::StrictMode);
        k.done = q.value(2).toInt() != 0;
        k.pages = q.value(3).toLongLong();
        k.requests = q.value(4).toLongLong();
        k.repos = q.value(5).toLongLong();
        k.allTime = q.value(6).toLongLong();
        k.downloads30d = q.value(7).toLongLong();
    }
    return r;
}

StoreResult<CensusState> resumeOrStart(HistoryStore &store, const QDateTime &now, bool restart)
{
    QSqlDatabase &db = store.database();
    QSqlQuery find(db);
    QSqlQuery abandon(db);
    QSqlQuery forget(db);
    QSqlQuery create(db);
    QSqlQuery kinds(db);
    StoreTransaction tx(db);
    if (const StoreError e = tx.beginError(StoreError::tr("starting a census")); e.isError())
        return {CensusState{}, e};
    if (!find.exec(QStringLiteral("SELECT id FROM censuses WHERE status = 0 ORDER BY id DESC")))
        return {CensusState{}, sqlError(find, StoreError::tr("starting a census"))};
    QList<qint64> running;
    while (find.next())
        running << find.value(0).toLongLong();
    find.finish();
    if (!running.isEmpty() && !restart) {
        tx.rollback();
        return load(store, running.first());
    }
    for (const qint64 id : std::as_const(running)) {
        // Kept with its coverage, never mixed into the Hub-wide series; its ids are no longer needed.
        abandon.prepare(QStringLiteral("UPDATE censuses SET status = 2, finished_at = ? WHERE id = ?"));
        abandon.addBindValue(now.toMSecsSinceEpoch());
        abandon.addBindValue(id);
        forget.prepare(QStringLiteral("DELETE FROM census_seen WHERE census_id = ?"));
        forget.addBindValue(id);
        if (!abandon.exec())
            return {CensusState{}, sqlError(abandon, StoreError::tr("starting a census"))};
        if (!forget.exec())
            return {CensusState{}, sqlError(forget, StoreError::tr("starting a census"))};
    }
    create.prepare(QStringLiteral("INSERT INTO censuses (status, started_at) VALUES (0, ?)") + store.dialect().returningId());
    create.addBindValue(now.toMSecsSinceEpoch());
    if (!create.exec())
        return {CensusState{}, sqlError(create, StoreError::tr("starting a census"))};
    const qint64 id = store.dialect().insertedId(create);
    create.finish();
    kinds.prepare(QStringLiteral("INSERT INTO census_kinds (census_id, kind) VALUES (?, ?)"));
    for (int k = 0; k < CensusKindCount; ++k) {
        kinds.addBindValue(id);
        kinds.addBindValue(k);
        if (!kinds.exec())
            return {CensusState{}, sqlError(kinds, StoreError::tr("starting a census"))};
    }
    if (const StoreError e = tx.commit(StoreError::tr("starting a census")); e.isError())
        return {CensusState{}, e};
    return load(store, id);
}

StoreResult<CensusState> storePage(HistoryStore &store, qint64 censusId, const CensusPage &page)
{
    QSqlDatabase &db = store.database();
    const int kind = int(page.kind);
    QSqlQuery check(db);
    QSqlQuery seen(db);
    QSqlQuery breakdown(db);
    QSqlQuery advance(db);
    StoreTransaction tx(db);
    if (const StoreError e = tx.beginError(context()); e.isError())
        return {CensusState{}, e};
    check.prepare(QStringLiteral("SELECT k.done, c.status FROM census_kinds k JOIN censuses c ON c.id = k.census_id"
                                 " WHERE k.census_id = ? AND k.kind = ?"));
    check.addBindValue(censusId);
    check.addBindValue(kind);
    if (!check.exec())
        return {CensusState{}, sqlError(check, context())};
    if (!check.next() || check.value(0).toInt() != 0 || check.value(1).toInt() != int(CensusState::Status::Running))
        return {CensusState{}, StoreError(StoreError::Kind::InvalidInput, StoreError::tr("This part of the census is already finished."))};
    check.finish();

    // Only what this page adds: a repo already counted (the order shifted under the cursor, or
    // the page is read again after a stop) inserts nothing and adds nothing.
    seen.prepare(QStringLiteral("INSERT INTO census_seen (census_id, kind, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    Sums added;
    QHash<QPair<int, QString>, Sums> groups;
    for (const RepoStats &r : page.repos) {
        seen.addBindValue(censusId);
        seen.addBindValue(kind);
        seen.addBindValue(r.id);
        if (!seen.exec())
            return {CensusState{}, sqlError(seen, context())};
        if (seen.numRowsAffected() <= 0)
            continue;
        added.add(r);
        const auto dims = labels(page.kind, r);
        for (const auto &[dimension, label] : dims)
            groups[qMakePair(int(dimension), label)].add(r);
    }
    breakdown.prepare(
        QStringLiteral("INSERT INTO census_breakdowns (census_id, kind, dimension, label, repos, all_time, d30)"
                       " VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?) ON CONFLICT (census_id, kind, dimension, label) DO UPDATE SET"
                       " repos = census_breakdowns.repos + excluded.repos,"
                       " all_time = census_breakdowns.all_time + excluded.all_time,"
                       " d30 = census_breakdowns.d30 + excluded.d30"));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        breakdown.addBindValue(censusId);
        breakdown.addBindValue(kind);
        breakdown.addBindValue(it.key().first);
        breakdown.addBindValue(it.key().second);
        breakdown.addBindValue(it.value().repos);
        breakdown.addBindValue(it.value().allTime);
        breakdown.addBindValue(it.value().downloads30d);
        if (!breakdown.exec())
            return {CensusState{}, sqlError(breakdown, context())};
    }
    advance.prepare(QStringLiteral("UPDATE census_kinds SET next_url = ?, done = ?, pages = pages + 1, requests = requests + ?,"
                                   " repos = repos + ?, all_time = all_time + ?, d30 = d30 + ? WHERE census_id = ? AND kind = ?"));
    advance.addBindValue(page.next.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(page.next.toString(QUrl::FullyEncoded)));
    advance.addBindValue(page.next.isEmpty() ? 1 : 0);
    advance.addBindValue(qint64(page.requests));
    advance.addBindValue(added.repos);
    advance.addBindValue(added.allTime);
    advance.addBindValue(added.downloads30d);
    advance.addBindValue(censusId);
    advance.addBindValue(kind);
    if (!advance.exec())
        return {CensusState{}, sqlError(advance, context())};
    if (const StoreError e = tx.commit(context()); e.isError())
        return {CensusState{}, e};
    return load(store, censusId);
}

StoreResult<CensusState> finish(HistoryStore &store, qint64 censusId, const QDateTime &now)
{
    QSqlDatabase &db = store.database();
    const QString what = StoreError::tr("finishing a census");
    QSqlQuery mark(db);
    QSqlQuery forget(db);
    StoreTransaction tx(db);
    if (const StoreError e = tx.beginError(what); e.isError())
        return {CensusState{}, e};
    // Only a census whose every kind reached its last page is complete.
    mark.prepare(QStringLiteral("UPDATE censuses SET status = 1, finished_at = ? WHERE id = ? AND status = 0"
                                " AND NOT EXISTS (SELECT 1 FROM census_kinds WHERE census_id = ? AND done = 0)"));
    mark.addBindValue(now.toMSecsSinceEpoch());
    mark.addBindValue(censusId);
    mark.addBindValue(censusId);
    if (!mark.exec())
        return {CensusState{}, sqlError(mark, what)};
    if (mark.numRowsAffected() != 1)
        return {CensusState{}, StoreError(StoreError::Kind::InvalidInput, StoreError::tr("The census has parts still to walk."))};
    forget.prepare(QStringLiteral("DELETE FROM census_seen WHERE census_id = ?"));
    forget.addBindValue(censusId);
    if (!forget.exec())
        return {CensusState{}, sqlError(forget, what)};
    if (const StoreError e = tx.commit(what); e.isError())
        return {CensusState{}, e};
    return load(store, censusId);
}

StoreResult<QList<Breakdown>> breakdowns(HistoryStore &store, qint64 censusId)
{
    StoreResult<QList<Breakdown>> r;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT kind, dimension, label, repos, all_time, d30 FROM census_breakdowns WHERE census_id = ?"
                             " ORDER BY kind, dimension, all_time DESC, label"));
    q.addBindValue(censusId);
    if (!q.exec()) {
        r.error = sqlError(q, StoreError::tr("reading a census"));
        return r;
    }
    while (q.next()) {
        r.value.append(Breakdown{CensusKind(q.value(0).toInt()), Dimension(q.value(1).toInt()), q.value(2).toString(),
                                 q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    return r;
}

} // namespace hubwatch::CensusStore
