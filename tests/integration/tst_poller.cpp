// The poller: a scope becomes one whole PollResult, with progress and a schedule.
#include "HubTestFixture.h"

#include "monitor/Poller.h"

#include <QSignalSpy>

using namespace hubwatch;
using namespace hubwatch::test;
using std::chrono::minutes;

class TestPoller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultScopeIsTopThousandOfEach();
    void reportsPageProgress();
    void watchlistAddsReposOnceAndReportsFailuresPerItem();
    void pollsAgainOnScheduleUntilStopped();
    void topModelsComeWithTheirFiles();
    void refusesASecondConcurrentPoll();
    void watchedReposUnderAnotherIdAreRecordedAsRenames();
};

namespace {
// The last poll once `count` have finished; a poll that never finishes fails the test (and is
// returned as an empty, incomplete result, never as a default one).
PollResult waitForPoll(QSignalSpy &spy, int count = 1)
{
    if (!waitOrFail([&] { return spy.count() >= count; }, 20000, "the poll"))
        return HubTestFixture::neverFinished();
    return spy.last().first().value<PollResult>();
}
} // namespace

void TestPoller::defaultScopeIsTopThousandOfEach()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 1200);
    f.hub.generateRepos(RepoKind::Dataset, 1100);
    Poller poller(&f.makeClient(), &f.clock);
    QCOMPARE(poller.scope().topModels, 1000);
    QCOMPARE(poller.scope().topDatasets, 1000);
    QVERIFY(poller.scope().watch.isEmpty());
    QSignalSpy finished(&poller, &Poller::pollFinished);
    QVERIFY(poller.pollNow());
    const PollResult r = waitForPoll(finished);
    QVERIFY(r.complete());
    QCOMPARE(r.repos.size(), 2000);
    int models = 0;
    qint64 total = 0;
    for (const RepoStats &s : r.repos) {
        models += s.kind == RepoKind::Model;
        total += s.downloadsAllTime;
    }
    QCOMPARE(models, 1000);
    // The headline against the fake Hub's own catalogue: its top 1,000 of each kind.
    QCOMPARE(r.totalAllTime(),
             FakeHub::sum(f.hub.top(RepoKind::Model, 1000) + f.hub.top(RepoKind::Dataset, 1000), QStringLiteral("downloadsAllTime")));
    QCOMPARE(total, r.totalAllTime()); // every tracked repo counts
    QVERIFY(r.startedAt.isValid() && r.finishedAt >= r.startedAt);
    QCOMPARE(finished.count(), 1);
}

void TestPoller::reportsPageProgress()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 1000);
    f.hub.generateRepos(RepoKind::Dataset, 1000);
    Poller poller(&f.makeClient(), &f.clock);
    QSignalSpy progress(&poller, &Poller::progress);
    QSignalSpy finished(&poller, &Poller::pollFinished);
    poller.pollNow();
    waitForPoll(finished);
    QStringList texts;
    for (const auto &args : progress)
        texts << args.at(2).toString();
    // Two pages of models, one of the top models' details, two of datasets.
    QVERIFY2(texts.contains(QStringLiteral("Polling page 3 of 5")), qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
}

