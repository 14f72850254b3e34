// poll_figures (issue "At the limit"): each poll's growth and top-50 velocity kept at write, so
// the status report reads a few rows instead of snapshots of every tracked repo. On SQLite and
// PostgreSQL (ctest runs both):
// - the report from the rows says exactly what the report from the samples says (growth,
//   projection, hot categories, new entrants), for histories long and short;
// - the report really reads the rows (a changed row changes it), and a damaged row is harmless;
// - record() writes only the rows that are missing; compaction drops the rows of thinned polls.
#include "../alerts/HistoryBuilder.h"
#include "TestBackend.h"

#include "report/PollFigures.h"
#include "report/StatusReport.h"
#include "store/Retention.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hwtest;

namespace {
// The hot-category fixture plus churn: a model that joins on day 5, one that leaves on day 7
// and an upstream correction (a count that falls) on day 9.
RepoStatsList reposAt(qint64 ms)
{
    RepoStatsList repos = hotRepos(ms);
    if (ms >= 5 * kDay)
        repos.append(repo(QStringLiteral("model:late/joiner"), 2 * kMillion + 5000 * (ms - 5 * kDay) / kDay, 30000,
                          QStringLiteral("text-to-speech")));
    if (ms < 7 * kDay)
        repos.append(repo(QStringLiteral("model:early/leaver"), kMillion + 800 * ms / kDay, 30000, QStringLiteral("fill-mask")));
    if (ms >= 9 * kDay)
        repos[0].downloadsAllTime -= 50000;
    return repos;
}

qint64 count(HistoryStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

bool exec(HistoryStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (q.exec(sql))
        return true;
    qWarning() << sql << q.lastError().text();
    return false;
}
} // namespace

class TestPollFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reportFromRowsEqualsReportFromSamples_data();
    void reportFromRowsEqualsReportFromSamples();
    void theReportReadsTheRows();
    void aDamagedRowIsHarmless();
    void recordWritesOnlyWhatIsMissing();
    void compactionDropsTheRowsOfThinnedPolls();

private:
    // Polls every `stepMs` for `days`; with `keep`, the collector's record() after each.
    void fill(HistoryStore &store, qint64 stepMs, int days, bool keep);
    std::unique_ptr<HistoryStore> openNew(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_last;
};

void TestPollFigures::initTestCase()
{
    QString error;
    QVERIFY2(test::TestBackend::instance().prepare(&error), qPrintable(error));
    qInfo("backend: %s", qPrintable(test::TestBackend::instance().name()));
}

void TestPollFigures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPollFigures::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<HistoryStore> TestPollFigures::openNew(const QString &name)
{
    auto store = std::make_unique<HistoryStore>();
    const StoreError e = store->open(test::TestBackend::instance().newHistory(m_dir->filePath(name)));
    if (e.isError()) {
        qWarning() << "cannot open a test history:" << e.message();
        return {};
    }
    return store;
}

void TestPollFigures::fill(HistoryStore &store, qint64 stepMs, int days, bool keep)
{
    const PollScope scope = scopeOf(1000);
    for (qint64 ms = 0; ms <= days * kDay; ms += stepMs) {
        const auto stored = store.storePoll(poll(at(ms), reposAt(ms), scope));
        QVERIFY2(stored.ok(), qPrintable(stored.error.message()));
        if (keep) {
            const auto kept = PollFigures::record(store, at(ms));
            QVERIFY2(kept.ok(), qPrintable(kept.error.message()));
        }
        m_last = at(ms);
    }
}

void TestPollFigures::reportFromRowsEqualsReportFromSamples_data()
{
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("chained"); // long enough for the projection to follow the rows
    QTest::newRow("every 6 hours for 12 days") << 6 * kHour << 12 << true;
    QTest::newRow("daily for 10 days") << kDay << 10 << true;
    QTest::newRow("every 6 hours for 3 days") << 6 * kHour << 3 << false;
    QTest::newRow("hourly for 20 hours") << kHour << 0 << false;
}

void TestPollFigures::reportFromRowsEqualsReportFromSamples()
{
    QFETCH(qint64, stepMs);
    QFETCH(int, days);
    QFETCH(bool, chained);
    auto kept = openNew(QStringLiteral("kept.sqlite"));
    auto bare = openNew(QStringLiteral("bare.sqlite"));
    QVERIFY(kept && bare);
    // "0 days" stands for less than one: 20 hourly polls.
    fill(*kept, stepMs, days, true);
    fill(*bare, stepMs, days, false);
    if (days == 0) {
        for (qint64 ms = kHour; ms < 20 * kHour; ms += kHour) {
            QVERIFY(kept->storePoll(poll(at(ms), reposAt(ms), scopeOf(1000))).ok());
            QVERIFY(PollFigures::record(*kept, at(ms)).ok());
            QVERIFY(bare->storePoll(poll(at(ms), reposAt(ms), scopeOf(1000))).ok());
            m_last = at(ms);
        }
    }
    QVERIFY(count(*kept, QStringLiteral("SELECT count(*) FROM poll_figures")) > 0);
    QCOMPARE(count(*bare, QStringLiteral("SELECT count(*) FROM poll_figures")), 0);

    const auto a = StatusReport::build(*kept, m_last);
    const auto b = StatusReport::build(*bare, m_last);
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.error.message() + b.error.message()));
    const StatusReport &r = a.value, &s = b.value;
    QCOMPARE(r.growthKnown, s.growthKnown);
    QCOMPARE(r.growthPerDay, s.growthPerDay);
    QCOMPARE(r.growthSpanMs, s.growthSpanMs);
    QVERIFY(days == 0 || r.growthKnown); // the fixture grows: a day of history has a growth figure

    QCOMPARE(r.projection.status, s.projection.status);
    QCOMPARE(r.projection.eta, s.projection.eta);
    QCOMPARE(r.projection.etaLow, s.projection.etaLow);
    QCOMPARE(r.projection.etaHigh, s.projection.etaHigh);
    QCOMPARE(r.projection.perDay, s.projection.perDay);
    if (chained)
        QCOMPARE(r.projection.status, Projection::Status::Ok);

    QCOMPARE(r.hot.hasBaseline, s.hot.hasBaseline);
    QCOMPARE(r.hot.totalNow, s.hot.totalNow);
    QCOMPARE(r.hot.totalWeekAgo, s.hot.totalWeekAgo);
    QCOMPARE(r.hot.newEntrants, s.hot.newEntrants);
    QCOMPARE(r.hot.categories.size(), s.hot.categories.size());
    for (qsizetype i = 0; i < r.hot.categories.size(); ++i) {
        QCOMPARE(r.hot.categories.at(i).tag, s.hot.categories.at(i).tag);
        QCOMPARE(r.hot.categories.at(i).shareNow, s.hot.categories.at(i).shareNow);
        QCOMPARE(r.hot.categories.at(i).shareWeekAgo, s.hot.categories.at(i).shareWeekAgo);
        QCOMPARE(r.hot.categories.at(i).alert, s.hot.categories.at(i).alert);
    }
    if (days >= 8) { // a week of history: a comparison, and the joiner is new in the top 50
        QVERIFY(r.hot.hasBaseline);
        QVERIFY2(r.hot.newEntrants.contains(QStringLiteral("late/joiner")), qPrintable(r.hot.newEntrants.join(u' ')));
    }
}

