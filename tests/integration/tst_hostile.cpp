// The fault suite's additions (issue 8, item 2): 429 storms, counts beyond 2^53 and beyond qint64,
// and hostile strings in every text field, each carried from the fake Hub through the client and
// the Poller into a real SQLite history and read back. What tst_hubfaults and tst_poller cover
// (single 408/429/5xx, resets, stalls, truncation, oversize, Link loops, redirects, wrong types)
// is not repeated here.
#include "HubTestFixture.h"
#include "RunHubwatch.h"

#include "hub/RepoQuery.h"
#include "monitor/Poller.h"
#include "store/HistoryStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hubwatch;
using namespace hubwatch::test;
using std::chrono::milliseconds;

namespace {

// Three good entries around whatever the test puts in between: they must survive it exactly.
QByteArray page(const QByteArray &hostileEntries)
{
    return R"([{"_id":"1","id":"good/first","downloads":10,"downloadsAllTime":9007199254740993,"likes":1},)" + hostileEntries
        + R"(,{"_id":"2","id":"good/second","downloads":20,"downloadsAllTime":9223372036854775807,"likes":2},)"
          R"({"_id":"3","id":"good/third","downloads":30,"downloadsAllTime":9007199254740992,"likes":3}])";
}

PollResult pollOnce(HubTestFixture &f, int topModels)
{
    Poller poller(&f.makeClient(), &f.clock);
    PollScope scope;
    scope.topModels = topModels;
    scope.topDatasets = 0;
    poller.setScope(scope);
    QSignalSpy finished(&poller, &Poller::pollFinished);
    if (!poller.pollNow()) {
        failTest(QStringLiteral("the poller refused to poll"));
        return HubTestFixture::neverFinished();
    }
    if (!waitOrFail([&] { return !finished.isEmpty(); }, 30000, "the poll"))
        return HubTestFixture::neverFinished();
    return finished.first().first().value<PollResult>();
}

QHash<QString, LatestValue> latest(HistoryStore &store)
{
    QHash<QString, LatestValue> out;
    const auto values = store.latestValues();
    for (const LatestValue &v : values.value)
        out.insert(v.name, v);
    return out;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void a429StormWithinTheRetriesWaitsAndFinishes();
    void a429StormBeyondTheRetriesIsReportedAndLosesNothing();
    void countsBeyond2Pow53AreStoredExactly();
    void countsBeyond2Pow53SurvivePollStoreAndStatusJson();
    void aTotalAtQint64IsFlagged_data();
    void aTotalAtQint64IsFlagged();
    void countsBeyondQint64AreSkippedNotWrapped_data();
    void countsBeyondQint64AreSkippedNotWrapped();
    void aNumberBeyondDoubleFailsThePageVisibly();
    void hostileStrings_data();
    void hostileStrings();

private:
    // Runs the real executable on this test's history, in English, away from the user's token and
    // settings. Returns its exit code, -1 when it did not finish.
    int hubwatch(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
    {
        QProcessEnvironment env = hubwatchEnvironment(m_dir->path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        // A hang fails the test; the fake Hub lives in this process.
        const ProcessRun r = runHubwatch(args + QStringList{QStringLiteral("--db"), dbPath()}, env);
        *out = r.out;
        if (err)
            *err = r.err;
        return r.exitCode;
    }
    static QStringList pollOnceArgs(const FakeHub &hub, int topModels)
    {
        return {QStringLiteral("poll"),         QStringLiteral("--once"),   QStringLiteral("--endpoint"),     hub.url().toString(),
                QStringLiteral("--top-models"), QString::number(topModels), QStringLiteral("--top-datasets"), QStringLiteral("0")};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
};

void TestHostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHostile::a429StormWithinTheRetriesWaitsAndFinishes()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    // Every try but the last is refused with r=0;t=30 and Retry-After: 30.
    for (int i = 0; i < f.config.maxRetries; ++i)
        f.hub.pushFault(FakeHub::Fault::Status429, 30);
    const QDateTime start = f.clock.nowUtc();
    const PollResult r = pollOnce(f, 5);
    QVERIFY2(r.complete(), r.failures.isEmpty() ? "" : qPrintable(r.failures.first().error.message()));
    QCOMPARE(r.repos.size(), 5);
    // Each 429 was waited out on the (manual) clock for t + 1 s, never hammered.
    QCOMPARE(f.clock.requestedDelays().count(milliseconds(31000)), qsizetype(f.config.maxRetries));
    QVERIFY(f.clock.nowUtc() >= start.addSecs(31 * f.config.maxRetries));
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    QVERIFY(store.storePoll(r).ok());
    const auto stored = latest(store);
    QCOMPARE(stored.size(), 5);
    for (const RepoStats &s : r.repos)
        QCOMPARE(stored.value(s.id).allTime, s.downloadsAllTime);
}

void TestHostile::a429StormBeyondTheRetriesIsReportedAndLosesNothing()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    const PollResult good = pollOnce(f, 5);
    QVERIFY(good.complete());
    QVERIFY(store.storePoll(good).ok());
    const auto before = latest(store);

    f.hub.bumpDownloads(RepoKind::Model, good.repos.first().id, 1000);
    f.hub.clearRequests();
    for (int i = 0; i < 50; ++i)
        f.hub.pushFault(FakeHub::Fault::Status429, 30);
    const PollResult stormed = pollOnce(f, 5);
    QVERIFY(!stormed.complete());
    // The listing and the top models' details each gave up after their retries, and say why.
    QVERIFY(!stormed.failures.isEmpty());
    for (const PollResult::Failure &failure : stormed.failures) {
        QCOMPARE(failure.error.kind(), HubError::Kind::RateLimited);
        QVERIFY(failure.error.retryAt().isValid());
        QVERIFY(failure.error.message().contains(QLatin1String("rate limit")));
    }
    QCOMPARE(f.hub.requestCount(), stormed.failures.size() * (1 + f.config.maxRetries)); // no endless loop
    QVERIFY(f.hub.pendingFaults() > 0);
    QVERIFY(stormed.repos.isEmpty());
    // Storing the failed poll records it, and every earlier sample is still there, unchanged.
    QVERIFY(store.storePoll(stormed).ok());
    const auto after = latest(store);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QCOMPARE(after.value(it.key()).allTime, it.value().allTime);
        QCOMPARE(after.value(it.key()).downloads30d, it.value().downloads30d);
    }
}

void TestHostile::countsBeyond2Pow53AreStoredExactly()
{
    HubTestFixture f;
    f.hub.setRawBody(page({}).replace(",,", ","));
    f.hub.pushFault(FakeHub::Fault::RawBody);
    const PollResult r = pollOnce(f, 3);
    QVERIFY(r.complete());
    QCOMPARE(r.skippedEntries, 0);
    QCOMPARE(r.repos.size(), 3);
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    QVERIFY(store.storePoll(r).ok());
    store.close();
    HistoryStore reread;
    QVERIFY(!reread.open(dbPath(), HistoryStore::Mode::ReadOnly).isError());
    const auto stored = latest(reread);
    // 2^53 + 1 is the first integer a double cannot hold; qint64's maximum is kept to the unit.
    QCOMPARE(stored.value(QStringLiteral("good/first")).allTime, Q_INT64_C(9007199254740993));
    QCOMPARE(stored.value(QStringLiteral("good/second")).allTime, std::numeric_limits<qint64>::max());
    QCOMPARE(stored.value(QStringLiteral("good/third")).allTime, Q_INT64_C(9007199254740992));
    // The headline sums these three: beyond qint64, so it stops at the limit, never wrapping to
    // a negative total, and says so.
    QVERIFY(r.totals().saturated);
    const auto aggregate = reread.latestAggregate();
    QVERIFY(aggregate.ok());
    QCOMPARE(aggregate.value.totalAllTime, std::numeric_limits<qint64>::max());
}

// The same through the real executable: `poll --once --json` prints the exact figure, stores it,
// and `status --json` reads the headline back to the unit.
void TestHostile::countsBeyond2Pow53SurvivePollStoreAndStatusJson()
{
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.addRepo(RepoKind::Model,
                QJsonObject{{QStringLiteral("id"), QStringLiteral("big/one")},
                            {QStringLiteral("downloads"), 5},
                            {QStringLiteral("downloadsAllTime"), Q_INT64_C(9007199254740993)}});
    hub.addRepo(RepoKind::Model,
                QJsonObject{{QStringLiteral("id"), QStringLiteral("small/two")},
                            {QStringLiteral("downloads"), 1},
                            {QStringLiteral("downloadsAllTime"), 3}});
    const auto run = [this](const QStringList &args, QByteArray *out) {
        return hubwatch(args + QStringList{QStringLiteral("--json")}, out);
    };
    QByteArray polled, status;
    QCOMPARE(run(pollOnceArgs(hub, 2), &polled), 0);
    QVERIFY2(polled.contains("\"downloadsAllTime\": 9007199254740993") || polled.contains("\"downloadsAllTime\":9007199254740993"),
             polled.constData());
    QCOMPARE(QJsonDocument::fromJson(polled).object().value(QLatin1String("totalAllTime")).toInteger(), Q_INT64_C(9007199254740996));
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--offline")}, &status), 0);
    const QJsonObject headline = QJsonDocument::fromJson(status).object().value(QLatin1String("headline")).toObject();
    QVERIFY2(status.contains("9007199254740996"), status.constData());
    QCOMPARE(headline.value(QLatin1String("totalAllTime")).toInteger(), Q_INT64_C(9007199254740996));
}

// A total past qint64 stops at the limit and says so, through the real executable: "saturated"
// in `poll --once --json` and `status --json`, a warning in the log and in `status`.
void TestHostile::aTotalAtQint64IsFlagged_data()
{
    QTest::addColumn<qint64>("big");
    QTest::addColumn<bool>("saturated");
    QTest::newRow("past qint64") << std::numeric_limits<qint64>::max() << true;
    QTest::newRow("one below the limit") << std::numeric_limits<qint64>::max() - 4 << false;
}

void TestHostile::aTotalAtQint64IsFlagged()
{
    QFETCH(qint64, big);
    QFETCH(bool, saturated);
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.addRepo(RepoKind::Model,
                QJsonObject{{QStringLiteral("id"), QStringLiteral("big/one")},
                            {QStringLiteral("downloads"), 5},
                            {QStringLiteral("downloadsAllTime"), big}});
    hub.addRepo(RepoKind::Model,
                QJsonObject{{QStringLiteral("id"), QStringLiteral("small/two")},
                            {QStringLiteral("downloads"), 1},
                            {QStringLiteral("downloadsAllTime"), 3}});
    const qint64 total = saturated ? std::numeric_limits<qint64>::max() : big + 3;
    QByteArray out, err;
    QCOMPARE(hubwatch(pollOnceArgs(hub, 2) << QStringLiteral("--json"), &out, &err), 0);
    const QJsonObject polled = QJsonDocument::fromJson(out).object();
    QCOMPARE(polled.value(QLatin1String("totalAllTime")).toInteger(), total);
    QVERIFY2(polled.value(QLatin1String("saturated")).isBool(), out.constData());
    QCOMPARE(polled.value(QLatin1String("saturated")).toBool(), saturated);
    QCOMPARE(err.contains("the tracked totals reached the largest count"), saturated);

    QCOMPARE(hubwatch({QStringLiteral("status"), QStringLiteral("--json")}, &out), 0);
    const QJsonObject headline = QJsonDocument::fromJson(out).object().value(QLatin1String("headline")).toObject();
    QCOMPARE(headline.value(QLatin1String("totalAllTime")).toInteger(), total);
    QVERIFY2(headline.value(QLatin1String("saturated")).isBool(), out.constData());
    QCOMPARE(headline.value(QLatin1String("saturated")).toBool(), saturated);

    QCOMPARE(hubwatch({QStringLiteral("status")}, &out), 0);
    QCOMPARE(out.contains("Warning: the tracked totals reached the largest count HubWatch can hold"), saturated);
}

void TestHostile::countsBeyondQint64AreSkippedNotWrapped_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::newRow("2^63") << QByteArray(R"({"id":"bad/big","downloadsAllTime":9223372036854775808})");
    QTest::newRow("2^64 + 1") << QByteArray(R"({"id":"bad/big","downloadsAllTime":18446744073709551617})");
    QTest::newRow("1e19") << QByteArray(R"({"id":"bad/big","downloads":1e19})");
    QTest::newRow("-2^63") << QByteArray(R"({"id":"bad/big","downloadsAllTime":-9223372036854775808})");
    // Not covered: Qt's JSON parser stores an integral double as an integer, so a fraction that
    // rounds to an integer above 2^52 ("9007199254740993.5") cannot be told from one. The Hub
    // never sends fractions; smaller ones ("1.5") are skipped (tst_repoparser).
}

