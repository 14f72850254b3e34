// StatusReport::build on real stored histories with known answers: the headline, growth per
// day from per-repo deltas, the next milestone, the projection and the hot categories.
#include "HistoryBuilder.h"
#include "TestWait.h"

#include "report/StatusReport.h"
#include "store/AlertStore.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace hwtest;

// One poll of a row: when, whether complete, and the all-time count of model:org/r0, r1, …
// (-1: not in this poll).
struct PollSpec
{
    qint64 t = 0;
    bool complete = true;
    QList<qint64> allTime;
};
Q_DECLARE_METATYPE(QList<PollSpec>)

namespace {

PollResult pollOf(const PollSpec &spec)
{
    RepoStatsList repos;
    for (qsizetype i = 0; i < spec.allTime.size(); ++i)
        if (spec.allTime[i] >= 0)
            repos.append(repo(QStringLiteral("model:org/r%1").arg(i), spec.allTime[i]));
    return test::poll(repos, at(spec.t), PollScope(), spec.complete);
}

StatusReport build(History &h, const QDateTime &now)
{
    const auto r = StatusReport::build(h.store(), now);
    if (!r.ok()) // fails the test: a default report must not stand in for the real one
        hubwatch::test::failTest(QStringLiteral("StatusReport::build failed: ") + r.error.message());
    return r.value;
}

const CategoryShare *category(const HotCategoriesResult &hot, const QString &tag)
{
    for (const CategoryShare &c : hot.categories)
        if (c.tag == tag)
            return &c;
    return nullptr;
}

} // namespace

class TestStatusReport : public QObject
{
    Q_OBJECT
private slots:
    void emptyHistory();
    void headline();
    void growth_data();
    void growth();
    void nextMilestone_data();
    void nextMilestone();
    void projection_data();
    void projection();
    void projectionFollowsDownloadsNotScope_data();
    void projectionFollowsDownloadsNotScope();
    void saturatedTotals_data();
    void saturatedTotals();
    void hotCategories_data();
    void hotCategories();
    void staleHistory_data();
    void staleHistory();
};

void TestStatusReport::emptyHistory()
{
    History h;
    QVERIFY(h.open());
    const auto r = StatusReport::build(h.store(), kT0);
    QVERIFY(r.ok());
    QCOMPARE(r.value.headline.pollId, 0);
    QVERIFY(!r.value.growthKnown);
    QVERIFY(r.value.latest.isEmpty());
}

void TestStatusReport::headline()
{
    History h;
    QVERIFY(h.open());
    const RepoStatsList repos{repo(QStringLiteral("model:acme/llm"), 600 * kMillion, 40 * kMillion),
                              repo(QStringLiteral("model:acme/small"), 300 * kMillion, 20 * kMillion),
                              repo(QStringLiteral("dataset:acme/data"), 33 * kMillion, 3 * kMillion)};
    const qint64 complete = h.add(test::poll(repos, kT0));
    QVERIFY(complete > 0);
    // A later partial poll never becomes the headline.
    QVERIFY(h.add(test::poll({repo(QStringLiteral("model:acme/llm"), 601 * kMillion)}, at(kHour), PollScope(), false)) > 0);
    const StatusReport s = build(h, at(kHour));
    QCOMPARE(s.headline.pollId, complete);
    QCOMPARE(s.headline.at, kT0);
    QCOMPARE(s.headline.totalAllTime, 933 * kMillion);
    QCOMPARE(s.headline.sumDownloads30d, 63 * kMillion);
    QCOMPARE(s.headline.reposCovered, 3);
    QCOMPARE(s.headline.models, 2);
    QCOMPARE(s.headline.datasets, 1);
    QCOMPARE(s.headline.scopeKey, PollScope().key());
    QCOMPARE(s.nextMilestone, kBillion);
    QCOMPARE(s.latest.size(), 3);
    QCOMPARE(s.latest.first().name, QStringLiteral("acme/llm"));
    QCOMPARE(s.latest.first().allTime, 601 * kMillion); // the latest values include the partial poll
}

