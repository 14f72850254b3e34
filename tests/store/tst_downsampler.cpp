// Unit tests for Downsampler: bounded output that keeps extremes, ends, order and gaps.
#include "store/Downsampler.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace hubwatch;

namespace {

// A smooth wave, one point a minute.
QList<ChartPoint> wave(int n)
{
    QList<ChartPoint> points;
    points.reserve(n);
    for (int i = 0; i < n; ++i)
        points.append({qint64(i) * 60000, 1000.0 + 100.0 * std::sin(i / 500.0), false});
    return points;
}

bool isSortedSubset(const QList<ChartPoint> &out, const QList<ChartPoint> &in)
{
    qsizetype j = 0;
    for (const ChartPoint &p : out) {
        while (j < in.size() && (in[j].t != p.t || in[j].value != p.value))
            ++j;
        if (j == in.size())
            return false;
        ++j;
    }
    return true;
}

} // namespace

class TestDownsampler : public QObject
{
    Q_OBJECT
private slots:
    void unchangedWhenItFits_data();
    void unchangedWhenItFits();
    void boundedSortedWithEnds_data();
    void boundedSortedWithEnds();
    void singleSpikeAmongAMillion_data();
    void singleSpikeAmongAMillion();
    void gapStartsAreKept();
    void moreGapsThanBudgetStillMarked();
    void tinyBudgets_data();
    void tinyBudgets();
};

void TestDownsampler::unchangedWhenItFits_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("empty") << 0 << 10;
    QTest::newRow("one point") << 1 << 1;
    QTest::newRow("exactly the budget") << 500 << 500;
    QTest::newRow("under the budget") << 499 << 500;
    QTest::newRow("no budget") << 2000 << 0;
    QTest::newRow("negative budget") << 2000 << -1;
}

void TestDownsampler::unchangedWhenItFits()
{
    QFETCH(int, size);
    QFETCH(int, maxPoints);
    QList<ChartPoint> in = wave(size);
    if (size > 3)
        in[3].gapBefore = true;
    QCOMPARE(Downsampler::reduce(in, maxPoints), in);
}

void TestDownsampler::boundedSortedWithEnds_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("4 of 10") << 10 << 4;
    QTest::newRow("5 of 10") << 10 << 5;
    QTest::newRow("7 of 1000") << 1000 << 7;
    QTest::newRow("100 of 1000") << 1000 << 100;
    QTest::newRow("999 of 1000") << 1000 << 999;
    QTest::newRow("1000 of 100000") << 100000 << 1000;
    QTest::newRow("1001 of 100000") << 100000 << 1001;
}

void TestDownsampler::boundedSortedWithEnds()
{
    QFETCH(int, size);
    QFETCH(int, maxPoints);
    const QList<ChartPoint> in = wave(size);
    const QList<ChartPoint> out = Downsampler::reduce(in, maxPoints);
    QVERIFY(out.size() <= maxPoints);
    QVERIFY(out.size() >= qMin(maxPoints, 2));
    QCOMPARE(out.first(), in.first());
    QCOMPARE(out.last(), in.last());
    QVERIFY(std::is_sorted(out.cbegin(), out.cend(), [](const ChartPoint &a, const ChartPoint &b) { return a.t < b.t; }));
    QVERIFY(isSortedSubset(out, in));
    // The wave's own extremes survive too.
    const auto [lo, hi] =
        std::minmax_element(in.cbegin(), in.cend(), [](const ChartPoint &a, const ChartPoint &b) { return a.value < b.value; });
    QVERIFY(out.contains(*lo));
    QVERIFY(out.contains(*hi));
}

void TestDownsampler::singleSpikeAmongAMillion_data()
{
    QTest::addColumn<int>("at");
    QTest::addColumn<double>("height");
    QTest::newRow("peak in the middle") << 500000 << 1e9;
    QTest::newRow("trough in the middle") << 500001 << -1e9;
    QTest::newRow("peak near the start") << 1 << 5000.0;
    QTest::newRow("trough near the end") << 999998 << 0.0;
}

void TestDownsampler::singleSpikeAmongAMillion()
{
    QFETCH(int, at);
    QFETCH(double, height);
    QList<ChartPoint> in = wave(1000000);
    in[at].value = height;
    QElapsedTimer timer;
    timer.start();
    const QList<ChartPoint> out = Downsampler::reduce(in, 1000);
    QVERIFY(out.size() <= 1000);
    QVERIFY(out.contains(in[at]));
    QCOMPARE(out.first(), in.first());
    QCOMPARE(out.last(), in.last());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestDownsampler::gapStartsAreKept()
{
    QList<ChartPoint> in = wave(10000);
    const QList<int> gaps{17, 2500, 2501, 7777, 9999};
    for (int g : gaps)
        in[g].gapBefore = true;
    const QList<ChartPoint> out = Downsampler::reduce(in, 200);
    QVERIFY(out.size() <= 200);
    int flagged = 0;
    for (const ChartPoint &p : out) {
        if (!p.gapBefore)
            continue;
        ++flagged;
        // Only real gap starts carry the flag, and each is kept as itself.
        const qsizetype i = in.indexOf(p);
        QVERIFY(gaps.contains(int(i)));
    }
    QCOMPARE(flagged, int(gaps.size()));
    // No bucket reaches across a gap: the point before each gap start is kept too (it is the
    // last of its bucket), so the segment ends where the data ends.
    for (int g : gaps)
        QVERIFY(out.contains(in[g - 1]) || in[g - 1].gapBefore);
}

void TestDownsampler::moreGapsThanBudgetStillMarked()
{
    // A gap every third point: far more segments than 30 points can show.
    QList<ChartPoint> in = wave(3000);
    for (int i = 3; i < in.size(); i += 3)
        in[i].gapBefore = true;
    const QList<ChartPoint> out = Downsampler::reduce(in, 30);
    QVERIFY(out.size() <= 30);
    QCOMPARE(out.first(), in.first());
    QCOMPARE(out.last().t, in.last().t);
    // A kept point is flagged exactly when a gap started at it or at a point dropped before it.
    int flagged = 0;
    for (qsizetype i = 1; i < out.size(); ++i) {
        const qint64 from = out[i - 1].t / 60000 + 1, to = out[i].t / 60000;
        bool gap = false;
        for (qint64 k = from; k <= to; ++k)
            gap = gap || in[k].gapBefore;
        QCOMPARE(out[i].gapBefore, gap);
        flagged += gap;
    }
    QVERIFY(flagged >= out.size() / 2);
}

void TestDownsampler::tinyBudgets_data()
{
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
    QTest::newRow("3") << 3;
}

void TestDownsampler::tinyBudgets()
{
    QFETCH(int, maxPoints);
    QList<ChartPoint> in = wave(100);
    in[40].value = 1e6;
    const QList<ChartPoint> out = Downsampler::reduce(in, maxPoints);
    QCOMPARE(out.size(), maxPoints);
    QCOMPARE(out.first(), in.first());
    if (maxPoints >= 2)
        QCOMPARE(out.last(), in.last());
    if (maxPoints >= 3)
        QVERIFY(out.contains(in[40]));
}

QTEST_GUILESS_MAIN(TestDownsampler)
#include "tst_downsampler.moc"
