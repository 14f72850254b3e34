#include "CensusStore.h"

#include "CensusLabels.h"

#include "store/CensusSamplesTable.h"
#include "store/HistoryStore.h"
#include "store/RowBatch.h"
#include "store/SqlDialect.h"
#include "store/SqlValues.h"
#include "store/StoreTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

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

// The dimensions a kind's listing shows: datasets have no pipeline, library or weights.
QList<QPair<Dimension, QString>> labels(CensusKind kind, const RepoStats &r)
{
    if (kind == CensusKind::Space)
        return {};
    QList<QPair<Dimension, QString>> out{{Dimension::License, r.license}, {Dimension::Author, CensusLabels::author(r.id)}};
    if (kind == CensusKind::Model)
        out << qMakePair(Dimension::PipelineTag, r.pipelineTag) << qMakePair(Dimension::Library, r.libraryName)
            << qMakePair(Dimension::WeightFormat, CensusLabels::weightFormat(r.tags));
    return out;
}

// "name is one of" a JSON array of names bound as one parameter: the page's repos in one
// statement, not one per repo.
QString nameIn(const SqlDialect &dialect)
{
    return dialect.isServer() ? QStringLiteral("name = ANY (ARRAY(SELECT json_array_elements_text(CAST(? AS json))))")
                              : QStringLiteral("name IN (SELECT value FROM json_each(?))");
}

QString nameArray(const QStringList &names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

// A repo's row in census_repos as the page found it.
struct Prior
{
    qint64 censusId = 0;
    qint64 allTime = RepoStats::Unknown;
    qint64 d30 = RepoStats::Unknown;
    QVariant prevCensusId;
    QVariant prevAllTime;
};

// The census an author breakdown is complete for keeps its top authors only. While it runs it
// keeps a row per author met so far: on disk, never in memory (each page adds only its own
// authors), at most one per repo and in practice one per several (about 50 bytes each).
bool pruneAuthors(QSqlDatabase &db, qint64 censusId, QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM census_breakdowns WHERE census_id = ? AND dimension = %1 AND (kind, label) IN"
                             " (SELECT kind, label FROM (SELECT kind, label, row_number() OVER (PARTITION BY kind"
                             " ORDER BY all_time DESC, label) AS rank FROM census_breakdowns WHERE census_id = ? AND dimension = %1) ranked"
                             " WHERE rank > %2)")
                  .arg(int(Dimension::Author))
                  .arg(TopAuthors));
    q.addBindValue(censusId);
    q.addBindValue(censusId);
    if (q.exec())
        return true;
    *error = q.lastError();
    return false;
}

