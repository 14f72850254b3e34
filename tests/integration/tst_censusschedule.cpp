// The collector's census of the whole Hub (issue 17 item 4): taken between polls once a day by
// default, never with the setting off, paused while a poll fetches, within the same quota with a
// share left to polls, and resumed from its last page after a failure. A real Collector, history
// and transport against a loopback fake Hub on a manual clock.
#include "FakeHub.h"
#include "ManualClock.h"
#include "TestWait.h"

#include "census/CensusEta.h"
#include "census/CensusState.h"
#include "alerts/AlertSink.h"
#include "collector/CensusSchedule.h"
#include "collector/Collector.h"
#include "collector/HistorySession.h"
#include "store/StoreLocation.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace hubwatch;
using namespace hubwatch::test;
using namespace std::chrono_literals;

namespace {

bool isCensusRequest(const FakeHub::Request &r)
{
    return r.query.queryItemValue(QStringLiteral("sort")) == QLatin1String("createdAt");
}

int censusRequests(const QList<FakeHub::Request> &requests, int from = 0, int to = -1)
{
    int n = 0;
    for (int i = from; i < (to < 0 ? requests.size() : to); ++i)
        n += isCensusRequest(requests.at(i)) ? 1 : 0;
    return n;
}

} // namespace

class TestCensusSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dueRule_data();
    void dueRule();
    void etaFollowsTheLastCensusAndThisPace();
    void firstStoredPollStartsTheCensus();
    void offTakesNoCensus();
    void nextCensusWaitsForItsDay();
    void aPollPausesTheCensus();
    void quotaShareIsLeftToPolls();
    void failedCensusResumesAfterALaterPoll();
    void aCensusRetryIsNotThePolls();
    void anotherEndpointStartsTheCensusOver();
    void hubMilestoneIsToldWhenTheCensusEnds();

private:
    bool openCollector(int censusHours, AlertSink *sink = nullptr);
    // The census's first request with a cursor (its second page) gets `fault`, once; *broken
    // says it happened. Until `context` is destroyed.
    void breakSecondCensusPage(FakeHub::Fault fault, QObject *context, bool *broken);
    bool poll(); // one poll now, to its end
    bool waitForCensus(QString *error = nullptr);
    qint64 completeCensuses();
    qint64 hubTotal() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    HistorySession *m_history = nullptr;
    Collector *m_collector = nullptr;
    std::unique_ptr<QObject> m_owner;
    CensusState m_last;
    int m_finished = 0;
};

void TestCensusSchedule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>();
    m_clock->setAutoAdvance(true);
    m_hub = std::make_unique<FakeHub>(m_clock.get());
    QVERIFY(m_hub->listen());
    m_hub->generateRepos(RepoKind::Model, 2500); // 3 census pages
    m_hub->generateRepos(RepoKind::Dataset, 700);
    m_hub->setSpaceCount(300);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_owner = std::make_unique<QObject>();
    m_finished = 0;
}

void TestCensusSchedule::cleanup()
{
    if (m_collector) {
        bool stopped = false;
        m_collector->stop([&stopped] { stopped = true; });
        QVERIFY(QTest::qWaitFor([&stopped] { return stopped; }, 20000));
    }
    m_collector = nullptr;
    m_history = nullptr;
    m_owner.reset();
    m_hub.reset();
}

bool TestCensusSchedule::openCollector(int censusHours, AlertSink *sink)
{
    m_history = new HistorySession(StoreLocation::parse(m_dir->filePath(QStringLiteral("h.sqlite"))), m_owner.get());
    bool opened = false;
    StoreError error;
    m_history->open(HistorySession::Role::Collector, [&](const StoreError &e) {
        error = e;
        opened = true;
    });
    if (!waitOrFail([&opened] { return opened; }, 20000, "opening the history") || error.isError())
        return false;
    RunConfig config;
    config.hub.endpoint = m_hub->url();
    config.hub.transferTimeout = 2000ms;
    config.scope.topModels = 20;
    config.scope.topDatasets = 0;
    config.censusEveryHours = censusHours;
    m_collector = new Collector(m_history, config, m_clock.get(), m_nam.get(), sink, m_owner.get());
    connect(m_collector->census(), &CensusSchedule::finished, m_owner.get(), [this](const CensusState &state, const QString &) {
        m_last = state;
        ++m_finished;
    });
    return true;
}