void TestPoller::watchlistAddsReposOnceAndReportsFailuresPerItem()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 30);
    f.hub.generateRepos(RepoKind::Dataset, 30);
    const QString inTop = f.hub.repos(RepoKind::Model).first().value(QLatin1String("id")).toString();
    const QString beyondTop = f.hub.repos(RepoKind::Model).last().value(QLatin1String("id")).toString();
    Poller poller(&f.makeClient(), &f.clock);
    PollScope scope;
    scope.topModels = 10;
    scope.topDatasets = 5;
    WatchItem a, b, c;
    QString error;
    QVERIFY(WatchItem::parse(QStringLiteral("model:") + inTop, &a, &error));
    QVERIFY(WatchItem::parse(QStringLiteral("model:") + beyondTop, &b, &error));
    QVERIFY(WatchItem::parse(QStringLiteral("dataset:nobody/missing"), &c, &error));
    scope.watch = {a, b, c};
    poller.setScope(scope);
    QSignalSpy finished(&poller, &Poller::pollFinished);
    poller.pollNow();
    const PollResult r = waitForPoll(finished);
    QCOMPARE(r.repos.size(), 10 + 5 + 1); // inTop counted once; beyondTop added
    // The headline is the top N only: beyondTop has its series but stays out of the total.
    QCOMPARE(r.watchOnly, QSet<QString>{QStringLiteral("model:") + beyondTop});
    QCOMPARE(r.totalAllTime(),
             FakeHub::sum(f.hub.top(RepoKind::Model, 10) + f.hub.top(RepoKind::Dataset, 5), QStringLiteral("downloadsAllTime")));
    QVERIFY(!r.complete());
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().what, QStringLiteral("dataset:nobody/missing"));
    QCOMPARE(r.failures.first().error.kind(), HubError::Kind::NotFound);
}

void TestPoller::pollsAgainOnScheduleUntilStopped()
{
    HubTestFixture f;
    f.clock.setAutoAdvance(false);
    f.hub.generateRepos(RepoKind::Model, 5);
    f.hub.generateRepos(RepoKind::Dataset, 5);
    Poller poller(&f.makeClient(), &f.clock);
    QSignalSpy started(&poller, &Poller::pollStarted);
    QSignalSpy finished(&poller, &Poller::pollFinished);
    poller.startSchedule(minutes(15));
    waitForPoll(finished, 1);
    QCOMPARE(poller.nextPollAt(), f.clock.nowUtc().addSecs(15 * 60));
    // The schedule runs on the manual clock: a poll due by now would have started inside advance().
    f.clock.advance(minutes(14));
    QVERIFY(!poller.isPolling());
    QCOMPARE(started.count(), 1);
    f.clock.advance(minutes(1));
    QVERIFY(poller.isPolling());
    waitForPoll(finished, 2);
    QCOMPARE(finished.count(), 2);
    poller.stopSchedule();
    f.clock.advance(minutes(120));
    QCoreApplication::sendPostedEvents(); // and nothing queued on the event loop either
    QVERIFY(!poller.isPolling());
    QCOMPARE(started.count(), 2);
    QCOMPARE(finished.count(), 2);
}

void TestPoller::topModelsComeWithTheirFiles()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 80);
    Poller poller(&f.makeClient(), &f.clock);
    PollScope scope;
    scope.topModels = 70;
    scope.topDatasets = 0;
    poller.setScope(scope);
    QSignalSpy finished(&poller, &Poller::pollFinished);
    poller.pollNow();
    const PollResult r = waitForPoll(finished);
    QVERIFY(r.complete());
    QCOMPARE(r.repos.size(), 70); // the details page adds files, not repos
    int withFiles = 0;
    for (const RepoStats &s : r.repos)
        withFiles += !s.siblings.isEmpty();
    QCOMPARE(withFiles, Poller::kDetailedModels);
    QCOMPARE(f.hub.requestCount(), 2);
    const QStringList expand = f.hub.requests().at(1).query.allQueryItemValues(QStringLiteral("expand[]"));
    QVERIFY(expand.contains(QStringLiteral("siblings")));
    QCOMPARE(f.hub.requests().at(1).query.queryItemValue(QStringLiteral("limit")), QString::number(Poller::kDetailedModels));
}

void TestPoller::refusesASecondConcurrentPoll()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    Poller poller(&f.makeClient(), &f.clock);
    QSignalSpy started(&poller, &Poller::pollStarted);
    QSignalSpy finished(&poller, &Poller::pollFinished);
    QVERIFY(poller.pollNow());
    QVERIFY(poller.isPolling());
    QVERIFY(!poller.pollNow());
    waitForPoll(finished);
    const int onePoll = f.hub.requestCount();
    // The refused call left nothing behind: nothing queued on the event loop or the clock.
    QCoreApplication::sendPostedEvents();
    QCOMPARE(f.clock.pendingCount(), 0);
    QVERIFY(!poller.isPolling());
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(onePoll, 3); // top models, their details, top datasets: one poll's requests
    QCOMPARE(f.hub.requestCount(), onePoll);
}

