// AlertEngine on stored histories with known answers: baseline, milestones and when they happened,
// once-ever, scope changes, anomalies as annotations, hot categories at most daily, deliveries.
#include "CensusBuilder.h"
#include "HistoryBuilder.h"

#include "alerts/AlertEngine.h"
#include "alerts/AlertText.h"
#include "analysis/Anomalies.h"

#include <QTest>

#include <limits>

using namespace hwtest;
using Counts = QList<qint64>;

namespace {

const QString kHeadline = QStringLiteral("headline");
const QString kLlm = QStringLiteral("model:acme/llm");

// A headline of `total` over two repos (the big one carries the change).
RepoStatsList totalOf(qint64 total)
{
    return {repo(QStringLiteral("model:big/one"), total - 1000), repo(QStringLiteral("model:small/one"), 1000)};
}

// model:org/r0, r1, … with these all-time counts; -1: not in the poll (outside the top N).
RepoStatsList reposOf(const Counts &allTime)
{
    RepoStatsList repos;
    for (qsizetype i = 0; i < allTime.size(); ++i)
        if (allTime[i] >= 0)
            repos.append(repo(QStringLiteral("model:org/r%1").arg(i), allTime[i]));
    return repos;
}

} // namespace

Q_DECLARE_METATYPE(QList<AlertRecord::Cause>)

class TestAlertEngine : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void baselineRaisesNothing_data();
    void baselineRaisesNothing();
    void headlineMilestone_data();
    void headlineMilestone();
    void crossingWhileClosed_data();
    void crossingWhileClosed();
    void catchingUpPollByPoll_data();
    void catchingUpPollByPoll();
    void dropAndReCross_data();
    void dropAndReCross();
    void watchedRepos_data();
    void watchedRepos();
    void userThresholds_data();
    void userThresholds();
    void scopeChange();
    void milestoneCause_data();
    void milestoneCause();
    void watchingARepoLeavesTheHeadlineAlone();
    void anomalies_data();
    void anomalies();
    void gapsFollowThePollInterval();
    void hotCategories_data();
    void hotCategories();
    void deliveries();
    void hubMilestonesOnceEach_data();
    void hubMilestonesOnceEach();
    void partialCensusNeverCrosses();

private:
    // Evaluates as the app does after each stored poll: a fresh engine every time. C locale.
    bool evaluate(const PollScope &scope, const QDateTime &now, QList<AlertRecord> *raised = nullptr, const AlertSettings &settings = {})
    {
        const auto r = AlertEngine(m_h->store(), settings, QLocale::c()).evaluate(scope, now);
        if (!r.ok())
            qWarning() << "evaluate failed:" << r.error.message();
        if (raised)
            *raised = r.value;
        return r.ok();
    }
    // Stores the poll, then evaluates at its finish time.
    bool step(const PollResult &p, QList<AlertRecord> *raised = nullptr, const AlertSettings &settings = {})
    {
        return m_h->add(p) > 0 && evaluate(p.scope, p.finishedAt, raised, settings);
    }
    AlertStore alerts() { return AlertStore(m_h->store()); }
    QList<AnnotationRecord> annotationsOf(const QString &series)
    {
        return alerts().annotations(series, 0, std::numeric_limits<qint64>::max()).value;
    }

    std::unique_ptr<History> m_h;
};

void TestAlertEngine::init()
{
    m_h = std::make_unique<History>();
    QVERIFY(m_h->open());
}

