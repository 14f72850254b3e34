// Known-answer tests for Anomalies: upstream corrections, upstream 30-day gaps, poll gaps,
// and the interval test that velocity and alerts use to skip them.
#include "analysis/Anomalies.h"

#include <QLocale>
#include <QTest>

using namespace hubwatch;

Q_DECLARE_METATYPE(QList<hubwatch::AnomalyInput>)

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kT0 = 1'700'000'000'000; // 2023-11-14, an ordinary epoch-ms value

// Point at kT0 + hours, seen.
AnomalyInput at(qint64 hours, qint64 allTime, qint64 d30, bool seen = true)
{
    return AnomalyInput{kT0 + hours * kHour, allTime, d30, seen};
}

// "C 1-2 -1234" = UpstreamCorrection from kT0+1h to kT0+2h, delta -1234. Offsets in hours.
QString render(const QList<Annotation> &list)
{
    QStringList parts;
    for (const Annotation &a : list) {
        const char *k = a.kind == Annotation::Kind::UpstreamCorrection ? "C" : a.kind == Annotation::Kind::UpstreamGap ? "G" : "P";
        parts << QStringLiteral("%1 %2-%3 %4").arg(QLatin1String(k)).arg((a.from - kT0) / kHour).arg((a.to - kT0) / kHour).arg(a.delta);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestAnomalies : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void detect_data();
    void detect();
    void texts();
    void exactWithHugeCounts();
    void describeDuration_data();
    void describeDuration();
    void excludes_data();
    void excludes();
    void excludesNothingWhenEmpty();
    void detectedIntervalsAreExcluded();
};

void TestAnomalies::initTestCase()
{
    // The texts group digits by locale; pin one so "1,234" is a known answer.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAnomalies::detect_data()
{
    QTest::addColumn<QList<AnomalyInput>>("points");
    QTest::addColumn<qint64>("gapThreshold");
    QTest::addColumn<QString>("expected");

    const qint64 day = kDay;
    QTest::newRow("empty") << QList<AnomalyInput>{} << day << QString();
    QTest::newRow("one point") << QList<AnomalyInput>{at(0, 10, 5)} << day << QString();
    QTest::newRow("steady growth") << QList<AnomalyInput>{at(0, 100, 50), at(1, 120, 55), at(2, 150, 60), at(3, 150, 40)} << day
                                   << QString();

    // Upstream corrections.
    QTest::newRow("all-time falls") << QList<AnomalyInput>{at(0, 5000, 10), at(1, 6234, 10), at(2, 5000, 10)} << day
                                    << QStringLiteral("C 1-2 -1234");
    QTest::newRow("two corrections") << QList<AnomalyInput>{at(0, 100, 1), at(1, 90, 1), at(2, 95, 1), at(3, 80, 1)} << day
                                     << QStringLiteral("C 0-1 -10; C 2-3 -15");
    QTest::newRow("unchanged all-time is no correction") << QList<AnomalyInput>{at(0, 100, 1), at(1, 100, 1)} << day << QString();
    QTest::newRow("unknown all-time is skipped, not compared")
        << QList<AnomalyInput>{at(0, 100, 1), at(1, -1, 1), at(2, 90, 1)} << day << QStringLiteral("C 0-2 -10");
    QTest::newRow("unknown all-time alone is no correction")
        << QList<AnomalyInput>{at(0, 100, 1), at(1, -1, 1), at(2, 100, 1)} << day << QString();
    QTest::newRow("unseen point carries no values")
        << QList<AnomalyInput>{at(0, 1000, 5), at(1, 0, 0, false), at(2, 900, 5)} << day << QStringLiteral("C 0-2 -100");
    QTest::newRow("unseen point with higher garbage hides nothing")
        << QList<AnomalyInput>{at(0, 1000, 5), at(1, 99999, 5, false), at(2, 1001, 5)} << day << QString();

    // Upstream gaps in the 30-day window.
    QTest::newRow("30d to zero while all-time grows")
        << QList<AnomalyInput>{at(0, 1000, 100), at(1, 1010, 0)} << day << QStringLiteral("G 0-1 -100");
    QTest::newRow("30d to zero, all-time flat: no gap") << QList<AnomalyInput>{at(0, 1000, 100), at(1, 1000, 0)} << day << QString();
    QTest::newRow("30d to zero, all-time unknown: no gap") << QList<AnomalyInput>{at(0, -1, 100), at(1, -1, 0)} << day << QString();
    QTest::newRow("30d zero from the start: no gap") << QList<AnomalyInput>{at(0, 1000, 0), at(1, 1010, 0)} << day << QString();
    QTest::newRow("30d falls but not to zero: no gap") << QList<AnomalyInput>{at(0, 1000, 100), at(1, 1010, 1)} << day << QString();
    QTest::newRow("gap lasts until recovery") << QList<AnomalyInput>{at(0, 1000, 100), at(1, 1010, 0), at(2, 1020, 0), at(3, 1030, 120),
                                                                     at(4, 1040, 125)}
                                              << day << QStringLiteral("G 0-3 -100");
    QTest::newRow("gap never recovers") << QList<AnomalyInput>{at(0, 1000, 100), at(1, 1010, 0), at(2, 1020, 0)} << day
                                        << QStringLiteral("G 0-2 -100");
    QTest::newRow("gap: unknown 30d neither extends nor closes")
        << QList<AnomalyInput>{at(0, 1000, 100), at(1, 1010, 0), at(2, 1020, -1), at(3, 1030, 90)} << day << QStringLiteral("G 0-3 -100");
    QTest::newRow("two separate gaps") << QList<AnomalyInput>{at(0, 10, 5), at(1, 11, 0), at(2, 12, 6), at(3, 13, 0), at(4, 14, 7)} << day
                                       << QStringLiteral("G 0-2 -5; G 2-4 -6");
    QTest::newRow("fall with correction is a correction only")
        << QList<AnomalyInput>{at(0, 1000, 100), at(1, 900, 0)} << day << QStringLiteral("C 0-1 -100");

    // Poll gaps.
    QTest::newRow("long gap between polls") << QList<AnomalyInput>{at(0, 1, 1), at(1, 2, 1), at(97, 3, 1)} << day
                                            << QStringLiteral("P 1-97 345600000");
    QTest::newRow("gap exactly at threshold is none") << QList<AnomalyInput>{at(0, 1, 1), at(24, 2, 1)} << day << QString();
    QTest::newRow("threshold 0 disables poll gaps") << QList<AnomalyInput>{at(0, 1, 1), at(1000, 2, 1)} << qint64(0) << QString();
    QTest::newRow("unseen polls still are polls")
        << QList<AnomalyInput>{at(0, 1, 1), at(48, 0, 0, false), at(96, 3, 1)} << 3 * day << QString();
    QTest::newRow("unsorted input is sorted") << QList<AnomalyInput>{at(2, 5000, 10), at(0, 5000, 10), at(1, 6234, 10)} << day
                                              << QStringLiteral("C 1-2 -1234");
    QTest::newRow("poll gap and correction over one step")
        << QList<AnomalyInput>{at(0, 500, 9), at(72, 400, 9)} << day << QStringLiteral("P 0-72 259200000; C 0-72 -100");
    QTest::newRow("mixed, sorted by start") << QList<AnomalyInput>{at(0, 100, 10), at(1, 110, 0), at(2, 120, 10), at(50, 115, 10)} << day
                                            << QStringLiteral("G 0-2 -10; P 2-50 172800000; C 2-50 -5");
}

void TestAnomalies::detect()
{
    QFETCH(QList<AnomalyInput>, points);
    QFETCH(qint64, gapThreshold);
    QFETCH(QString, expected);
    const QList<Annotation> found = Anomalies::detect(points, gapThreshold);
    QCOMPARE(render(found), expected);
    for (const Annotation &a : found) {
        QVERIFY(a.from <= a.to);
        QVERIFY(!a.text.isEmpty());
    }
}

void TestAnomalies::texts()
{
    const QList<Annotation> c = Anomalies::detect({at(0, 5000, 10), at(1, 6234, 10), at(2, 5000, 10)}, kDay);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].text, QStringLiteral("All-time downloads fell by 1,234 (an upstream correction by the Hub)"));

    const QList<Annotation> g = Anomalies::detect({at(0, 1000, 100), at(1, 1010, 0)}, kDay);
    QCOMPARE(g.size(), 1);
    QCOMPARE(g[0].text,
             QStringLiteral("The 30-day count dropped to zero while all-time downloads grew: "
                            "the Hub's 30-day window has a gap"));

    const QList<Annotation> p = Anomalies::detect({at(0, 1, 1), at(3 * 24 + 5, 2, 1)}, kDay);
    QCOMPARE(p.size(), 1);
    // Untranslated "%n day(s)"; an English .qm turns it into "3 days".
    QVERIFY2(p[0].text.startsWith(QStringLiteral("No poll for 3 day")), qPrintable(p[0].text));
    QVERIFY(p[0].text.endsWith(QStringLiteral(": nothing is known about this period")));
}

