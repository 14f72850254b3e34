// The whole Hub as the reports read it from stored censuses (issue 17): the latest complete
// census and the one before, growth per day between them, a running census's progress, a
// partial census's coverage kept out of the Hub-wide series, and the charts' census series.
#include "CensusBuilder.h"
#include "HistoryBuilder.h"

#include "report/CensusFigures.h"
#include "report/ChartData.h"
#include "report/SeriesNames.h"
#include "report/StatusReport.h"

#include <QTest>

using namespace hwtest;
using namespace hwcensus;

class TestCensusFigures : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void latestPreviousAndGrowthPerDay();
    void growthNeedsTwoCensusesAnHourApart();
    void growthCountsOnlyReposInBothCensuses();
    void partialIsNeverMixedIn();
    void runningCensusProgress();
    void statusReportHasTheCensusBeforeAnyPoll();
    void chartHasOnePointPerCompleteCensus();
    void velocityIsTheGrowthBetweenCensuses();
    void breakdownChartsTheTopLabels();
    void chartOffersTheHubOnlyAfterACensus();

private:
    HistoryStore &store() { return m_h->store(); }
    // A complete census finished at `end` of these models, one dataset (org/d, 70) and no space.
    bool storeModels(const QDateTime &end, const RepoStatsList &models);
    std::unique_ptr<History> m_h;
};

bool TestCensusFigures::storeModels(const QDateTime &end, const RepoStatsList &models)
{
    const auto started = CensusStore::resumeOrStart(store(), end.addSecs(-3600), false);
    if (!started.ok())
        return false;
    const qint64 id = started.value.id;
    return storeKind(store(), id, CensusKind::Model, models)
        && storeKind(store(), id, CensusKind::Dataset, {censusRepo(RepoKind::Dataset, QStringLiteral("org/d"), 70)})
        && storeKind(store(), id, CensusKind::Space, {}) && CensusStore::finish(store(), id, end).ok();
}

void TestCensusFigures::init()
{
    m_h = std::make_unique<History>();
    QVERIFY(m_h->open());
}