void TestAlertEngine::baselineRaisesNothing_data()
{
    QTest::addColumn<Counts>("totals");
    QTest::addColumn<QStringList>("watch");
    const Counts past{500'000, 3_M, 60_M, 1200_M};
    QTest::newRow("headline past 1M, 2M, 5M … 1B") << past << QStringList();
    QTest::newRow("watched repo past its rungs") << past << QStringList{QStringLiteral("model:big/one")};
    QTest::newRow("a single poll") << Counts{1200_M} << QStringList();
}

void TestAlertEngine::baselineRaisesNothing()
{
    QFETCH(Counts, totals);
    QFETCH(QStringList, watch);
    const PollScope scope = scopeOf(1000, watch);
    for (qsizetype i = 0; i < totals.size(); ++i)
        QVERIFY(m_h->add(test::poll(totalOf(totals[i]), at(i * kHour), scope)) > 0);
    QList<AlertRecord> raised;
    QVERIFY(evaluate(scope, at(totals.size() * kHour), &raised));
    QCOMPARE(raised.size(), 0);
    QCOMPARE(alerts().evaluatedPoll().value, m_h->store().lastPollId().value);
    // The next poll, crossing nothing, raises nothing either.
    QVERIFY(step(test::poll(totalOf(totals.last() + 1), at(totals.size() * kHour), scope), &raised));
    QCOMPARE(raised.size(), 0);
    QCOMPARE(alerts().log().value.size(), 0);
}

void TestAlertEngine::headlineMilestone_data()
{
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<Counts>("happenedAfterMs"); // after the first poll, exactly
    const QStringList oneB{QStringLiteral("1B")};
    QTest::newRow("900M to 1.1B: halfway") << 900_M << 1100_M << 2 * kHour << oneB << Counts{kHour};
    QTest::newRow("900M to 1.2B: a third") << 900_M << 1200_M << 90 * kMinute << oneB << Counts{30 * kMinute};
    QTest::newRow("landing on 1B exactly") << 900_M << kBillion << kHour << oneB << Counts{kHour};
    QTest::newRow("1.9B to 5.1B: two rungs") << 1900_M << 5100_M << 32 * kMinute << QStringList{QStringLiteral("2B"), QStringLiteral("5B")}
                                             << Counts{kMinute, 31 * kMinute};
    QTest::newRow("1.1B to 1.9B: no rung") << 1100_M << 1900_M << kHour << QStringList() << Counts();
}

void TestAlertEngine::headlineMilestone()
{
    QFETCH(qint64, before);
    QFETCH(qint64, after);
    QFETCH(qint64, spanMs);
    QFETCH(QStringList, labels);
    QFETCH(Counts, happenedAfterMs);
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll(totalOf(before), kT0), &raised));
    QCOMPARE(raised.size(), 0);
    QVERIFY(step(test::poll(totalOf(after), at(spanMs)), &raised));
    QCOMPARE(raised.size(), labels.size());
    QCOMPARE(alerts().log().value.size(), labels.size());
    QCOMPARE(alerts().firedThresholds(kHeadline).value.size(), labels.size());
    for (qsizetype i = 0; i < raised.size(); ++i) {
        const AlertRecord &a = raised[i];
        QCOMPARE(a.kind, AlertRecord::Kind::Milestone);
        QCOMPARE(a.series, kHeadline);
        QCOMPARE(AlertText::title(a), QStringLiteral("Tracked downloads passed ") + labels[i]);
        QCOMPARE(a.raisedAt, at(spanMs));
        QCOMPARE(a.happenedAt.toMSecsSinceEpoch() - kT0.toMSecsSinceEpoch(), happenedAfterMs[i]);
        QVERIFY(a.id > 0);
        // The title names the series and the milestone; the body only when, never the title again.
        QVERIFY2(AlertText::body(a).startsWith(QStringLiteral("Reached around ")), qPrintable(AlertText::body(a)));
        QVERIFY(!AlertText::body(a).contains(QStringLiteral("Tracked downloads")));
    }
    // A restart: the same file opened again, a new engine, the same polls.
    QVERIFY(m_h->reopen());
    QVERIFY(evaluate(PollScope(), at(spanMs + kMinute), &raised));
    QCOMPARE(raised.size(), 0);
    // A crash after the alerts but before the evaluated poll was saved: evaluated again, still once.
    QVERIFY(!alerts().setEvaluatedPoll(m_h->store().lastPollId().value - 1).isError());
    QVERIFY(evaluate(PollScope(), at(spanMs + 2 * kMinute), &raised));
    QCOMPARE(raised.size(), 0);
    QVERIFY(step(test::poll(totalOf(after + 1), at(spanMs + kHour)), &raised));
    QCOMPARE(raised.size(), 0);
    QCOMPARE(alerts().log().value.size(), labels.size());
}

