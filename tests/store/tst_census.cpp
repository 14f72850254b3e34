// The census's store (issue 17), on SQLite and PostgreSQL (ctest runs both):
// - a page adds exactly its repos' figures to the sums and to the breakdowns by pipeline tag,
//   library and licence;
// - a repo met twice (an overlapping page, or the same page fetched again after a stop) counts once;
// - a page is one transaction: a write that fails midway leaves neither its repos, its sums nor
//   the cursor, and the page stored again afterwards counts exactly once;
// - an unfinished census is resumed (from another connection: a new process) at its cursor,
//   --restart keeps it as partial, and only a census whose every kind is done is complete;
// - schema 8: each repo's latest figures; growth over the repos in both censuses, apart from
//   those that appeared and vanished, exact even past an abandoned census; change-only samples;
//   author (top 100 once finished) and weight-format breakdowns; retention drops old months of
//   samples (on PostgreSQL, their partitions, made per month on demand); migrate copies it all;
// - a schema-7 history's census under way is kept as partial by the upgrade, with its coverage;
//   the next census has no base (the schema-7 census kept no per-repo figures), the one after does;
// - census_repos is bounded: a repo counted by neither of the last two complete censuses loses
//   its row and samples when the second completes, in the same transaction, growth unchanged.
#include "RobustnessSupport.h"
#include "TestBackend.h"

#include "census/CensusStore.h"
#include "report/CensusFigures.h"
#include "store/CensusSamplesTable.h"
#include "store/HistoryCopy.h"
#include "store/HistoryStore.h"
#include "store/Migrations.h"
#include "store/Retention.h"
#include "store/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hubwatch;

namespace {

const QDateTime kStart(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC);

RepoStats model(const QString &id, qint64 allTime, qint64 d30, const QString &pipeline, const QString &library, const QString &license)
{
    RepoStats r;
    r.kind = RepoKind::Model;
    r.id = id;
    r.downloadsAllTime = allTime;
    r.downloads30d = d30;
    r.pipelineTag = pipeline;
    r.libraryName = library;
    r.license = license;
    return r;
}

CensusPage page(CensusKind kind, const RepoStatsList &repos, const QString &next, int requests = 1)
{
    CensusPage p;
    p.kind = kind;
    p.repos = repos;
    p.next = next.isEmpty() ? QUrl() : QUrl(next);
    p.requests = requests;
    return p;
}

const RepoStatsList &firstPage()
{
    static const RepoStatsList repos{
        model(QStringLiteral("a/one"), 1000, 100, QStringLiteral("text-generation"), QStringLiteral("transformers"), QStringLiteral("mit")),
        model(QStringLiteral("a/two"), 500, 50, QStringLiteral("text-generation"), QStringLiteral("gguf"), QString()),
        model(QStringLiteral("b/three"), 20, 2, QString(), QStringLiteral("transformers"), QStringLiteral("apache-2.0")),
    };
    return repos;
}

// Overlaps firstPage(): a/two and b/three again (the order shifted under the cursor), b/four new.
const RepoStatsList &overlappingPage()
{
    static const RepoStatsList repos{
        model(QStringLiteral("a/two"), 500, 50, QStringLiteral("text-generation"), QStringLiteral("gguf"), QString()),
        model(QStringLiteral("b/three"), 20, 2, QString(), QStringLiteral("transformers"), QStringLiteral("apache-2.0")),
        model(QStringLiteral("b/four"), 7, RepoStats::Unknown, QStringLiteral("fill-mask"), QString(), QStringLiteral("mit")),
    };
    return repos;
}

qint64 count(HistoryStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

bool exec(HistoryStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (q.exec(sql))
        return true;
    qWarning() << sql << q.lastError().text();
    return false;
}

const CensusStore::Breakdown *find(const QList<CensusStore::Breakdown> &rows, CensusStore::Dimension d, const QString &label)
{
    for (const CensusStore::Breakdown &b : rows) {
        if (b.kind == CensusKind::Model && b.dimension == d && b.label == label)
            return &b;
    }
    return nullptr;
}

// A whole census of the given models and datasets (and one space), begun at `start`.
qint64 wholeCensus(HistoryStore &store, const QDateTime &start, const RepoStatsList &models, const RepoStatsList &datasets,
                   bool complete = true)
{
    const auto begun = CensusStore::resumeOrStart(store, start, false);
    if (!begun.ok())
        return -1;
    const qint64 id = begun.value.id;
    RepoStats space;
    space.id = QStringLiteral("c/space");
    if (!CensusStore::storePage(store, id, page(CensusKind::Model, models, QString())).ok()
        || !CensusStore::storePage(store, id, page(CensusKind::Dataset, datasets, QString())).ok()
        || !CensusStore::storePage(store, id, page(CensusKind::Space, {space}, QString())).ok())
        return -1;
    if (complete && !CensusStore::finish(store, id, start.addSecs(600)).ok())
        return -1;
    return id;
}

RepoStats dataset(const QString &id, qint64 allTime, qint64 d30)
{
    RepoStats r = model(id, allTime, d30, QString(), QString(), QString());
    r.kind = RepoKind::Dataset;
    return r;
}

// The second census: a/one grew, a/two did not change, b/three vanished, b/four appeared;
// the dataset grew.
const RepoStatsList &secondModels()
{
    static const RepoStatsList repos{
        model(QStringLiteral("a/one"), 1100, 110, QStringLiteral("text-generation"), QStringLiteral("transformers"), QStringLiteral("mit")),
        model(QStringLiteral("a/two"), 500, 50, QStringLiteral("text-generation"), QStringLiteral("gguf"), QString()),
        model(QStringLiteral("b/four"), 7, 7, QStringLiteral("fill-mask"), QString(), QStringLiteral("mit")),
    };
    return repos;
}

void checkGrowth(const CensusStore::Growth &g)
{
    const auto &m = g.matched[size_t(CensusKind::Model)];
    QCOMPARE(m.repos, 2); // a/one and a/two
    QCOMPARE(m.earlierAllTime, 1500);
    QCOMPARE(m.laterAllTime, 1600);
    const auto &a = g.appeared[size_t(CensusKind::Model)];
    QCOMPARE(a.repos, 1); // b/four
    QCOMPARE(a.laterAllTime, 7);
    const auto &v = g.vanished[size_t(CensusKind::Model)];
    QCOMPARE(v.repos, 1); // b/three
    QCOMPARE(v.earlierAllTime, 20);
    const auto &d = g.matched[size_t(CensusKind::Dataset)];
    QCOMPARE(d.repos, 1);
    QCOMPARE(d.earlierAllTime, 10);
    QCOMPARE(d.laterAllTime, 15);
    QCOMPARE(g.matched[size_t(CensusKind::Space)].repos, 1);
    const auto total = CensusStore::Growth::total(g.matched);
    QCOMPARE(total.repos, 3);
    QCOMPARE(total.laterAllTime - total.earlierAllTime, 105);
}

} // namespace

class TestCensus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aPageAddsItsFiguresAndBreakdowns();
    void aRepoMetTwiceCountsOnce();
    void aPageIsOneTransaction();
    void anUnfinishedCensusResumesAtItsCursor();
    void restartKeepsTheUnfinishedOneAsPartial();
    void completeOnlyWhenEveryKindIsDone();
    void growthOverReposInBoth();
    void anAbandonedCensusLeavesGrowthExact();
    void aVanishedRepoLeavesAfterTwoCensuses();
    void aSchema7CensusUnderWayIsKeptAsPartial();
    void samplesOnlyWhenFiguresChange();
    void authorAndWeightFormatBreakdowns();
    void retentionDropsOldCensusMonths();
    void migrateCopiesTheCensus();

private:
    std::unique_ptr<HistoryStore> open();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

void TestCensus::initTestCase()
{
    QString error;
    QVERIFY2(test::TestBackend::instance().prepare(&error), qPrintable(error));
    qInfo("backend: %s", qPrintable(test::TestBackend::instance().name()));
}

void TestCensus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = test::TestBackend::instance().newHistory(m_dir->filePath(QStringLiteral("history.sqlite")));
}

