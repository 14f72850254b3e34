// Unit tests for Projection: known answers for each model, the refusals (too short, too noisy,
// not growing, already reached), the range's ordering and the options.
#include "analysis/Projection.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

using namespace hubwatch;

namespace {
constexpr qint64 kDay = Projection::DayMs;
constexpr qint64 kHour = kDay / 24;
constexpr qint64 kT0 = 1'704'067'200'000; // 2024-01-01T00:00:00Z

using Series = QList<SeriesPoint>;
using Status = Projection::Status;
using Model = Projection::Model;

Series daily(int days, const std::function<double(int)> &f)
{
    Series s;
    for (int i = 0; i < days; ++i)
        s.append({kT0 + i * kDay, qint64(std::llround(f(i)))});
    return s;
}

// Deterministic "noise": a fixed pseudo-random walk with no memory between tests.
double jitter(int i)
{
    static const double table[] = {0.9,  -0.7, 0.2,  -1.0, 0.6,  0.1, -0.4, 0.8, -0.9, 0.3,
                                   -0.2, 0.7,  -0.6, 1.0,  -0.8, 0.4, -0.1, 0.5, -0.3, 0.0};
    return table[i % 20];
}

QDateTime day(double d)
{
    return QDateTime::fromMSecsSinceEpoch(kT0 + std::llround(d * double(kDay)), Qt::UTC);
}

constexpr qint64 kMillion = 1'000'000;

// A top-N set seen once a day: ten repos of 100M together gaining perDay (one of them noiseM
// million × jitter more or less each day), `entering` repos of 800M joining each day from day 1 on, and
// `leaving` of the twenty 100M repos there at first dropping out each day. Returns the total.
qint64 topN(int days, qint64 perDay, int entering, int leaving, double noiseM, QList<RepoCounts> *out)
{
    qint64 total = 0;
    for (int d = 0; d < days; ++d) {
        RepoCounts c{kT0 + d * kDay, {}};
        double noise = 0.0;
        for (int j = 0; j < d; ++j)
            noise += noiseM * double(kMillion) * jitter(j);
        for (int i = 0; i < 10; ++i)
            c.allTime.insert(QStringLiteral("model:base/%1").arg(i), 100 * kMillion + perDay / 10 * d + (i == 0 ? std::llround(noise) : 0));
        for (int e = 1; e <= d; ++e)
            for (int j = 0; j < entering; ++j)
                c.allTime.insert(QStringLiteral("model:new/%1-%2").arg(e).arg(j), 800 * kMillion);
        for (int k = d * leaving; k < 20; ++k)
            c.allTime.insert(QStringLiteral("dataset:old/%1").arg(k), 100 * kMillion);
        total = std::accumulate(c.allTime.cbegin(), c.allTime.cend(), qint64(0));
        out->append(c);
    }
    return total;
}
} // namespace

Q_DECLARE_METATYPE(Series)
Q_DECLARE_METATYPE(Projection::Status)
Q_DECLARE_METATYPE(Projection::Model)
Q_DECLARE_METATYPE(QList<RepoCounts>)

class TestProjection : public QObject
{
    Q_OBJECT
private slots:
    void status_data();
    void status();
    void exactLinear();
    void exponentialPicksLogLinear();
    void rangeOrderedAndWidensWithNoise();
    void rangeWidensWithDistance_data();
    void rangeWidensWithDistance();
    void etaNeverBeforeNow();
    void alreadyReachedReportsWhen();
    void horizon();
    void optionsChangeThresholds();
    void unsortedInputSameAnswer();
    void nonPositiveValuesFitLinearOnly();
    void explanationAlwaysSet_data();
    void explanationAlwaysSet();
    void fromTrackedGrowth_data();
    void fromTrackedGrowth();
};