void TestAlertEngine::crossingWhileClosed_data()
{
    QTest::addColumn<qint64>("gapMs");
    QTest::addColumn<QString>("body");
    QTest::newRow("3 days apart") << 3 * kDay
                                  << QStringLiteral("Between 2026-03-02 00:00 UTC and 2026-03-05 00:00 UTC, while HubWatch was "
                                                    "not polling (around 2026-03-03 12:00 UTC).");
    QTest::newRow("1 hour apart") << kHour << QStringLiteral("Reached around 2026-03-02 00:30 UTC.");
}

void TestAlertEngine::crossingWhileClosed()
{
    QFETCH(qint64, gapMs);
    QFETCH(QString, body);
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll(totalOf(900_M), kT0), &raised));
    QVERIFY(step(test::poll(totalOf(1100_M), at(gapMs)), &raised));
    QCOMPARE(raised.size(), 1);
    QVERIFY(raised.first().happenedAt > kT0 && raised.first().happenedAt < at(gapMs));
    QCOMPARE(raised.first().happenedAt, at(gapMs / 2));
    QCOMPARE(AlertText::body(raised.first()), body);
    // A pause longer than 6 hours is also a poll gap on the headline.
    const auto notes = annotationsOf(kHeadline);
    QCOMPARE(notes.size(), gapMs > 6 * kHour ? 1 : 0);
    if (!notes.isEmpty()) {
        QCOMPARE(notes.first().kind, int(Annotation::Kind::PollGap));
        QCOMPARE(notes.first().from, kT0.toMSecsSinceEpoch());
        QCOMPARE(notes.first().to, at(gapMs).toMSecsSinceEpoch());
    }
}

// A collector that polls every 12 hours: no gap at each of its polls, one when it missed three.
void TestAlertEngine::gapsFollowThePollInterval()
{
    AlertSettings every12h;
    every12h.followInterval(12 * kHour);
    QCOMPARE(every12h.pollGapMs, 36 * kHour);
    QCOMPARE(every12h.closedGapMs, 24 * kHour);
    AlertSettings every15min;
    every15min.followInterval(15 * 60 * 1000LL);
    QCOMPARE(every15min.pollGapMs, AlertSettings().pollGapMs); // the floors stay for short intervals
    QCOMPARE(every15min.closedGapMs, AlertSettings().closedGapMs);
    qint64 t = 0;
    for (qint64 total : {900_M, 910_M, 920_M, 930_M}) {
        QVERIFY(step(test::poll(totalOf(total), at(t)), nullptr, every12h));
        t += 12 * kHour;
    }
    QCOMPARE(annotationsOf(kHeadline).size(), 0);
    t += 36 * kHour; // three polls missed
    QVERIFY(step(test::poll(totalOf(940_M), at(t)), nullptr, every12h));
    const auto notes = annotationsOf(kHeadline);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().kind, int(Annotation::Kind::PollGap));
    // With the fixed 6-hour threshold every one of those polls was a gap.
    QVERIFY(12 * kHour > AlertSettings().pollGapMs);
}

// Hourly polls evaluated only at the first and the last (an evaluation failed, or the app stopped
// between storing and evaluating): "everything since the last poll it evaluated" must give what
// evaluating after every poll gives.
void TestAlertEngine::catchingUpPollByPoll_data()
{
    QTest::addColumn<Counts>("totals");
    QTest::addColumn<qint64>("happenedAfterMs");
    // 920M → 1.02B between 01:00 and 02:00: 80 % of the way, at 01:48, while polling hourly.
    QTest::newRow("crossing between two unevaluated polls") << Counts{900_M, 920_M, 1020_M, 1100_M} << kHour + 48 * kMinute;
    // 990M → 1.02B (crossed at 00:20), then a correction to 980M before the next evaluation.
    QTest::newRow("crossing, then a correction") << Counts{990_M, 1020_M, 980_M} << 20 * kMinute;
}

void TestAlertEngine::catchingUpPollByPoll()
{
    QFETCH(Counts, totals);
    QFETCH(qint64, happenedAfterMs);
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll(totalOf(totals.first()), kT0), &raised));
    for (qsizetype i = 1; i + 1 < totals.size(); ++i)
        QVERIFY(m_h->add(test::poll(totalOf(totals[i]), at(i * kHour))) > 0);
    QVERIFY(step(test::poll(totalOf(totals.last()), at((totals.size() - 1) * kHour)), &raised));
    QCOMPARE(raised.size(), 1);
    QCOMPARE(AlertText::title(raised.first()), QStringLiteral("Tracked downloads passed 1B"));
    QCOMPARE(raised.first().happenedAt, at(happenedAfterMs));
    QVERIFY2(!AlertText::body(raised.first()).contains(QStringLiteral("not polling")), qPrintable(AlertText::body(raised.first())));
}

