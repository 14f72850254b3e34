// `hubwatch census` run for real against a fake Hub of a few thousand repos (issue 17):
// - a complete census gives exactly the Hub's own counts and sums, in one request per page;
// - killed with SIGKILL at random pages and moments, then run again, it resumes to exactly the
//   same totals, with fewer requests than two whole censuses;
// - an error it cannot retry past stops it, unfinished and never reported complete; run again it
//   completes; --restart keeps the unfinished one as partial; a deep page answering 503 is retried;
// - HF_HUB_OFFLINE refuses before any request, and HF_ENDPOINT is where it goes;
// - a schema-7 history with a census under way: the upgrade keeps that census as partial with
//   its coverage, out of the Hub-wide series; the next census starts afresh, exact, its growth
//   over the schema-7 census from the totals (that census kept no per-repo figures), and the
//   census after it over the repos both counted.
#include "FakeHub.h"
#include "RunHubwatch.h"
#include "census/CensusStore.h"
#include "report/CensusFigures.h"
#include "store/HistoryStore.h"
#include "store/Migrations.h"
#include "store/SqlDialect.h"
#include "store/StoreLocation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

using namespace hubwatch;
using namespace hubwatch::test;

namespace {
constexpr int kModels = 4200;
constexpr int kDatasets = 2600;
constexpr int kSpaces = 1900;
constexpr int kPages = 5 + 3 + 2; // at 1,000 a page
} // namespace

class TestCensusCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void aCompleteCensusHasTheHubsTotals();
    void killedAtRandomPagesItResumesToTheSameTotals();
    void anErrorStopsItUnfinishedAndItResumes();
    void restartKeepsTheUnfinishedOneAsPartial();
    void aDeepPageThatFailsOnceIsRetried();
    void offlineRefusesAndTheEnvironmentEndpointIsUsed();
    void anUpgradeKeepsARunningSchema7CensusAsPartial();

private:
    void writeSchema7History();
    QStringList args(const QStringList &extra = {}) const;
    ProcessRun run(const QStringList &extra = {}, const QProcessEnvironment &env = {});
    // The census's JSON, its totals checked against the Hub's own.
    void verifyHubTotals(const QJsonObject &census);
    QList<int> statuses();

    QTemporaryDir m_home;
    FakeHub m_hub;
    QString m_db;
    int m_run = 0;
};

void TestCensusCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_hub.listen());
    m_hub.generateRepos(RepoKind::Model, kModels);
    m_hub.generateRepos(RepoKind::Dataset, kDatasets);
    m_hub.setSpaceCount(kSpaces);
    m_hub.setRateLimit(100000, 300);
}

void TestCensusCommand::init()
{
    m_db = m_home.filePath(QStringLiteral("census-%1.sqlite").arg(++m_run));
    m_hub.clearRequests();
    m_hub.clearFaults();
}

QStringList TestCensusCommand::args(const QStringList &extra) const
{
    return QStringList{QStringLiteral("census"), QStringLiteral("--json"), QStringLiteral("--db"), m_db} + extra;
}

ProcessRun TestCensusCommand::run(const QStringList &extra, const QProcessEnvironment &env)
{
    const QStringList endpoint{QStringLiteral("--endpoint"), m_hub.url().toString()};
    return runHubwatch(args(env.isEmpty() ? endpoint + extra : extra), env.isEmpty() ? hubwatchEnvironment(m_home.path()) : env);
}

