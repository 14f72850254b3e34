// `hubwatch census` run for real against a fake Hub of a few thousand repos (issue 17):
// - a complete census gives exactly the Hub's own counts and sums, in one request per page;
// - killed with SIGKILL at random pages and moments, then run again, it resumes to exactly the
//   same totals, with fewer requests than two whole censuses;
// - an error it cannot retry past stops it, unfinished and never reported complete; run again it
//   completes; --restart keeps the unfinished one as partial; a deep page answering 503 is retried;
// - HF_HUB_OFFLINE refuses before any request, and HF_ENDPOINT is where it goes.
#include "FakeHub.h"
#include "RunHubwatch.h"
#include "store/HistoryStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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

private:
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

QTEST_GUILESS_MAIN(TestCensusCommand)
#include "tst_censuscommand.moc"