void TestStatusReport::growth_data()
{
    QTest::addColumn<QList<PollSpec>>("polls");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("known");
    QTest::addColumn<double>("perDay");
    QTest::addColumn<qint64>("spanMs");
    // r2 enters with 1B: the headline jumps, the growth does not.
    QTest::newRow("a repo entering the top N") << QList<PollSpec>{{0, true, {100 * kMillion, 200 * kMillion}},
                                                                  {kDay, true, {150 * kMillion, 260 * kMillion, kBillion}}}
                                               << 1410 * kMillion << true << 110e6 << kDay;
    QTest::newRow("a repo leaving") << QList<PollSpec>{{0, true, {100, kBillion}}, {kDay, true, {300, -1}}} << qint64(300) << true << 200.0
                                    << kDay;
    QTest::newRow("compares about a day back") << QList<PollSpec>{{0, true, {100}}, {kDay, true, {200}}, {2 * kDay, true, {400}}}
                                               << qint64(400) << true << 200.0 << kDay;
    QTest::newRow("half a day, per day") << QList<PollSpec>{{0, true, {1000}}, {12 * kHour, true, {1600}}} << qint64(1600) << true << 1200.0
                                         << 12 * kHour;
    QTest::newRow("exactly an hour") << QList<PollSpec>{{0, true, {1000}}, {kHour, true, {1100}}} << qint64(1100) << true << 2400.0
                                     << kHour;
    QTest::newRow("30 minutes apart: unknown") << QList<PollSpec>{{0, true, {1000}}, {30 * kMinute, true, {1100}}} << qint64(1100) << false
                                               << 0.0 << qint64(0);
    QTest::newRow("a single poll: unknown") << QList<PollSpec>{{0, true, {1000}}} << qint64(1000) << false << 0.0 << qint64(0);
    // The oldest snapshot there is: the first complete poll, not the first poll.
    QTest::newRow("first poll partial") << QList<PollSpec>{{0, false, {100}}, {2 * kHour, true, {200}}, {4 * kHour, true, {300}}}
                                        << qint64(300) << true << 1200.0 << 2 * kHour;
}

void TestStatusReport::growth()
{
    QFETCH(QList<PollSpec>, polls);
    QFETCH(qint64, total);
    QFETCH(bool, known);
    QFETCH(double, perDay);
    QFETCH(qint64, spanMs);
    History h;
    QVERIFY(h.open());
    for (const PollSpec &p : std::as_const(polls))
        QVERIFY(h.add(pollOf(p)) > 0);
    const StatusReport s = build(h, at(polls.last().t));
    QCOMPARE(s.headline.totalAllTime, total);
    QCOMPARE(s.growthKnown, known);
    if (known) {
        QCOMPARE(s.growthPerDay, perDay);
        QCOMPARE(s.growthSpanMs, spanMs);
    }
}

void TestStatusReport::nextMilestone_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("threshold"); // a user threshold on the headline; 0: none
    QTest::addColumn<qint64>("next");
    QTest::newRow("933M") << 933 * kMillion << qint64(0) << kBillion;
    QTest::newRow("exactly 1B") << kBillion << qint64(0) << 2 * kBillion;
    QTest::newRow("2.3B") << 2300 * kMillion << qint64(0) << 5 * kBillion;
    QTest::newRow("933M, threshold 950M") << 933 * kMillion << 950 * kMillion << 950 * kMillion;
    QTest::newRow("960M, threshold 950M") << 960 * kMillion << 950 * kMillion << kBillion;
}

void TestStatusReport::nextMilestone()
{
    QFETCH(qint64, total);
    QFETCH(qint64, threshold);
    QFETCH(qint64, next);
    History h;
    QVERIFY(h.open());
    if (threshold > 0)
        QVERIFY(!AlertStore(h.store()).addThreshold(QStringLiteral("headline"), threshold).isError());
    QVERIFY(h.add(pollOf({0, true, {total}})) > 0);
    QCOMPARE(build(h, kT0).nextMilestone, next);
}

void TestStatusReport::projection_data()
{
    QTest::addColumn<int>("polls"); // daily, 900M + 10M a day
    QTest::addColumn<Projection::Status>("status");
    QTest::addColumn<qint64>("etaMs"); // after T0; the line reaches 1B on day 10
    QTest::newRow("5 daily polls") << 5 << Projection::Status::Ok << 10 * kDay;
    QTest::newRow("8 daily polls") << 8 << Projection::Status::Ok << 10 * kDay;
    QTest::newRow("2 polls") << 2 << Projection::Status::TooShort << qint64(0);
    QTest::newRow("4 polls") << 4 << Projection::Status::TooShort << qint64(0);
}