// census_repos stays bounded by the repos of the last two complete censuses: when a census
// completes, a repo whose latest count is older than its base (so neither counted it) goes, with
// its samples (keyed by the row's id, which SQLite may give the next new repo). Growth never
// reads these rows again: this census matched against its base (census_id or prev_census_id is
// the base, never older), the next one matches against this census, and the vanished counts
// come from census_kinds. Part of finish's transaction: complete and pruned, or neither.
// Each statement scans census_repos once (about 0.6 s at 2.5 M repos); the samples are reached
// through their key. On PostgreSQL the ids go in as an array: with IN (subquery) the planner,
// blind to how few they are, hash-joins every sample of every month.
bool pruneVanished(QSqlDatabase &db, const SqlDialect &dialect, qint64 censusId, QSqlError *error)
{
    // No base (the first complete census): the comparison with NULL keeps every row.
    const QString older = QStringLiteral("census_id < (SELECT base_census_id FROM censuses WHERE id = ?)");
    const QString gone = QStringLiteral("SELECT id FROM census_repos WHERE ") + older;
    for (const QString &sql : {QStringLiteral("DELETE FROM census_samples WHERE repo_id ")
                                   + (dialect.isServer() ? QStringLiteral("= ANY (ARRAY(%1))") : QStringLiteral("IN (%1)")).arg(gone),
                               QStringLiteral("DELETE FROM census_repos WHERE ") + older}) {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(censusId);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

StoreResult<CensusState> load(HistoryStore &store, qint64 censusId)
{
    StoreResult<CensusState> r;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT status, started_at, finished_at, base_census_id FROM censuses WHERE id = ?"));
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
    s.baseCensusId = q.value(3).toLongLong();
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
        // Kept with its coverage, never mixed into the Hub-wide series, with its top authors only.
        abandon.prepare(QStringLiteral("UPDATE censuses SET status = 2, finished_at = ? WHERE id = ?"));
        abandon.addBindValue(now.toMSecsSinceEpoch());
        abandon.addBindValue(id);
        if (!abandon.exec())
            return {CensusState{}, sqlError(abandon, StoreError::tr("starting a census"))};
        QSqlError e;
        if (!pruneAuthors(db, id, &e))
            return {CensusState{}, HistoryStore::fromSqlError(e, StoreError::tr("starting a census"))};
    }
    // Its growth is measured against the latest complete census, if census_repos holds that
    // census's figures: one finished before the upgrade to schema 8 has none (its repos would all
    // look vanished, and every repo appeared), so the census after it has no base and its growth
    // is the difference of the two totals. The first row read usually answers (the latest
    // census counted most repos); the table is read whole only when it holds none of that
    // census's figures, as just after the upgrade, when it is empty.
    create.prepare(QStringLiteral("INSERT INTO censuses (status, started_at, base_census_id) VALUES (0, ?,"
                                  " (SELECT c.id FROM censuses c WHERE c.id = (SELECT max(id) FROM censuses WHERE status = 1)"
                                  " AND EXISTS (SELECT 1 FROM census_repos r WHERE r.census_id = c.id OR r.prev_census_id = c.id)))")
                   + store.dialect().returningId());
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

// Per repo, census_repos keeps the figures of the latest census that counted it and, in prev_*,
// those of the census before; a page reads its own repos' rows (one statement), works out in
// memory what the page adds (bounded by the page: at most PageSize rows), and writes back in
// multi-row statements. From the row as it was before this page:
//  - counted: census_id is this census — the repo was met before in this census and adds
//    nothing (this replaces schema 7's census_seen);
//  - growth: the repo's figure in the base census (census_id or prev_census_id is the base) makes
//    it matched, and adds both figures to the matched sums; otherwise it appeared. Those sums
//    live in this census's census_kinds row, so growth over the base is exact at 2.5 M repos
//    without a second copy of any census and without a scan at the end: the vanished are the
//    base's counts minus the matched. prev_* keeps the base's figure when a census that was later
//    abandoned overwrote it, so the census after still matches against the base.
//  - change-only samples: a sample only when the figures differ from the row's (whichever census
//    wrote them), or the repo is new.
// Growth is kept for each census against its own base only: any other pair would need every
// repo's figure in every census, which is what the samples would have to be scanned for.
StoreResult<CensusState> storePage(HistoryStore &store, qint64 censusId, const CensusPage &page)
{
    QSqlDatabase &db = store.database();
    const SqlDialect &dialect = store.dialect();
    const int kind = int(page.kind);
    QSqlQuery check(db);
    QSqlQuery existing(db);
    QSqlQuery sample(db);
    QSqlQuery breakdown(db);
    QSqlQuery advance(db);
    RowBatch repos(db, QStringLiteral("INSERT INTO census_repos (kind, name, census_id, all_time, d30, prev_census_id, prev_all_time)"), 7,
                   dialect.batchRows(),
                   QStringLiteral(" ON CONFLICT (kind, name) DO UPDATE SET census_id = excluded.census_id, all_time = excluded.all_time,"
                                  " d30 = excluded.d30, prev_census_id = excluded.prev_census_id, prev_all_time = excluded.prev_all_time"));
    StoreTransaction tx(db); // after the statements: rolled back before they are deallocated
    if (const StoreError e = tx.beginError(context()); e.isError())
        return {CensusState{}, e};
    check.prepare(QStringLiteral("SELECT k.done, c.status, c.started_at, c.base_census_id FROM census_kinds k"
                                 " JOIN censuses c ON c.id = k.census_id WHERE k.census_id = ? AND k.kind = ?"));
    check.addBindValue(censusId);
    check.addBindValue(kind);
    if (!check.exec())
        return {CensusState{}, sqlError(check, context())};
    if (!check.next() || check.value(0).toInt() != 0 || check.value(1).toInt() != int(CensusState::Status::Running))
        return {CensusState{}, StoreError(StoreError::Kind::InvalidInput, StoreError::tr("This part of the census is already finished."))};
    const qint64 startedAt = check.value(2).toLongLong();
    const qint64 base = check.value(3).toLongLong(); // 0: no base, every repo appeared
    check.finish();

    QStringList names;
    names.reserve(page.repos.size());
    for (const RepoStats &r : page.repos)
        names << r.id;
    QHash<QString, Prior> prior;
    if (!names.isEmpty()) {
        existing.prepare(QStringLiteral("SELECT name, census_id, all_time, d30, prev_census_id, prev_all_time FROM census_repos"
                                        " WHERE kind = ? AND ")
                         + nameIn(dialect));
        existing.addBindValue(kind);
        existing.addBindValue(nameArray(names));
        if (!existing.exec())
            return {CensusState{}, sqlError(existing, context())};
        while (existing.next()) {
            prior.insert(existing.value(0).toString(),
                         Prior{existing.value(1).toLongLong(), sqlvalues::orUnknown(existing.value(2)),
                               sqlvalues::orUnknown(existing.value(3)), existing.value(4), existing.value(5)});
        }
        existing.finish();
    }

    // Only what this page adds: a repo already counted (the order shifted under the cursor, or
    // the page is read again after a stop) adds nothing.
    Sums added;
    GrowthPart matched, appeared;
    QSet<QString> counted;
    QStringList changed;
    QHash<QPair<int, QString>, Sums> groups;
    for (const RepoStats &r : page.repos) {
        const auto p = prior.constFind(r.id);
        const bool seen = p != prior.constEnd();
        if ((seen && p->censusId == censusId) || counted.contains(r.id))
            continue;
        counted.insert(r.id);
        added.add(r);
        const auto dims = labels(page.kind, r);
        for (const auto &[dimension, label] : dims)
            groups[qMakePair(int(dimension), label)].add(r);

        const qint64 allTime = std::max<qint64>(r.downloadsAllTime, RepoStats::Unknown);
        const qint64 d30 = std::max<qint64>(r.downloads30d, RepoStats::Unknown);
        std::optional<qint64> before;
        if (seen && base > 0 && p->censusId == base)
            before = known(p->allTime);
        else if (seen && base > 0 && !p->prevCensusId.isNull() && p->prevCensusId.toLongLong() == base)
            before = known(sqlvalues::orUnknown(p->prevAllTime));
        if (before) {
            ++matched.repos;
            matched.earlierAllTime += *before;
            matched.laterAllTime += known(allTime);
        } else {
            ++appeared.repos;
            appeared.laterAllTime += known(allTime);
        }
        // Spaces have no figures to sample.
        if (page.kind != CensusKind::Space && (!seen || p->allTime != allTime || p->d30 != d30))
            changed << r.id;
        // The base's figure moves to prev_* when this census overwrites it; otherwise prev_* stays.
        const bool shift = seen && base > 0 && p->censusId == base;
        repos.add({kind, r.id, censusId, sqlvalues::orNull(allTime), sqlvalues::orNull(d30),
                   shift ? QVariant(p->censusId) : (seen ? p->prevCensusId : QVariant(QMetaType::fromType<qint64>())),
                   shift ? sqlvalues::orNull(p->allTime) : (seen ? p->prevAllTime : QVariant(QMetaType::fromType<qint64>()))});
    }
    QSqlError failure;
    if (!repos.flush(&failure))
        return {CensusState{}, HistoryStore::fromSqlError(failure, context())};
    if (!changed.isEmpty()) {
        if (!CensusSamplesTable::ensurePartition(db, dialect, startedAt, &failure))
            return {CensusState{}, HistoryStore::fromSqlError(failure, context())};
        // The figures just written, under the repos' ids (new repos got theirs above).
        sample.prepare(QStringLiteral("INSERT INTO census_samples (repo_id, t, all_time, d30) SELECT id, ?, all_time, d30"
                                      " FROM census_repos WHERE kind = ? AND %1 ON CONFLICT DO NOTHING")
                           .arg(nameIn(dialect)));
        sample.addBindValue(startedAt);
        sample.addBindValue(kind);
        sample.addBindValue(nameArray(changed));
        if (!sample.exec())
            return {CensusState{}, sqlError(sample, context())};
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
                                   " repos = repos + ?, all_time = all_time + ?, d30 = d30 + ?, matched_repos = matched_repos + ?,"
                                   " matched_before = matched_before + ?, matched_after = matched_after + ?,"
                                   " appeared_repos = appeared_repos + ?, appeared_all_time = appeared_all_time + ?"
                                   " WHERE census_id = ? AND kind = ?"));
    advance.addBindValue(page.next.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(page.next.toString(QUrl::FullyEncoded)));
    advance.addBindValue(page.next.isEmpty() ? 1 : 0);
    advance.addBindValue(qint64(page.requests));
    advance.addBindValue(added.repos);
    advance.addBindValue(added.allTime);
    advance.addBindValue(added.downloads30d);
    advance.addBindValue(matched.repos);
    advance.addBindValue(matched.earlierAllTime);
    advance.addBindValue(matched.laterAllTime);
    advance.addBindValue(appeared.repos);
    advance.addBindValue(appeared.laterAllTime);
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
    QSqlError e;
    if (!pruneAuthors(db, censusId, &e) || !pruneVanished(db, store.dialect(), censusId, &e))
        return {CensusState{}, HistoryStore::fromSqlError(e, what)};
    if (const StoreError committed = tx.commit(what); committed.isError())
        return {CensusState{}, committed};
    return load(store, censusId);
}

GrowthPart Growth::total(const std::array<GrowthPart, CensusKindCount> &parts)
{
    GrowthPart sum;
    for (const CensusKind k : {CensusKind::Model, CensusKind::Dataset}) {
        sum.repos += parts[size_t(k)].repos;
        sum.earlierAllTime += parts[size_t(k)].earlierAllTime;
        sum.laterAllTime += parts[size_t(k)].laterAllTime;
    }
    return sum;
}

StoreResult<Growth> growth(HistoryStore &store, qint64 laterCensusId)
{
    StoreResult<Growth> r;
    const auto later = load(store, laterCensusId);
    if (!later.ok())
        return {Growth{}, later.error};
    r.value.laterCensusId = laterCensusId;
    r.value.earlierCensusId = later.value.baseCensusId;
    CensusState earlier;
    if (later.value.baseCensusId > 0) {
        const auto e = load(store, later.value.baseCensusId);
        if (!e.ok())
            return {Growth{}, e.error};
        earlier = e.value;
    }
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT kind, matched_repos, matched_before, matched_after, appeared_repos, appeared_all_time"
                             " FROM census_kinds WHERE census_id = ?"));
    q.addBindValue(laterCensusId);
    if (!q.exec())
        return {Growth{}, sqlError(q, StoreError::tr("reading a census"))};
    while (q.next()) {
        const int k = q.value(0).toInt();
        if (k < 0 || k >= CensusKindCount)
            continue;
        GrowthPart &m = r.value.matched[size_t(k)];
        m = {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
        r.value.appeared[size_t(k)] = {q.value(4).toLongLong(), 0, q.value(5).toLongLong()};
        const CensusKindState &was = earlier.kinds[size_t(k)];
        r.value.vanished[size_t(k)] = {was.repos - m.repos, was.allTime - m.earlierAllTime, 0};
    }
    return r;
}

StoreResult<Growth> growth(HistoryStore &store, qint64 earlierCensusId, qint64 laterCensusId)
{
    StoreResult<Growth> r = growth(store, laterCensusId);
    if (r.ok() && r.value.earlierCensusId != earlierCensusId) {
        const qint64 base = r.value.earlierCensusId;
        r.value = Growth{};
        r.error = StoreError(
            StoreError::Kind::InvalidInput,
            StoreError::tr("Census %1 is measured against census %2, not %3.").arg(laterCensusId).arg(base).arg(earlierCensusId));
    }
    return r;
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