void TestProjection::status_data()
{
    QTest::addColumn<Series>("series");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<Status>("expected");

    const auto linear = [](int i) { return 1e6 + 1000.0 * i; };
    QTest::newRow("linear ok") << daily(10, linear) << qint64(1'100'000) << Status::Ok;
    QTest::newRow("empty") << Series{} << qint64(10) << Status::TooShort;
    QTest::newRow("4 points") << daily(4, linear) << qint64(1'100'000) << Status::TooShort;
    Series hourly;
    for (int i = 0; i < 40; ++i)
        hourly.append({kT0 + i * kHour, 1'000'000 + i * 100});
    QTest::newRow("40 points in under 2 days") << hourly << qint64(1'100'000) << Status::TooShort;
    QTest::newRow("5 points over exactly 2 days")
        << Series{{kT0, 100}, {kT0 + 12 * kHour, 200}, {kT0 + kDay, 300}, {kT0 + 36 * kHour, 400}, {kT0 + 2 * kDay, 500}} << qint64(1000)
        << Status::Ok;
    QTest::newRow("flat") << daily(10, [](int) { return 5e8; }) << qint64(1'000'000'000) << Status::NotGrowing;
    QTest::newRow("declining") << daily(10, [](int i) { return 5e8 - 1000.0 * i; }) << qint64(1'000'000'000) << Status::NotGrowing;
    QTest::newRow("noise") << daily(20, [](int i) { return 1e6 + 200.0 * i + 20000.0 * jitter(i); }) << qint64(2'000'000)
                           << Status::TooNoisy;
    QTest::newRow("past target") << daily(10, linear) << qint64(1'005'000) << Status::AlreadyReached;
    QTest::newRow("exactly at target") << daily(10, linear) << qint64(1'009'000) << Status::AlreadyReached;
    QTest::newRow("past target even if short") << Series{{kT0, 10}} << qint64(5) << Status::AlreadyReached;
}

void TestProjection::status()
{
    QFETCH(Series, series);
    QFETCH(qint64, target);
    QFETCH(Status, expected);
    const qint64 now = series.isEmpty() ? kT0 : series.last().t;
    const Projection::Result r = Projection::toTarget(series, target, now);
    QCOMPARE(r.status, expected);
    const bool hasEta = expected == Status::Ok || expected == Status::AlreadyReached;
    QCOMPARE(r.eta.isValid(), hasEta);
    QCOMPARE(r.etaLow.isValid(), hasEta);
    if (hasEta)
        QCOMPARE(r.eta.timeSpec(), Qt::UTC);
}

void TestProjection::exactLinear()
{
    // value = 1e6 + 1000·day reaches 1.1e6 on day 100, to the millisecond.
    const Series s = daily(10, [](int i) { return 1e6 + 1000.0 * i; });
    const Projection::Result r = Projection::toTarget(s, 1'100'000, s.last().t);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.model, Model::Linear);
    QCOMPARE(r.eta, day(100));
    QCOMPARE(r.etaLow, day(100)); // no residuals, no range
    QCOMPARE(r.etaHigh, day(100));
    QCOMPARE(r.r2, 1.0);
    QCOMPARE(r.perDay, 1000.0);
}

void TestProjection::exponentialPicksLogLinear()
{
    // 5 % a day from 1M: 2M after ln 2 / 0.05 = 13.86 days.
    const Series s = daily(10, [](int i) { return 1e6 * std::exp(0.05 * i); });
    const Projection::Result r = Projection::toTarget(s, 2'000'000, s.last().t);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.model, Model::LogLinear);
    const double expectedDays = std::log(2.0) / 0.05;
    QVERIFY2(qAbs(r.eta.msecsTo(day(expectedDays))) < kHour, qPrintable(r.eta.toString(Qt::ISODate)));
    QVERIFY(r.r2 > 0.9999);
    // Growth per day at the last point: 0.05 · 1e6 · e^0.45.
    QVERIFY(qAbs(r.perDay - 0.05 * 1e6 * std::exp(0.45)) < 10.0);
    // The linear fit would have said later: the straight line underestimates convex growth.
    QVERIFY(r.eta < day(expectedDays + 1));
}