void TestCensus::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<HistoryStore> TestCensus::open()
{
    auto store = std::make_unique<HistoryStore>();
    const StoreError e = store->open(m_location);
    if (e.isError()) {
        qWarning() << "cannot open the test history:" << e.message();
        return {};
    }
    return store;
}

void TestCensus::aPageAddsItsFiguresAndBreakdowns()
{
    auto store = open();
    QVERIFY(store);
    const auto begun = CensusStore::resumeOrStart(*store, kStart, false);
    QVERIFY2(begun.ok(), qPrintable(begun.error.message()));
    QCOMPARE(begun.value.status, CensusState::Status::Running);
    QCOMPARE(begun.value.startedAt, kStart);
    QCOMPARE(begun.value.nextKind(), int(CensusKind::Model));

    const auto r = CensusStore::storePage(*store, begun.value.id, page(CensusKind::Model, firstPage(), QStringLiteral("http://hub/p2"), 3));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    const CensusKindState &m = r.value.kind(CensusKind::Model);
    QCOMPARE(m.repos, 3);
    QCOMPARE(m.allTime, 1520);
    QCOMPARE(m.downloads30d, 152);
    QCOMPARE(m.pages, 1);
    QCOMPARE(m.requests, 3);
    QCOMPARE(m.next, QUrl(QStringLiteral("http://hub/p2")));
    QVERIFY(!m.done);
    QCOMPARE(r.value.totalAllTime(), 1520);

    const auto rows = CensusStore::breakdowns(*store, begun.value.id);
    QVERIFY(rows.ok());
    using D = CensusStore::Dimension;
    const auto *tg = find(rows.value, D::PipelineTag, QStringLiteral("text-generation"));
    QVERIFY(tg);
    QCOMPARE(tg->repos, 2);
    QCOMPARE(tg->allTime, 1500);
    QCOMPARE(tg->downloads30d, 150);
    const auto *noTag = find(rows.value, D::PipelineTag, QString());
    QVERIFY(noTag);
    QCOMPARE(noTag->allTime, 20);
    const auto *transformers = find(rows.value, D::Library, QStringLiteral("transformers"));
    QVERIFY(transformers);
    QCOMPARE(transformers->repos, 2);
    QCOMPARE(transformers->allTime, 1020);
    const auto *mit = find(rows.value, D::License, QStringLiteral("mit"));
    QVERIFY(mit);
    QCOMPARE(mit->repos, 1);
    QCOMPARE(mit->allTime, 1000);
    // Each dimension adds up to the kind's totals.
    for (D d : {D::PipelineTag, D::Library, D::License}) {
        qint64 repos = 0, allTime = 0, d30 = 0;
        for (const auto &b : rows.value) {
            if (b.dimension == d) {
                repos += b.repos;
                allTime += b.allTime;
                d30 += b.downloads30d;
            }
        }
        QCOMPARE(repos, 3);
        QCOMPARE(allTime, 1520);
        QCOMPARE(d30, 152);
    }
}

