// SeriesQueries over a real store filled through HistoryStore::storePoll: step values of
// change-only samples, gaps (never zeros), the headline, calendar-period downloads, and speed.
#include "TestBackend.h"
#include "TestBuilders.h"
#include "store/HistoryStore.h"
#include "store/SeriesQueries.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <optional>

using namespace hubwatch;
using namespace hubwatch::test;

namespace {

const QDateTime kMonday(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
constexpr qint64 kHour = 3600 * 1000;

// What a step chart shows at t: the last point at or before t; nothing inside a gap or past the end.
std::optional<double> stepAt(const QList<ChartPoint> &points, qint64 t)
{
    qsizetype i = points.size() - 1;
    while (i >= 0 && points[i].t > t)
        --i;
    if (i < 0)
        return std::nullopt;
    if (points[i].t == t)
        return points[i].value;
    if (i + 1 == points.size() || points[i + 1].gapBefore)
        return std::nullopt;
    return points[i].value;
}

} // namespace

class TestSeriesQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stepValuesAtEveryPoll_data();
    void stepValuesAtEveryPoll();
    void rangeHoldsTheValueBeforeIt_data();
    void rangeHoldsTheValueBeforeIt();
    void absentRepoIsAGap_data();
    void absentRepoIsAGap();
    void dayWithoutPollsIsAGap();
    void otherScopesDoNotBreakASeries();
    void headlineFromCompletePollsOnly();
    void headlineScopes();
    void refusedKeysAndMetrics_data();
    void refusedKeysAndMetrics();
    void periodBoundaries_data();
    void periodBoundaries();
    void periodDownloads_data();
    void periodDownloads();
    void daysSumToTheirWeekAndMonth();
    void yearOfHourlyPollsIsFast();

private:
    void store(const PollResult &p) { QVERIFY(m_store->storePoll(p).ok()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestSeriesQueries::initTestCase()
{
    // HUBWATCH_TEST_BACKEND=postgresql (the _pg ctest entry): the same tests on a private server.
    QString error;
    QVERIFY2(hubwatch::test::TestBackend::instance().prepare(&error), qPrintable(error));
}

void TestSeriesQueries::init()
{
    m_dir = temporaryDir();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>();
    const StoreError e =
        m_store->open(hubwatch::test::TestBackend::instance().newHistory(m_dir->filePath(QStringLiteral("history.sqlite"))));
    QVERIFY2(!e.isError(), qPrintable(e.message()));
}

void TestSeriesQueries::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSeriesQueries::stepValuesAtEveryPoll_data()
{
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<QList<qint64>>("values"); // one per hourly poll; the other figures stay put
    QTest::newRow("all-time, mostly flat") << Metric::AllTime << QList<qint64>{100, 100, 100, 120, 120, 150, 150, 150, 150, 151};
    QTest::newRow("all-time, a correction") << Metric::AllTime << QList<qint64>{500, 510, 490, 490, 495, 495, 495, 600, 600, 600};
    QTest::newRow("30-day, up and down") << Metric::Downloads30d << QList<qint64>{40, 40, 35, 35, 35, 50, 20, 20, 20, 20};
    QTest::newRow("likes, one change") << Metric::Likes << QList<qint64>{7, 7, 7, 7, 7, 8, 8, 8, 8, 8};
    QTest::newRow("never changes") << Metric::Likes << QList<qint64>{3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
}

void TestSeriesQueries::stepValuesAtEveryPoll()
{
    QFETCH(Metric, metric);
    QFETCH(QList<qint64>, values);
    for (int i = 0; i < values.size(); ++i) {
        const qint64 v = values[i];
        const RepoStats a = metric == Metric::AllTime ? repo(RepoKind::Model, QStringLiteral("org/a"), v, 10, 1)
            : metric == Metric::Downloads30d          ? repo(RepoKind::Model, QStringLiteral("org/a"), 1000, v, 1)
                                                      : repo(RepoKind::Model, QStringLiteral("org/a"), 1000, 10, v);
        store(poll({a}, kMonday.addMSecs(i * kHour)));
    }
    // Change-only: fewer rows than polls whenever a value repeats.
    int changes = 1;
    for (int i = 1; i < values.size(); ++i)
        changes += values[i] != values[i - 1];
    QCOMPARE(m_store->sampleCount().value, qint64(changes));

    const auto s = SeriesQueries(*m_store).series(QStringLiteral("model:org/a"), metric, {}, {}, 0);
    QVERIFY2(s.ok(), qPrintable(s.error.message()));
    QVERIFY(s.value.points.size() <= values.size());
    for (int i = 0; i < values.size(); ++i) {
        const auto shown = stepAt(s.value.points, kMonday.addMSecs(i * kHour).toMSecsSinceEpoch());
        QVERIFY2(shown.has_value(), qPrintable(QStringLiteral("no value at poll %1").arg(i)));
        QCOMPARE(*shown, double(values[i]));
    }
    // Drawn as plain lines, the step is right too: every change has the old value just before it.
    for (const ChartPoint &p : s.value.points)
        QVERIFY(!p.gapBefore);
    QCOMPARE(s.value.points.first().t, kMonday.toMSecsSinceEpoch());
    QCOMPARE(s.value.points.last().t, kMonday.addMSecs((values.size() - 1) * kHour).toMSecsSinceEpoch());
}

void TestSeriesQueries::rangeHoldsTheValueBeforeIt_data()
{
    // Stored in time order, a range is read as one interval of poll ids; stored out of order (an
    // import of older polls), by the polls' times. Both must show the same values.
    QTest::addColumn<QList<int>>("storeOrder");
    QTest::newRow("in time order") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("older polls stored later") << QList<int>{5, 6, 7, 8, 9, 0, 1, 2, 3, 4};
}

void TestSeriesQueries::rangeHoldsTheValueBeforeIt()
{
    QFETCH(QList<int>, storeOrder);
    const QList<qint64> values{100, 100, 120, 120, 120, 150, 150, 170, 170, 180};
    for (int i : storeOrder)
        store(poll({repo(RepoKind::Model, QStringLiteral("org/a"), values[i], 10, 1)}, kMonday.addMSecs(i * kHour)));
    // Polls 3..7: poll 3 stored no sample (120 since poll 2), so its value comes from before the range.
    const auto s = SeriesQueries(*m_store).series(QStringLiteral("model:org/a"), Metric::AllTime, kMonday.addMSecs(3 * kHour),
                                                  kMonday.addMSecs(7 * kHour), 0);
    QVERIFY2(s.ok(), qPrintable(s.error.message()));
    QVERIFY(!s.value.points.isEmpty());
    QCOMPARE(s.value.points.first().t, kMonday.addMSecs(3 * kHour).toMSecsSinceEpoch());
    QCOMPARE(s.value.points.last().t, kMonday.addMSecs(7 * kHour).toMSecsSinceEpoch());
    for (int i = 3; i <= 7; ++i) {
        const auto shown = stepAt(s.value.points, kMonday.addMSecs(i * kHour).toMSecsSinceEpoch());
        QVERIFY2(shown.has_value(), qPrintable(QStringLiteral("no value at poll %1").arg(i)));
        QCOMPARE(*shown, double(values[i]));
    }
}

void TestSeriesQueries::absentRepoIsAGap_data()
{
    QTest::addColumn<qint64>("returnsWith"); // all-time when it is seen again
    QTest::addColumn<bool>("partial");       // absent because the polls were partial
    QTest::newRow("same figures, no new row") << qint64(300) << false;
    QTest::newRow("new figures") << qint64(450) << false;
    QTest::newRow("partial polls missed it") << qint64(450) << true;
}

void TestSeriesQueries::absentRepoIsAGap()
{
    QFETCH(qint64, returnsWith);
    QFETCH(bool, partial);
    // Ten hourly polls; org/b is seen in 0-2 and 6-9, not in 3-5 (org/a keeps the polls going).
    for (int i = 0; i < 10; ++i) {
        RepoStatsList repos{repo(RepoKind::Model, QStringLiteral("org/a"), 1000 + i, 10, 1)};
        const bool seen = i < 3 || i > 5;
        if (seen)
            repos.append(repo(RepoKind::Model, QStringLiteral("org/b"), i < 3 ? 100 * (i + 1) : returnsWith, 10, 1));
        store(poll(repos, kMonday.addMSecs(i * kHour), PollScope(), seen || !partial));
    }
    const auto s = SeriesQueries(*m_store).series(QStringLiteral("model:org/b"), Metric::AllTime, {}, {}, 0);
    QVERIFY2(s.ok(), qPrintable(s.error.message()));
    const qint64 t0 = kMonday.toMSecsSinceEpoch();
    const QList<ChartPoint> expected{{t0, 100, false},
                                     {t0 + kHour, 200, false},
                                     {t0 + 2 * kHour, 300, false},
                                     {t0 + 6 * kHour, double(returnsWith), true},
                                     {t0 + 9 * kHour, double(returnsWith), false}};
    QCOMPARE(s.value.points, expected);
    for (int i = 3; i <= 5; ++i)
        QVERIFY(!stepAt(s.value.points, t0 + i * kHour).has_value());
    // Downsampled, the gap is still there and still no zero.
    const auto small = SeriesQueries(*m_store).series(QStringLiteral("model:org/b"), Metric::AllTime, {}, {}, 4);
    QVERIFY(small.value.points.size() <= 4);
    QVERIFY(std::any_of(small.value.points.cbegin(), small.value.points.cend(), [](const ChartPoint &p) { return p.gapBefore; }));
    for (const ChartPoint &p : small.value.points)
        QVERIFY(p.value > 0);
}

void TestSeriesQueries::dayWithoutPollsIsAGap()
{
    // Hourly on Monday, nothing on Tuesday, hourly again on Wednesday: the presence run goes on
    // (no poll missed the repo), but a day without polls is a gap for the repo and the headline.
    for (int day : {0, 2})
        for (int h = 0; h < 24; ++h)
            store(poll({repo(RepoKind::Model, QStringLiteral("org/a"), 100 * day + h, 10, 1)}, kMonday.addDays(day).addMSecs(h * kHour)));
    SeriesQueries queries(*m_store);
    for (const QString &key : {QStringLiteral("model:org/a"), QStringLiteral("headline")}) {
        const auto s = queries.series(key, Metric::AllTime, {}, {}, 0);
        QVERIFY2(s.ok(), qPrintable(s.error.message()));
        QCOMPARE(s.value.gapThresholdMs, 3 * kHour);
        QCOMPARE(s.value.rawPointCount, 48);
        int gaps = 0;
        for (const ChartPoint &p : s.value.points) {
            QVERIFY(p.value >= 0 && (p.value < 24 || p.value >= 200));
            if (p.gapBefore) {
                ++gaps;
                QCOMPARE(p.t, kMonday.addDays(2).toMSecsSinceEpoch());
            }
        }
        QCOMPARE(gaps, 1);
        QVERIFY(!stepAt(s.value.points, kMonday.addDays(1).toMSecsSinceEpoch()).has_value());
    }
    // A threshold set by hand wins: with 30 hours, Tuesday is no gap.
    queries.setGapThreshold(30 * kHour);
    const auto s = queries.series(QStringLiteral("model:org/a"), Metric::AllTime, {}, {}, 0);
    QVERIFY(std::none_of(s.value.points.cbegin(), s.value.points.cend(), [](const ChartPoint &p) { return p.gapBefore; }));
}

void TestSeriesQueries::otherScopesDoNotBreakASeries()
{
    PollScope top, watch;
    watch.topModels = watch.topDatasets = 0;
    WatchItem other;
    QString error;
    QVERIFY(WatchItem::parse(QStringLiteral("model:org/other"), &other, &error));
    watch.watch = {other};
    // The top scope polls on the hour and sees org/a; a watchlist polls at half past and does not.
    for (int i = 0; i < 6; ++i) {
        store(poll({repo(RepoKind::Model, QStringLiteral("org/a"), 10 + i, 10, 1)}, kMonday.addMSecs(i * kHour), top));
        store(poll({repo(RepoKind::Model, QStringLiteral("org/other"), 5, 10, 1)}, kMonday.addMSecs(i * kHour + kHour / 2), watch));
    }
    const auto s = SeriesQueries(*m_store).series(QStringLiteral("model:org/a"), Metric::AllTime, {}, {}, 0);
    QCOMPARE(s.value.points.size(), 6);
    for (const ChartPoint &p : s.value.points)
        QVERIFY(!p.gapBefore);
}

void TestSeriesQueries::headlineFromCompletePollsOnly()
{
    // complete, partial (sees only one repo), complete, failed, complete
    const QList<bool> complete{true, false, true, false, true};
    for (int i = 0; i < complete.size(); ++i) {
        RepoStatsList repos{repo(RepoKind::Model, QStringLiteral("org/a"), 100 * (i + 1), 5, 1),
                            repo(RepoKind::Dataset, QStringLiteral("org/d"), 10, 2, 1)};
        if (!complete[i])
            repos = i == 3 ? RepoStatsList{} : RepoStatsList{repos.first()};
        store(poll(repos, kMonday.addMSecs(i * kHour), PollScope(), complete[i]));
    }
    SeriesQueries queries(*m_store);
    const qint64 t0 = kMonday.toMSecsSinceEpoch();
    const auto all = queries.series(QStringLiteral("headline"), Metric::AllTime, {}, {}, 0);
    QVERIFY2(all.ok(), qPrintable(all.error.message()));
    QCOMPARE(all.value.scopeKey, PollScope().key());
    QCOMPARE(all.value.points, (QList<ChartPoint>{{t0, 110, false}, {t0 + 2 * kHour, 310, false}, {t0 + 4 * kHour, 510, false}}));
    const auto covered = queries.series(QStringLiteral("headline"), Metric::ReposCovered, {}, {}, 0);
    QCOMPARE(covered.value.points, (QList<ChartPoint>{{t0, 2, false}, {t0 + 4 * kHour, 2, false}}));
    const auto d30 = queries.series(QStringLiteral("headline"), Metric::Downloads30d, {}, {}, 0);
    QCOMPARE(d30.value.points.size(), 2);
    QCOMPARE(d30.value.points.first().value, 7.0);
    // A range in the middle.
    const auto mid = queries.series(QStringLiteral("headline"), Metric::AllTime, kMonday.addSecs(1800), kMonday.addSecs(3 * 3600), 0);
    QCOMPARE(mid.value.points, (QList<ChartPoint>{{t0 + 2 * kHour, 310, false}}));
}

void TestSeriesQueries::headlineScopes()
{
    PollScope small;
    small.topModels = 10;
    store(poll({repo(RepoKind::Model, QStringLiteral("org/a"), 100, 10, 1)}, kMonday, small));
    store(poll({repo(RepoKind::Model, QStringLiteral("org/a"), 100, 10, 1), repo(RepoKind::Model, QStringLiteral("org/b"), 50, 10, 1)},
               kMonday.addMSecs(kHour)));
    store(poll({repo(RepoKind::Model, QStringLiteral("org/a"), 120, 10, 1)}, kMonday.addMSecs(2 * kHour), small));
    store(poll({repo(RepoKind::Model, QStringLiteral("org/a"), 130, 10, 1)}, kMonday.addMSecs(3 * kHour), PollScope(),
               false)); // latest, partial
    SeriesQueries queries(*m_store);
    const auto latest = queries.series(QStringLiteral("headline"), Metric::AllTime, {}, {}, 0);
    QCOMPARE(latest.value.scopeKey, small.key()); // the scope of the latest complete poll
    QCOMPARE(latest.value.points.size(), 2);
    QCOMPARE(latest.value.points.last().value, 120.0);
    const auto other = queries.series(QStringLiteral("headline:") + PollScope().key(), Metric::AllTime, {}, {}, 0);
    QVERIFY2(other.ok(), qPrintable(other.error.message()));
    QCOMPARE(other.value.points, (QList<ChartPoint>{{kMonday.toMSecsSinceEpoch() + kHour, 150, false}}));
}

void TestSeriesQueries::refusedKeysAndMetrics_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<Metric>("metric");
    QTest::newRow("no kind") << QStringLiteral("org/a") << Metric::AllTime;
    QTest::newRow("unknown kind") << QStringLiteral("space:org/a") << Metric::AllTime;
    QTest::newRow("unknown repo") << QStringLiteral("model:org/nobody") << Metric::AllTime;
    QTest::newRow("dataset, not model") << QStringLiteral("dataset:org/a") << Metric::AllTime;
    QTest::newRow("repos covered of a repo") << QStringLiteral("model:org/a") << Metric::ReposCovered;
    QTest::newRow("likes of the headline") << QStringLiteral("headline") << Metric::Likes;
    QTest::newRow("unknown scope") << QStringLiteral("headline:top:1/1;watch:") << Metric::AllTime;
}

void TestSeriesQueries::refusedKeysAndMetrics()
{
    QFETCH(QString, key);
    QFETCH(Metric, metric);
    store(poll({repo(RepoKind::Model, QStringLiteral("org/a"), 100, 10, 1)}, kMonday));
    const auto s = SeriesQueries(*m_store).series(key, metric, {}, {}, 100);
    QCOMPARE(s.error.kind(), StoreError::Kind::InvalidInput);
}

void TestSeriesQueries::periodBoundaries_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QList<QDateTime>>("expected");
    const auto d = [](int y, int m, int day) { return QDateTime(QDate(y, m, day), QTime(0, 0), Qt::UTC); };
    QTest::newRow("one day") << Period::Day << d(2026, 3, 2) << d(2026, 3, 3) << QList<QDateTime>{d(2026, 3, 2), d(2026, 3, 3)};
    QTest::newRow("mid-day to mid-day") << Period::Day << d(2026, 3, 2).addSecs(3600) << d(2026, 3, 3).addSecs(60)
                                        << QList<QDateTime>{d(2026, 3, 2), d(2026, 3, 3), d(2026, 3, 4)};
    QTest::newRow("week from a Sunday") << Period::Week << d(2026, 3, 8) << d(2026, 3, 10)
                                        << QList<QDateTime>{d(2026, 3, 2), d(2026, 3, 9), d(2026, 3, 16)};
    QTest::newRow("months over a year end") << Period::Month << d(2025, 12, 15) << d(2026, 2, 1)
                                            << QList<QDateTime>{d(2025, 12, 1), d(2026, 1, 1), d(2026, 2, 1)};
    QTest::newRow("local time is converted") << Period::Day << QDateTime(QDate(2026, 3, 3), QTime(1, 0), QTimeZone(7200)) << d(2026, 3, 3)
                                             << QList<QDateTime>{d(2026, 3, 2), d(2026, 3, 3)};
    QTest::newRow("empty range") << Period::Day << d(2026, 3, 2) << d(2026, 3, 2) << QList<QDateTime>{};
}

void TestSeriesQueries::periodBoundaries()
{
    QFETCH(Period, period);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QList<QDateTime>, expected);
    QCOMPARE(SeriesQueries::periodBoundaries(period, from, to), expected);
}

void TestSeriesQueries::periodDownloads_data()
{
    QTest::addColumn<QList<qint64>>("hours");    // poll times, hours after Monday 00:00
    QTest::addColumn<QList<qint64>>("allTime");  // -1: the repo is not in that poll
    QTest::addColumn<int>("days");               // daily periods from Monday
    QTest::addColumn<QList<qint64>>("expected"); // per day; INT_MIN: unknown
    // Per day: the downloads of a day the history covers only in part (it starts or ends inside
    // it), from its first or up to its last observation; INT_MIN: not partial.
    QTest::addColumn<QList<qint64>>("partial");
    constexpr qint64 U = std::numeric_limits<int>::min();
    QTest::newRow("Monday = 60") << QList<qint64>{0, 24} << QList<qint64>{100, 160} << 1 << QList<qint64>{60} << QList<qint64>{U};
    QTest::newRow("interpolated boundaries") << QList<qint64>{-4, 4, 20, 28} << QList<qint64>{80, 120, 150, 170} << 1 << QList<qint64>{60}
                                             << QList<qint64>{U};
    QTest::newRow("a correction") << QList<qint64>{0, 24, 48, 72} << QList<qint64>{100, 160, 150, 170} << 3 << QList<qint64>{60, -10, 20}
                                  << QList<qint64>{U, U, U};
    // Polls every six hours (gap threshold 18 h) but none from Tuesday 23:00 to Thursday.
    QTest::newRow("no polls on Wednesday") << QList<qint64>{0, 6, 12, 18, 24, 30, 36, 42, 47, 72, 78, 84, 90, 96}
                                           << QList<qint64>{0, 6, 12, 18, 24, 30, 36, 42, 47, 72, 78, 84, 90, 96} << 4
                                           << QList<qint64>{24, U, U, 24} << QList<qint64>{U, U, U, U};
    const QList<qint64> sixHourly{0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 66, 72, 78, 84, 90, 96};
    QTest::newRow("not seen around Wednesday 00:00")
        << sixHourly << QList<qint64>{0, 1, 2, 3, 4, 5, 6, -1, -1, -1, 10, 11, 12, 13, 14, 15, 16} << 4 << QList<qint64>{4, U, U, 4}
        << QList<qint64>{U, U, U, U};
    // Cumulative figures: a day whose two ends were observed is known even if its middle was not.
    QTest::newRow("not seen mid-Tuesday") << sixHourly << QList<qint64>{0, 1, 2, 3, 4, -1, -1, -1, 8, 9, 10, 11, 12, 13, 14, 15, 16} << 4
                                          << QList<qint64>{4, 4, 4, 4} << QList<qint64>{U, U, U, U};
    QTest::newRow("before the first poll and after the last")
        << QList<qint64>{30, 48, 54, 72} << QList<qint64>{5, 9, 12, 20} << 4 << QList<qint64>{U, U, 11, U} << QList<qint64>{U, 4, U, U};
    QTest::newRow("history starts and ends mid-day")
        << QList<qint64>{6, 24, 48, 60} << QList<qint64>{10, 20, 50, 56} << 3 << QList<qint64>{U, 30, U} << QList<qint64>{10, U, 6};
}

void TestSeriesQueries::periodDownloads()
{
    QFETCH(QList<qint64>, hours);
    QFETCH(QList<qint64>, allTime);
    QFETCH(int, days);
    QFETCH(QList<qint64>, expected);
    QFETCH(QList<qint64>, partial);
    for (int i = 0; i < hours.size(); ++i) {
        RepoStatsList repos{repo(RepoKind::Model, QStringLiteral("org/keepalive"), 1, 10, 1)};
        if (allTime[i] >= 0)
            repos.append(repo(RepoKind::Model, QStringLiteral("org/a"), allTime[i], 10, 1));
        store(poll(repos, kMonday.addMSecs(hours[i] * kHour)));
    }
    const auto r = SeriesQueries(*m_store).periodDownloads(QStringLiteral("model:org/a"), Period::Day, kMonday, kMonday.addDays(days));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const PeriodDownloads &p = r.value[i];
        QCOMPARE(p.start, kMonday.addDays(i));
        QCOMPARE(p.end, kMonday.addDays(i + 1));
        const bool known = expected[i] != std::numeric_limits<int>::min();
        QCOMPARE(p.known, known);
        if (known) {
            QCOMPARE(p.downloads, expected[i]);
            QCOMPARE(p.correction, expected[i] < 0);
        }
        const bool isPartial = partial[i] != std::numeric_limits<int>::min();
        QCOMPARE(p.partial, isPartial);
        if (isPartial) {
            QCOMPARE(p.partialDownloads, partial[i]);
            // The covered span: from the first observation inside the day, or up to the last.
            const qint64 first = kMonday.addMSecs(hours.constFirst() * kHour).toMSecsSinceEpoch();
            const qint64 last = kMonday.addMSecs(hours.constLast() * kHour).toMSecsSinceEpoch();
            QCOMPARE(p.coveredFrom.toMSecsSinceEpoch(), std::max(p.start.toMSecsSinceEpoch(), first));
            QCOMPARE(p.coveredTo.toMSecsSinceEpoch(), std::min(p.end.toMSecsSinceEpoch(), last));
        }
    }
}

