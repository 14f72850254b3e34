// Unit tests for MilestoneLadder: the 1-2-5 rungs, next/previous, crossings, user extras and
// the labels milestones are announced with.
#include "analysis/MilestoneLadder.h"

#include <QTest>

#include <limits>

using namespace hubwatch;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
using Rungs = QList<qint64>;
} // namespace

class TestMilestoneLadder : public QObject
{
    Q_OBJECT
private slots:
    void defaultRungs();
    void next_data();
    void next();
    void previous_data();
    void previous();
    void crossed_data();
    void crossed();
    void extrasMergedDeduplicatedSorted();
    void extrasReplaceNotAccumulate();
    void label_data();
    void label();
};

void TestMilestoneLadder::defaultRungs()
{
    const Rungs rungs = MilestoneLadder().rungs();
    QCOMPARE(rungs.size(), 57); // 19 decades × {1, 2, 5}
    QCOMPARE(rungs.first(), 1);
    QCOMPARE(rungs.last(), 5'000'000'000'000'000'000LL);
    QCOMPARE(rungs.mid(0, 7), (Rungs{1, 2, 5, 10, 20, 50, 100}));
    QVERIFY(std::is_sorted(rungs.cbegin(), rungs.cend()));
}

void TestMilestoneLadder::next_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seed 933.0M") << qint64(933'000'000) << qint64(1'000'000'000);
    QTest::newRow("999") << qint64(999) << qint64(1000);
    QTest::newRow("on a rung: the one above") << qint64(1000) << qint64(2000);
    QTest::newRow("0") << qint64(0) << qint64(1);
    QTest::newRow("negative") << qint64(-5) << qint64(1);
    QTest::newRow("min") << kMin << qint64(1);
    QTest::newRow("1.9B") << qint64(1'900'000'000) << qint64(2'000'000'000);
    QTest::newRow("3") << qint64(3) << qint64(5);
    QTest::newRow("last rung: none") << qint64(5'000'000'000'000'000'000LL) << qint64(0);
    QTest::newRow("max: none") << kMax << qint64(0);
}

void TestMilestoneLadder::next()
{
    QFETCH(qint64, value);
    QFETCH(qint64, expected);
    QCOMPARE(MilestoneLadder().next(value), expected);
}

void TestMilestoneLadder::previous_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seed 933.0M") << qint64(933'000'000) << qint64(500'000'000);
    QTest::newRow("on a rung: that rung") << qint64(1'000'000'000) << qint64(1'000'000'000);
    QTest::newRow("999") << qint64(999) << qint64(500);
    QTest::newRow("1") << qint64(1) << qint64(1);
    QTest::newRow("0: none") << qint64(0) << qint64(0);
    QTest::newRow("negative: none") << qint64(-7) << qint64(0);
    QTest::newRow("max") << kMax << qint64(5'000'000'000'000'000'000LL);
}

void TestMilestoneLadder::previous()
{
    QFETCH(qint64, value);
    QFETCH(qint64, expected);
    QCOMPARE(MilestoneLadder().previous(value), expected);
}