void TestCensus::aRepoMetTwiceCountsOnce()
{
    auto store = open();
    QVERIFY(store);
    const qint64 id = CensusStore::resumeOrStart(*store, kStart, false).value.id;
    QVERIFY(id > 0);
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Model, firstPage(), QStringLiteral("http://hub/p2"))).ok());
    // The same page again, as after a stop between its fetch and the next: it adds nothing.
    auto again = CensusStore::storePage(*store, id, page(CensusKind::Model, firstPage(), QStringLiteral("http://hub/p2")));
    QVERIFY2(again.ok(), qPrintable(again.error.message()));
    QCOMPARE(again.value.kind(CensusKind::Model).repos, 3);
    QCOMPARE(again.value.kind(CensusKind::Model).allTime, 1520);
    QCOMPARE(again.value.kind(CensusKind::Model).pages, 2); // it was fetched twice: pages and requests say so
    // An overlapping page: only b/four is new (its unknown 30-day count adds nothing).
    auto overlap = CensusStore::storePage(*store, id, page(CensusKind::Model, overlappingPage(), QString()));
    QVERIFY(overlap.ok());
    const CensusKindState &m = overlap.value.kind(CensusKind::Model);
    QCOMPARE(m.repos, 4);
    QCOMPARE(m.allTime, 1527);
    QCOMPARE(m.downloads30d, 152);
    QVERIFY(m.done);
    const auto rows = CensusStore::breakdowns(*store, id);
    const auto *tg = find(rows.value, CensusStore::Dimension::PipelineTag, QStringLiteral("text-generation"));
    QVERIFY(tg);
    QCOMPARE(tg->repos, 2);
    QCOMPARE(tg->allTime, 1500);
    const auto *mit = find(rows.value, CensusStore::Dimension::License, QStringLiteral("mit"));
    QCOMPARE(mit->repos, 2);
    QCOMPARE(mit->allTime, 1007);
    // The same id in another kind is another repo.
    RepoStatsList sameName = firstPage().mid(0, 1);
    sameName[0].kind = RepoKind::Dataset;
    auto dataset = CensusStore::storePage(*store, id, page(CensusKind::Dataset, sameName, QString()));
    QVERIFY(dataset.ok());
    QCOMPARE(dataset.value.kind(CensusKind::Dataset).repos, 1);
    QCOMPARE(dataset.value.totalAllTime(), 2527);
}

void TestCensus::aPageIsOneTransaction()
{
    auto store = open();
    QVERIFY(store);
    const qint64 id = CensusStore::resumeOrStart(*store, kStart, false).value.id;
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Model, firstPage(), QStringLiteral("http://hub/p2"))).ok());
    // The cursor's update is the page's last write: make it fail, after its repos and breakdowns went in.
    const bool pg = test::TestBackend::instance().isPostgres();
    if (pg) {
        QVERIFY(exec(*store,
                     QStringLiteral("CREATE FUNCTION census_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$"
                                    " LANGUAGE plpgsql")));
        QVERIFY(exec(*store,
                     QStringLiteral("CREATE TRIGGER census_fail BEFORE UPDATE ON census_kinds FOR EACH ROW"
                                    " EXECUTE FUNCTION census_fail()")));
    } else {
        QVERIFY(exec(*store,
                     QStringLiteral("CREATE TRIGGER census_fail BEFORE UPDATE ON census_kinds"
                                    " BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    }
    const auto failed = CensusStore::storePage(*store, id, page(CensusKind::Model, overlappingPage(), QStringLiteral("http://hub/p3")));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error.message().contains(QLatin1String("injected")), qPrintable(failed.error.message()));
    QVERIFY(exec(*store, pg ? QStringLiteral("DROP TRIGGER census_fail ON census_kinds") : QStringLiteral("DROP TRIGGER census_fail")));

    const auto state = CensusStore::load(*store, id);
    QVERIFY(state.ok());
    const CensusKindState &m = state.value.kind(CensusKind::Model);
    QCOMPARE(m.next, QUrl(QStringLiteral("http://hub/p2")));
    QCOMPARE(m.pages, 1);
    QCOMPARE(m.repos, 3);
    QCOMPARE(m.allTime, 1520);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_repos WHERE name = 'b/four'")), 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_samples")), 3);
    QCOMPARE(count(*store, QStringLiteral("SELECT repos FROM census_breakdowns WHERE dimension = 2 AND label = 'mit'")), 1);
    // Stored again, it counts exactly once.
    const auto retried = CensusStore::storePage(*store, id, page(CensusKind::Model, overlappingPage(), QStringLiteral("http://hub/p3")));
    QVERIFY2(retried.ok(), qPrintable(retried.error.message()));
    QCOMPARE(retried.value.kind(CensusKind::Model).repos, 4);
    QCOMPARE(retried.value.kind(CensusKind::Model).allTime, 1527);
    QCOMPARE(count(*store, QStringLiteral("SELECT repos FROM census_breakdowns WHERE dimension = 2 AND label = 'mit'")), 2);
}

void TestCensus::anUnfinishedCensusResumesAtItsCursor()
{
    qint64 id = 0;
    {
        auto store = open();
        QVERIFY(store);
        id = CensusStore::resumeOrStart(*store, kStart, false).value.id;
        QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Model, firstPage(), QString())).ok());
        QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Dataset, {}, QStringLiteral("http://hub/datasets?cursor=x%2By"))).ok());
    } // the process ends here
    auto store = open();
    QVERIFY(store);
    const auto resumed = CensusStore::resumeOrStart(*store, kStart.addSecs(3600), false);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed.value.id, id);
    QCOMPARE(resumed.value.startedAt, kStart);
    QCOMPARE(resumed.value.nextKind(), int(CensusKind::Dataset));
    // The cursor comes back byte for byte: it is opaque and followed verbatim.
    QCOMPARE(resumed.value.kind(CensusKind::Dataset).next.toString(QUrl::FullyEncoded), QStringLiteral("http://hub/datasets?cursor=x%2By"));
    QCOMPARE(resumed.value.kind(CensusKind::Model).repos, 3);
    QCOMPARE(resumed.value.totalAllTime(), 1520);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM censuses")), 1);
}