void TestPoller::watchedReposUnderAnotherIdAreRecordedAsRenames()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 30);
    f.hub.generateRepos(RepoKind::Dataset, 10);
    const auto idAt = [&f](RepoKind kind, int i) { return f.hub.repos(kind).at(i).value(QLatin1String("id")).toString(); };
    const QString renamed = idAt(RepoKind::Model, 29);   // beyond the top 5
    const QString otherCase = idAt(RepoKind::Model, 20); // beyond the top 5
    const QString renamedInTop = idAt(RepoKind::Model, 0);
    const QString dataset = idAt(RepoKind::Dataset, 9);
    const QString unchanged = idAt(RepoKind::Model, 25);
    f.hub.addRename(RepoKind::Model, QStringLiteral("old-org/old-name"), renamed);
    f.hub.addRename(RepoKind::Model, QStringLiteral("legacy"), renamedInTop);
    f.hub.addRename(RepoKind::Dataset, QStringLiteral("old-org/data"), dataset);
    PollScope scope;
    scope.topModels = 5;
    scope.topDatasets = 0;
    for (const QString &text :
         {QStringLiteral("model:old-org/old-name"), QStringLiteral("model:") + otherCase.toUpper(), QStringLiteral("model:legacy"),
          QStringLiteral("dataset:old-org/data"), QStringLiteral("model:") + unchanged}) {
        WatchItem item;
        QString error;
        QVERIFY2(WatchItem::parse(text, &item, &error), qPrintable(error));
        scope.watch.append(item);
    }
    Poller poller(&f.makeClient(), &f.clock);
    poller.setScope(scope);
    QSignalSpy finished(&poller, &Poller::pollFinished);
    poller.pollNow();
    const PollResult r = waitForPoll(finished);
    QVERIFY2(r.complete(), r.failures.isEmpty() ? "" : qPrintable(r.failures.first().error.message()));

    const QList<RepoRename> expected{{RepoKind::Model, QStringLiteral("old-org/old-name"), renamed},
                                     {RepoKind::Model, otherCase.toUpper(), otherCase},
                                     {RepoKind::Model, QStringLiteral("legacy"), renamedInTop},
                                     {RepoKind::Dataset, QStringLiteral("old-org/data"), dataset}};
    QCOMPARE(r.renames, expected);
    // The stats use the canonical ids, each repo once; the old ids appear nowhere.
    QStringList keys;
    for (const RepoStats &repo : r.repos) {
        keys << repo.key();
        if (repo.id == renamed)
            QCOMPARE(repo.downloadsAllTime, f.hub.repos(RepoKind::Model).at(29).value(QLatin1String("downloadsAllTime")).toInteger());
    }
    QCOMPARE(r.repos.size(), 5 + 4); // the top 5 (one of them watched as "legacy") + 4 watched
    for (const QString &key : {QStringLiteral("model:") + renamed, QStringLiteral("model:") + otherCase,
                               QStringLiteral("dataset:") + dataset, QStringLiteral("model:") + unchanged})
        QVERIFY2(keys.contains(key) && r.watchOnly.contains(key), qPrintable(key));
    QCOMPARE(keys.count(QStringLiteral("model:") + renamedInTop), 1);
    QVERIFY(!r.watchOnly.contains(QStringLiteral("model:") + renamedInTop));
    for (const QString &key : keys)
        QVERIFY2(!key.contains(QLatin1String("old-")) && key != QLatin1String("model:legacy")
                     && key != QStringLiteral("model:") + otherCase.toUpper(),
                 qPrintable(key));
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