void TestAlertEngine::dropAndReCross_data()
{
    QTest::addColumn<Counts>("totals"); // one poll an hour, each evaluated
    QTest::addColumn<int>("milestones");
    QTest::newRow("fired, corrected, re-crossed") << Counts{900_M, 1100_M, 950_M, 1050_M} << 1;
    // 1B was passed before the first evaluation: a re-crossing after a correction is not news.
    QTest::newRow("passed before the baseline") << Counts{1100_M, 950_M, 1050_M} << 0;
}

void TestAlertEngine::dropAndReCross()
{
    QFETCH(Counts, totals);
    QFETCH(int, milestones);
    for (qsizetype i = 0; i < totals.size(); ++i)
        QVERIFY(step(test::poll(totalOf(totals[i]), at(i * kHour))));
    QCOMPARE(alerts().log().value.size(), milestones);
    const qsizetype drop = totals.indexOf(950_M);
    const auto notes = annotationsOf(kHeadline);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().kind, int(Annotation::Kind::UpstreamCorrection));
    QCOMPARE(notes.first().from, at((drop - 1) * kHour).toMSecsSinceEpoch());
    QCOMPARE(notes.first().to, at(drop * kHour).toMSecsSinceEpoch());
    QCOMPARE(notes.first().delta, 950_M - totals[drop - 1]);
}

void TestAlertEngine::watchedRepos_data()
{
    QTest::addColumn<QStringList>("watch");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("alert");
    const QStringList llm{kLlm}, acme{QStringLiteral("author:acme")};
    const QString data = QStringLiteral("dataset:acme/data");
    QTest::newRow("watched model") << llm << kLlm << true;
    QTest::newRow("unwatched model") << llm << QStringLiteral("model:other/llm") << false;
    QTest::newRow("dataset named like a watched model") << llm << QStringLiteral("dataset:acme/llm") << false;
    QTest::newRow("watched dataset") << QStringList{data} << data << true;
    QTest::newRow("author's model") << acme << kLlm << true;
    QTest::newRow("author's dataset") << acme << data << true;
    QTest::newRow("another author sharing a prefix") << acme << QStringLiteral("model:acmecorp/llm") << false;
    QTest::newRow("nothing watched") << QStringList() << kLlm << false;
}