void TestAnomalies::exactWithHugeCounts()
{
    // Near the seed's 933.0M (and far beyond): qint64 arithmetic, not double.
    const qint64 big = 933'000'000'000'123;
    const QList<Annotation> c = Anomalies::detect({at(0, big, 1), at(1, big - 1, 1)}, kDay);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].delta, qint64(-1));
    QCOMPARE(c[0].text, QStringLiteral("All-time downloads fell by 1 (an upstream correction by the Hub)"));
}

void TestAnomalies::describeDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 second(s)");
    QTest::newRow("negative clamps") << qint64(-5000) << QStringLiteral("0 second(s)");
    QTest::newRow("59 s") << qint64(59'999) << QStringLiteral("59 second(s)");
    QTest::newRow("1 min") << kMinute << QStringLiteral("1 minute(s)");
    QTest::newRow("59 min") << 59 * kMinute + 59'000 << QStringLiteral("59 minute(s)");
    QTest::newRow("90 min") << 90 * kMinute << QStringLiteral("1 hour(s)");
    QTest::newRow("23 h 59") << kDay - kMinute << QStringLiteral("23 hour(s)");
    QTest::newRow("1 day") << kDay << QStringLiteral("1 day(s)");
    QTest::newRow("3 days 23 h") << 4 * kDay - kHour << QStringLiteral("3 day(s)");
    QTest::newRow("400 days") << 400 * kDay << QStringLiteral("400 day(s)");
}