void TestCensus::restartKeepsTheUnfinishedOneAsPartial()
{
    auto store = open();
    QVERIFY(store);
    const qint64 first = CensusStore::resumeOrStart(*store, kStart, false).value.id;
    QVERIFY(CensusStore::storePage(*store, first, page(CensusKind::Model, firstPage(), QStringLiteral("http://hub/p2"))).ok());
    const auto restarted = CensusStore::resumeOrStart(*store, kStart.addSecs(60), true);
    QVERIFY2(restarted.ok(), qPrintable(restarted.error.message()));
    QVERIFY(restarted.value.id != first);
    QCOMPARE(restarted.value.pages(), 0);
    QCOMPARE(restarted.value.totalAllTime(), 0);
    const auto old = CensusStore::load(*store, first);
    QCOMPARE(old.value.status, CensusState::Status::Partial);
    QCOMPARE(old.value.finishedAt, kStart.addSecs(60));
    QCOMPARE(old.value.kind(CensusKind::Model).repos, 3); // its coverage is kept
    // Its repos' figures stay the latest census figures until another census counts them.
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_repos WHERE census_id = %1").arg(first)), 3);
    // A partial census takes no more pages, and the new one counts its repos afresh.
    QVERIFY(!CensusStore::storePage(*store, first, page(CensusKind::Model, overlappingPage(), QString())).ok());
    const auto fresh = CensusStore::storePage(*store, restarted.value.id, page(CensusKind::Model, firstPage(), QString()));
    QCOMPARE(fresh.value.kind(CensusKind::Model).repos, 3);
}

void TestCensus::completeOnlyWhenEveryKindIsDone()
{
    auto store = open();
    QVERIFY(store);
    const qint64 id = CensusStore::resumeOrStart(*store, kStart, false).value.id;
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Model, firstPage(), QString())).ok());
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Dataset, {}, QString())).ok());
    QVERIFY(!CensusStore::finish(*store, id, kStart.addSecs(10)).ok()); // spaces still to walk
    QCOMPARE(CensusStore::load(*store, id).value.status, CensusState::Status::Running);
    // A finished kind takes no more pages.
    QVERIFY(!CensusStore::storePage(*store, id, page(CensusKind::Model, overlappingPage(), QString())).ok());
    QCOMPARE(CensusStore::load(*store, id).value.kind(CensusKind::Model).repos, 3);

    RepoStats space;
    space.id = QStringLiteral("c/space");
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Space, {space}, QString())).ok());
    const auto done = CensusStore::finish(*store, id, kStart.addSecs(20));
    QVERIFY2(done.ok(), qPrintable(done.error.message()));
    QVERIFY(done.value.isComplete());
    QCOMPARE(done.value.finishedAt, kStart.addSecs(20));
    QCOMPARE(done.value.kind(CensusKind::Space).repos, 1);
    QCOMPARE(done.value.totalAllTime(), 1520); // spaces have no downloads
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_repos WHERE census_id = %1").arg(id)), 4);
    // The next census is a new one.
    const auto next = CensusStore::resumeOrStart(*store, kStart.addDays(1), false);
    QVERIFY(next.value.id != id);
    QCOMPARE(next.value.status, CensusState::Status::Running);
}

void TestCensus::growthOverReposInBoth()
{
    auto store = open();
    QVERIFY(store);
    const qint64 first = wholeCensus(*store, kStart, firstPage(), {dataset(QStringLiteral("d/x"), 10, 1)});
    QVERIFY(first > 0);
    QCOMPARE(CensusStore::load(*store, first).value.baseCensusId, 0);
    const qint64 second = wholeCensus(*store, kStart.addDays(1), secondModels(), {dataset(QStringLiteral("d/x"), 15, 2)});
    QVERIFY(second > 0);
    QCOMPARE(CensusStore::load(*store, second).value.baseCensusId, first);
    const auto g = CensusStore::growth(*store, first, second);
    QVERIFY2(g.ok(), qPrintable(g.error.message()));
    QCOMPARE(g.value.earlierCensusId, first);
    checkGrowth(g.value);
    // The pieces add up to both censuses' totals.
    const CensusState a = CensusStore::load(*store, first).value, b = CensusStore::load(*store, second).value;
    const auto sum = [](const CensusStore::GrowthPart &x, const CensusStore::GrowthPart &y, const CensusStore::GrowthPart &z, bool later) {
        return later ? x.laterAllTime + y.laterAllTime + z.laterAllTime : x.earlierAllTime + y.earlierAllTime + z.earlierAllTime;
    };
    QCOMPARE(sum(CensusStore::Growth::total(g.value.matched), CensusStore::Growth::total(g.value.appeared),
                 CensusStore::Growth::total(g.value.vanished), false),
             a.totalAllTime());
    QCOMPARE(sum(CensusStore::Growth::total(g.value.matched), CensusStore::Growth::total(g.value.appeared),
                 CensusStore::Growth::total(g.value.vanished), true),
             b.totalAllTime());
    // Only a census's own base is kept: any other pair is refused, not made up.
    QVERIFY(!CensusStore::growth(*store, second, first).ok());
    // Each repo's latest figures.
    QCOMPARE(count(*store, QStringLiteral("SELECT all_time FROM census_repos WHERE kind = 0 AND name = 'a/one'")), 1100);
    QCOMPARE(count(*store, QStringLiteral("SELECT census_id FROM census_repos WHERE kind = 0 AND name = 'b/three'")), first);
}

void TestCensus::anAbandonedCensusLeavesGrowthExact()
{
    auto store = open();
    QVERIFY(store);
    const qint64 first = wholeCensus(*store, kStart, firstPage(), {dataset(QStringLiteral("d/x"), 10, 1)});
    QVERIFY(first > 0);
    // A census that overwrote a/one and a/two with other figures, then was abandoned.
    const qint64 abandoned = CensusStore::resumeOrStart(*store, kStart.addSecs(3600), false).value.id;
    RepoStatsList odd = firstPage().mid(0, 2);
    odd[0].downloadsAllTime = 1050;
    odd[1].downloadsAllTime = 9999;
    QVERIFY(CensusStore::storePage(*store, abandoned, page(CensusKind::Model, odd, QStringLiteral("http://hub/p2"))).ok());
    const auto restarted = CensusStore::resumeOrStart(*store, kStart.addDays(1), true);
    QVERIFY(restarted.ok());
    QCOMPARE(restarted.value.baseCensusId, first); // a partial census is no base
    const qint64 id = restarted.value.id;
    RepoStats space;
    space.id = QStringLiteral("c/space");
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Model, secondModels(), QString())).ok());
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Dataset, {dataset(QStringLiteral("d/x"), 15, 2)}, QString())).ok());
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Space, {space}, QString())).ok());
    QVERIFY(CensusStore::finish(*store, id, kStart.addDays(1).addSecs(60)).ok());
    const auto g = CensusStore::growth(*store, first, id);
    QVERIFY2(g.ok(), qPrintable(g.error.message()));
    checkGrowth(g.value); // against the first census's figures, not the abandoned one's
}

