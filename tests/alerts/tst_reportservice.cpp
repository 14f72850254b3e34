// ReportService: every query the desktop asks, run on a real StoreThread over a stored SQLite
// history with known answers, answered on the caller's thread, and dropped once its context is gone.
#include "HistoryBuilder.h"
#include "TestWait.h"

#include "report/ReportService.h"
#include "store/StoreThread.h"

#include <QTest>

#include <optional>

using namespace hwtest;
using hubwatch::test::drainStore;
using hubwatch::test::waitOrFail;

namespace {

const QDateTime kNow = at(2 * kDay + kHour);

// Three daily polls. org/a ships safetensors and pickle weights, other/x pickle only; org/b's
// files were never seen.
RepoStatsList reposOfDay(int day)
{
    RepoStats a = repo(QStringLiteral("model:org/a"), QList<qint64>{1000, 1500, 2100}.at(day));
    a.siblings = {QStringLiteral("model.safetensors"), QStringLiteral("pytorch_model.bin")};
    RepoStats x = repo(QStringLiteral("model:other/x"), 100);
    x.siblings = {QStringLiteral("pytorch_model.bin")};
    return {a, repo(QStringLiteral("model:org/b"), QList<qint64>{5000, 5200, 5400}.at(day)),
            repo(QStringLiteral("dataset:org/d"), QList<qint64>{10, 20, 30}.at(day)), x};
}

AlertRecord alertOf(AlertRecord::Kind kind, const QString &series, qint64 msAfterT0)
{
    AlertRecord a;
    a.kind = kind;
    a.series = series;
    a.raisedAt = a.happenedAt = at(msAfterT0);
    a.threshold = 1000;
    return a;
}

} // namespace

class TestReportService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void statusReport();
    void allTimeSeries();
    void chartData();
    void trackedSeries();
    void watchlistFigures();
    void alertLog();
    void inspectedRepos();
    void milestonesSavedAndLoaded();
    void milestonesNotSavedByAViewer();
    void answerDroppedOnceTheContextIsGone();

private:
    // Asks one query and waits for its answer (failing the test if none comes).
    template <typename R, typename Ask> R answer(Ask ask)
    {
        std::optional<R> out;
        QObject context;
        ask(&context, [&out](R r) { out = std::move(r); });
        if (!waitOrFail([&out] { return out.has_value(); }, 20000, "the report's answer"))
            return R();
        return *out;
    }
    [[nodiscard]] bool openThread(StoreThread *thread, HistoryStore::Mode mode);

    std::unique_ptr<History> m_history;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<ReportService> m_reports;
};

bool TestReportService::openThread(StoreThread *thread, HistoryStore::Mode mode)
{
    std::optional<StoreError> opened;
    QObject context;
    thread->open(m_history->store().path(), mode, &context, [&opened](StoreError e) { opened = e; });
    if (!waitOrFail([&opened] { return opened.has_value(); }, 20000, "the history to open"))
        return false;
    if (opened->isError())
        qWarning() << opened->message();
    return !opened->isError();
}

void TestReportService::init()
{
    m_history = std::make_unique<History>();
    QVERIFY(m_history->open());
    for (int day = 0; day < 3; ++day)
        QVERIFY(m_history->add(poll(at(day * kDay), reposOfDay(day))) > 0);
    AlertStore alerts(m_history->store());
    QVERIFY(alerts.raise(alertOf(AlertRecord::Kind::RecordDay, QStringLiteral("model:org/a"), kDay), QStringLiteral("1")).ok());
    QVERIFY(alerts.raise(alertOf(AlertRecord::Kind::Anomaly, QStringLiteral("model:org/b"), kDay + kHour), QStringLiteral("2")).ok());
    QVERIFY(alerts.raise(alertOf(AlertRecord::Kind::NewEntrant, QStringLiteral("model:other/x"), 2 * kDay), QStringLiteral("3")).ok());
    m_store = std::make_unique<StoreThread>();
    m_reports = std::make_unique<ReportService>(m_store.get());
    QVERIFY(openThread(m_store.get(), HistoryStore::Mode::ReadWrite));
}

void TestReportService::cleanup()
{
    m_reports.reset();
    m_store.reset();
    m_history.reset();
}