void TestProjection::rangeOrderedAndWidensWithNoise()
{
    qint64 lastWidth = -1;
    for (double amplitude : {0.0, 500.0, 2000.0, 5000.0}) {
        const Series s = daily(30, [amplitude](int i) { return 1e6 + 10000.0 * i + amplitude * jitter(i); });
        const Projection::Result r = Projection::toTarget(s, 2'000'000, s.last().t);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.model, Model::Linear);
        QVERIFY(r.etaLow <= r.eta);
        QVERIFY(r.eta <= r.etaHigh);
        const qint64 width = r.etaLow.msecsTo(r.etaHigh);
        QVERIFY2(width > lastWidth || (amplitude == 0.0 && width == 0), qPrintable(QString::number(width)));
        lastWidth = width;
        // The point estimate stays near day 100 however noisy.
        QVERIFY(qAbs(r.eta.msecsTo(day(100))) < 2 * kDay);
    }
}

void TestProjection::rangeWidensWithDistance_data()
{
    QTest::addColumn<double>("daysAway"); // from the last point, on the noise-free line
    QTest::newRow("3 days") << 3.0;
    QTest::newRow("30 days") << 30.0;
    QTest::newRow("a year") << 365.0;
    QTest::newRow("five years") << 5 * 365.0;
}

void TestProjection::rangeWidensWithDistance()
{
    // 1,000 a day with scatter: the slope is known to a few percent, so a target years away is
    // known to months, not to the hours that the scatter alone would give.
    QFETCH(double, daysAway);
    const Series s = daily(10, [](int i) { return 1e6 + 1000.0 * i + 300.0 * jitter(i); });
    const qint64 target = std::llround(1e6 + 1000.0 * (9 + daysAway));
    Projection::Options straight;
    straight.logLinear = false; // the band under test, not the choice of model
    const Projection::Result r = Projection::toTarget(s, target, s.last().t, straight);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.model, Model::Linear);
    const QDateTime right = day(9 + daysAway);
    QVERIFY2(r.etaLow <= right && right <= r.etaHigh,
             qPrintable(QStringLiteral("%1 not in %2 … %3")
                            .arg(right.toString(Qt::ISODate), r.etaLow.toString(Qt::ISODate), r.etaHigh.toString(Qt::ISODate))));
    // Half the range, against the distance: the slope's share stays a steady fraction of it.
    const double halfWidthDays = double(r.etaLow.msecsTo(r.etaHigh)) / 2.0 / double(kDay);
    QVERIFY2(halfWidthDays > 0.02 * daysAway, qPrintable(QString::number(halfWidthDays)));
    QVERIFY2(halfWidthDays < 0.5 * daysAway + 2.0, qPrintable(QString::number(halfWidthDays)));
}

void TestProjection::etaNeverBeforeNow()
{
    // The fitted line has crossed already but the last value has not: "any moment now".
    Series s = daily(10, [](int i) { return 1000.0 + 100.0 * i; });
    s.last().value = 1850; // below the line's 1900
    const qint64 now = s.last().t + kHour;
    const Projection::Result r = Projection::toTarget(s, 1860, now);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.etaLow.toMSecsSinceEpoch(), now);
    QCOMPARE(r.eta.toMSecsSinceEpoch(), now);
    QVERIFY(r.etaHigh.toMSecsSinceEpoch() > now);
    QVERIFY(r.etaLow <= r.eta && r.eta <= r.etaHigh);
}

void TestProjection::alreadyReachedReportsWhen()
{
    // Crossed on day 3, dipped below (correction) on day 5, back above from day 6.
    const Series s{{kT0, 10},
                   {kT0 + kDay, 50},
                   {kT0 + 2 * kDay, 90},
                   {kT0 + 3 * kDay, 110},
                   {kT0 + 4 * kDay, 120},
                   {kT0 + 5 * kDay, 95},
                   {kT0 + 6 * kDay, 130}};
    const Projection::Result r = Projection::toTarget(s, 100, kT0 + 7 * kDay);
    QCOMPARE(r.status, Status::AlreadyReached);
    QCOMPARE(r.eta, day(6));
    QCOMPARE(r.etaLow, r.eta);
    QCOMPARE(r.etaHigh, r.eta);
}