// Every census's totals and its growth over its base, as one text to compare.
QStringList censusFigures(HistoryStore &store, const QList<qint64> &ids)
{
    QStringList out;
    for (const qint64 id : ids) {
        const auto s = CensusStore::load(store, id);
        const auto g = CensusStore::growth(store, id);
        if (!s.ok() || !g.ok())
            return {QStringLiteral("census %1 unreadable").arg(id)};
        QStringList row{QString::number(id), QString::number(int(s.value.status)), QString::number(g.value.earlierCensusId)};
        for (const CensusKindState &k : s.value.kinds)
            row << QStringLiteral("%1/%2/%3").arg(k.repos).arg(k.allTime).arg(k.downloads30d);
        for (const auto *parts : {&g.value.matched, &g.value.appeared, &g.value.vanished})
            for (const CensusStore::GrowthPart &p : *parts)
                row << QStringLiteral("%1/%2/%3").arg(p.repos).arg(p.earlierAllTime).arg(p.laterAllTime);
        out << row.join(QLatin1Char(' '));
    }
    return out;
}

void TestCensus::aVanishedRepoLeavesAfterTwoCensuses()
{
    auto store = open();
    QVERIFY(store);
    const QString rowOf = QStringLiteral("SELECT count(*) FROM census_repos WHERE kind = 0 AND name = '%1'");
    const QString samplesOf = QStringLiteral("SELECT count(*) FROM census_samples WHERE repo_id = %1");
    const qint64 first = wholeCensus(*store, kStart, firstPage(), {dataset(QStringLiteral("d/x"), 10, 1)});
    QVERIFY(first > 0);
    const qint64 threeId = count(*store, QStringLiteral("SELECT id FROM census_repos WHERE kind = 0 AND name = 'b/three'"));
    QVERIFY(threeId > 0);
    QCOMPARE(count(*store, samplesOf.arg(threeId)), 1);
    // b/three vanishes in the second census, which measures it as vanished: its row stays, as
    // the repo was in the census before.
    const qint64 second = wholeCensus(*store, kStart.addDays(1), secondModels(), {dataset(QStringLiteral("d/x"), 15, 2)});
    QVERIFY(second > 0);
    QCOMPARE(count(*store, rowOf.arg(QStringLiteral("b/three"))), 1);
    QCOMPARE(count(*store, samplesOf.arg(threeId)), 1);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_repos")), 6);
    checkGrowth(CensusStore::growth(*store, first, second).value);
    const QStringList before = censusFigures(*store, {first, second});

    // The third census does not count it either. Its completion and the pruning are one
    // transaction: when the pruning fails, the census is not complete and nothing is gone.
    const qint64 third = wholeCensus(*store, kStart.addDays(2), secondModels(), {dataset(QStringLiteral("d/x"), 15, 2)}, false);
    QVERIFY(third > 0);
    const bool pg = test::TestBackend::instance().isPostgres();
    if (pg) {
        QVERIFY(exec(*store,
                     QStringLiteral("CREATE FUNCTION census_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$"
                                    " LANGUAGE plpgsql")));
        QVERIFY(
            exec(*store,
                 QStringLiteral("CREATE TRIGGER census_fail BEFORE DELETE ON census_repos FOR EACH ROW EXECUTE FUNCTION census_fail()")));
    } else {
        QVERIFY(exec(
            *store, QStringLiteral("CREATE TRIGGER census_fail BEFORE DELETE ON census_repos BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    }
    const auto failed = CensusStore::finish(*store, third, kStart.addDays(2).addSecs(600));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error.message().contains(QLatin1String("injected")), qPrintable(failed.error.message()));
    QVERIFY(exec(*store, pg ? QStringLiteral("DROP TRIGGER census_fail ON census_repos") : QStringLiteral("DROP TRIGGER census_fail")));
    QCOMPARE(CensusStore::load(*store, third).value.status, CensusState::Status::Running);
    QCOMPARE(count(*store, rowOf.arg(QStringLiteral("b/three"))), 1);
    QCOMPARE(count(*store, samplesOf.arg(threeId)), 1);

    const auto done = CensusStore::finish(*store, third, kStart.addDays(2).addSecs(600));
    QVERIFY2(done.ok(), qPrintable(done.error.message()));
    QVERIFY(done.value.isComplete());
    // Counted by neither the second nor the third census: its row and its sample are gone; every
    // other repo keeps its row.
    QCOMPARE(count(*store, rowOf.arg(QStringLiteral("b/three"))), 0);
    QCOMPARE(count(*store, samplesOf.arg(threeId)), 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_repos")), 5);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_repos WHERE census_id = %1").arg(third)), 5);
    // The earlier censuses' totals and growth (b/three's vanishing included) are as they were,
    // and the third's growth over the second has nothing vanished.
    QCOMPARE(censusFigures(*store, {first, second}), before);
    checkGrowth(CensusStore::growth(*store, first, second).value);
    const auto g = CensusStore::growth(*store, second, third);
    QVERIFY2(g.ok(), qPrintable(g.error.message()));
    QCOMPARE(CensusStore::Growth::total(g.value.matched).repos, 4); // a/one, a/two, b/four, d/x
    QCOMPARE(CensusStore::Growth::total(g.value.matched).laterAllTime, 1622);
    QCOMPARE(CensusStore::Growth::total(g.value.appeared).repos, 0);
    QCOMPARE(CensusStore::Growth::total(g.value.vanished).repos, 0);
    QCOMPARE(CensusStore::load(*store, third).value.totalAllTime(), 1622);

    // Back in a fourth census, it is a repo that appeared, under a new row.
    RepoStatsList fourth = secondModels();
    fourth << firstPage().at(2);
    const qint64 back = wholeCensus(*store, kStart.addDays(3), fourth, {dataset(QStringLiteral("d/x"), 15, 2)});
    QVERIFY(back > 0);
    const auto again = CensusStore::growth(*store, third, back);
    QCOMPARE(again.value.appeared[size_t(CensusKind::Model)].repos, 1);
    QCOMPARE(again.value.appeared[size_t(CensusKind::Model)].laterAllTime, 20);
    QCOMPARE(again.value.matched[size_t(CensusKind::Model)].repos, 3);
    QCOMPARE(count(*store, rowOf.arg(QStringLiteral("b/three"))), 1);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT count(*) FROM census_samples s JOIN census_repos r ON r.id = s.repo_id"
                                  " WHERE r.kind = 0 AND r.name = 'b/three'")),
             1);
}

