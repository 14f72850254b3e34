// Unit tests for Velocity: per-day rates from all-time counts over trailing windows, the breaks
// (corrections, gaps, excluded anomalies), acceleration, and the aggregate over two snapshots.
#include "analysis/Velocity.h"

#include <QTest>

using namespace hubwatch;

namespace {
constexpr qint64 kDay = Velocity::DayMs;
constexpr qint64 kHour = kDay / 24;
constexpr qint64 kT0 = 1'704'067'200'000; // 2024-01-01T00:00:00Z

using Series = QList<SeriesPoint>;

// knownMask: one char per output point, 'k' known, '-' unknown; rates compared to 1e-6.
struct Expect
{
    QString mask;
    QList<double> rates; // only for the known points, in order
};
} // namespace

Q_DECLARE_METATYPE(Series)
Q_DECLARE_METATYPE(QList<Velocity::Range>)
Q_DECLARE_METATYPE(QList<RepoCounts>)

class TestVelocity : public QObject
{
    Q_OBJECT
private slots:
    void perDay_data();
    void perDay();
    void windowIsTotalOverTimeNotMeanOfRates();
    void unsortedAndDuplicateTimestamps();
    void smoothingClampedToOneDay();
    void spanReportsHistoryUsed();
    void emptyAndSingle();
    void acceleration_data();
    void acceleration();
    void accelerationBreaksOnUnknownRates();
    void aggregate_data();
    void aggregate();
    void aggregateEnteringRepoMakesNoJump();
    void aggregateNeedsTimeToPass();
    void trackedTotals_data();
    void trackedTotals();
};

void TestVelocity::perDay_data()
{
    QTest::addColumn<Series>("series");
    QTest::addColumn<int>("smoothing");
    QTest::addColumn<QList<Velocity::Range>>("excluded");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QList<double>>("rates");

    const QList<Velocity::Range> none;
    auto daily = [](QList<qint64> values) {
        Series s;
        for (int i = 0; i < values.size(); ++i)
            s.append({kT0 + i * kDay, values[i]});
        return s;
    };

    QTest::newRow("steady 1000/day, 1-day") << daily({0, 1000, 2000, 3000}) << 1 << none << QStringLiteral("-kkk")
                                            << QList<double>{1000, 1000, 1000};
    QTest::newRow("varying, 1-day: consecutive deltas")
        << daily({0, 100, 400, 1000}) << 1 << none << QStringLiteral("-kkk") << QList<double>{100, 300, 600};
    QTest::newRow("varying, 2-day window") << daily({0, 100, 400, 1000}) << 2 << none << QStringLiteral("-kkk")
                                           << QList<double>{100, 200, 450};
    QTest::newRow("7-day window fills up") << daily({0, 700, 1400, 2100, 2800, 3500, 4200, 4900, 5600 + 7000}) << 7 << none
                                           << QStringLiteral("-kkkkkkkk") << QList<double>{700, 700, 700, 700, 700, 700, 700, 1700};
    QTest::newRow("6-hourly polls, 1-day window") << Series{{kT0, 0},
                                                            {kT0 + 6 * kHour, 10},
                                                            {kT0 + 12 * kHour, 20},
                                                            {kT0 + 18 * kHour, 30},
                                                            {kT0 + 24 * kHour, 40},
                                                            {kT0 + 30 * kHour, 80}}
                                                  << 1 << none << QStringLiteral("-kkkkk") << QList<double>{40, 40, 40, 40, 70};
    QTest::newRow("poll interval longer than window uses previous poll")
        << Series{{kT0, 0}, {kT0 + 36 * kHour, 1500}} << 1 << none << QStringLiteral("-k") << QList<double>{1000};
    QTest::newRow("correction breaks the window")
        << daily({0, 1000, 2000, 1500, 2500, 3500}) << 7 << none << QStringLiteral("-kk-kk") << QList<double>{1000, 1000, 1000, 1000};
    QTest::newRow("zero delta is a rate, not a break")
        << daily({0, 0, 0, 500}) << 7 << none << QStringLiteral("-kkk") << QList<double>{0, 0, 500.0 / 3};
    QTest::newRow("gap longer than 2 days breaks") << Series{{kT0, 0}, {kT0 + kDay, 100}, {kT0 + 4 * kDay, 10000}, {kT0 + 5 * kDay, 10100}}
                                                   << 30 << none << QStringLiteral("-k-k") << QList<double>{100, 100};
    QTest::newRow("gap of exactly 2 days is fine")
        << Series{{kT0, 0}, {kT0 + 2 * kDay, 200}} << 1 << none << QStringLiteral("-k") << QList<double>{100};
    QTest::newRow("excluded range skips its pairs")
        << daily({0, 100, 5100, 5200, 5300}) << 7 << QList<Velocity::Range>{{kT0 + kDay, kT0 + 2 * kDay}} << QStringLiteral("-k-kk")
        << QList<double>{100, 100, 100};
    QTest::newRow("excluded range touching an end point only")
        << daily({0, 100, 200}) << 1 << QList<Velocity::Range>{{kT0 + 2 * kDay, kT0 + 3 * kDay}} << QStringLiteral("-kk")
        << QList<double>{100, 100};
    QTest::newRow("excluded instant inside a pair")
        << daily({0, 100, 200}) << 1 << QList<Velocity::Range>{{kT0 + kDay + kHour, kT0 + kDay + kHour}} << QStringLiteral("-k-")
        << QList<double>{100};
    QTest::newRow("excluded range covering several polls")
        << daily({0, 100, 900, 1700, 1800, 1900}) << 7 << QList<Velocity::Range>{{kT0 + kDay, kT0 + 3 * kDay}} << QStringLiteral("-k--kk")
        << QList<double>{100, 100, 100};
}