void TestCensusCommand::verifyHubTotals(const QJsonObject &census)
{
    const QList<QJsonObject> models = m_hub.repos(RepoKind::Model);
    const QList<QJsonObject> datasets = m_hub.repos(RepoKind::Dataset);
    const qint64 allTime =
        FakeHub::sum(models, QStringLiteral("downloadsAllTime")) + FakeHub::sum(datasets, QStringLiteral("downloadsAllTime"));
    const qint64 d30 = FakeHub::sum(models, QStringLiteral("downloads")) + FakeHub::sum(datasets, QStringLiteral("downloads"));
    QVERIFY(allTime > 0 && d30 > 0);
    QCOMPARE(census.value(QLatin1String("complete")).toBool(), true);
    QCOMPARE(census.value(QLatin1String("models")).toInteger(), kModels);
    QCOMPARE(census.value(QLatin1String("datasets")).toInteger(), kDatasets);
    QCOMPARE(census.value(QLatin1String("spaces")).toInteger(), kSpaces);
    QCOMPARE(census.value(QLatin1String("totalAllTime")).toInteger(), allTime);
    QCOMPARE(census.value(QLatin1String("downloads30d")).toInteger(), d30);
    const QDateTime started = QDateTime::fromString(census.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    const QDateTime finished = QDateTime::fromString(census.value(QLatin1String("finishedAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(started.isValid());
    QVERIFY(finished.isValid());
    QVERIFY(started <= finished);
}

QList<int> TestCensusCommand::statuses()
{
    HistoryStore store;
    if (store.open(m_db, HistoryStore::Mode::ReadOnly).isError())
        return {-1};
    QSqlQuery q(store.database());
    QList<int> out;
    if (!q.exec(QStringLiteral("SELECT status FROM censuses ORDER BY id")))
        return {-2};
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

void TestCensusCommand::aCompleteCensusHasTheHubsTotals()
{
    const ProcessRun r = run();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject census = QJsonDocument::fromJson(r.out).object();
    verifyHubTotals(census);
    QCOMPARE(census.value(QLatin1String("pages")).toInt(), kPages);
    QCOMPARE(census.value(QLatin1String("requests")).toInt(), kPages);
    QCOMPARE(m_hub.requestCount(), kPages);
    // The largest page, only the fields the census keeps, in creation order.
    for (const FakeHub::Request &req : m_hub.requests()) {
        QCOMPARE(req.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("1000"));
        if (req.path == QLatin1String("/api/spaces"))
            continue;
        const QStringList expand = req.query.allQueryItemValues(QStringLiteral("expand[]"));
        QVERIFY2(expand.contains(QStringLiteral("downloadsAllTime")), qPrintable(req.query.toString()));
        QVERIFY(!expand.contains(QStringLiteral("siblings")) && !expand.contains(QStringLiteral("likes")));
    }
    QCOMPARE(statuses(), QList<int>{1});
    // Run again: the finished census is not resumed; a new one begins and says the same.
    const ProcessRun again = run();
    QCOMPARE(again.exitCode, 0);
    verifyHubTotals(QJsonDocument::fromJson(again.out).object());
    QCOMPARE(statuses(), (QList<int>{1, 1}));
}

void TestCensusCommand::killedAtRandomPagesItResumesToTheSameTotals()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    int kills = 0;
    ProcessRun last;
    for (int round = 0; round < 3 && last.exitCode != 0; ++round) {
        // Killed when the k-th request of this run arrives, or a few milliseconds later (while
        // the page is answered, parsed or committed).
        const int k = random.bounded(1, kPages);
        const int delayMs = random.bounded(0, 3) == 0 ? 0 : random.bounded(1, 40);
        const int base = m_hub.requestCount();
        QProcess p;
        QObject scope; // the connection ends with the round, even when a check fails
        connect(&m_hub, &FakeHub::requestReceived, &scope, [&] {
            if (m_hub.requestCount() - base != k)
                return;
            if (delayMs == 0)
                ::kill(pid_t(p.processId()), SIGKILL);
            else
                QTimer::singleShot(delayMs, &scope, [&p] {
                    if (p.state() != QProcess::NotRunning)
                        ::kill(pid_t(p.processId()), SIGKILL);
                });
        });
        launchHubwatch(p, args({QStringLiteral("--endpoint"), m_hub.url().toString()}), hubwatchEnvironment(m_home.path()));
        const ProcessRun r = finishProcess(p);
        qInfo("round %d: killed at request %d + %d ms: exit %d", round, k, delayMs, r.exitCode);
        if (r.exitCode == -1)
            ++kills;
        else // it finished before the kill: a resumed census needs fewer pages than k
            last = r;
    }
    QVERIFY(kills >= 1);
    if (last.exitCode != 0)
        last = run();
    QVERIFY2(last.exitCode == 0, last.err.constData());
    const QJsonObject census = QJsonDocument::fromJson(last.out).object();
    verifyHubTotals(census);
    // Every killed run re-fetches at most the page in flight.
    QVERIFY2(m_hub.requestCount() <= kPages + kills, qPrintable(QString::number(m_hub.requestCount())));
    QVERIFY(m_hub.requestCount() < 2 * kPages);
    QVERIFY(census.value(QLatin1String("requests")).toInt() < 2 * kPages);
    QCOMPARE(statuses(), QList<int>{1});
}

void TestCensusCommand::anErrorStopsItUnfinishedAndItResumes()
{
    // The 7th page answers broken JSON: nothing to retry, the census stops.
    auto scope = std::make_unique<QObject>(); // the fault ends with this run, even when a check fails
    connect(&m_hub, &FakeHub::requestReceived, scope.get(), [this] {
        if (m_hub.requestCount() == 7)
            m_hub.pushFault(FakeHub::Fault::MalformedJson);
    });
    const ProcessRun failed = run();
    scope.reset();
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("census stopped"), failed.err.constData());
    QVERIFY2(failed.err.contains("hubwatch census again"), failed.err.constData());
    const QJsonObject partial = QJsonDocument::fromJson(failed.out).object();
    QCOMPARE(partial.value(QLatin1String("complete")).toBool(true), false);
    QVERIFY(partial.value(QLatin1String("finishedAt")).isNull());
    QCOMPARE(partial.value(QLatin1String("models")).toInteger(), kModels);
    QCOMPARE(partial.value(QLatin1String("datasets")).toInteger(), 1000);
    QCOMPARE(statuses(), QList<int>{0});

    const ProcessRun resumed = run();
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.err.contains("Resuming the census"), resumed.err.constData());
    verifyHubTotals(QJsonDocument::fromJson(resumed.out).object());
    QCOMPARE(m_hub.requestCount(), kPages + 1);
    QCOMPARE(statuses(), QList<int>{1});
}

void TestCensusCommand::restartKeepsTheUnfinishedOneAsPartial()
{
    auto scope = std::make_unique<QObject>();
    connect(&m_hub, &FakeHub::requestReceived, scope.get(), [this] {
        if (m_hub.requestCount() == 3)
            m_hub.pushFault(FakeHub::Fault::MalformedJson);
    });
    const int exitCode = run().exitCode;
    scope.reset();
    QCOMPARE(exitCode, 1);
    m_hub.clearRequests();
    const ProcessRun restarted = run({QStringLiteral("--restart")});
    QVERIFY2(restarted.exitCode == 0, restarted.err.constData());
    QVERIFY(!restarted.err.contains("Resuming"));
    verifyHubTotals(QJsonDocument::fromJson(restarted.out).object());
    QCOMPARE(m_hub.requestCount(), kPages); // from the first page again
    QCOMPARE(statuses(), (QList<int>{2, 1}));
}

void TestCensusCommand::aDeepPageThatFailsOnceIsRetried()
{
    auto scope = std::make_unique<QObject>();
    connect(&m_hub, &FakeHub::requestReceived, scope.get(), [this] {
        if (m_hub.requestCount() == 8)
            m_hub.pushFault(FakeHub::Fault::Status503);
    });
    const ProcessRun r = run();
    scope.reset();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject census = QJsonDocument::fromJson(r.out).object();
    verifyHubTotals(census);
    QCOMPARE(m_hub.requestCount(), kPages + 1);
    QCOMPARE(census.value(QLatin1String("requests")).toInt(), kPages + 1); // the retry is counted
    QCOMPARE(census.value(QLatin1String("pages")).toInt(), kPages);
}

void TestCensusCommand::offlineRefusesAndTheEnvironmentEndpointIsUsed()
{
    QProcessEnvironment env = hubwatchEnvironment(m_home.path());
    env.insert(QStringLiteral("HF_ENDPOINT"), m_hub.url().toString());
    env.insert(QStringLiteral("HF_HUB_OFFLINE"), QStringLiteral("1"));
    const ProcessRun offline = run({}, env);
    QCOMPARE(offline.exitCode, 1);
    QVERIFY2(offline.err.contains("Offline mode"), offline.err.constData());
    QCOMPARE(m_hub.requestCount(), 0);

    env.remove(QStringLiteral("HF_HUB_OFFLINE"));
    const ProcessRun online = run({}, env);
    QVERIFY2(online.exitCode == 0, online.err.constData());
    verifyHubTotals(QJsonDocument::fromJson(online.out).object());
    QCOMPARE(m_hub.requestCount(), kPages);
}

namespace {
const QDateTime kSchema7Start(QDate(2026, 11, 2), QTime(3, 0), Qt::UTC);
constexpr qint64 kOldModelsAllTime = 41'000'000'000;  // the census under way, models done
constexpr qint64 kOldDatasetsAllTime = 3'000'000'000; // and its first page of datasets
} // namespace

// What HubWatch left at schema 7: a complete census, then one stopped after all the models and
// one page of datasets, with its cursor, sums, breakdowns and the ids it counted (census_seen).
void TestCensusCommand::writeSchema7History()
{
    const QString name = QStringLiteral("schema7");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        const std::unique_ptr<SqlDialect> dialect = StoreLocation::parse(m_db).makeDialect();
        const StoreError e = Migrations::migrate(db, *dialect, 7);
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        const qint64 t0 = kSchema7Start.addDays(-1).toMSecsSinceEpoch(), t1 = kSchema7Start.toMSecsSinceEpoch();
        const qint64 minute = 60'000;
        const QStringList statements{
            QStringLiteral("INSERT INTO censuses (id, status, started_at, finished_at) VALUES (1, 1, %1, %2), (2, 0, %3, NULL)")
                .arg(t0)
                .arg(t0 + 10 * minute)
                .arg(t1),
            QStringLiteral("INSERT INTO census_kinds (census_id, kind, next_url, done, pages, requests, repos, all_time, d30) VALUES"
                           " (1, 0, NULL, 1, 4, 4, 4000, 40000000000, 400000000), (1, 1, NULL, 1, 3, 3, 2500, 2000000000, 20000000),"
                           " (1, 2, NULL, 1, 2, 2, 1800, 0, 0),"
                           " (2, 0, NULL, 1, 5, 6, 4200, %1, 410000000),"
                           " (2, 1, 'http://127.0.0.1:9/api/datasets?cursor=stale', 0, 1, 1, 1000, %2, 30000000),"
                           " (2, 2, NULL, 0, 0, 0, 0, 0, 0)")
                .arg(kOldModelsAllTime)
                .arg(kOldDatasetsAllTime),
            QStringLiteral("INSERT INTO census_seen (census_id, kind, name) VALUES (2, 0, 'org/model-0'), (2, 0, 'org/model-1'),"
                           " (2, 1, 'org/dataset-0')"),
            QStringLiteral("INSERT INTO census_breakdowns (census_id, kind, dimension, label, repos, all_time, d30) VALUES"
                           " (1, 0, 0, 'text-generation', 4000, 40000000000, 400000000),"
                           " (2, 0, 0, 'text-generation', 4200, %1, 410000000)")
                .arg(kOldModelsAllTime),
        };
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QLatin1Char(' ') + sql));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

void TestCensusCommand::anUpgradeKeepsARunningSchema7CensusAsPartial()
{
    writeSchema7History();
    if (QTest::currentTestFailed())
        return;
    const QDateTime upgradedFrom = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        // The current code's first open upgrades it.
        HistoryStore store;
        const StoreError e = store.open(m_db);
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        const auto old = CensusStore::load(store, 2);
        QVERIFY2(old.ok(), qPrintable(old.error.message()));
        QCOMPARE(old.value.status, CensusState::Status::Partial);
        QVERIFY(old.value.finishedAt >= upgradedFrom);
        QVERIFY(old.value.finishedAt <= QDateTime::currentDateTimeUtc());
        // Its coverage is kept: the sums and cursor as it stopped.
        QCOMPARE(old.value.kind(CensusKind::Model).repos, 4200);
        QCOMPARE(old.value.kind(CensusKind::Model).allTime, kOldModelsAllTime);
        QCOMPARE(old.value.kind(CensusKind::Dataset).repos, 1000);
        QVERIFY(!old.value.kind(CensusKind::Dataset).done);
        QCOMPARE(old.value.totalAllTime(), kOldModelsAllTime + kOldDatasetsAllTime);
        // Not mixed into the Whole Hub series: the complete census alone is the figure, the
        // partial one is shown with its coverage.
        const auto figures = CensusFigures::build(store);
        QVERIFY2(figures.ok(), qPrintable(figures.error.message()));
        QCOMPARE(figures.value.totals.size(), qsizetype(1));
        QCOMPARE(figures.value.totals.first().value, qint64(42'000'000'000));
        QCOMPARE(figures.value.latest.id, qint64(1));
        QVERIFY(!figures.value.isRunning());
        QCOMPARE(figures.value.partial.id, qint64(2));
        QCOMPARE(figures.value.shareOfLatest(figures.value.partial), 5200.0 / 8300);
        QSqlQuery q(store.database());
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM census_seen"))); // its counted ids are gone with the table
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM census_repos")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(0));
    }

    // The next census starts afresh from the first page (the stale cursor is never followed)
    // and counts the whole Hub exactly.
    const ProcessRun r = run();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.err.contains("Resuming"), r.err.constData());
    const QJsonObject census = QJsonDocument::fromJson(r.out).object();
    verifyHubTotals(census);
    QCOMPARE(m_hub.requestCount(), kPages);
    for (const FakeHub::Request &req : m_hub.requests())
        QVERIFY2(!req.query.hasQueryItem(QStringLiteral("cursor"))
                     || req.query.queryItemValue(QStringLiteral("cursor")) != QLatin1String("stale"),
                 qPrintable(req.query.toString()));
    QCOMPARE(statuses(), (QList<int>{1, 2, 1}));
    const qint64 hubTotal = census.value(QLatin1String("totalAllTime")).toInteger();
    {
        HistoryStore store;
        QVERIFY(!store.open(m_db, HistoryStore::Mode::ReadOnly).isError());
        const auto figures = CensusFigures::build(store);
        QVERIFY(figures.ok());
        QCOMPARE(figures.value.totals.size(), qsizetype(2));
        QCOMPARE(figures.value.totals.last().value, hubTotal);
        QCOMPARE(figures.value.latest.id, qint64(3));
        QCOMPARE(figures.value.previous.id, qint64(1));
        QCOMPARE(figures.value.partial.id, qint64(0)); // older than the latest complete census: no longer shown
        // The schema-7 census kept no per-repo figures: no base, so the growth is the difference
        // of the totals, not "every repo vanished and every repo appeared".
        QCOMPARE(CensusStore::load(store, 3).value.baseCensusId, qint64(0));
        QVERIFY(figures.value.growthKnown);
        QVERIFY(!figures.value.growthOverMatchedRepos);
        const double days = double(figures.value.previous.finishedAt.msecsTo(figures.value.latest.finishedAt)) / (24.0 * 3600 * 1000);
        QCOMPARE(figures.value.growthPerDay, double(hubTotal - 42'000'000'000) / days);
        QCOMPARE(figures.value.appearedRepos, qint64(0));
        QCOMPARE(figures.value.vanishedRepos, qint64(0));
        const auto old = CensusStore::load(store, 2);
        QCOMPARE(old.value.status, CensusState::Status::Partial);
        QCOMPARE(old.value.totalAllTime(), kOldModelsAllTime + kOldDatasetsAllTime);
    }

    // The census after it is measured over the repos both counted.
    const ProcessRun next = run();
    QVERIFY2(next.exitCode == 0, next.err.constData());
    verifyHubTotals(QJsonDocument::fromJson(next.out).object());
    QCOMPARE(statuses(), (QList<int>{1, 2, 1, 1}));
    HistoryStore store;
    QVERIFY(!store.open(m_db, HistoryStore::Mode::ReadOnly).isError());
    QCOMPARE(CensusStore::load(store, 4).value.baseCensusId, qint64(3));
    // (Seconds apart, the two are too close for a figure per day: the store's growth is the check.)
    const auto g = CensusStore::growth(store, 3, 4);
    QVERIFY2(g.ok(), qPrintable(g.error.message()));
    QCOMPARE(CensusStore::Growth::total(g.value.matched).repos, qint64(kModels + kDatasets));
    QCOMPARE(CensusStore::Growth::total(g.value.matched).laterAllTime, hubTotal);
    QCOMPARE(CensusStore::Growth::total(g.value.appeared).repos, qint64(0));
    QCOMPARE(CensusStore::Growth::total(g.value.vanished).repos, qint64(0));
}

QTEST_GUILESS_MAIN(TestCensusCommand)
#include "tst_censuscommand.moc"