void TestProjection::horizon()
{
    // 1 download a day towards a billion: not in anyone's lifetime.
    const Series s = daily(10, [](int i) { return 1000.0 + i; });
    const Projection::Result far = Projection::toTarget(s, 1'000'000'000, s.last().t);
    QCOMPARE(far.status, Status::NotGrowing);
    QVERIFY(!far.eta.isValid());
    QVERIFY(far.perDay > 0.0);

    // A noisy fit whose slow edge lies beyond a short horizon keeps an ETA but no upper bound.
    const Series n = daily(30, [](int i) { return 1e6 + 10000.0 * i + 5000.0 * jitter(i); });
    Projection::Options options;
    const Projection::Result full = Projection::toTarget(n, 2'000'000, n.last().t, options);
    QVERIFY(full.etaHigh.isValid());
    options.horizonMs = (full.eta.toMSecsSinceEpoch() + full.etaHigh.toMSecsSinceEpoch()) / 2 - n.last().t;
    const Projection::Result cut = Projection::toTarget(n, 2'000'000, n.last().t, options);
    QCOMPARE(cut.status, Status::Ok);
    QCOMPARE(cut.eta, full.eta);
    QVERIFY(!cut.etaHigh.isValid());
}

void TestProjection::optionsChangeThresholds()
{
    const Series noisy = daily(20, [](int i) { return 1e6 + 200.0 * i + 20000.0 * jitter(i); });
    Projection::Options options;
    const Projection::Result strict = Projection::toTarget(noisy, 2'000'000, noisy.last().t, options);
    QCOMPARE(strict.status, Status::TooNoisy);
    QVERIFY(strict.r2 < 0.8);
    options.minR2 = 0.0;
    QCOMPARE(Projection::toTarget(noisy, 2'000'000, noisy.last().t, options).status, Status::Ok);

    const Series four = daily(4, [](int i) { return 100.0 + 10.0 * i; });
    options.minPoints = 3;
    QCOMPARE(Projection::toTarget(four, 1000, four.last().t, options).status, Status::Ok);
    options.minSpanMs = 5 * kDay;
    QCOMPARE(Projection::toTarget(four, 1000, four.last().t, options).status, Status::TooShort);

    const Series lin = daily(30, [](int i) { return 1e6 + 10000.0 * i + 2000.0 * jitter(i); });
    Projection::Options one;
    one.sigmas = 1.0;
    Projection::Options three;
    three.sigmas = 3.0;
    const auto r1 = Projection::toTarget(lin, 2'000'000, lin.last().t, one);
    const auto r3 = Projection::toTarget(lin, 2'000'000, lin.last().t, three);
    QCOMPARE(r1.eta, r3.eta);
    QVERIFY(r3.etaLow < r1.etaLow);
    QVERIFY(r3.etaHigh > r1.etaHigh);
}

void TestProjection::unsortedInputSameAnswer()
{
    Series s = daily(15, [](int i) { return 1e6 + 10000.0 * i + 2000.0 * jitter(i); });
    const Projection::Result sorted = Projection::toTarget(s, 2'000'000, s.last().t);
    std::reverse(s.begin(), s.end());
    std::swap(s[3], s[9]);
    const Projection::Result shuffled = Projection::toTarget(s, 2'000'000, kT0 + 14 * kDay);
    QCOMPARE(shuffled.status, sorted.status);
    QCOMPARE(shuffled.eta, sorted.eta);
    QCOMPARE(shuffled.etaLow, sorted.etaLow);
    QCOMPARE(shuffled.etaHigh, sorted.etaHigh);
}

void TestProjection::nonPositiveValuesFitLinearOnly()
{
    const Series s = daily(10, [](int i) { return -500.0 + 100.0 * i; });
    const Projection::Result r = Projection::toTarget(s, 1500, s.last().t);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.model, Model::Linear);
    QCOMPARE(r.eta, day(20));
}