void TestVelocity::perDay()
{
    QFETCH(Series, series);
    QFETCH(int, smoothing);
    QFETCH(QList<Velocity::Range>, excluded);
    QFETCH(QString, mask);
    QFETCH(QList<double>, rates);

    Velocity::Options options;
    options.excluded = excluded;
    const QList<RatePoint> out = Velocity::perDay(series, smoothing, options);
    QCOMPARE(out.size(), mask.size());
    qsizetype r = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QCOMPARE(out[i].t, series[i].t);
        const bool known = mask[i] == QLatin1Char('k');
        QVERIFY2(out[i].known == known, qPrintable(QStringLiteral("point %1").arg(i)));
        if (!known) {
            QCOMPARE(out[i].perDay, 0.0);
            continue;
        }
        QVERIFY(r < rates.size());
        QVERIFY2(qAbs(out[i].perDay - rates[r]) < 1e-6,
                 qPrintable(QStringLiteral("point %1: %2 != %3").arg(i).arg(out[i].perDay).arg(rates[r])));
        ++r;
    }
    QCOMPARE(r, rates.size());
}

void TestVelocity::windowIsTotalOverTimeNotMeanOfRates()
{
    // Within one day: 1 hour at 2400/day (100 downloads), then 23 hours idle. The mean of the
    // two per-poll rates would say 1200/day; the day saw 100 downloads.
    const Series s{{kT0, 0}, {kT0 + kHour, 100}, {kT0 + kDay, 100}};
    const QList<RatePoint> out = Velocity::perDay(s, 1);
    QCOMPARE(out.size(), 3);
    QVERIFY(out[2].known);
    QCOMPARE(out[2].perDay, 100.0);
    QCOMPARE(out[1].perDay, 2400.0);
}

void TestVelocity::unsortedAndDuplicateTimestamps()
{
    const Series s{{kT0 + 2 * kDay, 2000}, {kT0, 0}, {kT0 + kDay, 999}, {kT0 + kDay, 1000}};
    const QList<RatePoint> out = Velocity::perDay(s, 1);
    QCOMPARE(out.size(), 3); // one per distinct timestamp
    QCOMPARE(out[0].t, kT0);
    QCOMPARE(out[1].t, kT0 + kDay);
    QCOMPARE(out[1].perDay, 1000.0); // the later of the duplicates wins
    QCOMPARE(out[2].perDay, 1000.0);
}

void TestVelocity::smoothingClampedToOneDay()
{
    const Series s{{kT0, 0}, {kT0 + 12 * kHour, 100}, {kT0 + kDay, 400}};
    const QList<RatePoint> zero = Velocity::perDay(s, 0);
    const QList<RatePoint> one = Velocity::perDay(s, 1);
    QCOMPARE(zero.size(), one.size());
    for (qsizetype i = 0; i < one.size(); ++i)
        QCOMPARE(zero[i].perDay, one[i].perDay);
    QCOMPARE(one[2].perDay, 400.0);
}

void TestVelocity::spanReportsHistoryUsed()
{
    Series s;
    for (int i = 0; i <= 40; ++i)
        s.append({kT0 + i * kDay, i * 10});
    const QList<RatePoint> out = Velocity::perDay(s, 30);
    QCOMPARE(out[0].spanMs, qint64(0));
    QCOMPARE(out[3].spanMs, 3 * kDay);   // young history: shorter than the window, still known
    QCOMPARE(out[40].spanMs, 30 * kDay); // then the full window
    QVERIFY(out[3].known);
    QCOMPARE(out[40].perDay, 10.0);
}

void TestVelocity::emptyAndSingle()
{
    QVERIFY(Velocity::perDay({}, 7).isEmpty());
    const QList<RatePoint> one = Velocity::perDay({{kT0, 5}}, 7);
    QCOMPARE(one.size(), 1);
    QVERIFY(!one[0].known);
    QVERIFY(Velocity::acceleration({}, 1).isEmpty());
}