void TestAlertEngine::watchedRepos()
{
    QFETCH(QStringList, watch);
    QFETCH(QString, key);
    QFETCH(bool, alert);
    const PollScope scope = scopeOf(1000, watch);
    const RepoStats filler = repo(QStringLiteral("model:filler/big"), 5 * kBillion); // the headline stays past 5B
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll({filler, repo(key, 900'000)}, kT0, scope), &raised));
    QVERIFY(step(test::poll({filler, repo(key, 1'100'000)}, at(kHour), scope), &raised));
    QCOMPARE(raised.size(), alert ? 1 : 0);
    if (alert) {
        QCOMPARE(raised.first().series, key);
        // Named as people say it: "model org/name passed 1M".
        QCOMPARE(AlertText::title(raised.first()),
                 key.left(key.indexOf(QLatin1Char(':'))) + QLatin1Char(' ') + key.mid(key.indexOf(QLatin1Char(':')) + 1)
                     + QStringLiteral(" passed 1M"));
        QCOMPARE(raised.first().happenedAt, at(30 * kMinute));
    }
}

void TestAlertEngine::userThresholds_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QStringList>("watch");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<Counts>("values"); // of model:acme/llm, the only repo: also the headline
    QTest::addColumn<QString>("title");
    QTest::newRow("watched repo") << kLlm << QStringList{kLlm} << qint64(1'234'567)
                                  << Counts{1'200'000, 1'300'000, 1'200'000, 1'300'000, 1'400'000}
                                  << QStringLiteral("model acme/llm passed 1.23M");
    QTest::newRow("headline") << kHeadline << QStringList() << 950_M << Counts{920_M, 960_M, 940_M, 970_M}
                              << QStringLiteral("Tracked downloads passed 950M");
}

void TestAlertEngine::userThresholds()
{
    QFETCH(QString, series);
    QFETCH(QStringList, watch);
    QFETCH(qint64, threshold);
    QFETCH(Counts, values);
    QFETCH(QString, title);
    QVERIFY(!alerts().addThreshold(series, threshold).isError());
    QList<AlertRecord> all;
    for (qsizetype i = 0; i < values.size(); ++i) {
        QList<AlertRecord> raised;
        QVERIFY(step(test::poll({repo(kLlm, values[i])}, at(i * kHour), scopeOf(1000, watch)), &raised));
        all += raised;
    }
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().series, series);
    QCOMPARE(AlertText::title(all.first()), title);
    QCOMPARE(alerts().firedThresholds(series).value, Counts{threshold});
}

void TestAlertEngine::scopeChange()
{
    // Top 1,000 to top 2,000: a different headline.
    const PollScope wider = scopeOf(2000);
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll(totalOf(900_M), kT0, scopeOf(1000)), &raised));
    RepoStatsList more = totalOf(900_M);
    more.append(repo(QStringLiteral("model:extra/repo"), 600_M)); // 1.5B: a jump, not growth
    QVERIFY(step(test::poll(more, at(kHour), wider), &raised));
    QCOMPARE(raised.size(), 0);
    // Within the new scope, growth counts again: 1.5B → 2.1B passes 2B.
    more[2].downloadsAllTime = 1200_M;
    QVERIFY(step(test::poll(more, at(2 * kHour), wider), &raised));
    QCOMPARE(raised.size(), 1);
    QCOMPARE(AlertText::title(raised.first()), QStringLiteral("Tracked downloads passed 2B"));
    QCOMPARE(alerts().log().value.size(), 1);
}

void TestAlertEngine::milestoneCause_data()
{
    using Cause = AlertRecord::Cause;
    QTest::addColumn<Counts>("before");
    QTest::addColumn<Counts>("after");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<Cause>>("causes");
    const QStringList oneB{QStringLiteral("1B")};
    QTest::newRow("downloads") << Counts{600_M, 390_M} << Counts{620_M, 400_M} << oneB << QList<Cause>{Cause::Downloads};
    QTest::newRow("a repo entering the top N") << Counts{600_M, 390_M, -1} << Counts{601_M, 391_M, 200_M} << oneB
                                               << QList<Cause>{Cause::ScopeEntry};
    QTest::newRow("a bigger repo replacing a smaller one")
        << Counts{600_M, 390_M, -1} << Counts{601_M, -1, 420_M} << oneB << QList<Cause>{Cause::ScopeEntry};
    QTest::newRow("downloads, and a smaller repo replacing a bigger one")
        << Counts{600_M, 390_M, -1} << Counts{640_M, -1, 380_M} << oneB << QList<Cause>{Cause::Downloads};
    // Downloads reach 1B (990M + 20M); the entry carries the total on past 2B.
    QTest::newRow("downloads to 1B, an entry past 2B")
        << Counts{600_M, 390_M, -1} << Counts{610_M, 400_M, 1100_M} << QStringList{QStringLiteral("1B"), QStringLiteral("2B")}
        << QList<Cause>{Cause::Downloads, Cause::ScopeEntry};
}