void TestAnomalies::describeDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(Anomalies::describeDuration(ms), expected);
}

void TestAnomalies::excludes_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<bool>("expected");
    // Annotations used: [100, 200] and a zero-length one at 500.
    QTest::newRow("before, touching start") << qint64(0) << qint64(100) << false;
    QTest::newRow("after, touching end") << qint64(200) << qint64(300) << false;
    QTest::newRow("well before") << qint64(0) << qint64(50) << false;
    QTest::newRow("inside") << qint64(150) << qint64(160) << true;
    QTest::newRow("same interval") << qint64(100) << qint64(200) << true;
    QTest::newRow("covers it") << qint64(0) << qint64(300) << true;
    QTest::newRow("overlaps start") << qint64(50) << qint64(101) << true;
    QTest::newRow("overlaps end") << qint64(199) << qint64(250) << true;
    QTest::newRow("reversed bounds") << qint64(300) << qint64(150) << true;
    QTest::newRow("instant inside") << qint64(150) << qint64(150) << true;
    QTest::newRow("instant at edge") << qint64(200) << qint64(200) << false;
    QTest::newRow("covers zero-length") << qint64(400) << qint64(600) << true;
    QTest::newRow("touches zero-length") << qint64(500) << qint64(600) << true;
    QTest::newRow("misses zero-length") << qint64(501) << qint64(600) << false;
}

void TestAnomalies::excludes()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(bool, expected);
    const QList<Annotation> list{{Annotation::Kind::UpstreamCorrection, 100, 200, -1, QString()},
                                 {Annotation::Kind::UpstreamCorrection, 500, 500, -1, QString()}};
    QCOMPARE(Anomalies::excludes(list, from, to), expected);
}

void TestAnomalies::excludesNothingWhenEmpty()
{
    QVERIFY(!Anomalies::excludes({}, 0, std::numeric_limits<qint64>::max()));
}

void TestAnomalies::detectedIntervalsAreExcluded()
{
    // A series with a gap from hour 0 to 3: the rates inside it are skipped, the rest kept.
    const QList<AnomalyInput> series{at(0, 1000, 100), at(1, 1010, 0), at(2, 1020, 0), at(3, 1030, 120), at(4, 1040, 125)};
    const QList<Annotation> found = Anomalies::detect(series, kDay);
    for (int i = 1; i < series.size(); ++i) {
        const bool skipped = Anomalies::excludes(found, series[i - 1].t, series[i].t);
        QCOMPARE(skipped, i <= 3);
    }
}

QTEST_GUILESS_MAIN(TestAnomalies)
#include "tst_anomalies.moc"