void TestPollFigures::theReportReadsTheRows()
{
    auto store = openNew(QStringLiteral("h.sqlite"));
    QVERIFY(store);
    fill(*store, 6 * kHour, 12, true);
    const auto before = StatusReport::build(*store, m_last);
    QVERIFY(before.ok() && before.value.growthKnown);

    // Twice the latest poll's growth in its row: the report's growth doubles.
    QVERIFY(exec(*store,
                 QStringLiteral("UPDATE poll_figures SET growth_delta = 2 * growth_delta WHERE poll_id = (SELECT max(id) FROM polls)")));
    // One category alone in the latest top 50.
    QVERIFY(exec(*store,
                 QStringLiteral("UPDATE poll_figures SET hot = '{\"t\":10,\"tags\":{\"audio\":10},\"top\":[]}'"
                                " WHERE poll_id = (SELECT max(id) FROM polls)")));
    const auto after = StatusReport::build(*store, m_last);
    QVERIFY(after.ok());
    QCOMPARE(after.value.growthPerDay, 2 * before.value.growthPerDay);
    QCOMPARE(after.value.hot.categories.first().tag, QStringLiteral("audio"));
    QCOMPARE(after.value.hot.categories.first().shareNow, 100.0);
}

void TestPollFigures::aDamagedRowIsHarmless()
{
    auto store = openNew(QStringLiteral("h.sqlite"));
    QVERIFY(store);
    fill(*store, 6 * kHour, 9, true);
    // Not JSON, the wrong types, an id that names no repo: no crash, no invented category.
    for (const char *hot : {"not json", "{\"t\":\"x\",\"tags\":[1,2],\"top\":\"y\"}", "{\"t\":1,\"tags\":{},\"top\":[99999999]}"}) {
        QVERIFY(
            exec(*store,
                 QStringLiteral("UPDATE poll_figures SET hot = '%1' WHERE poll_id = (SELECT max(id) FROM polls)").arg(QLatin1String(hot))));
        const auto r = StatusReport::build(*store, m_last);
        QVERIFY2(r.ok(), hot);
        for (const CategoryShare &c : r.value.hot.categories)
            QCOMPARE(c.shareNow, 0.0);
        QVERIFY(r.value.hot.newEntrants.isEmpty());
    }
}

