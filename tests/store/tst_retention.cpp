// Retention (compaction): the thinning rule, and compaction of a real store filled through
// HistoryStore::storePoll — shape kept per bucket, idempotent, recent data and polls untouched.
#include "TestBackend.h"
#include "TestBuilders.h"
#include "store/HistoryStore.h"
#include "store/Retention.h"
#include "store/SeriesQueries.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace hubwatch;
using namespace hubwatch::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const QDateTime kStart(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC);
constexpr int kPolls = 3 * 144; // three days, one poll every ten minutes

qint64 pollTime(int i)
{
    return kStart.toMSecsSinceEpoch() + i * 10 * kMinute;
}

// org/a: rises, with a correction at poll 50 and a plateau at 80-90; org/b changes every 7th
// poll; org/c is missing from polls 100-120 (a gap that must stay a gap).
RepoStatsList reposAt(int i)
{
    const qint64 a = 1000 + 5 * i - (i >= 50 ? 40 : 0) - (i >= 80 && i <= 90 ? 5 * (i - 80) : 0);
    RepoStatsList repos{repo(RepoKind::Model, QStringLiteral("org/a"), a, 100 + (i * 7) % 13, i / 40),
                        repo(RepoKind::Model, QStringLiteral("org/b"), 500 + i / 7, 30, 2)};
    if (i < 100 || i > 120)
        repos.append(repo(RepoKind::Model, QStringLiteral("org/c"), 7000 + 3 * i + (i % 5 == 0 ? 50 : 0) - (i % 5 == 1 ? 50 : 0), 9, 9));
    return repos;
}

double orNone(const std::optional<double> &v)
{
    return v ? *v : -1.0;
}

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

// First, last, lowest and highest value a repo series shows at the polls of one bucket.
QList<double> stepShape(const QList<ChartPoint> &points, qint64 bucketStart, qint64 bucketMs)
{
    std::optional<double> first, last, lo, hi;
    for (int i = 0; i < kPolls; ++i) {
        if (pollTime(i) < bucketStart || pollTime(i) >= bucketStart + bucketMs)
            continue;
        const std::optional<double> v = stepAt(points, pollTime(i));
        if (!first)
            first = v ? v : std::optional<double>(-2);
        last = v;
        if (v) {
            lo = lo ? qMin(*lo, *v) : *v;
            hi = hi ? qMax(*hi, *v) : *v;
        }
    }
    return {orNone(first), orNone(last), orNone(lo), orNone(hi)};
}

// The same for the headline, whose points are the aggregates themselves.
QList<double> pointShape(const QList<ChartPoint> &points, qint64 bucketStart, qint64 bucketMs)
{
    QList<double> values;
    for (const ChartPoint &p : points)
        if (p.t >= bucketStart && p.t < bucketStart + bucketMs)
            values.append(p.value);
    if (values.isEmpty())
        return {};
    return {values.first(), values.last(), *std::min_element(values.cbegin(), values.cend()),
            *std::max_element(values.cbegin(), values.cend())};
}