void TestVelocity::acceleration_data()
{
    QTest::addColumn<QList<double>>("rates"); // daily, all known
    QTest::addColumn<int>("smoothing");
    QTest::addColumn<QList<double>>("expected"); // from index 1 on; index 0 is unknown

    QTest::newRow("constant rate: zero") << QList<double>{500, 500, 500} << 1 << QList<double>{0, 0};
    QTest::newRow("linear growth") << QList<double>{100, 150, 200, 250} << 1 << QList<double>{50, 50, 50};
    QTest::newRow("slowing down") << QList<double>{400, 300, 250} << 1 << QList<double>{-100, -50};
    QTest::newRow("2-day window") << QList<double>{100, 100, 300, 700} << 2 << QList<double>{0, 100, 300};
}

void TestVelocity::acceleration()
{
    QFETCH(QList<double>, rates);
    QFETCH(int, smoothing);
    QFETCH(QList<double>, expected);
    QList<RatePoint> in;
    for (int i = 0; i < rates.size(); ++i)
        in.append({kT0 + i * kDay, rates[i], true, kDay});
    const QList<RatePoint> out = Velocity::acceleration(in, smoothing);
    QCOMPARE(out.size(), in.size());
    QVERIFY(!out[0].known);
    for (int i = 1; i < out.size(); ++i) {
        QVERIFY(out[i].known);
        QCOMPARE(out[i].perDay, expected[i - 1]);
    }
}

void TestVelocity::accelerationBreaksOnUnknownRates()
{
    // perDay output with a correction in the middle: no acceleration across the unknown rate.
    Series s;
    const QList<qint64> v{0, 100, 300, 200, 400, 700, 1100};
    for (int i = 0; i < v.size(); ++i)
        s.append({kT0 + i * kDay, v[i]});
    const QList<RatePoint> rates = Velocity::perDay(s, 1);
    const QList<RatePoint> acc = Velocity::acceleration(rates, 7);
    QCOMPARE(acc.size(), rates.size());
    // rates: -, 100, 200, -, 200, 300, 400
    QVERIFY(!acc[0].known);
    QVERIFY(!acc[1].known); // its predecessor has no rate
    QVERIFY(acc[2].known);
    QCOMPARE(acc[2].perDay, 100.0);
    QVERIFY(!acc[3].known);
    QVERIFY(!acc[4].known);
    QVERIFY(acc[5].known);
    QCOMPARE(acc[5].perDay, 100.0);
    QCOMPARE(acc[6].perDay, 100.0); // (400 - 200) over 2 days, window stops at the break
    QCOMPARE(acc[6].spanMs, 2 * kDay);
}

void TestVelocity::aggregate_data()
{
    using Snap = QHash<QString, qint64>;
    QTest::addColumn<Snap>("before");
    QTest::addColumn<Snap>("after");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<double>("perDay");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<int>("used");
    QTest::addColumn<int>("excluded");
    QTest::addColumn<int>("unmatched");

    const QString a = QStringLiteral("org/a"), b = QStringLiteral("org/b"), c = QStringLiteral("org/c"), d = QStringLiteral("org/d");
    QTest::newRow("same repos, one day") << Snap{{a, 100}, {b, 1000}} << Snap{{a, 150}, {b, 1250}} << kDay << 300.0 << qint64(300) << 2 << 0
                                         << 0;
    QTest::newRow("half a day doubles the rate") << Snap{{a, 100}} << Snap{{a, 150}} << kDay / 2 << 100.0 << qint64(50) << 1 << 0 << 0;
    QTest::newRow("correction excluded and counted")
        << Snap{{a, 100}, {b, 1000}} << Snap{{a, 150}, {b, 900}} << kDay << 50.0 << qint64(50) << 1 << 1 << 0;
    QTest::newRow("entering and leaving ignored")
        << Snap{{a, 100}, {c, 5'000'000}} << Snap{{a, 200}, {d, 7'000'000}} << kDay << 100.0 << qint64(100) << 1 << 0 << 2;
    QTest::newRow("unchanged repo is used") << Snap{{a, 100}, {b, 7}} << Snap{{a, 100}, {b, 7}} << kDay << 0.0 << qint64(0) << 2 << 0 << 0;
    QTest::newRow("empty") << Snap{} << Snap{} << kDay << 0.0 << qint64(0) << 0 << 0 << 0;
}

void TestVelocity::aggregate()
{
    using Snap = QHash<QString, qint64>;
    QFETCH(Snap, before);
    QFETCH(Snap, after);
    QFETCH(qint64, elapsed);
    QFETCH(double, perDay);
    QFETCH(qint64, delta);
    QFETCH(int, used);
    QFETCH(int, excluded);
    QFETCH(int, unmatched);
    const AggregateRate r = Velocity::aggregatePerDay(before, kT0, after, kT0 + elapsed);
    QVERIFY(r.known);
    QCOMPARE(r.perDay, perDay);
    QCOMPARE(r.delta, delta);
    QCOMPARE(r.reposUsed, used);
    QCOMPARE(r.reposExcluded, excluded);
    QCOMPARE(r.reposUnmatched, unmatched);
}