void TestStatusReport::projection()
{
    QFETCH(int, polls);
    QFETCH(Projection::Status, status);
    QFETCH(qint64, etaMs);
    History h;
    QVERIFY(h.open());
    for (int d = 0; d < polls; ++d) // two repos, so the headline is a sum
        QVERIFY(h.add(pollOf({d * kDay, true, {800 * kMillion + 6 * kMillion * d, 100 * kMillion + 4 * kMillion * d}})) > 0);
    const StatusReport s = build(h, at((polls - 1) * kDay));
    QCOMPARE(s.nextMilestone, kBillion);
    QCOMPARE(s.projection.status, status);
    if (status != Projection::Status::Ok)
        return;
    QCOMPARE(s.projection.model, Projection::Model::Linear);
    QVERIFY2(std::abs(s.projection.eta.msecsTo(at(etaMs))) <= kMinute, qPrintable(s.projection.eta.toString(Qt::ISODateWithMs)));
    QVERIFY(s.projection.etaLow <= s.projection.eta);
    QVERIFY(!s.projection.etaHigh.isValid() || s.projection.eta <= s.projection.etaHigh);
    QVERIFY(std::abs(s.projection.perDay - 10e6) < 1.0);
}

// Polls every 6 hours for 8 days: ten repos of 1B together gaining 11M a day, `entering` repos of
// 800M joining every day and `leaving` of the twenty 500M repos there at first dropping out.
QList<PollSpec> topNPolls(int entering, int leaving)
{
    QList<PollSpec> polls;
    for (qint64 t = 0; t <= 8 * kDay; t += 6 * kHour) {
        const qint64 day = t / kDay;
        PollSpec p{t, true, {}};
        for (int i = 0; i < 10; ++i)
            p.allTime.append(kBillion + 11 * kMillion / 10 * t / kDay);
        for (int k = 0; k < 20; ++k)
            p.allTime.append(k >= day * leaving ? 500 * kMillion : -1);
        for (int e = 1; e <= 8; ++e)
            for (int j = 0; j < entering; ++j)
                p.allTime.append(e <= day ? 800 * kMillion : -1);
        polls.append(p);
    }
    return polls;
}

void TestStatusReport::projectionFollowsDownloadsNotScope_data()
{
    QTest::addColumn<QList<PollSpec>>("polls");
    QTest::newRow("steady 11M a day") << topNPolls(0, 0);
    // The total jumps 1.6B a day: fitted raw, the next milestone looked days away.
    QTest::newRow("two 800M repos entering a day") << topNPolls(2, 0);
    QTest::newRow("two 500M repos leaving a day") << topNPolls(0, 2);
    QTest::newRow("the top N swapping one a day") << topNPolls(1, 1);
}

void TestStatusReport::projectionFollowsDownloadsNotScope()
{
    QFETCH(QList<PollSpec>, polls);
    History h;
    QVERIFY(h.open());
    for (const PollSpec &p : std::as_const(polls))
        QVERIFY(h.add(pollOf(p)) > 0);
    const QDateTime now = at(polls.last().t);
    const StatusReport s = build(h, now);
    QVERIFY(s.growthKnown);
    QCOMPARE(s.growthPerDay, 11e6);
    QCOMPARE(s.projection.status, Projection::Status::Ok);
    QCOMPARE(s.projection.model, Projection::Model::Linear);
    QVERIFY(std::abs(s.projection.perDay - 11e6) < 1.0);
    // The downloads' own pace from the total now.
    const QDateTime right = now.addMSecs(std::llround(double(s.nextMilestone - s.headline.totalAllTime) / 11e6 * kDay));
    QVERIFY2(std::abs(s.projection.eta.msecsTo(right)) <= kMinute,
             qPrintable(s.projection.eta.toString(Qt::ISODate) + QStringLiteral(" instead of ") + right.toString(Qt::ISODate)));
    QVERIFY(s.projection.etaLow <= s.projection.eta && s.projection.eta <= s.projection.etaHigh);
    QVERIFY(s.projection.etaLow.msecsTo(s.projection.etaHigh) < kHour); // steady growth: a narrow range
}

void TestStatusReport::saturatedTotals_data()
{
    QTest::addColumn<QList<qint64>>("allTime");
    QTest::addColumn<bool>("saturated");
    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("past qint64") << QList<qint64>{max, 3} << true;
    QTest::newRow("at qint64's maximum: may be beyond it") << QList<qint64>{max} << true;
    QTest::newRow("one below the maximum") << QList<qint64>{max - 4, 3} << false;
    QTest::newRow("beyond 2^53, within qint64") << QList<qint64>{Q_INT64_C(9007199254740993), 3} << false;
}

void TestStatusReport::saturatedTotals()
{
    QFETCH(QList<qint64>, allTime);
    QFETCH(bool, saturated);
    History h;
    QVERIFY(h.open());
    QVERIFY(h.add(pollOf({0, true, allTime})) > 0);
    const StatusReport s = build(h, kT0);
    QCOMPARE(s.saturated, saturated);
    if (saturated) // stopped at the limit, never wrapped to a negative total
        QCOMPARE(s.headline.totalAllTime, std::numeric_limits<qint64>::max());
}