void TestMilestoneLadder::crossed_data()
{
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<Rungs>("expected");
    QTest::newRow("1.9B → 2.1B: 2B only") << qint64(1'900'000'000) << qint64(2'100'000'000) << Rungs{2'000'000'000};
    QTest::newRow("0 → 1") << qint64(0) << qint64(1) << Rungs{1};
    QTest::newRow("0 → 10") << qint64(0) << qint64(10) << Rungs{1, 2, 5, 10};
    QTest::newRow("landing on a rung counts") << qint64(999) << qint64(1000) << Rungs{1000};
    QTest::newRow("leaving a rung does not") << qint64(1000) << qint64(1999) << Rungs{};
    QTest::newRow("unchanged") << qint64(5) << qint64(5) << Rungs{};
    QTest::newRow("correction downwards") << qint64(2'100'000'000) << qint64(1'900'000'000) << Rungs{};
    QTest::newRow("933M → 1.02B") << qint64(933'000'000) << qint64(1'020'000'000) << Rungs{1'000'000'000};
    QTest::newRow("big jump, ascending") << qint64(40'000) << qint64(2'000'000)
                                         << Rungs{50'000, 100'000, 200'000, 500'000, 1'000'000, 2'000'000};
    QTest::newRow("negative start") << qint64(-100) << qint64(2) << Rungs{1, 2};
}

void TestMilestoneLadder::crossed()
{
    QFETCH(qint64, before);
    QFETCH(qint64, after);
    QFETCH(Rungs, expected);
    QCOMPARE(MilestoneLadder().crossed(before, after), expected);
}

void TestMilestoneLadder::extrasMergedDeduplicatedSorted()
{
    MilestoneLadder ladder;
    ladder.setExtra({1'500'000'000, 750, 750, 1000, -3, 0, 123'456'789});
    QCOMPARE(ladder.extra(), (Rungs{750, 1000, 123'456'789, 1'500'000'000}));
    QCOMPARE(ladder.rungs().size(), 57 + 3); // 1000 was already a rung
    QVERIFY(std::is_sorted(ladder.rungs().cbegin(), ladder.rungs().cend()));
    QVERIFY(std::adjacent_find(ladder.rungs().cbegin(), ladder.rungs().cend()) == ladder.rungs().cend());
    QCOMPARE(ladder.crossed(700, 1000), (Rungs{750, 1000}));
    QCOMPARE(ladder.crossed(1'900'000'000LL - 1'000'000'000, 2'000'000'000), (Rungs{1'000'000'000, 1'500'000'000, 2'000'000'000}));
    QCOMPARE(ladder.next(100'000'000), 123'456'789);
    QCOMPARE(ladder.next(1'000'000'000), 1'500'000'000);
    QCOMPARE(ladder.previous(1'999'999'999), 1'500'000'000);
}

void TestMilestoneLadder::extrasReplaceNotAccumulate()
{
    MilestoneLadder ladder;
    ladder.setExtra({750});
    ladder.setExtra({3});
    QCOMPARE(ladder.extra(), Rungs{3});
    QCOMPARE(ladder.crossed(700, 800), Rungs{});
    QCOMPARE(ladder.crossed(2, 3), Rungs{3});
    ladder.setExtra({});
    QCOMPARE(ladder.rungs(), MilestoneLadder().rungs());
}

void TestMilestoneLadder::label_data()
{
    QTest::addColumn<qint64>("rung");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    const QLocale en(QLocale::English);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    QTest::newRow("1B") << qint64(1'000'000'000) << en << QStringLiteral("1B");
    QTest::newRow("500M") << qint64(500'000'000) << en << QStringLiteral("500M");
    QTest::newRow("2K") << qint64(2000) << en << QStringLiteral("2K");
    QTest::newRow("5") << qint64(5) << en << QStringLiteral("5");
    QTest::newRow("20T") << qint64(20'000'000'000'000) << en << QStringLiteral("20T");
    QTest::newRow("extra 1.5B") << qint64(1'500'000'000) << en << QStringLiteral("1.5B");
    QTest::newRow("extra 1,234,567") << qint64(1'234'567) << en << QStringLiteral("1.23M");
    QTest::newRow("de 1 Mrd.") << qint64(1'000'000'000) << de << QStringLiteral("1 Mrd.");
    QTest::newRow("de 1,5 Mrd.") << qint64(1'500'000'000) << de << QStringLiteral("1,5 Mrd.");
    QTest::newRow("zh 10亿") << qint64(1'000'000'000) << zh << QStringLiteral("10亿");
    QTest::newRow("zh 5000万") << qint64(50'000'000) << zh << QStringLiteral("5000万");
    QTest::newRow("zh 2000") << qint64(2000) << zh << QStringLiteral("2000");
}

void TestMilestoneLadder::label()
{
    QFETCH(qint64, rung);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(MilestoneLadder::label(rung, locale), expected);
}

QTEST_GUILESS_MAIN(TestMilestoneLadder)
#include "tst_milestoneladder.moc"
