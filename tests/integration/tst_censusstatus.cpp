// `hubwatch status` shows the whole Hub from the stored censuses (issue 17), run for real: the
// latest complete census's total, counts, time and growth per day against the census before, a
// census under way with its progress, a partial census's coverage kept out of the figures; and
// without a census, how to get one. Text and --json.
#include "CensusBuilder.h"
#include "HistoryBuilder.h"
#include "RunHubwatch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hwtest;
using namespace hwcensus;
using namespace hubwatch::test;

class TestCensusStatus : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void wholeHubFromTheLatestCompleteCensus();
    void runningAndPartialCensusesAreNotTheFigure();
    void withoutACensusItSaysHowToGetOne();
    void aCensusAloneIsShownBeforeAnyPoll();

private:
    QJsonObject statusJson();
    QString statusText();
    QTemporaryDir m_home;
    std::unique_ptr<History> m_h;
};

void TestCensusStatus::init()
{
    QVERIFY(m_home.isValid());
    m_h = std::make_unique<History>();
    QVERIFY(m_h->open());
}

QJsonObject TestCensusStatus::statusJson()
{
    const ProcessRun r =
        runHubwatch({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), m_h->path()}, m_home.path());
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

QString TestCensusStatus::statusText()
{
    const ProcessRun r = runHubwatch({QStringLiteral("status"), QStringLiteral("--db"), m_h->path()}, m_home.path());
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QString::fromUtf8(r.out);
}

void TestCensusStatus::wholeHubFromTheLatestCompleteCensus()
{
    QVERIFY(m_h->add(test::poll({hwtest::repo(QStringLiteral("model:org/a"), 1000)}, at(0))) > 0);
    QVERIFY(storeCensus(m_h->store(), at(kDay), 47 * kBillion));
    QVERIFY(storeCensus(m_h->store(), CensusSpec{at(8 * kDay), 36 * kBillion, 12'400'000'000, {QStringLiteral("text-generation")}, 4}));
    const QJsonObject census = statusJson().value(QStringLiteral("census")).toObject();
    QCOMPARE(census.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(census.value(QStringLiteral("totalAllTime")).toInteger(), 48'400'000'000);
    QCOMPARE(census.value(QStringLiteral("display")).toString(), QStringLiteral("48.4B"));
    QCOMPARE(census.value(QStringLiteral("downloads30d")).toInteger(), 484'000'000);
    QCOMPARE(census.value(QStringLiteral("growthPerDay")).toDouble(), 200'000'000.0); // 1.4B in 7 days
    QCOMPARE(census.value(QStringLiteral("models")).toInteger(), 1);
    QCOMPARE(census.value(QStringLiteral("datasets")).toInteger(), 1);
    QCOMPARE(census.value(QStringLiteral("spaces")).toInteger(), 4);
    QCOMPARE(census.value(QStringLiteral("finishedAt")).toString(), at(8 * kDay).toString(Qt::ISODateWithMs));
    QCOMPARE(census.value(QStringLiteral("previousFinishedAt")).toString(), at(kDay).toString(Qt::ISODateWithMs));
    QCOMPARE(census.value(QStringLiteral("censuses")).toInteger(), 2);
    QVERIFY(!census.contains(QStringLiteral("running")));
    QVERIFY(!census.contains(QStringLiteral("partial")));
    const QString text = statusText();
    QVERIFY2(
        text.contains(QStringLiteral("Whole Hub (census of 2026-03-10 00:00 UTC, public repositories only): 48.4B all-time downloads")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Growth: +200.0M per day since the census of 2026-03-03 00:00 UTC")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 models, 1 datasets, 4 spaces")), qPrintable(text));
}

void TestCensusStatus::runningAndPartialCensusesAreNotTheFigure()
{
    QVERIFY(storeCensus(m_h->store(), at(0), 40 * kBillion));
    QVERIFY(storeCensus(m_h->store(), at(kDay), 90 * kBillion, false));    // 67.5B of models so far
    const qint64 running = abandonRunning(m_h->store(), at(kDay + kHour)); // partial; a new one runs
    QVERIFY(running > 0);
    QVERIFY(storeKind(m_h->store(), running, CensusKind::Model,
                      {censusRepo(RepoKind::Model, QStringLiteral("org/x"), 5), censusRepo(RepoKind::Model, QStringLiteral("org/y"), 5)},
                      true));
    const QJsonObject census = statusJson().value(QStringLiteral("census")).toObject();
    QCOMPARE(census.value(QStringLiteral("totalAllTime")).toInteger(), 40 * kBillion);
    QCOMPARE(census.value(QStringLiteral("censuses")).toInteger(), 1);
    const QJsonObject progress = census.value(QStringLiteral("running")).toObject();
    QCOMPARE(progress.value(QStringLiteral("pages")).toInteger(), 1);
    QCOMPARE(progress.value(QStringLiteral("repos")).toInteger(), 2);
    QCOMPARE(progress.value(QStringLiteral("kindsDone")).toInteger(), 0);
    QCOMPARE(progress.value(QStringLiteral("shareOfLast")).toDouble(), 2.0 / 3);
    const QJsonObject partial = census.value(QStringLiteral("partial")).toObject();
    QCOMPARE(partial.value(QStringLiteral("repos")).toInteger(), 1);
    QCOMPARE(partial.value(QStringLiteral("coverage")).toDouble(), 1.0 / 3);
    const QString text = statusText();
    QVERIFY2(text.contains(QStringLiteral("40.0B all-time downloads")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Census under way since 2026-03-03 01:00 UTC: 1 page, 2 repos, 0 of 3 kinds done")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(33% of the last complete census); it is not part of the Hub-wide figures.")), qPrintable(text));
}

void TestCensusStatus::withoutACensusItSaysHowToGetOne()
{
    QVERIFY(m_h->add(test::poll({hwtest::repo(QStringLiteral("model:org/a"), 1000)}, at(0))) > 0);
    const QJsonObject o = statusJson();
    QCOMPARE(o.value(QStringLiteral("census")).toObject(), QJsonObject({{QStringLiteral("complete"), false}}));
    const QString text = statusText();
    QVERIFY2(text.contains(QStringLiteral("Whole Hub: no complete census yet. Run \"hubwatch census\"")), qPrintable(text));
}

void TestCensusStatus::aCensusAloneIsShownBeforeAnyPoll()
{
    QVERIFY(storeCensus(m_h->store(), at(0), 40 * kBillion));
    QCOMPARE(statusJson().value(QStringLiteral("census")).toObject().value(QStringLiteral("totalAllTime")).toInteger(), 40 * kBillion);
    const QString text = statusText();
    QVERIFY2(text.contains(QStringLiteral("none complete yet")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("40.0B all-time downloads")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCensusStatus)
#include "tst_censusstatus.moc"