int gapCount(const QList<ChartPoint> &points)
{
    return int(std::count_if(points.cbegin(), points.cend(), [](const ChartPoint &p) { return p.gapBefore; }));
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keepRule_data();
    void keepRule();
    void keepRuleIsIdempotent();
    void compactKeepsShapePerBucket_data();
    void compactKeepsShapePerBucket();
    void compactIsIdempotent();
    void recentHistoryAndPollsUntouched();
    void writingGoesOnAfterCompaction();
    void refusesBadArguments();

private:
    void fill();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestRetention::initTestCase()
{
    // HUBWATCH_TEST_BACKEND=postgresql (the _pg ctest entry): the same tests on a private server.
    QString error;
    QVERIFY2(hubwatch::test::TestBackend::instance().prepare(&error), qPrintable(error));
}

void TestRetention::init()
{
    m_dir = temporaryDir();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>();
    const StoreError e =
        m_store->open(hubwatch::test::TestBackend::instance().newHistory(m_dir->filePath(QStringLiteral("history.sqlite"))));
    QVERIFY2(!e.isError(), qPrintable(e.message()));
}

void TestRetention::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestRetention::fill()
{
    for (int i = 0; i < kPolls; ++i) {
        QVERIFY(m_store->storePoll(poll(reposAt(i), QDateTime::fromMSecsSinceEpoch(pollTime(i), Qt::UTC))).ok());
    }
}

void TestRetention::keepRule_data()
{
    QTest::addColumn<QList<qint64>>("minutes"); // sample times
    QTest::addColumn<QList<qint64>>("values");  // -1: unknown
    QTest::addColumn<QList<int>>("kept");       // indices kept with hourly buckets
    QTest::newRow("rising: first and last") << QList<qint64>{0, 10, 20, 30, 40, 50} << QList<qint64>{1, 2, 3, 4, 5, 6} << QList<int>{0, 5};
    QTest::newRow("a correction: peak and trough")
        << QList<qint64>{0, 10, 20, 30, 40, 50} << QList<qint64>{10, 20, 30, 25, 35, 40} << QList<int>{0, 2, 3, 5};
    QTest::newRow("plateau peak counts once") << QList<qint64>{0, 10, 20, 30, 40, 50} << QList<qint64>{1, 5, 5, 5, 2, 3}
                                              << QList<int>{0, 1, 4, 5};
    QTest::newRow("plateau on the way up") << QList<qint64>{0, 10, 20, 30, 40, 50} << QList<qint64>{1, 5, 5, 5, 6, 7} << QList<int>{0, 5};
    QTest::newRow("two buckets") << QList<qint64>{0, 20, 40, 60, 80, 100} << QList<qint64>{1, 2, 3, 4, 5, 6} << QList<int>{0, 2, 3, 5};
    QTest::newRow("unknown values and their neighbours are kept")
        << QList<qint64>{0, 5, 10, 15, 20, 25, 30} << QList<qint64>{1, 2, 3, -1, 4, 5, 6} << QList<int>{0, 2, 3, 4, 6};
    QTest::newRow("one sample") << QList<qint64>{5} << QList<qint64>{9} << QList<int>{0};
}

void TestRetention::keepRule()
{
    QFETCH(QList<qint64>, minutes);
    QFETCH(QList<qint64>, values);
    QFETCH(QList<int>, kept);
    QList<Retention::Row> rows;
    for (int i = 0; i < minutes.size(); ++i)
        rows.append({minutes[i] * kMinute, values[i] < 0 ? std::nullopt : std::optional<qint64>(values[i])});
    const QList<bool> mask = Retention::keep(rows, kHour);
    QList<int> actual;
    for (int i = 0; i < mask.size(); ++i)
        if (mask[i])
            actual.append(i);
    QCOMPARE(actual, kept);
}

void TestRetention::keepRuleIsIdempotent()
{
    QRandomGenerator random(20260105);
    for (int round = 0; round < 2000; ++round) {
        QList<Retention::Row> rows;
        qint64 t = 0, v = 1000;
        const int n = 2 + int(random.bounded(200));
        for (int i = 0; i < n; ++i) {
            t += 1 + random.bounded(30) * kMinute;
            const int step = int(random.bounded(10));
            v += step < 3 ? 0 : step < 8 ? random.bounded(20) : -qint64(random.bounded(30)); // plateaus and drops
            rows.append({t, random.bounded(2 + round % 50) == 0 ? std::nullopt : std::optional<qint64>(v)});
        }
        const qint64 bucketMs = (1 + round % 4) * kHour / 2; // half an hour to two hours
        const QList<bool> first = Retention::keep(rows, bucketMs);
        QList<Retention::Row> reduced;
        for (int i = 0; i < n; ++i)
            if (first[i])
                reduced.append(rows[i]);
        const QList<bool> second = Retention::keep(reduced, bucketMs);
        QVERIFY2(!second.contains(false), qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

void TestRetention::compactKeepsShapePerBucket_data()
{
    QTest::addColumn<Retention::Resolution>("resolution");
    QTest::addColumn<qint64>("bucketMs");
    QTest::newRow("hourly") << Retention::Resolution::Hourly << kHour;
    QTest::newRow("daily") << Retention::Resolution::Daily << kDay;
}

void TestRetention::compactKeepsShapePerBucket()
{
    QFETCH(Retention::Resolution, resolution);
    QFETCH(qint64, bucketMs);
    fill();
    SeriesQueries queries(*m_store);
    const QStringList keys{QStringLiteral("model:org/a"), QStringLiteral("model:org/b"), QStringLiteral("model:org/c")};
    QHash<QString, Series> before;
    for (const QString &key : keys)
        before.insert(key, queries.series(key, Metric::AllTime, {}, {}, 0).value);
    const Series headlineBefore = queries.series(QStringLiteral("headline"), Metric::AllTime, {}, {}, 0).value;
    const qint64 samplesBefore = m_store->sampleCount().value;

    // Everything is older than a week.
    const auto r = Retention::compact(*m_store, 7, resolution, kStart.addDays(14));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(r.value.samplesRemoved > 0);
    QVERIFY(r.value.aggregatesRemoved > 0);
    QCOMPARE(m_store->sampleCount().value, samplesBefore - r.value.samplesRemoved);

    for (const QString &key : keys) {
        const Series after = queries.series(key, Metric::AllTime, {}, {}, 0).value;
        QVERIFY(after.points.size() <= before[key].points.size());
        QCOMPARE(gapCount(after.points), gapCount(before[key].points));
        for (qint64 b = kStart.toMSecsSinceEpoch(); b < pollTime(kPolls); b += bucketMs)
            QCOMPARE(stepShape(after.points, b, bucketMs), stepShape(before[key].points, b, bucketMs));
        // Downsampled for a small chart, the picture has the same ends and extremes.
        const QList<ChartPoint> small = queries.series(key, Metric::AllTime, {}, {}, 24).value.points;
        const QList<ChartPoint> smallBefore = Downsampler::reduce(before[key].points, 24);
        const auto byValue = [](const ChartPoint &x, const ChartPoint &y) { return x.value < y.value; };
        QCOMPARE(small.first().value, smallBefore.first().value);
        QCOMPARE(small.last().value, smallBefore.last().value);
        QCOMPARE(std::min_element(small.cbegin(), small.cend(), byValue)->value,
                 std::min_element(smallBefore.cbegin(), smallBefore.cend(), byValue)->value);
        QCOMPARE(std::max_element(small.cbegin(), small.cend(), byValue)->value,
                 std::max_element(smallBefore.cbegin(), smallBefore.cend(), byValue)->value);
    }
    // The correction's low point is still there.
    const QList<ChartPoint> a = queries.series(keys.first(), Metric::AllTime, {}, {}, 0).value.points;
    QVERIFY(std::any_of(a.cbegin(), a.cend(), [](const ChartPoint &p) { return p.value == 1000 + 5 * 50 - 40; }));
    QVERIFY(std::any_of(a.cbegin(), a.cend(), [](const ChartPoint &p) { return p.value == 1000 + 5 * 49; }));

    const Series headline = queries.series(QStringLiteral("headline"), Metric::AllTime, {}, {}, 0).value;
    QCOMPARE(headline.points.size(), headlineBefore.points.size() - r.value.aggregatesRemoved);
    QCOMPARE(gapCount(headline.points), 0);
    for (qint64 b = kStart.toMSecsSinceEpoch(); b < pollTime(kPolls); b += bucketMs)
        QCOMPARE(pointShape(headline.points, b, bucketMs), pointShape(headlineBefore.points, b, bucketMs));
}

void TestRetention::compactIsIdempotent()
{
    fill();
    const QDateTime now = kStart.addDays(14);
    const auto first = Retention::compact(*m_store, 7, Retention::Resolution::Hourly, now);
    QVERIFY(first.ok() && first.value.samplesRemoved > 0);
    const qint64 samples = m_store->sampleCount().value;
    const auto second = Retention::compact(*m_store, 7, Retention::Resolution::Hourly, now);
    QVERIFY(second.ok());
    QCOMPARE(second.value.samplesRemoved, 0);
    QCOMPARE(second.value.aggregatesRemoved, 0);
    QCOMPARE(m_store->sampleCount().value, samples);
    // Coarser buckets thin further, and are then idempotent in turn.
    const auto daily = Retention::compact(*m_store, 7, Retention::Resolution::Daily, now);
    QVERIFY(daily.ok() && daily.value.samplesRemoved > 0 && daily.value.aggregatesRemoved > 0);
    const auto again = Retention::compact(*m_store, 7, Retention::Resolution::Daily, now);
    QCOMPARE(again.value.samplesRemoved, 0);
    QCOMPARE(again.value.aggregatesRemoved, 0);
}

void TestRetention::recentHistoryAndPollsUntouched()
{
    fill();
    SeriesQueries queries(*m_store);
    // now is the end of day 2 at 12:00; with one day kept, only buckets before day 1 12:00 go.
    const QDateTime now = kStart.addDays(2).addSecs(12 * 3600);
    const QDateTime cutoff = now.addDays(-1);
    const auto recent = [&](const QString &key) { return queries.series(key, Metric::AllTime, cutoff, {}, 0).value.points; };
    const QList<ChartPoint> recentA = recent(QStringLiteral("model:org/a"));
    const QList<ChartPoint> recentHeadline = recent(QStringLiteral("headline"));
    const auto latest = m_store->latestValues().value;
    const qint64 polls = m_store->pollCount().value;

    const auto r = Retention::compact(*m_store, 1, Retention::Resolution::Hourly, now);
    QVERIFY(r.ok() && r.value.samplesRemoved > 0);
    QCOMPARE(recent(QStringLiteral("model:org/a")), recentA);
    QCOMPARE(recent(QStringLiteral("headline")), recentHeadline);
    QCOMPARE(m_store->pollCount().value, polls); // polls are never deleted
    const auto latestAfter = m_store->latestValues().value;
    QCOMPARE(latestAfter.size(), latest.size());
    for (int i = 0; i < latest.size(); ++i) {
        QCOMPARE(latestAfter[i].name, latest[i].name);
        QCOMPARE(latestAfter[i].allTime, latest[i].allTime);
        QCOMPARE(latestAfter[i].lastSeen, latest[i].lastSeen);
    }
    // Nothing at all is old enough with a long retention.
    const auto none = Retention::compact(*m_store, 365, Retention::Resolution::Daily, now);
    QVERIFY(none.ok());
    QCOMPARE(none.value.samplesRemoved + none.value.aggregatesRemoved, 0);
}

void TestRetention::writingGoesOnAfterCompaction()
{
    fill();
    QVERIFY(Retention::compact(*m_store, 7, Retention::Resolution::Daily, kStart.addDays(14)).ok());
    const qint64 samples = m_store->sampleCount().value;
    // The same figures as the last poll add no row (the writer's change-only state still holds)…
    PollResult p = poll(reposAt(kPolls - 1), QDateTime::fromMSecsSinceEpoch(pollTime(kPolls), Qt::UTC));
    QVERIFY(m_store->storePoll(p).ok());
    QCOMPARE(m_store->sampleCount().value, samples);
    // …and new figures add one, drawn right after the compacted history.
    p.finishedAt = p.finishedAt.addSecs(600);
    p.repos.first().downloadsAllTime += 1000;
    QVERIFY(m_store->storePoll(p).ok());
    QCOMPARE(m_store->sampleCount().value, samples + 1);
    const auto a = SeriesQueries(*m_store).series(QStringLiteral("model:org/a"), Metric::AllTime, {}, {}, 0).value.points;
    QCOMPARE(a.last().value, double(reposAt(kPolls - 1).first().downloadsAllTime + 1000));
    QCOMPARE(a[a.size() - 2].value, double(reposAt(kPolls - 1).first().downloadsAllTime));
    QCOMPARE(gapCount(a), 0);
}

void TestRetention::refusesBadArguments()
{
    QCOMPARE(Retention::compact(*m_store, -1, Retention::Resolution::Daily, kStart).error.kind(), StoreError::Kind::InvalidInput);
    QCOMPARE(Retention::compact(*m_store, 7, Retention::Resolution::Daily, {}).error.kind(), StoreError::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