void TestCensusSchedule::breakSecondCensusPage(FakeHub::Fault fault, QObject *context, bool *broken)
{
    connect(m_hub.get(), &FakeHub::requestReceived, context, [this, fault, broken] {
        const FakeHub::Request r = m_hub->requests().constLast();
        if (!*broken && isCensusRequest(r) && r.query.hasQueryItem(QStringLiteral("cursor"))) {
            *broken = true;
            m_hub->pushFault(fault);
        }
    });
}

bool TestCensusSchedule::poll()
{
    bool done = false, stored = false;
    QObject context;
    connect(m_collector, &Collector::pollCompleted, &context, [&](const PollOutcome &o) {
        stored = o.stored;
        done = true;
    });
    if (!m_collector->pollNow())
        return false;
    return waitOrFail([&done] { return done; }, 20000, "the poll") && stored;
}

bool TestCensusSchedule::waitForCensus(QString *error)
{
    const int before = m_finished;
    QString got;
    QObject context;
    connect(m_collector->census(), &CensusSchedule::finished, &context, [&got](const CensusState &, const QString &e) { got = e; });
    if (!waitOrFail([&] { return m_finished > before; }, 30000, "the census"))
        return false;
    if (error)
        *error = got;
    return got.isEmpty();
}

qint64 TestCensusSchedule::completeCensuses()
{
    qint64 n = -1;
    bool done = false;
    QObject context;
    m_history->store()->call<qint64>(
        [](HistoryStore &s) {
            QSqlQuery q(s.database());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM censuses WHERE status = 1")) && q.next() ? q.value(0).toLongLong() : -1;
        },
        &context,
        [&](qint64 v) {
            n = v;
            done = true;
        });
    waitOrFail([&done] { return done; }, 20000, "the store");
    return n;
}

qint64 TestCensusSchedule::hubTotal() const
{
    return FakeHub::sum(m_hub->repos(RepoKind::Model), QStringLiteral("downloadsAllTime"))
        + FakeHub::sum(m_hub->repos(RepoKind::Dataset), QStringLiteral("downloadsAllTime"));
}

void TestCensusSchedule::dueRule_data()
{
    QTest::addColumn<bool>("unfinished");
    QTest::addColumn<int>("hoursSinceLast"); // -1: no complete census yet
    QTest::addColumn<int>("every");
    QTest::addColumn<bool>("due");
    QTest::newRow("first ever") << false << -1 << 24 << true;
    QTest::newRow("23 h after the last") << false << 23 << 24 << false;
    QTest::newRow("24 h after the last") << false << 24 << 24 << true;
    QTest::newRow("unfinished is resumed at once") << true << 1 << 24 << true;
    QTest::newRow("weekly, 3 days after") << false << 72 << 168 << false;
    QTest::newRow("off, never taken") << false << -1 << 0 << false;
    QTest::newRow("off, even unfinished") << true << 1 << 0 << false;
}