void TestCensusFigures::latestPreviousAndGrowthPerDay()
{
    QVERIFY(storeCensus(store(), at(0), 40 * kBillion));
    QVERIFY(storeCensus(store(), at(7 * kDay), 41 * kBillion));
    QVERIFY(storeCensus(store(), at(14 * kDay), 42'400'000'000));
    const auto f = CensusFigures::build(store());
    QVERIFY(f.ok());
    QCOMPARE(f.value.latest.totalAllTime(), 42'400'000'000);
    QCOMPARE(f.value.latest.finishedAt, at(14 * kDay));
    QCOMPARE(f.value.previous.totalAllTime(), 41 * kBillion);
    QVERIFY(f.value.growthKnown);
    QCOMPARE(f.value.growthPerDay, 200'000'000.0); // 1.4B over 7 days
    QCOMPARE(f.value.totals.size(), 3);
    QCOMPARE(f.value.latest.kind(CensusKind::Model).repos, 1);
    QCOMPARE(f.value.latest.kind(CensusKind::Dataset).repos, 1);
    QCOMPARE(f.value.latest.kind(CensusKind::Space).repos, 1);
    QCOMPARE(CensusFigures::repos(f.value.latest), 3);
}

void TestCensusFigures::growthCountsOnlyReposInBothCensuses()
{
    // A day apart: org/a gains 50; org/new appears with 10,000 downloads and org/gone (300)
    // vanishes. The totals moved by 9,750; the Hub grew by 50.
    QVERIFY(
        storeModels(at(0),
                    {censusRepo(RepoKind::Model, QStringLiteral("org/a"), 100), censusRepo(RepoKind::Model, QStringLiteral("org/b"), 200),
                     censusRepo(RepoKind::Model, QStringLiteral("org/gone"), 300)}));
    QVERIFY(
        storeModels(at(kDay),
                    {censusRepo(RepoKind::Model, QStringLiteral("org/a"), 150), censusRepo(RepoKind::Model, QStringLiteral("org/b"), 200),
                     censusRepo(RepoKind::Model, QStringLiteral("org/new"), 10'000)}));
    const auto f = CensusFigures::build(store());
    QVERIFY(f.ok());
    QCOMPARE(f.value.latest.totalAllTime() - f.value.previous.totalAllTime(), 9'750);
    QVERIFY(f.value.growthKnown && f.value.growthOverMatchedRepos);
    QCOMPARE(f.value.growthPerDay, 50.0);
    QCOMPARE(f.value.appearedRepos, 1);
    QCOMPARE(f.value.vanishedRepos, 1);
}

void TestCensusFigures::growthNeedsTwoCensusesAnHourApart()
{
    QVERIFY(storeCensus(store(), at(0), 40 * kBillion));
    auto f = CensusFigures::build(store());
    QVERIFY(f.value.hasComplete());
    QVERIFY(!f.value.growthKnown);
    QVERIFY(storeCensus(store(), at(30 * kMinute), 41 * kBillion));
    f = CensusFigures::build(store());
    QVERIFY(!f.value.growthKnown); // half an hour: noise, not a rate
    QCOMPARE(CensusFigures::growth(f.value.previous, f.value.latest).known, false);
    QVERIFY(storeCensus(store(), at(2 * kHour + 30 * kMinute), 42 * kBillion));
    f = CensusFigures::build(store());
    QVERIFY(f.value.growthKnown);
    QCOMPARE(f.value.growthPerDay, 12.0 * kBillion); // 1B in 2 hours
}

void TestCensusFigures::partialIsNeverMixedIn()
{
    QVERIFY(storeCensus(store(), at(0), 40 * kBillion));
    QVERIFY(storeCensus(store(), at(kDay), 41 * kBillion));
    // A census with 60B of models so far, stopped and kept as partial by --restart.
    QVERIFY(storeCensus(store(), at(2 * kDay), 80 * kBillion, false));
    QVERIFY(abandonRunning(store(), at(2 * kDay + kHour)) > 0);
    const auto f = CensusFigures::build(store());
    QVERIFY(f.ok());
    QCOMPARE(f.value.latest.totalAllTime(), 41 * kBillion);
    QCOMPARE(f.value.totals.size(), 2);
    QCOMPARE(f.value.totals.last().value, 41 * kBillion);
    QCOMPARE(f.value.growthPerDay, 1.0 * kBillion);
    QVERIFY(f.value.partial.id > 0);
    QCOMPARE(CensusFigures::repos(f.value.partial), 1);        // its one page of models
    QCOMPARE(f.value.shareOfLatest(f.value.partial), 1.0 / 3); // of the 3 repos the last complete one counted
    QVERIFY(f.value.isRunning());                              // --restart began a new one
    // A complete census after it: the partial one is history, no longer shown.
    QVERIFY(storeCensus(store(), at(3 * kDay), 42 * kBillion));
    const auto later = CensusFigures::build(store());
    QCOMPARE(later.value.partial.id, 0);
    QCOMPARE(later.value.latest.totalAllTime(), 42 * kBillion);
}

void TestCensusFigures::runningCensusProgress()
{
    QVERIFY(storeCensus(
        store(), CensusSpec{at(0), 30 * kBillion, 10 * kBillion, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 3}));
    QVERIFY(storeCensus(store(), at(kDay), 50 * kBillion, false)); // one page of models so far
    const auto f = CensusFigures::build(store());
    QVERIFY(f.value.isRunning());
    QCOMPARE(f.value.running.pages(), 1);
    QCOMPARE(f.value.running.nextKind(), 0); // models not done yet
    QCOMPARE(CensusFigures::repos(f.value.running), 1);
    QCOMPARE(f.value.shareOfLatest(f.value.running), 1.0 / 7); // of 3 models, 1 dataset, 3 spaces
    QCOMPARE(f.value.latest.totalAllTime(), 40 * kBillion);    // the running one is not the figure
}

void TestCensusFigures::statusReportHasTheCensusBeforeAnyPoll()
{
    QVERIFY(storeCensus(store(), at(0), 40 * kBillion));
    const auto r = StatusReport::build(store(), at(kHour));
    QVERIFY(r.ok());
    QCOMPARE(r.value.headline.pollId, 0);
    QCOMPARE(r.value.census.latest.totalAllTime(), 40 * kBillion);
}

void TestCensusFigures::chartHasOnePointPerCompleteCensus()
{
    QVERIFY(storeCensus(store(), at(0), 40 * kBillion));
    QVERIFY(storeCensus(store(), at(7 * kDay), 41 * kBillion));
    QVERIFY(storeCensus(store(), at(8 * kDay), 90 * kBillion, false));
    QVERIFY(abandonRunning(store(), at(8 * kDay + kHour)) > 0);
    ChartRequest request;
    request.keys = {QStringLiteral("hub")};
    const ChartData data = ChartData::load(store(), request, at(9 * kDay));
    QCOMPARE(data.series.size(), 1);
    const ChartSeriesData &s = data.series.first();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.points.size(), 2);
    QCOMPARE(s.points[0].t, at(0).toMSecsSinceEpoch());
    QCOMPARE(s.points[0].value, 40.0 * kBillion);
    QCOMPARE(s.points[1].value, 41.0 * kBillion);
    QCOMPARE(s.nextMilestone, 50 * kBillion);
    // A range that starts after the first census leaves it out.
    request.range = QStringLiteral("7d");
    const ChartData lastWeek = ChartData::load(store(), request, at(9 * kDay));
    QCOMPARE(lastWeek.series.size(), 1);
    QCOMPARE(lastWeek.series.first().points.size(), 1);
    const ChartData later = ChartData::load(store(), request, at(20 * kDay));
    QCOMPARE(later.series.size(), 1);
    QCOMPARE(later.series.first().points.size(), 0);
}

void TestCensusFigures::velocityIsTheGrowthBetweenCensuses()
{
    const auto model = [](const char *name, qint64 allTime) { return censusRepo(RepoKind::Model, QString::fromLatin1(name), allTime); };
    QVERIFY(storeModels(at(0), {model("org/a", 100), model("org/b", 200), model("org/gone", 300)}));
    // A day later: org/a gained 50; org/new (10,000) appeared and org/gone vanished.
    QVERIFY(storeModels(at(kDay), {model("org/a", 150), model("org/b", 200), model("org/new", 10'000)}));
    // Two days later: 200 more from the repos both counted; org/new2 (5,000) appeared.
    QVERIFY(storeModels(at(3 * kDay), {model("org/a", 250), model("org/b", 300), model("org/new", 10'000), model("org/new2", 5'000)}));
    QVERIFY(storeCensus(store(), at(4 * kDay), 90 * kBillion, false)); // a census under way: no point
    ChartRequest request;
    request.keys = {QStringLiteral("hub")};
    request.kind = ChartKind::Velocity;
    const ChartData data = ChartData::load(store(), request, at(4 * kDay));
    QCOMPARE(data.series.size(), 1);
    const ChartSeriesData &s = data.series.first();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.points.size(), 2);
    QCOMPARE(s.points[0].t, at(kDay).toMSecsSinceEpoch());
    QCOMPARE(s.points[0].value, 50.0);
    QCOMPARE(s.points[1].t, at(3 * kDay).toMSecsSinceEpoch());
    QCOMPARE(s.points[1].value, 100.0); // not (5,200) / 2 from the totals
    // The last 7 days on day 9 (from day 2) keep only the third census's point.
    request.range = QStringLiteral("7d");
    const ChartData lastWeek = ChartData::load(store(), request, at(9 * kDay));
    QCOMPARE(lastWeek.series.size(), 1);
    QCOMPARE(lastWeek.series.first().points.size(), 1);

    // Per day, week or month a census has nothing to give: the chart says so.
    request.range = QStringLiteral("all");
    request.kind = ChartKind::Weekly;
    const ChartData weekly = ChartData::load(store(), request, at(4 * kDay));
    QCOMPARE(weekly.series.size(), 1);
    QVERIFY(!weekly.series.first().error.isEmpty());
    QVERIFY(weekly.series.first().periods.isEmpty());
}

void TestCensusFigures::breakdownChartsTheTopLabels()
{
    QStringList tags;
    for (int i = 0; i < 7; ++i)
        tags << QStringLiteral("tag-%1").arg(i);
    tags[2] = QStringLiteral("<img src=x>"); // Hub text: a name, kept as it is
    QVERIFY(storeCensus(store(), CensusSpec{at(0), 7 * kBillion, kBillion, tags, 1}));
    QVERIFY(storeCensus(store(), CensusSpec{at(kDay), 14 * kBillion, kBillion, tags, 1}));
    ChartRequest request;
    request.keys = {QStringLiteral("hub-by:pipeline")};
    const ChartData data = ChartData::load(store(), request, at(2 * kDay));
    QCOMPARE(data.series.size(), 5); // the top five of seven
    QStringList keys;
    for (const ChartSeriesData &s : data.series) {
        keys << s.key;
        QCOMPARE(s.points.size(), 2);
    }
    QCOMPARE(
        keys,
        (QStringList{QStringLiteral("hub-pipeline:tag-0"), QStringLiteral("hub-pipeline:tag-1"), QStringLiteral("hub-pipeline:<img src=x>"),
                     QStringLiteral("hub-pipeline:tag-3"), QStringLiteral("hub-pipeline:tag-4")}));
    QCOMPARE(SeriesNames::display(keys[2]), QStringLiteral("Whole Hub: <img src=x>"));
    QVERIFY(data.series[1].points[1].value > data.series[1].points[0].value);
    // Licences come from models and datasets alike: one series, both kinds' downloads.
    request.keys = {QStringLiteral("hub-by:licence")};
    const ChartData licences = ChartData::load(store(), request, at(2 * kDay));
    QCOMPARE(licences.series.size(), 1);
    QCOMPARE(licences.series.first().key, QStringLiteral("hub-licence:apache-2.0"));
    QCOMPARE(licences.series.first().points.last().value, 15.0 * kBillion);
    // Authors (the owner in owner/name) and weight formats are charted the same way.
    request.keys = {QStringLiteral("hub-by:author")};
    const ChartData authors = ChartData::load(store(), request, at(2 * kDay));
    QCOMPARE(authors.series.size(), 1);
    QCOMPARE(authors.series.first().key, QStringLiteral("hub-author:org"));
    QCOMPARE(authors.series.first().points.size(), 2);
    QVERIFY(authors.series.first().points[1].value > authors.series.first().points[0].value);
    QCOMPARE(SeriesNames::display(QStringLiteral("hub-by:format")), QStringLiteral("Whole Hub by weight format"));
}

void TestCensusFigures::chartOffersTheHubOnlyAfterACensus()
{
    QVERIFY(m_h->add(test::poll({hwtest::repo(QStringLiteral("model:org/a"), 1000)}, at(0))) > 0);
    auto keys = ChartData::trackedSeries(store());
    QCOMPARE(keys.value, (QStringList{QStringLiteral("headline"), QStringLiteral("model:org/a")}));
    QVERIFY(storeCensus(store(), at(kHour), 40 * kBillion, false)); // running: not yet
    QCOMPARE(ChartData::trackedSeries(store()).value.size(), 2);
    QVERIFY(abandonRunning(store(), at(2 * kHour)) > 0);
    QVERIFY(storeCensus(store(), at(3 * kHour), 40 * kBillion));
    keys = ChartData::trackedSeries(store());
    QCOMPARE(keys.value,
             (QStringList{QStringLiteral("headline"), QStringLiteral("hub"), QStringLiteral("hub-by:pipeline"),
                          QStringLiteral("hub-by:library"), QStringLiteral("hub-by:licence"), QStringLiteral("hub-by:format"),
                          QStringLiteral("hub-by:author"), QStringLiteral("model:org/a")}));
}

QTEST_GUILESS_MAIN(TestCensusFigures)
#include "tst_censusfigures.moc"
