// The census's store (issue 17), on SQLite and PostgreSQL (ctest runs both):
// - a page adds exactly its repos' figures to the sums and to the breakdowns by pipeline tag,
//   library and licence;
// - a repo met twice (an overlapping page, or the same page fetched again after a stop) counts once;
// - a page is one transaction: a write that fails midway leaves neither its repos, its sums nor
//   the cursor, and the page stored again afterwards counts exactly once;
// - an unfinished census is resumed (from another connection: a new process) at its cursor,
//   --restart keeps it as partial, and only a census whose every kind is done is complete.
#include "TestBackend.h"

#include "census/CensusStore.h"
#include "store/HistoryStore.h"

#include <QSqlError>
#include <QSqlQuery>
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

QTEST_GUILESS_MAIN(TestCensus)
#include "tst_census.moc"