void TestCensus::aSchema7CensusUnderWayIsKeptAsPartial()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        // As HubWatch left it at schema 7: a complete census, then one stopped midway, with the
        // ids it counted in census_seen. Ids as the database gives them (a PostgreSQL sequence).
        test::RawConnection raw(m_location);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QSqlDatabase db = raw.db();
        const std::unique_ptr<SqlDialect> dialect = StoreLocation::parse(m_location).makeDialect();
        const StoreError e = Migrations::migrate(db, *dialect, 7);
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        const qint64 t0 = kStart.addDays(-2).toMSecsSinceEpoch(), t1 = kStart.addDays(-1).toMSecsSinceEpoch();
        QVERIFY2(
            raw.exec(QStringLiteral("INSERT INTO censuses (status, started_at, finished_at) VALUES (1, %1, %2)").arg(t0).arg(t0 + 600'000)),
            qPrintable(raw.error()));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO censuses (status, started_at) VALUES (0, %1)").arg(t1)), qPrintable(raw.error()));
        const QStringList ids = raw.column(QStringLiteral("SELECT id FROM censuses ORDER BY id"));
        QCOMPARE(ids.size(), 2);
        const QString complete = ids.at(0), running = ids.at(1);
        for (const QString &sql :
             {QStringLiteral("INSERT INTO census_kinds (census_id, kind, done, pages, requests, repos, all_time, d30) VALUES"
                             " (%1, 0, 1, 1, 1, 3, 1500, 150), (%1, 1, 1, 1, 1, 1, 10, 1), (%1, 2, 1, 1, 1, 1, 0, 0)")
                  .arg(complete),
              QStringLiteral("INSERT INTO census_kinds (census_id, kind, next_url, done, pages, requests, repos, all_time, d30) VALUES"
                             " (%1, 0, 'http://hub/stale', 0, 1, 2, 2, 1400, 140), (%1, 1, NULL, 0, 0, 0, 0, 0, 0),"
                             " (%1, 2, NULL, 0, 0, 0, 0, 0, 0)")
                  .arg(running),
              QStringLiteral("INSERT INTO census_seen (census_id, kind, name) VALUES (%1, 0, 'a/one'), (%1, 0, 'a/two')").arg(running),
              QStringLiteral("INSERT INTO census_breakdowns (census_id, kind, dimension, label, repos, all_time, d30) VALUES"
                             " (%1, 0, 0, 'text-generation', 2, 1400, 140)")
                  .arg(running)})
            QVERIFY2(raw.exec(sql), qPrintable(raw.error()));
    }
    auto store = open(); // the current code's first open upgrades it
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
    const auto censuses = count(*store, QStringLiteral("SELECT min(id) FROM censuses"));
    const qint64 complete = censuses, running = count(*store, QStringLiteral("SELECT max(id) FROM censuses"));
    const auto old = CensusStore::load(*store, running);
    QVERIFY2(old.ok(), qPrintable(old.error.message()));
    QCOMPARE(old.value.status, CensusState::Status::Partial);
    QVERIFY(old.value.finishedAt >= before);
    QVERIFY(old.value.finishedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(old.value.kind(CensusKind::Model).repos, 2); // its coverage, as it stopped
    QCOMPARE(old.value.kind(CensusKind::Model).allTime, 1400);
    QCOMPARE(old.value.kind(CensusKind::Model).next, QUrl(QStringLiteral("http://hub/stale")));
    QCOMPARE(CensusStore::breakdowns(*store, running).value.size(), 1);
    const auto figures = CensusFigures::build(*store);
    QVERIFY(figures.ok());
    QCOMPARE(figures.value.totals.size(), 1); // the Hub-wide series: the complete census alone
    QCOMPARE(figures.value.latest.id, complete);
    QCOMPARE(figures.value.partial.id, running);
    QVERIFY(!figures.value.isRunning());

    // A new census, not the old one resumed; no base: the schema-7 census kept no per-repo figures.
    const qint64 next = wholeCensus(*store, kStart, firstPage(), {dataset(QStringLiteral("d/x"), 10, 1)});
    QVERIFY(next > running);
    const CensusState done = CensusStore::load(*store, next).value;
    QCOMPARE(done.baseCensusId, 0);
    QCOMPARE(done.kind(CensusKind::Model).repos, 3);
    QCOMPARE(done.totalAllTime(), 1530);
    const auto after = CensusFigures::build(*store);
    QVERIFY(after.ok());
    QCOMPARE(after.value.totals.size(), 2);
    QVERIFY(!after.value.growthOverMatchedRepos); // from the totals
    QCOMPARE(after.value.vanishedRepos, 0);
    // The census after that one is measured against it, over the repos both counted.
    const qint64 third = wholeCensus(*store, kStart.addDays(1), secondModels(), {dataset(QStringLiteral("d/x"), 15, 2)});
    QVERIFY(third > next);
    QCOMPARE(CensusStore::load(*store, third).value.baseCensusId, next);
    checkGrowth(CensusStore::growth(*store, next, third).value);
}

void TestCensus::samplesOnlyWhenFiguresChange()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(wholeCensus(*store, kStart, firstPage(), {dataset(QStringLiteral("d/x"), 10, 1)}) > 0);
    // Every repo is new: one sample each (spaces have no figures to sample).
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_samples")), 4);
    QVERIFY(wholeCensus(*store, kStart.addDays(1), secondModels(), {dataset(QStringLiteral("d/x"), 15, 2)}) > 0);
    // a/one and d/x changed, b/four is new; a/two is unchanged: no sample.
    const qint64 t2 = kStart.addDays(1).toMSecsSinceEpoch();
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_samples WHERE t = %1").arg(t2)), 3);
    const QString ofRepo = QStringLiteral("SELECT count(*) FROM census_samples s JOIN census_repos r ON r.id = s.repo_id"
                                          " WHERE r.kind = 0 AND r.name = '%1'");
    QCOMPARE(count(*store, ofRepo.arg(QStringLiteral("a/two"))), 1);
    QCOMPARE(count(*store, ofRepo.arg(QStringLiteral("a/one"))), 2);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT s.all_time FROM census_samples s JOIN census_repos r ON r.id = s.repo_id"
                                  " WHERE r.name = 'a/one' AND s.t = %1")
                       .arg(t2)),
             1100);
    // Only the 30-day figure changed: that is a change too.
    RepoStatsList third = secondModels();
    third[1].downloads30d = 51;
    QVERIFY(wholeCensus(*store, kStart.addDays(2), third, {dataset(QStringLiteral("d/x"), 15, 2)}) > 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_samples WHERE t = %1").arg(kStart.addDays(2).toMSecsSinceEpoch())),
             1);
}