void TestAlertEngine::milestoneCause()
{
    QFETCH(Counts, before);
    QFETCH(Counts, after);
    QFETCH(QStringList, labels);
    QFETCH(QList<AlertRecord::Cause>, causes);
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll(reposOf(before), kT0), &raised));
    QVERIFY(step(test::poll(reposOf(after), at(kHour)), &raised));
    QCOMPARE(raised.size(), labels.size());
    const QString scopeEntry = QStringLiteral("Between 2026-03-02 00:00 UTC and 2026-03-02 01:00 UTC, because repos entered the"
                                              " tracked scope, not through downloads.");
    for (qsizetype i = 0; i < raised.size(); ++i) {
        const AlertRecord &a = raised[i];
        QCOMPARE(AlertText::title(a), QStringLiteral("Tracked downloads passed ") + labels[i]);
        QCOMPARE(a.cause, causes[i]);
        if (a.cause == AlertRecord::Cause::ScopeEntry) {
            QCOMPARE(AlertText::body(a), scopeEntry);
            QCOMPARE(a.happenedAt, at(kHour)); // a jump, first counted by the later poll
        } else {
            QVERIFY2(AlertText::body(a).startsWith(QStringLiteral("Reached around ")), qPrintable(AlertText::body(a)));
            QVERIFY(!AlertText::body(a).contains(QStringLiteral("scope")));
        }
    }
    // The log keeps the words.
    const auto log = alerts().log().value;
    QCOMPARE(log.size(), labels.size());
    for (const AlertRecord &a : log)
        QCOMPARE(AlertText::body(a).contains(QStringLiteral("entered the tracked scope")),
                 causes[labels.indexOf(AlertText::title(a).section(QLatin1Char(' '), -1))] == AlertRecord::Cause::ScopeEntry);
}

void TestAlertEngine::watchingARepoLeavesTheHeadlineAlone()
{
    // A watched repo outside the top N has its own series; the headline (top N) goes on as one
    // history, with neither a jump nor a restart.
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll(totalOf(900_M), kT0, scopeOf(1000)), &raised));
    RepoStatsList more = totalOf(950_M);
    more.append(repo(QStringLiteral("model:extra/repo"), 600_M));
    PollResult watched = test::poll(more, at(kHour), scopeOf(1000, {QStringLiteral("model:extra/repo")}));
    watched.watchOnly.insert(QStringLiteral("model:extra/repo"));
    QVERIFY(step(watched, &raised));
    QCOMPARE(raised.size(), 0); // 1.55B would have passed 1B
    const auto latest = m_h->store().latestAggregate(scopeOf(1000).key());
    QVERIFY(latest.ok());
    QCOMPARE(latest.value.totalAllTime, 950_M);
    QCOMPARE(latest.value.reposCovered, int(more.size()) - 1);
    QCOMPARE(latest.value.scopeKey, watched.scope.key()); // the same headline history
    // The scope is worded when read, in the reader's number format, whatever the poller's was.
    QCOMPARE(latest.value.scopeDescription, QStringLiteral("top 1,000 models + 1,000 datasets"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto german = m_h->store().latestAggregate(scopeOf(1000).key());
    QLocale::setDefault(before);
    QCOMPARE(german.value.scopeDescription, QStringLiteral("top 1.000 models + 1.000 datasets"));
}

void TestAlertEngine::anomalies_data()
{
    QTest::addColumn<Counts>("figures"); // all-time, 30-day before; all-time, 30-day after
    QTest::addColumn<int>("kind");       // -1: none
    QTest::addColumn<qint64>("delta");
    const int correction = int(Annotation::Kind::UpstreamCorrection), gap = int(Annotation::Kind::UpstreamGap);
    QTest::newRow("all-time falls") << Counts{5000, 300, 4000, 300} << correction << qint64(-1000);
    QTest::newRow("30-day to 0, all-time grows") << Counts{5000, 300, 5100, 0} << gap << qint64(-300);
    QTest::newRow("30-day to 0, all-time flat") << Counts{5000, 300, 5000, 0} << -1 << qint64(0);
    QTest::newRow("plain growth") << Counts{5000, 300, 5200, 320} << -1 << qint64(0);
}

void TestAlertEngine::anomalies()
{
    QFETCH(Counts, figures);
    QFETCH(int, kind);
    QFETCH(qint64, delta);
    const RepoStats other = repo(QStringLiteral("model:other/one"), 7000);
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll({repo(kLlm, figures[0], figures[1]), other}, kT0), &raised));
    QVERIFY(step(test::poll({repo(kLlm, figures[2], figures[3]), other}, at(kHour)), &raised));
    QCOMPARE(raised.size(), 0); // anomalies are annotations, never alerts
    const auto notes = annotationsOf(kLlm);
    QCOMPARE(notes.size(), kind < 0 ? 0 : 1);
    if (kind >= 0) {
        QCOMPARE(notes.first().kind, kind);
        QCOMPARE(notes.first().from, kT0.toMSecsSinceEpoch());
        QCOMPARE(notes.first().to, at(kHour).toMSecsSinceEpoch());
        QCOMPARE(notes.first().delta, delta);
        QVERIFY(!notes.first().note.isEmpty());
    }
    QCOMPARE(annotationsOf(QStringLiteral("model:other/one")).size(), 0);
}