void TestReportService::statusReport()
{
    const auto r = answer<StoreResult<StatusReport>>([&](QObject *c, auto done) { m_reports->statusReport(kNow, c, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.headline.at, at(2 * kDay));
    QCOMPARE(r.value.headline.totalAllTime, 2100 + 5400 + 30 + 100);
    // Growth over the last day: 600 + 200 + 10 + 0.
    QVERIFY(r.value.growthKnown);
    QCOMPARE(qRound64(r.value.growthPerDay), 810);
    QCOMPARE(r.value.formats.inspected, 2);
    QCOMPARE(r.value.formats.pickleOnly, 1);
}

void TestReportService::allTimeSeries()
{
    const auto r = answer<StoreResult<Series>>(
        [&](QObject *c, auto done) { m_reports->allTimeSeries(QStringLiteral("model:org/b"), at(kDay), kNow, 200, c, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QList<double> values;
    for (const ChartPoint &p : r.value.points) {
        QVERIFY(p.t >= at(kDay).toMSecsSinceEpoch() && p.t <= kNow.toMSecsSinceEpoch());
        values << p.value;
    }
    QCOMPARE(values, (QList<double>{5200, 5400}));
}

void TestReportService::chartData()
{
    ChartRequest request;
    request.keys = {QStringLiteral("model:org/a")};
    request.kind = ChartKind::Cumulative;
    const auto data = answer<ChartData>([&](QObject *c, auto done) { m_reports->chartData(request, kNow, c, done); });
    QVERIFY(data.error.isEmpty());
    QCOMPARE(data.now, kNow); // the clock's time, not the wall clock's
    QCOMPARE(data.asOf, at(2 * kDay));
    QCOMPARE(data.series.size(), 1);
    QVERIFY(data.series[0].error.isEmpty());
    QList<double> values;
    for (const ChartPoint &p : data.series[0].points)
        values << p.value;
    QCOMPARE(values, (QList<double>{1000, 1500, 2100}));
    QCOMPARE(data.series[0].latest, 2100);

    // A relative range ends at the `now` asked, however far from the wall clock.
    request.range = QStringLiteral("7d");
    const auto week = answer<ChartData>([&](QObject *c, auto done) { m_reports->chartData(request, kNow, c, done); });
    QCOMPARE(week.to, 0);
    QCOMPARE(week.from, kNow.addDays(-7).toMSecsSinceEpoch());
}

void TestReportService::trackedSeries()
{
    const auto r = answer<StoreResult<QStringList>>([&](QObject *c, auto done) { m_reports->trackedSeries(c, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value,
             (QStringList{QStringLiteral("headline"), QStringLiteral("model:org/b"), QStringLiteral("model:org/a"),
                          QStringLiteral("model:other/x"), QStringLiteral("dataset:org/d")}));
}

void TestReportService::watchlistFigures()
{
    const PollScope scope = scopeOf(0, {QStringLiteral("model:org/a"), QStringLiteral("author:org"), QStringLiteral("model:org/none")});
    const auto f = answer<WatchlistFigures>([&](QObject *c, auto done) { m_reports->watchlistFigures(scope.watch, kNow, c, done); });
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const auto a = f.byItem.value(QStringLiteral("model:org/a"));
    QCOMPARE(a.repos, 1);
    QCOMPARE(a.allTime, 2100);
    QVERIFY(a.perDayKnown);
    QCOMPARE(qRound64(a.perDay), 600);
    QCOMPARE(a.asOf, at(2 * kDay));
    // An author: its models and datasets summed.
    const auto org = f.byItem.value(QStringLiteral("author:org"));
    QCOMPARE(org.repos, 3);
    QCOMPARE(org.allTime, 2100 + 5400 + 30);
    QCOMPARE(qRound64(org.perDay), 600 + 200 + 10);
    const auto none = f.byItem.value(QStringLiteral("model:org/none"));
    QCOMPARE(none.repos, 0);
    QCOMPARE(none.allTime, -1);
    QVERIFY(!none.perDayKnown);

    // A day before the last poll there is no earlier day to compare: growth unknown, not zero.
    const auto early =
        answer<WatchlistFigures>([&](QObject *c, auto done) { m_reports->watchlistFigures(scope.watch, at(kHour), c, done); });
    QVERIFY(!early.byItem.value(QStringLiteral("model:org/a")).perDayKnown);
}

void TestReportService::alertLog()
{
    using Log = StoreResult<QList<AlertRecord>>;
    const auto newest = answer<Log>([&](QObject *c, auto done) { m_reports->alertLog(2, {}, c, done); });
    QVERIFY2(newest.ok(), qPrintable(newest.error.message()));
    QCOMPARE(newest.value.size(), 2);
    QCOMPARE(newest.value[0].series, QStringLiteral("model:other/x"));
    QCOMPARE(newest.value[1].series, QStringLiteral("model:org/b"));

    const auto records = answer<Log>([&](QObject *c, auto done) { m_reports->alertLog(10, {AlertRecord::Kind::RecordDay}, c, done); });
    QCOMPARE(records.value.size(), 1);
    QCOMPARE(records.value[0].kind, AlertRecord::Kind::RecordDay);
    QCOMPARE(records.value[0].series, QStringLiteral("model:org/a"));
}

void TestReportService::inspectedRepos()
{
    const auto r = answer<StoreResult<QList<InspectedRepo>>>([&](QObject *c, auto done) { m_reports->inspectedRepos(c, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QHash<QString, InspectedRepo> byKey;
    for (const InspectedRepo &i : r.value)
        byKey.insert(i.repo.key(), i);
    QCOMPARE(byKey.keys().size(), 2); // org/b's and org/d's files were never seen
    const InspectedRepo a = byKey.value(QStringLiteral("model:org/a"));
    QVERIFY(a.safetensors && a.pickle && !a.gguf && !a.onnx);
    QVERIFY(!a.pickleOnly());
    const InspectedRepo x = byKey.value(QStringLiteral("model:other/x"));
    QVERIFY(x.pickle && !x.safetensors);
    QVERIFY(x.pickleOnly());
}

void TestReportService::milestonesSavedAndLoaded()
{
    using Map = MilestoneThresholds::Map;
    const QStringList series{QStringLiteral("headline"), QStringLiteral("model:org/a"), QStringLiteral("model:org/b")};
    const Map edited{{QStringLiteral("headline"), {10000}}, {QStringLiteral("model:org/a"), {3000, 5000}}};
    const auto saved = answer<StoreError>([&](QObject *c, auto done) { m_reports->saveMilestones({}, edited, c, done); });
    QVERIFY2(!saved.isError(), qPrintable(saved.message()));
    const auto loaded = answer<StoreResult<Map>>([&](QObject *c, auto done) { m_reports->milestones(series, c, done); });
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message()));
    QCOMPARE(loaded.value, edited); // series without milestones are left out

    // From what was loaded to one threshold fewer and one series gone: exactly that is stored.
    const Map fewer{{QStringLiteral("model:org/a"), {5000}}};
    const auto again = answer<StoreError>([&](QObject *c, auto done) { m_reports->saveMilestones(loaded.value, fewer, c, done); });
    QVERIFY(!again.isError());
    const auto reloaded = answer<StoreResult<Map>>([&](QObject *c, auto done) { m_reports->milestones(series, c, done); });
    QCOMPARE(reloaded.value, fewer);
}

void TestReportService::milestonesNotSavedByAViewer()
{
    StoreThread viewer;
    ReportService reports(&viewer);
    QVERIFY(openThread(&viewer, HistoryStore::Mode::ReadOnly));
    const MilestoneThresholds::Map edited{{QStringLiteral("headline"), {10000}}};
    const auto saved = answer<StoreError>([&](QObject *c, auto done) { reports.saveMilestones({}, edited, c, done); });
    QVERIFY(saved.isError());
    const auto loaded = answer<StoreResult<MilestoneThresholds::Map>>(
        [&](QObject *c, auto done) { m_reports->milestones({QStringLiteral("headline")}, c, done); });
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value.isEmpty());
}

void TestReportService::answerDroppedOnceTheContextIsGone()
{
    bool answered = false;
    auto *context = new QObject;
    m_reports->statusReport(kNow, context, [&answered](const StoreResult<StatusReport> &) { answered = true; });
    delete context; // e.g. a closed dialog: its answer must not reach a dangling widget
    QVERIFY(drainStore(*m_store));
    QCoreApplication::processEvents();
    QVERIFY(!answered);

    // The same query with its context alive is answered: the check above is not vacuous.
    QObject alive;
    m_reports->statusReport(kNow, &alive, [&answered](const StoreResult<StatusReport> &) { answered = true; });
    QVERIFY(waitOrFail([&answered] { return answered; }, 20000, "the answer"));
}

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_reportservice.moc"