void TestStatusReport::hotCategories_data()
{
    QTest::addColumn<int>("days"); // daily polls of HistoryBuilder's hot fixture
    QTest::addColumn<bool>("filled");
    QTest::newRow("9 days") << 9 << true;
    QTest::newRow("12 days") << 12 << true;
    QTest::newRow("8 days") << 8 << false;
    QTest::newRow("5 days") << 5 << false;
}

void TestStatusReport::hotCategories()
{
    QFETCH(int, days);
    QFETCH(bool, filled);
    History h;
    QVERIFY(h.open());
    for (int d = 0; d < days; ++d)
        QVERIFY(h.add(test::poll(hotRepos(d * kDay), at(d * kDay))) > 0);
    const StatusReport s = build(h, at((days - 1) * kDay));
    QCOMPARE(s.hot.hasBaseline, filled);
    const CategoryShare *image = category(s.hot, QStringLiteral("text-to-image"));
    const CategoryShare *text = category(s.hot, QStringLiteral("text-generation"));
    QVERIFY(image && text);
    QVERIFY(!category(s.hot, QStringLiteral("fill-mask"))); // 10 a day: never in the top 50
    QCOMPARE(s.hot.totalNow, 54000.0);
    QVERIFY(std::abs(image->shareNow - 1400000.0 / 54000.0) < 1e-9);
    QVERIFY(std::abs(text->shareNow - 4000000.0 / 54000.0) < 1e-9);
    if (!filled) {
        QVERIFY(!image->alert);
        QCOMPARE(s.hot.totalWeekAgo, 0.0);
        return;
    }
    QCOMPARE(s.hot.categories.first().tag, QStringLiteral("text-generation")); // the larger share first
    QCOMPARE(s.hot.totalWeekAgo, days - 8 < 3 ? 50000.0 : 54000.0);
    if (days - 8 < 3) { // a week ago was before text-to-image sped up (day 3)
        QCOMPARE(image->shareWeekAgo, 20.0);
        QVERIFY(std::abs(image->changePoints - (1400000.0 / 54000.0 - 20.0)) < 1e-9);
        QVERIFY(image->alert);
        QVERIFY(!text->alert);
    } else {
        QVERIFY(std::abs(image->changePoints) < 1e-9);
        QVERIFY(!image->alert);
    }
    QVERIFY(s.hot.newEntrants.isEmpty());
}

QTEST_GUILESS_MAIN(TestStatusReport)
#include "tst_statusreport.moc"

void TestStatusReport::staleHistory_data()
{
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<bool>("stale");
    // Three poll intervals, and at least a day: hourly polls go stale after a day.
    QTest::newRow("hourly, last poll an hour ago") << kHour << kHour << false;
    QTest::newRow("hourly, last poll 23 hours ago") << kHour << 23 * kHour << false;
    QTest::newRow("hourly, last poll 25 hours ago") << kHour << 25 * kHour << true;
    QTest::newRow("hourly, last poll a year ago") << kHour << 365 * 24 * kHour << true;
    QTest::newRow("daily, last poll 2 days ago") << 24 * kHour << 48 * kHour << false;
    QTest::newRow("daily, last poll 4 days ago") << 24 * kHour << 96 * kHour << true;
}

void TestStatusReport::staleHistory()
{
    QFETCH(qint64, stepMs);
    QFETCH(qint64, ageMs);
    QFETCH(bool, stale);
    History h;
    QVERIFY(h.open());
    constexpr int polls = 12;
    for (int i = 0; i < polls; ++i)
        QVERIFY(h.add(pollOf({i * stepMs, true, {kBillion / 2 + i * 10 * kMillion, 300 * kMillion + i * kMillion}})) > 0);
    const qint64 last = (polls - 1) * stepMs;
    const StatusReport s = build(h, at(last + ageMs));
    QCOMPARE(s.stale, stale);
    QCOMPARE(s.lastPollAgeMs, ageMs);
    if (stale) {
        // Not "0 poll(s) so far": the history is there, only old.
        QCOMPARE(s.projection.status, Projection::Status::Stale);
        QVERIFY2(s.projection.explanation.contains(QLatin1String("stale")), qPrintable(s.projection.explanation));
        QVERIFY(!s.projection.eta.isValid());
    } else {
        QVERIFY(s.projection.status != Projection::Status::Stale);
    }
    QCOMPARE(s.headline.at, at(last)); // the headline is still shown as of its poll
}