void TestAlertEngine::hotCategories_data()
{
    QTest::addColumn<int>("days");         // daily polls at 00:00 of days 0 … days - 1
    QTest::addColumn<double>("threshold"); // AlertSettings::hotCategoryPoints
    QTest::addColumn<QStringList>("alertDays");
    const QString day8 = QStringLiteral("2026-03-10");
    QTest::newRow("9 days") << 9 << 5.0 << QStringList{day8};
    QTest::newRow("10 days: once per hot spell") << 10 << 5.0 << QStringList{day8};
    QTest::newRow("threshold 7") << 9 << 7.0 << QStringList();
    QTest::newRow("under 8 days of history") << 8 << 5.0 << QStringList();
}

void TestAlertEngine::hotCategories()
{
    QFETCH(int, days);
    QFETCH(double, threshold);
    QFETCH(QStringList, alertDays);
    AlertSettings settings;
    settings.hotCategoryPoints = threshold;
    QList<AlertRecord> hot;
    for (int d = 0; d < days; ++d) {
        // From day 8 on, three polls a day (00:00, 06:00, 12:00): still one alert per hot spell.
        for (qint64 extra = 0; extra <= (d >= 8 ? 12 * kHour : 0); extra += 6 * kHour) {
            const qint64 t = d * kDay + extra;
            QList<AlertRecord> raised;
            QVERIFY(step(test::poll(hotRepos(t), at(t)), &raised, settings));
            for (const AlertRecord &a : std::as_const(raised))
                if (a.kind == AlertRecord::Kind::HotCategory)
                    hot.append(a);
        }
    }
    QCOMPARE(hot.size(), alertDays.size());
    for (qsizetype i = 0; i < hot.size(); ++i) {
        QCOMPARE(hot[i].series, QStringLiteral("category:text-to-image"));
        QCOMPARE(AlertText::title(hot[i]), QStringLiteral("Hot category: text-to-image"));
        QCOMPARE(hot[i].happenedAt.date().toString(Qt::ISODate), alertDays[i]);
        QCOMPARE(AlertText::body(hot[i]), QStringLiteral("Now 25.9% of the top-50 models' download velocity, up 5.9 points in 7 days."));
    }
    QCOMPARE(alerts().log(500, {AlertRecord::Kind::HotCategory}).value.size(), alertDays.size());
}

void TestAlertEngine::deliveries()
{
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll(totalOf(1900_M), kT0), &raised));
    QVERIFY(step(test::poll(totalOf(5100_M), at(kHour)), &raised));
    QCOMPARE(raised.size(), 2);
    const QString desktop = QStringLiteral("desktop"), cli = QStringLiteral("cli");
    auto pending = alerts().undelivered(desktop);
    QVERIFY(pending.ok());
    QCOMPARE(pending.value.size(), 2);
    QCOMPARE(pending.value[0].id, raised[0].id);
    QCOMPARE(pending.value[1].id, raised[1].id);
    QCOMPARE(AlertText::title(pending.value[1]), QStringLiteral("Tracked downloads passed 5B"));
    QCOMPARE(pending.value[1].happenedAt, raised[1].happenedAt);
    QVERIFY(!alerts().markDelivered({raised[0].id, raised[1].id}, desktop, at(kHour)).isError());
    QCOMPARE(alerts().undelivered(desktop).value.size(), 0);
    QCOMPARE(alerts().undelivered(cli).value.size(), 2);                            // another consumer still sees them
    QVERIFY(!alerts().markDelivered({raised[0].id}, desktop, at(kHour)).isError()); // twice: harmless
    // A later alert is the only one pending for the desktop.
    QVERIFY(step(test::poll(totalOf(10100_M), at(2 * kHour)), &raised));
    QCOMPARE(raised.size(), 1);
    pending = alerts().undelivered(desktop);
    QCOMPARE(pending.value.size(), 1);
    QCOMPARE(AlertText::title(pending.value.first()), QStringLiteral("Tracked downloads passed 10B"));
    QCOMPARE(alerts().undelivered(cli).value.size(), 3);
}