void TestVelocity::aggregateEnteringRepoMakesNoJump()
{
    // The top N gains a repo with a billion downloads: the headline sum jumps, the velocity not.
    QHash<QString, qint64> before, after;
    for (int i = 0; i < 50; ++i) {
        const QString id = QStringLiteral("org/m%1").arg(i);
        before.insert(id, 1'000'000 + i);
        after.insert(id, 1'000'000 + i + 10);
    }
    after.remove(QStringLiteral("org/m49"));
    after.insert(QStringLiteral("big/new"), 1'000'000'000);
    const AggregateRate r = Velocity::aggregatePerDay(before, kT0, after, kT0 + kDay);
    QCOMPARE(r.perDay, 490.0);
    QCOMPARE(r.reposUsed, 49);
    QCOMPARE(r.reposUnmatched, 2);
}

void TestVelocity::aggregateNeedsTimeToPass()
{
    const QHash<QString, qint64> s{{QStringLiteral("a/b"), 10}};
    const QHash<QString, qint64> t{{QStringLiteral("a/b"), 20}};
    const AggregateRate same = Velocity::aggregatePerDay(s, kT0, t, kT0);
    QVERIFY(!same.known);
    QCOMPARE(same.perDay, 0.0);
    QCOMPARE(same.reposUsed, 1); // the counts are still reported
    QVERIFY(!Velocity::aggregatePerDay(s, kT0 + 1, t, kT0).known);
}

void TestVelocity::trackedTotals_data()
{
    using Snap = QHash<QString, qint64>;
    QTest::addColumn<QList<RepoCounts>>("snapshots");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QList<qint64>>("expected"); // one value per distinct time, oldest first
    const QString a = QStringLiteral("model:org/a"), b = QStringLiteral("model:org/b"), c = QStringLiteral("model:big/c");
    QTest::newRow("steady growth") << QList<RepoCounts>{{kT0, Snap{{a, 100}}},
                                                        {kT0 + kDay, Snap{{a, 150}}},
                                                        {kT0 + 2 * kDay, Snap{{a, 200}}}}
                                   << qint64(200) << QList<qint64>{100, 150, 200};
    // A billion entering the top N on day 1, then leaving on day 2: the total jumps twice, the
    // tracked series grows by a's 50 a day throughout.
    QTest::newRow("a repo entering and leaving")
        << QList<RepoCounts>{{kT0, Snap{{a, 100}}}, {kT0 + kDay, Snap{{a, 150}, {c, 1'000'000'000}}}, {kT0 + 2 * kDay, Snap{{a, 200}}}}
        << qint64(200) << QList<qint64>{100, 150, 200};
    QTest::newRow("anchored at the total now") << QList<RepoCounts>{{kT0, Snap{{a, 100}}},
                                                                    {kT0 + kDay, Snap{{a, 150}, {c, 1000}}},
                                                                    {kT0 + 2 * kDay, Snap{{a, 200}, {c, 1010}}}}
                                               << qint64(1210) << QList<qint64>{1100, 1150, 1210};
    QTest::newRow("a correction adds nothing") // b fell: left out, as in aggregatePerDay
        << QList<RepoCounts>{{kT0, Snap{{a, 100}, {b, 900}}}, {kT0 + kDay, Snap{{a, 150}, {b, 800}}}} << qint64(950)
        << QList<qint64>{900, 950};
    QTest::newRow("unsorted, a duplicate time: the later wins")
        << QList<RepoCounts>{{kT0 + kDay, Snap{{a, 120}}}, {kT0, Snap{{a, 100}}}, {kT0 + kDay, Snap{{a, 150}}}} << qint64(150)
        << QList<qint64>{100, 150};
    QTest::newRow("one snapshot") << QList<RepoCounts>{{kT0, Snap{{a, 100}}}} << qint64(7) << QList<qint64>{7};
    QTest::newRow("none") << QList<RepoCounts>{} << qint64(7) << QList<qint64>{};
}

void TestVelocity::trackedTotals()
{
    QFETCH(QList<RepoCounts>, snapshots);
    QFETCH(qint64, end);
    QFETCH(QList<qint64>, expected);
    const Series points = Velocity::trackedTotals(snapshots, end);
    QCOMPARE(points.size(), expected.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        QCOMPARE(points[i].t, kT0 + i * kDay);
        QCOMPARE(points[i].value, expected[i]);
    }
}

QTEST_GUILESS_MAIN(TestVelocity)
#include "tst_velocity.moc"