void TestCensus::authorAndWeightFormatBreakdowns()
{
    auto store = open();
    QVERIFY(store);
    const qint64 id = CensusStore::resumeOrStart(*store, kStart, false).value.id;
    // 105 authors, each more downloaded than the one before; one repo with several formats.
    RepoStatsList repos;
    for (int i = 0; i < 105; ++i) {
        RepoStats r = model(QStringLiteral("author%1/m").arg(i), 1000 + i, 1, QString(), QString(), QString());
        r.tags = i == 0 ? QStringList{QStringLiteral("pytorch")}
            : i == 1    ? QStringList{QStringLiteral("pytorch"), QStringLiteral("safetensors"), QStringLiteral("gguf")}
            : i == 2    ? QStringList{QStringLiteral("gguf"), QStringLiteral("tf")}
                        : QStringList{QStringLiteral("en")};
        repos << r;
    }
    repos << model(QStringLiteral("author104/second"), 5, 1, QString(), QString(), QString());
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Model, repos, QString())).ok());
    using D = CensusStore::Dimension;
    const auto running = CensusStore::breakdowns(*store, id).value;
    const auto rows = [](const QList<CensusStore::Breakdown> &all, D d) {
        QList<CensusStore::Breakdown> out;
        for (const auto &b : all)
            if (b.dimension == d)
                out << b;
        return out;
    };
    QCOMPARE(rows(running, D::Author).size(), 105); // every author while running
    const auto *top = find(running, D::Author, QStringLiteral("author104"));
    QVERIFY(top);
    QCOMPARE(top->repos, 2);
    QCOMPARE(top->allTime, 1109);
    QCOMPARE(find(running, D::WeightFormat, QStringLiteral("pickle"))->repos, 1);
    QCOMPARE(find(running, D::WeightFormat, QStringLiteral("safetensors"))->allTime, 1001);
    QCOMPARE(find(running, D::WeightFormat, QStringLiteral("gguf"))->allTime, 1002);
    QCOMPARE(find(running, D::WeightFormat, QString())->repos, 103);
    QVERIFY(!find(running, D::WeightFormat, QStringLiteral("other")));

    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Dataset, {dataset(QStringLiteral("author0/d"), 3, 1)}, QString())).ok());
    QVERIFY(CensusStore::storePage(*store, id, page(CensusKind::Space, {}, QString())).ok());
    QVERIFY(CensusStore::finish(*store, id, kStart.addSecs(60)).ok());
    const auto done = CensusStore::breakdowns(*store, id).value;
    const auto authors = rows(done, D::Author);
    QCOMPARE(authors.size(), CensusStore::TopAuthors + 1); // the top 100 models' authors and the dataset's
    QCOMPARE(authors.first().label, QStringLiteral("author104"));
    QVERIFY(find(done, D::Author, QStringLiteral("author5")));
    QVERIFY(!find(done, D::Author, QStringLiteral("author4"))); // the 101st
    QVERIFY(!find(done, D::Author, QStringLiteral("author0")));
    QCOMPARE(rows(done, D::WeightFormat).size(), 4); // other dimensions keep every label
}