void TestAlertEngine::hubMilestonesOnceEach_data()
{
    QTest::addColumn<qint64>("evaluatedAfterMs"); // the next poll after the census that crossed
    QTest::addColumn<QString>("body");
    QTest::newRow("next poll an hour later") << kHour << QStringLiteral("Reached around 2026-03-03 12:00 UTC.");
    QTest::newRow("HubWatch closed for 3 days")
        << 3 * kDay
        << QStringLiteral("Between 2026-03-03 00:00 UTC and 2026-03-04 00:00 UTC, while HubWatch was not polling (around "
                          "2026-03-03 12:00 UTC).");
}

// The whole Hub's total, census by census: the first census seen is the baseline, a rung crossed
// between two complete censuses fires once (not again at the next poll or after a restart), and
// one crossed while HubWatch was closed is announced at the next poll, saying so.
void TestAlertEngine::hubMilestonesOnceEach()
{
    QFETCH(qint64, evaluatedAfterMs);
    QFETCH(QString, body);
    using hwcensus::storeCensus;
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll(totalOf(900_M), kT0), &raised));
    QVERIFY(storeCensus(m_h->store(), at(kDay), 49 * kBillion) > 0);
    QVERIFY(step(test::poll(totalOf(901_M), at(kDay + kHour)), &raised));
    QCOMPARE(raised.size(), 0); // the first census: 20B (and the rest below 49B) are not news
    QVERIFY(storeCensus(m_h->store(), at(2 * kDay), 51 * kBillion) > 0);
    QVERIFY(step(test::poll(totalOf(902_M), at(2 * kDay + evaluatedAfterMs)), &raised));
    QCOMPARE(raised.size(), 1);
    const AlertRecord &a = raised.first();
    QCOMPARE(a.kind, AlertRecord::Kind::Milestone);
    QCOMPARE(a.series, QStringLiteral("hub"));
    QCOMPARE(a.threshold, 50 * kBillion);
    QCOMPARE(AlertText::title(a), QStringLiteral("Whole Hub downloads passed 50B"));
    QCOMPARE(a.happenedAt, at(kDay + kDay / 2)); // halfway between the censuses
    QCOMPARE(AlertText::body(a), body);
    // Once: not at the next poll, nor from a new engine on the reopened history.
    QVERIFY(step(test::poll(totalOf(903_M), at(2 * kDay + evaluatedAfterMs + kHour)), &raised));
    QCOMPARE(raised.size(), 0);
    QVERIFY(m_h->reopen());
    QVERIFY(step(test::poll(totalOf(904_M), at(2 * kDay + evaluatedAfterMs + 2 * kHour)), &raised));
    QCOMPARE(raised.size(), 0);
    QCOMPARE(alerts().firedThresholds(QStringLiteral("hub")).value, QList<qint64>{50 * kBillion});
    // Milestones off: a further crossing raises nothing.
    QVERIFY(storeCensus(m_h->store(), at(6 * kDay), 101 * kBillion) > 0);
    AlertSettings off;
    off.milestones = false;
    QVERIFY(step(test::poll(totalOf(905_M), at(6 * kDay + kHour)), &raised, off));
    QCOMPARE(raised.size(), 0);
}

// A census kept as partial is never part of the Hub-wide series: its larger total crosses nothing.
void TestAlertEngine::partialCensusNeverCrosses()
{
    using namespace hwcensus;
    QList<AlertRecord> raised;
    QVERIFY(step(test::poll(totalOf(900_M), kT0), &raised));
    QVERIFY(storeCensus(m_h->store(), at(kDay), 49 * kBillion) > 0);
    QVERIFY(step(test::poll(totalOf(901_M), at(kDay + kHour)), &raised));
    QVERIFY(storeCensus(m_h->store(), at(2 * kDay), 80 * kBillion, false) > 0); // 60B of models, left running
    QVERIFY(abandonRunning(m_h->store(), at(2 * kDay + kHour)) > 0);
    QVERIFY(step(test::poll(totalOf(902_M), at(2 * kDay + 2 * kHour)), &raised));
    QCOMPARE(raised.size(), 0);
    QVERIFY(alerts().firedThresholds(QStringLiteral("hub")).value.isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