void TestCensusSchedule::dueRule()
{
    QFETCH(bool, unfinished);
    QFETCH(int, hoursSinceLast);
    QFETCH(int, every);
    QFETCH(bool, due);
    const QDateTime now(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    const QDateTime last = hoursSinceLast < 0 ? QDateTime() : now.addSecs(-hoursSinceLast * 3600);
    QCOMPARE(CensusSchedule::isDue(unfinished, last, std::chrono::hours(every), now), due);
}

void TestCensusSchedule::etaFollowsTheLastCensusAndThisPace()
{
    // Resumed at page 4 of an expected 10; two pages in 20 s: 4 pages left, 40 s.
    const QDateTime t0(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    CensusState state;
    state.kind(CensusKind::Model).pages = 4;
    CensusEta eta;
    eta.begin(state, 10, t0);
    QVERIFY(!eta.estimate(state, t0).isValid()); // no pace yet
    state.kind(CensusKind::Model).pages = 6;
    QCOMPARE(eta.estimate(state, t0.addSecs(20)), t0.addSecs(60));
    state.kind(CensusKind::Dataset).pages = 7; // past what the last census took: about now
    QCOMPARE(eta.estimate(state, t0.addSecs(90)), t0.addSecs(90));
    CensusEta first; // no census before: no estimate
    first.begin(CensusState(), 0, t0);
    QVERIFY(!first.estimate(state, t0.addSecs(20)).isValid());
}

void TestCensusSchedule::firstStoredPollStartsTheCensus()
{
    QVERIFY(openCollector(24));
    QVERIFY(poll());
    const int pollRequests = m_hub->requestCount();
    QCOMPARE(censusRequests(m_hub->requests()), 0); // nothing of the census before the poll ends
    QVERIFY(waitForCensus());
    QVERIFY(m_last.isComplete());
    QCOMPARE(m_last.kind(CensusKind::Model).repos, 2500);
    QCOMPARE(m_last.kind(CensusKind::Dataset).repos, 700);
    QCOMPARE(m_last.kind(CensusKind::Space).repos, 300);
    QCOMPARE(m_last.totalAllTime(), hubTotal());
    // 3 + 1 + 1 pages, every request after the poll's.
    QCOMPARE(censusRequests(m_hub->requests(), pollRequests), m_hub->requestCount() - pollRequests);
    QCOMPARE(censusRequests(m_hub->requests()), 5);
    QCOMPARE(completeCensuses(), 1);
}

void TestCensusSchedule::offTakesNoCensus()
{
    QVERIFY(openCollector(0));
    QVERIFY(poll());
    QVERIFY(drainStore(*m_history->store()));
    QTest::qWait(200); // a census would have asked for its first page by now
    QVERIFY(!m_collector->census()->isRunning());
    QCOMPARE(censusRequests(m_hub->requests()), 0);
    QCOMPARE(completeCensuses(), 0);
}

void TestCensusSchedule::nextCensusWaitsForItsDay()
{
    QVERIFY(openCollector(24));
    const QDateTime start = m_clock->nowUtc();
    QVERIFY(poll());
    QVERIFY(waitForCensus());
    const int afterFirst = m_hub->requestCount();

    m_clock->setNow(start.addSecs(23 * 3600)); // the next day's polls, an hour early
    QVERIFY(poll());
    QVERIFY(drainStore(*m_history->store()));
    QTest::qWait(200);
    QVERIFY(!m_collector->census()->isRunning());
    QCOMPARE(censusRequests(m_hub->requests(), afterFirst), 0);

    m_clock->setNow(start.addSecs(24 * 3600 + 60));
    QVERIFY(poll());
    QVERIFY(waitForCensus());
    QCOMPARE(completeCensuses(), 2);
    QCOMPARE(m_last.totalAllTime(), hubTotal());
}

void TestCensusSchedule::aPollPausesTheCensus()
{
    QVERIFY(openCollector(24));
    QVERIFY(poll());
    // Right after the census stores its first page (before it asks for the next), a poll begins:
    // until that poll ends the Hub sees no census request.
    int pollFrom = -1, pollTo = -1;
    bool pollStarted = false;
    QObject context;
    connect(m_collector->census(), &CensusSchedule::pageStored, &context, [&](const CensusState &) {
        if (pollStarted)
            return;
        pollStarted = true;
        pollFrom = m_hub->requestCount();
        QVERIFY(m_collector->pollNow());
    });
    connect(m_collector, &Collector::pollCompleted, &context, [&](const PollOutcome &) { pollTo = m_hub->requestCount(); });
    QVERIFY(waitForCensus());
    QVERIFY(pollFrom >= 0 && pollTo > pollFrom);
    QCOMPARE(censusRequests(m_hub->requests(), pollFrom, pollTo), 0);
    QVERIFY(censusRequests(m_hub->requests(), pollTo) > 0); // it went on after the poll
    QVERIFY(m_last.isComplete());
    QCOMPARE(m_last.totalAllTime(), hubTotal());
}

void TestCensusSchedule::quotaShareIsLeftToPolls()
{
    // 10 requests per 5-minute window and 9 census pages: the census takes at most 8 of each
    // window (leaving 20 % to the polls), so it spans several windows and still completes.
    m_hub->generateRepos(RepoKind::Model, 5500); // 8,000 models: 8 pages, + 1 + 1
    m_hub->setRateLimit(10, 300);
    QVERIFY(openCollector(24));
    QVERIFY(poll());
    QVERIFY(waitForCensus());
    QVERIFY(m_last.isComplete());
    QCOMPARE(m_last.totalAllTime(), hubTotal());
    // Every request (poll and census) by quota window, and the windows the census used.
    QHash<qint64, int> perWindow;
    QSet<qint64> censusWindows;
    for (const FakeHub::Request &r : m_hub->requests()) {
        const qint64 window = r.at.toSecsSinceEpoch() / 300;
        ++perWindow[window];
        if (isCensusRequest(r))
            censusWindows.insert(window);
    }
    QVERIFY2(censusWindows.size() >= 2, "the census never waited for a new window");
    for (const qint64 window : std::as_const(censusWindows))
        QVERIFY2(perWindow.value(window) <= 8,
                 qPrintable(QStringLiteral("%1 of the window's 10 requests used: none left for a poll").arg(perWindow.value(window))));
}

void TestCensusSchedule::failedCensusResumesAfterALaterPoll()
{
    QVERIFY(openCollector(24));
    // The census's second models page answers malformed JSON: the census stops after page 1.
    bool broken = false;
    QObject context;
    breakSecondCensusPage(FakeHub::Fault::MalformedJson, &context, &broken);
    const QDateTime start = m_clock->nowUtc();
    QVERIFY(poll());
    QString error;
    QVERIFY(!waitForCensus(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_last.kind(CensusKind::Model).pages, 1);
    QCOMPARE(completeCensuses(), 0);

    // A poll soon after does not hammer the Hub with the census again …
    m_clock->setNow(start.addSecs(10 * 60));
    const int before = m_hub->requestCount();
    QVERIFY(poll());
    QVERIFY(drainStore(*m_history->store()));
    QTest::qWait(200);
    QCOMPARE(censusRequests(m_hub->requests(), before), 0);

    // … one after the wait resumes it from page 2 and finishes it exactly.
    m_clock->setNow(start.addSecs(45 * 60));
    bool resumed = false;
    connect(m_collector->census(), &CensusSchedule::begun, &context, [&resumed](const CensusState &, bool r) { resumed = r; });
    QVERIFY(poll());
    QVERIFY(waitForCensus());
    QVERIFY(resumed);
    QCOMPARE(m_last.kind(CensusKind::Model).pages, 3);
    QCOMPARE(m_last.kind(CensusKind::Model).repos, 2500);
    QCOMPARE(m_last.totalAllTime(), hubTotal());
    QCOMPARE(completeCensuses(), 1);
}

// A deep census page that answers 503 is asked again by the census, and said as the census's:
// the poll's retry signal (the dashboard's "Cannot reach the Hub" card) stays quiet. A poll's
// own retry still raises it.
void TestCensusSchedule::aCensusRetryIsNotThePolls()
{
    QVERIFY(openCollector(24));
    QSignalSpy pollRetries(m_collector, &Collector::retryScheduled);
    QSignalSpy censusRetries(m_collector->census(), &CensusSchedule::retrying);
    bool broken = false;
    QObject context;
    breakSecondCensusPage(FakeHub::Fault::Status503, &context, &broken);
    QVERIFY(poll());
    QVERIFY(waitForCensus());
    QVERIFY(broken);
    QCOMPARE(censusRetries.size(), 1);
    QCOMPARE(censusRetries.first().at(2).toInt(), 1); // attempt 1
    QCOMPARE(pollRetries.size(), 0);
    QCOMPARE(m_last.totalAllTime(), hubTotal()); // the page asked again was counted once

    m_hub->pushFault(FakeHub::Fault::Status503);
    QVERIFY(poll());
    QCOMPARE(pollRetries.size(), 1);
    QCOMPARE(censusRetries.size(), 1);
}

void TestCensusSchedule::anotherEndpointStartsTheCensusOver()
{
    // A census stopped half-way on hub A; the collector is pointed at hub B: the next census is
    // B's alone (A's unfinished one is kept as partial, never summed with B's repos).
    QVERIFY(openCollector(24));
    QObject context;
    connect(m_hub.get(), &FakeHub::requestReceived, &context, [this] {
        const FakeHub::Request r = m_hub->requests().constLast();
        if (isCensusRequest(r) && r.query.hasQueryItem(QStringLiteral("cursor")))
            m_hub->pushFault(FakeHub::Fault::MalformedJson);
    });
    QVERIFY(poll());
    QVERIFY(!waitForCensus());
    QCOMPARE(m_last.kind(CensusKind::Model).pages, 1);

    FakeHub other(m_clock.get());
    QVERIFY(other.listen());
    other.generateRepos(RepoKind::Model, 1200, 7);
    other.generateRepos(RepoKind::Dataset, 40, 7);
    RunConfig config = m_collector->config();
    config.hub.endpoint = other.url();
    m_collector->applyConfig(config);
    m_clock->setNow(m_clock->nowUtc().addSecs(3600));
    const int onA = m_hub->requestCount();
    QVERIFY(poll());
    QVERIFY(waitForCensus());
    QCOMPARE(m_hub->requestCount(), onA); // nothing more asked of A
    QCOMPARE(m_last.kind(CensusKind::Model).repos, 1200);
    QCOMPARE(m_last.kind(CensusKind::Dataset).repos, 40);
    QCOMPARE(m_last.totalAllTime(),
             FakeHub::sum(other.repos(RepoKind::Model), QStringLiteral("downloadsAllTime"))
                 + FakeHub::sum(other.repos(RepoKind::Dataset), QStringLiteral("downloadsAllTime")));
    m_collector->census()->stop(); // before `other` goes
}

void TestCensusSchedule::hubMilestoneIsToldWhenTheCensusEnds()
{
    // The Hub passes a Whole Hub milestone between two censuses: the second census's end says
    // so at once, to the collector's sink, before any further poll.
    struct Recorder : AlertSink
    {
        QList<AlertRecord> seen;
        void deliver(const AlertRecord &a) override { seen << a; }
    } sink;
    QVERIFY(openCollector(24, &sink));
    const QDateTime start = m_clock->nowUtc();
    QVERIFY(poll());
    QVERIFY(waitForCensus()); // the first census is the baseline, not news
    const qint64 total = hubTotal();
    qint64 rung = 1; // the next of 1, 2, 5 × 10ⁿ
    while (rung <= total)
        rung = QString::number(rung).startsWith(QLatin1Char('2')) ? rung / 2 * 5 : rung * 2;
    const QString id = m_hub->repos(RepoKind::Dataset).last().value(QLatin1String("id")).toString();
    QVERIFY(m_hub->bumpDownloads(RepoKind::Dataset, id, rung - total + 1)); // a dataset outside the polled top 20
    m_clock->setNow(start.addSecs(25 * 3600));
    QVERIFY(poll());
    const auto hubAlerts = [&sink] {
        return std::count_if(sink.seen.cbegin(), sink.seen.cend(), [](const AlertRecord &a) { return a.series == QLatin1String("hub"); });
    };
    QCOMPARE(hubAlerts(), 0); // the poll cannot see it: only the census counts that dataset
    QVERIFY(waitForCensus());
    QVERIFY(QTest::qWaitFor([&] { return hubAlerts() == 1; }, 5000));
    const auto hub =
        std::find_if(sink.seen.cbegin(), sink.seen.cend(), [](const AlertRecord &a) { return a.series == QLatin1String("hub"); });
    QCOMPARE(hub->threshold, rung);
}

QTEST_GUILESS_MAIN(TestCensusSchedule)
#include "tst_censusschedule.moc"