void TestHostile::countsBeyondQint64AreSkippedNotWrapped()
{
    QFETCH(QByteArray, entry);
    HubTestFixture f;
    f.hub.setRawBody(page(entry));
    f.hub.pushFault(FakeHub::Fault::RawBody);
    const PollResult r = pollOnce(f, 4);
    QVERIFY(r.complete());
    QCOMPARE(r.skippedEntries, 1); // reported, in the poll's status
    QCOMPARE(r.repos.size(), 3);
    for (const RepoStats &s : r.repos)
        QVERIFY(s.id.startsWith(QLatin1String("good/")));
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    QVERIFY(store.storePoll(r).ok());
    const auto stored = latest(store);
    QCOMPARE(stored.size(), 3);
    QVERIFY(!stored.contains(QStringLiteral("bad/big")));
    QCOMPARE(stored.value(QStringLiteral("good/first")).allTime, Q_INT64_C(9007199254740993));
}

// A number beyond double's range is not JSON that Qt reads: the whole page is refused as
// malformed, reported in the poll, and nothing of it is stored.
void TestHostile::aNumberBeyondDoubleFailsThePageVisibly()
{
    HubTestFixture f;
    f.hub.setRawBody(page(R"({"id":"bad/big","likes":1e400})"));
    f.hub.pushFault(FakeHub::Fault::RawBody);
    const PollResult r = pollOnce(f, 4);
    QVERIFY(!r.complete());
    QCOMPARE(r.failures.first().error.kind(), HubError::Kind::Malformed);
    QVERIFY(!r.failures.first().error.message().isEmpty());
    QVERIFY(r.repos.isEmpty());
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    QVERIFY(store.storePoll(r).ok());
    QVERIFY(latest(store).isEmpty());
}