void TestSeriesQueries::daysSumToTheirWeekAndMonth()
{
    // A poll every six hours from 20 Feb to 10 Apr; all-time grows by 1 an hour, so a day is 24.
    const QDateTime start(QDate(2026, 2, 20), QTime(3, 0), Qt::UTC);
    const QDateTime end(QDate(2026, 4, 10), QTime(0, 0), Qt::UTC);
    for (QDateTime t = start; t < end; t = t.addSecs(6 * 3600)) {
        const qint64 hours = start.secsTo(t) / 3600;
        store(poll(
            {repo(RepoKind::Model, QStringLiteral("org/a"), 1000 + hours, 10, 1), repo(RepoKind::Model, QStringLiteral("org/b"), 5, 10, 1)},
            t));
    }
    SeriesQueries queries(*m_store);
    for (const QString &key : {QStringLiteral("model:org/a"), QStringLiteral("headline")}) {
        const auto days = queries.periodDownloads(key, Period::Day, kMonday, kMonday.addDays(7));
        const auto weeks = queries.periodDownloads(key, Period::Week, kMonday, kMonday.addDays(7));
        const auto months = queries.periodDownloads(key, Period::Month, kMonday, kMonday.addDays(1));
        QVERIFY(days.ok() && weeks.ok() && months.ok());
        QCOMPARE(days.value.size(), 7);
        qint64 sum = 0;
        for (const PeriodDownloads &d : days.value) {
            QVERIFY(d.known);
            QCOMPARE(d.downloads, 24);
            sum += d.downloads;
        }
        QCOMPARE(weeks.value.size(), 1);
        QCOMPARE(weeks.value.first().downloads, sum);
        QCOMPARE(months.value.size(), 1);
        QCOMPARE(months.value.first().start, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(months.value.first().downloads, 31 * 24);
    }
}

void TestSeriesQueries::yearOfHourlyPollsIsFast()
{
    // 8,760 hourly polls written through storePoll; all-time changes every hour, likes rarely.
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    for (int h = 0; h < 8760; ++h)
        store(poll({repo(RepoKind::Model, QStringLiteral("org/year"), 1000 + 3 * h + (h % 24), 500 + h % 100, h / 1000)},
                   start.addSecs(h * 3600)));
    qInfo("stored 8760 polls in %lld ms", timer.elapsed());
    SeriesQueries queries(*m_store);
    timer.restart();
    const auto year = queries.series(QStringLiteral("model:org/year"), Metric::AllTime, {}, {}, 800);
    const qint64 yearMs = timer.restart();
    const auto week = queries.series(QStringLiteral("model:org/year"), Metric::AllTime, start.addDays(100), start.addDays(107), 800);
    const qint64 weekMs = timer.restart();
    const auto likes = queries.series(QStringLiteral("model:org/year"), Metric::Likes, {}, {}, 800);
    const auto days = queries.periodDownloads(QStringLiteral("model:org/year"), Period::Day, start, start.addDays(365));
    const qint64 restMs = timer.elapsed();
    qInfo("year %lld ms, week %lld ms, likes and 365 days %lld ms", yearMs, weekMs, restMs);
    QVERIFY(year.ok() && week.ok() && likes.ok() && days.ok());
    QCOMPARE(year.value.rawPointCount, 8760);
    QVERIFY(year.value.points.size() <= 800);
    QCOMPARE(year.value.points.first().value, 1000.0);
    QCOMPARE(year.value.points.last().value, double(1000 + 3 * 8759 + 8759 % 24));
    QCOMPARE(week.value.rawPointCount, 7 * 24 + 1);
    QVERIFY(week.value.points.size() <= 800);
    QVERIFY(likes.value.points.size() <= 20); // 9 changes, each with the hold point before it
    QCOMPARE(days.value.size(), 365);
    QVERIFY(!days.value.last().known); // the last day's end is after the last poll
    QCOMPARE(days.value.first().downloads, 3 * 24);
    QVERIFY2(yearMs < 2000 && weekMs < 500, "series queries too slow for interactive zoom");
}

QTEST_GUILESS_MAIN(TestSeriesQueries)
#include "tst_seriesqueries.moc"