void TestProjection::explanationAlwaysSet_data()
{
    status_data();
}

void TestProjection::explanationAlwaysSet()
{
    QFETCH(Series, series);
    QFETCH(qint64, target);
    const qint64 now = series.isEmpty() ? kT0 : series.last().t;
    const QString text = Projection::toTarget(series, target, now).explanation;
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text)); // every placeholder filled
}

void TestProjection::fromTrackedGrowth_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("perDay");
    QTest::addColumn<int>("entering");
    QTest::addColumn<int>("leaving");
    QTest::addColumn<double>("noiseM");
    QTest::addColumn<Status>("expected");
    QTest::addColumn<double>("toleranceDays"); // of the ETA against the downloads' own pace
    const qint64 steady = 11 * kMillion;
    QTest::newRow("steady 11M a day") << 9 << steady << 0 << 0 << 0.0 << Status::Ok << 0.001;
    // The total jumps 1.6B a day: fitted raw, 20B looked days away; the downloads take ~1.5 years.
    QTest::newRow("steady, two 800M repos entering a day") << 9 << steady << 2 << 0 << 0.0 << Status::Ok << 0.001;
    QTest::newRow("steady, one 100M repo leaving a day") << 9 << steady << 0 << 1 << 0.0 << Status::Ok << 0.001;
    QTest::newRow("steady, the top N swapping one a day") << 9 << steady << 1 << 1 << 0.0 << Status::Ok << 0.001;
    QTest::newRow("noisy growth, repos entering") << 9 << steady << 2 << 0 << 1.0 << Status::Ok << 30.0;
    QTest::newRow("no downloads, only repos entering") << 9 << qint64(0) << 2 << 0 << 0.0 << Status::NotGrowing << -1.0;
    QTest::newRow("four days") << 4 << steady << 2 << 0 << 0.0 << Status::TooShort << -1.0;
}

void TestProjection::fromTrackedGrowth()
{
    QFETCH(int, days);
    QFETCH(qint64, perDay);
    QFETCH(int, entering);
    QFETCH(int, leaving);
    QFETCH(double, noiseM);
    QFETCH(Status, expected);
    QFETCH(double, toleranceDays);
    QList<RepoCounts> snapshots;
    const qint64 total = topN(days, perDay, entering, leaving, noiseM, &snapshots);
    const qint64 target = 20'000 * kMillion;
    QVERIFY(total < target);
    const qint64 now = snapshots.last().t;
    const Projection::Result r = Projection::fromTrackedGrowth(snapshots, total, target, now);
    QCOMPARE(r.status, expected);
    QVERIFY(!r.explanation.isEmpty());
    if (expected != Status::Ok)
        return;
    QCOMPARE(r.model, Model::Linear);
    // The downloads' own pace from the total now: (20B - total) / 11M a day.
    const QDateTime right =
        QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addMSecs(std::llround(double(target - total) / double(perDay) * double(kDay)));
    const qint64 off = std::abs(r.eta.msecsTo(right));
    QVERIFY2(double(off) <= toleranceDays * double(kDay),
             qPrintable(QStringLiteral("ETA %1, expected %2").arg(r.eta.toString(Qt::ISODate), right.toString(Qt::ISODate))));
    QVERIFY(r.etaLow <= r.eta && r.eta <= r.etaHigh);
    if (noiseM == 0.0)
        QVERIFY(r.etaLow.msecsTo(r.etaHigh) < kHour); // steady growth: a narrow range
    else
        QVERIFY(r.etaLow <= right && right <= r.etaHigh); // noise: a range that holds the real pace
    QVERIFY(std::abs(r.perDay - double(perDay)) < 0.02 * double(perDay));
    QVERIFY2(r.explanation.contains(QStringLiteral("Only downloads count")), qPrintable(r.explanation));
}

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