void TestHostile::hostileStrings_data()
{
    QTest::addColumn<QByteArray>("field");   // where the hostile text goes
    QTest::addColumn<QByteArray>("payload"); // a JSON string literal's content
    const QByteArray tenKb = QByteArray(10 * 1024, 'n');
    const QList<QPair<const char *, QByteArray>> payloads = {
        {"html", R"(<b>x</b><script>alert(1)</script>)"},
        {"rtl override", R"(evil\u202Egnp.exe)"},
        {"10 kB", tenKb},
        {"NUL", R"(a\u0000b)"},
        {"lone high surrogate", R"(a\ud800b)"},
        {"lone low surrogate", R"(\udc00)"},
    };
    for (const char *field : {"id", "author", "pipeline_tag", "library_name", "license", "cardData.license", "rfilename"})
        for (const auto &[name, text] : payloads)
            QTest::addRow("%s, %s", field, name) << QByteArray(field) << text;
}

void TestHostile::hostileStrings()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, payload);
    const QByteArray s = '"' + payload + '"';
    QByteArray entry = R"({"id":"hostile/repo","downloads":5,"downloadsAllTime":50,"likes":0)";
    if (field == "id")
        entry = R"({"id":"hostile/)" + payload + R"(","downloads":5,"downloadsAllTime":50,"likes":0)";
    else if (field == "license")
        entry += R"(,"tags":["license:)" + payload + R"("])";
    else if (field == "cardData.license")
        entry += R"(,"cardData":{"license":)" + s + '}';
    else if (field == "rfilename")
        entry += R"(,"siblings":[{"rfilename":)" + s + "}]";
    else
        entry += ",\"" + field + "\":" + s;
    entry += '}';

    HubTestFixture f;
    f.hub.setRawBody(page(entry));
    f.hub.pushFault(FakeHub::Fault::RawBody);
    RepoQuery q = HubTestFixture::top(RepoKind::Model, 4);
    const auto listed = f.list(q);
    QVERIFY2(listed.ok(), qPrintable(listed.error.message()));
    const RepoParser::Page &p = listed.value;
    // Clear status: the entry is either kept or counted as skipped, never silently dropped.
    QCOMPARE(p.repos.size() + p.skipped, 4);
    int good = 0;
    for (const RepoStats &r : p.repos) {
        good += r.id.startsWith(QLatin1String("good/"));
        // What the client keeps is an id it could fetch again, and text that is valid Unicode.
        QVERIFY2(RepoQuery::isValidRepoId(r.id), qPrintable(r.id.left(80)));
        for (const QString &text : {r.pipelineTag, r.libraryName, r.license})
            QVERIFY2(text.isValidUtf16() && !text.contains(QChar(0)), qPrintable(text.left(80)));
    }
    QCOMPARE(good, 3);

    // Store and read back: the three good samples exactly, the hostile repo's text unchanged.
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    PollResult poll;
    poll.startedAt = f.clock.nowUtc();
    poll.finishedAt = poll.startedAt;
    poll.scope.topModels = 4;
    poll.scope.topDatasets = 0;
    poll.repos = p.repos;
    poll.skippedEntries = p.skipped;
    QVERIFY(store.storePoll(poll).ok());
    const auto stored = latest(store);
    QCOMPARE(stored.size(), p.repos.size());
    QCOMPARE(stored.value(QStringLiteral("good/first")).allTime, Q_INT64_C(9007199254740993));
    QCOMPARE(stored.value(QStringLiteral("good/second")).allTime, std::numeric_limits<qint64>::max());
    QCOMPARE(stored.value(QStringLiteral("good/third")).allTime, Q_INT64_C(9007199254740992));
    const auto snapshot = store.snapshotAt(poll.finishedAt);
    QVERIFY(snapshot.ok());
    for (const RepoStats &r : p.repos) {
        const RepoStats back = snapshot.value.repos.value(r.key());
        QCOMPARE(back.id, r.id);
        QCOMPARE(back.pipelineTag, r.pipelineTag);
        QCOMPARE(back.libraryName, r.libraryName);
        QCOMPARE(back.license, r.license);
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