void TestCensus::retentionDropsOldCensusMonths()
{
    auto store = open();
    QVERIFY(store);
    const QDateTime september(QDate(2026, 9, 10), QTime(3, 0), Qt::UTC);
    QVERIFY(wholeCensus(*store, september, firstPage(), {dataset(QStringLiteral("d/x"), 10, 1)}) > 0);
    QVERIFY(wholeCensus(*store, kStart, secondModels(), {dataset(QStringLiteral("d/x"), 15, 2)}) > 0);
    const bool pg = test::TestBackend::instance().isPostgres();
    QSqlError error;
    if (pg) {
        // One partition per month a census wrote samples in, made when its first page came.
        QCOMPARE(CensusSamplesTable::partitions(store->database(), &error),
                 (QStringList{QStringLiteral("census_samples_202609"), QStringLiteral("census_samples_202612")}));
    }
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_samples")), 7);
    // 30 days before December 6 is November 6: September goes, whole; December stays.
    const auto thinned = Retention::compact(*store, 30, Retention::Resolution::Hourly, kStart.addSecs(3600));
    QVERIFY2(thinned.ok(), qPrintable(thinned.error.message()));
    QCOMPARE(thinned.value.censusSamplesRemoved, 4);
    QCOMPARE(thinned.value.censusPartitionsDropped, pg ? 1 : 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_samples")), 3);
    QCOMPARE(count(*store, QStringLiteral("SELECT min(t) FROM census_samples")), kStart.toMSecsSinceEpoch());
    if (pg)
        QCOMPARE(CensusSamplesTable::partitions(store->database(), &error), QStringList{QStringLiteral("census_samples_202612")});
    // The latest figures stay, and a second run removes nothing.
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM census_repos")), 6);
    QCOMPARE(Retention::compact(*store, 30, Retention::Resolution::Hourly, kStart.addSecs(3600)).value.censusSamplesRemoved, 0);
    // A census in a month with no partition yet gets one.
    QVERIFY(wholeCensus(*store, QDateTime(QDate(2027, 1, 2), QTime(0, 0), Qt::UTC), firstPage(), {}) > 0);
    if (pg)
        QVERIFY(CensusSamplesTable::partitions(store->database(), &error).contains(QStringLiteral("census_samples_202701")));
}

// What a history's census tables say, independent of ids.
QStringList censusRows(HistoryStore &store)
{
    QStringList out;
    for (const QString &sql :
         {QStringLiteral("SELECT c.status, c.started_at, c.finished_at, b.started_at FROM censuses c"
                         " LEFT JOIN censuses b ON b.id = c.base_census_id ORDER BY c.started_at"),
          QStringLiteral(
              "SELECT c.started_at, k.kind, k.next_url, k.done, k.pages, k.requests, k.repos, k.all_time, k.d30, k.matched_repos,"
              " k.matched_before, k.matched_after, k.appeared_repos, k.appeared_all_time FROM census_kinds k"
              " JOIN censuses c ON c.id = k.census_id ORDER BY c.started_at, k.kind"),
          QStringLiteral("SELECT c.started_at, b.kind, b.dimension, b.label, b.repos, b.all_time, b.d30 FROM census_breakdowns b"
                         " JOIN censuses c ON c.id = b.census_id ORDER BY c.started_at, b.kind, b.dimension, b.label"),
          QStringLiteral("SELECT r.kind, r.name, c.started_at, r.all_time, r.d30, p.started_at, r.prev_all_time FROM census_repos r"
                         " JOIN censuses c ON c.id = r.census_id LEFT JOIN censuses p ON p.id = r.prev_census_id ORDER BY r.kind, r.name"),
          QStringLiteral("SELECT r.kind, r.name, s.t, s.all_time, s.d30 FROM census_samples s JOIN census_repos r ON r.id = s.repo_id"
                         " ORDER BY r.kind, r.name, s.t")}) {
        QSqlQuery q(store.database());
        if (!q.exec(sql)) {
            out << q.lastError().text();
            continue;
        }
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << (q.value(c).isNull() ? QStringLiteral("null") : q.value(c).toString());
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

void TestCensus::migrateCopiesTheCensus()
{
    {
        auto store = open();
        QVERIFY(store);
        QVERIFY(wholeCensus(*store, kStart, firstPage(), {dataset(QStringLiteral("d/x"), 10, 1)}) > 0);
        QVERIFY(wholeCensus(*store, kStart.addDays(40), secondModels(), {dataset(QStringLiteral("d/x"), 15, 2)}) > 0);
        // An unfinished one, resumable in the copy.
        const qint64 running = CensusStore::resumeOrStart(*store, kStart.addDays(41), false).value.id;
        QVERIFY(CensusStore::storePage(*store, running, page(CensusKind::Model, firstPage(), QStringLiteral("http://hub/p2"))).ok());
    }
    // The backend's history to a file and back into a new history of the backend: on
    // PostgreSQL, both directions of `hubwatch migrate`.
    const QString file = m_dir->filePath(QStringLiteral("copy.sqlite"));
    const QString back = test::TestBackend::instance().newHistory(m_dir->filePath(QStringLiteral("back.sqlite")));
    auto source = open();
    QVERIFY(source);
    const QStringList expected = censusRows(*source);
    QVERIFY(expected.size() > 30);
    {
        HistoryStore to;
        QVERIFY(!to.open(file).isError());
        const auto copied = HistoryCopy::copy(*source, to);
        QVERIFY2(copied.ok(), qPrintable(copied.error.message()));
        QCOMPARE(copied.value.censusesAdded, 3);
        QCOMPARE(copied.value.censusReposAdded, 6);   // 4 models, a dataset, a space
        QCOMPARE(copied.value.censusSamplesAdded, 8); // 4 new, 3 changed, then a/one back to 1000
        QCOMPARE(censusRows(to), expected);
    }
    HistoryStore from, target;
    QVERIFY(!from.open(file, HistoryStore::Mode::ReadOnly).isError());
    QVERIFY(!target.open(back).isError());
    QVERIFY(HistoryCopy::copy(from, target).ok());
    QCOMPARE(censusRows(target), expected);
    // A second copy adds nothing.
    const auto again = HistoryCopy::copy(from, target);
    QVERIFY(again.ok());
    QCOMPARE(again.value.censusesAdded, 0);
    QCOMPARE(again.value.censusReposAdded, 0);
    QCOMPARE(again.value.censusSamplesAdded, 0);
    QCOMPARE(censusRows(target), expected);
    // The copy resumes the unfinished census where it stopped, and its new repos get new ids.
    const auto resumed = CensusStore::resumeOrStart(target, kStart.addDays(42), false);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed.value.kind(CensusKind::Model).next, QUrl(QStringLiteral("http://hub/p2")));
    const auto more = CensusStore::storePage(target, resumed.value.id, page(CensusKind::Model, overlappingPage(), QString()));
    QVERIFY2(more.ok(), qPrintable(more.error.message()));
    QCOMPARE(more.value.kind(CensusKind::Model).repos, 4);
}

QTEST_GUILESS_MAIN(TestCensus)
#include "tst_census.moc"