void TestPollFigures::recordWritesOnlyWhatIsMissing()
{
    auto store = openNew(QStringLiteral("h.sqlite"));
    QVERIFY(store);
    fill(*store, 6 * kHour, 12, false); // an older history: no rows
    const auto first = PollFigures::record(*store, m_last);
    QVERIFY2(first.ok(), qPrintable(first.error.message()));
    // The latest poll, eight "day before" steps, the poll a week before: ten at most.
    QVERIFY2(first.value >= StatusReport::ProjectionDays + 1 && first.value <= StatusReport::ProjectionDays + 2,
             qPrintable(QString::number(first.value)));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM poll_figures")), qint64(first.value));
    const auto again = PollFigures::record(*store, m_last);
    QVERIFY(again.ok());
    QCOMPARE(again.value, 0);

    // A collector keeps a row for every poll: then the next poll adds one row, its own.
    auto kept = openNew(QStringLiteral("kept.sqlite"));
    QVERIFY(kept);
    fill(*kept, 6 * kHour, 12, true);
    const qint64 next = 12 * kDay + 6 * kHour;
    QVERIFY(kept->storePoll(poll(at(next), reposAt(next), scopeOf(1000))).ok());
    const auto after = PollFigures::record(*kept, at(next));
    QVERIFY(after.ok());
    QCOMPARE(after.value, 1);
}

void TestPollFigures::compactionDropsTheRowsOfThinnedPolls()
{
    auto store = openNew(QStringLiteral("h.sqlite"));
    QVERIFY(store);
    fill(*store, 6 * kHour, 12, true);
    const qint64 rows = count(*store, QStringLiteral("SELECT count(*) FROM poll_figures"));
    QVERIFY(rows > 20);
    const auto thinned = Retention::compact(*store, 3, Retention::Resolution::Daily, m_last);
    QVERIFY2(thinned.ok(), qPrintable(thinned.error.message()));
    QVERIFY(thinned.value.aggregatesRemoved > 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM poll_figures WHERE poll_id NOT IN (SELECT poll_id FROM aggregates)")), 0);
    QVERIFY(count(*store, QStringLiteral("SELECT count(*) FROM poll_figures")) < rows);
}

QTEST_GUILESS_MAIN(TestPollFigures)
#include "tst_pollfigures.moc"
