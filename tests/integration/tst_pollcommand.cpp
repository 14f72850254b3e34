// `hubwatch poll` as a collector is run and stopped for real: a poll is reported only once it is
// in the history (killed at the moment of output, many times), SIGTERM and SIGINT stop it cleanly,
// and the settings `hubwatch config` writes are the ones it uses.
#include "FakeHub.h"
#include "RunHubwatch.h"

#include "store/HistoryStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace hubwatch;
using namespace hubwatch::test;

class TestPollCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedAtOutputEveryReportedPollIsStored();
    void jsonSaysStored();
    void aPollThatCannotBeStoredIsNeverReportedStored();
    void sigtermAfterAPollStopsCleanly_data();
    void sigtermAfterAPollStopsCleanly();
    void sigtermDuringAFetchStopsCleanly();
    void configSetIsWhatPollUses();
    void configRefusesWhatTheDialogRefuses_data();
    void configRefusesWhatTheDialogRefuses();
    void environmentBeatsTheSetting();
    void aRenamedWatchedRepoIsFollowed();
    void scheduledPollingTakesTheCensusBetweenPolls();
    void censusSwitchedOffIsNotTaken();

private:
    QProcessEnvironment environment() const { return hubwatchEnvironment(m_home.path()); }
    QProcess *start(const QStringList &args);
    using Run = ProcessRun;
    Run run(const QStringList &args, const QProcessEnvironment &extra = {});
    qint64 storedPolls(const QString &db);
    // Complete censuses in db and the all-time downloads of the last one (-1: none).
    static QPair<qint64, qint64> censuses(const QString &db);
    QProcess *startScheduled(const QString &db);
    // Reads stdout into out until a whole line came or the process ended.
    static bool waitForLine(QProcess *p, QByteArray *out); // `hubwatch poll` on its schedule, hourly
    // The census's requests logged from `from` on (they list by creation).
    int censusRequestsSince(int from) const;
    QString db() const { return m_home.filePath(QStringLiteral("history.sqlite")); }

    QTemporaryDir m_home;
    FakeHub m_hub;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestPollCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_hub.listen());
    m_hub.generateRepos(RepoKind::Model, 30);
    m_hub.generateRepos(RepoKind::Dataset, 30);
}

QProcess *TestPollCommand::start(const QStringList &args)
{
    m_processes.push_back(std::make_unique<QProcess>());
    QProcess *p = m_processes.back().get();
    launchHubwatch(*p, args, environment());
    return p->waitForStarted(5000) ? p : nullptr;
}

TestPollCommand::Run TestPollCommand::run(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = environment();
    env.insert(extra);
    // The fake Hub lives in this process: its event loop turns while the child runs.
    return runHubwatch(args, env);
}

qint64 TestPollCommand::storedPolls(const QString &db)
{
    if (!QFileInfo::exists(db))
        return 0;
    HistoryStore store;
    if (store.open(db, HistoryStore::Mode::ReadOnly).isError())
        return -1;
    const auto n = store.pollCount();
    return n.ok() ? n.value : -1;
}

void TestPollCommand::killedAtOutputEveryReportedPollIsStored()
{
    // Each run is killed with SIGKILL the moment its report reaches us. Whatever the moment,
    // every poll that was reported must be in the history afterwards.
    const QString path = m_home.filePath(QStringLiteral("killed.sqlite"));
    int reported = 0;
    int killedBeforeExit = 0;
    for (int i = 0; i < 15; ++i) {
        QProcess *p = start({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--db"), path,
                             QStringLiteral("--endpoint"), m_hub.url().toString(), QStringLiteral("--top-models"), QStringLiteral("20"),
                             QStringLiteral("--top-datasets"), QStringLiteral("20")});
        QVERIFY(p);
        QByteArray out;
        QVERIFY(waitForLine(p, &out));
        if (p->state() != QProcess::NotRunning) {
            ::kill(pid_t(p->processId()), SIGKILL);
            ++killedBeforeExit;
        }
        // waitForFinished() answers false for a process that has already ended: wait on the state.
        QVERIFY(QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 10000));
        out += p->readAllStandardOutput();
        const QJsonObject report = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
        QVERIFY2(!report.isEmpty(), out.constData());
        if (report.value(QLatin1String("stored")).toBool())
            ++reported;
        QCOMPARE(storedPolls(path), qint64(reported));
    }
    QCOMPARE(reported, 15);
    // The kills landed while the process was still running (after its output), so the test
    // really exercised "output, then killed".
    QVERIFY2(killedBeforeExit > 0, "every run had exited before the kill: nothing was tested");
    qInfo() << killedBeforeExit << "of 15 runs were killed right after their report";
}

// The kills above land a few milliseconds after the report; a store of 40 repos takes less, so
// they alone would not catch a report printed just before the store. Here the store cannot finish
// at all: another connection holds SQLite's write lock for longer than the writer's busy timeout
// (5 s). The poll fetched everything, yet it must be reported as not stored, and exit 1.
void TestPollCommand::aPollThatCannotBeStoredIsNeverReportedStored()
{
    const QString path = m_home.filePath(QStringLiteral("blocked.sqlite"));
    const QStringList args{QStringLiteral("poll"),
                           QStringLiteral("--once"),
                           QStringLiteral("--json"),
                           QStringLiteral("--db"),
                           path,
                           QStringLiteral("--endpoint"),
                           m_hub.url().toString(),
                           QStringLiteral("--top-models"),
                           QStringLiteral("20"),
                           QStringLiteral("--top-datasets"),
                           QStringLiteral("0")};
    QCOMPARE(run(args).exitCode, 0); // the schema exists, so the next open writes nothing
    QCOMPARE(storedPolls(path), qint64(1));
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
        const int requestsBefore = m_hub.requestCount();
        const Run r = run(args);
        QVERIFY(m_hub.requestCount() > requestsBefore); // it did fetch
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
        holder.close();
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        for (const QByteArray &line : lines) // no line, however early, says stored
            QVERIFY2(!line.contains("\"stored\":true"), r.out.constData());
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QLatin1String("stored")), QJsonValue(false));
        QVERIFY2(r.err.contains("The poll was not stored"), r.err.constData());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(storedPolls(path), qint64(1));
}

void TestPollCommand::jsonSaysStored()
{
    const Run r = run({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--db"), db(),
                       QStringLiteral("--endpoint"), m_hub.url().toString(), QStringLiteral("--top-models"), QStringLiteral("5"),
                       QStringLiteral("--top-datasets"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("stored")), QJsonValue(true));
    QCOMPARE(o.value(QLatin1String("count")).toInt(), 5);
}

void TestPollCommand::sigtermAfterAPollStopsCleanly_data()
{
    QTest::addColumn<int>("signum");
    QTest::newRow("SIGTERM (systemd stop)") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestPollCommand::sigtermAfterAPollStopsCleanly()
{
    QFETCH(int, signum);
    const QString path = m_home.filePath(QStringLiteral("stopped-%1.sqlite").arg(signum));
    QProcess *p = start({QStringLiteral("poll"), QStringLiteral("--json"), QStringLiteral("--interval"), QStringLiteral("60"),
                         QStringLiteral("--db"), path, QStringLiteral("--endpoint"), m_hub.url().toString(), QStringLiteral("--top-models"),
                         QStringLiteral("10"), QStringLiteral("--top-datasets"), QStringLiteral("0")});
    QVERIFY(p);
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += p->readAllStandardOutput();
            return out.contains('\n');
        },
        30000));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    ::kill(pid_t(p->processId()), signum);
    QVERIFY(QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);
    // The lock is released and the write-ahead log merged into the database.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QVERIFY2(!wal.exists() || wal.size() == 0, qPrintable(QString::number(wal.size())));
    QCOMPARE(storedPolls(path), 1);
}

void TestPollCommand::sigtermDuringAFetchStopsCleanly()
{
    // The Hub stalls the first page: the stop must not wait for it, and nothing is stored.
    const QString path = m_home.filePath(QStringLiteral("stalled.sqlite"));
    m_hub.pushFault(FakeHub::Fault::Stall);
    QProcess *p = start({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--db"), path, QStringLiteral("--endpoint"),
                         m_hub.url().toString(), QStringLiteral("--top-models"), QStringLiteral("10"), QStringLiteral("--top-datasets"),
                         QStringLiteral("0")});
    QVERIFY(p);
    QVERIFY(QTest::qWaitFor([&] { return m_hub.pendingFaults() == 0; }, 10000)); // the request is in
    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    QCOMPARE(storedPolls(path), 0);
    QVERIFY2(p->readAllStandardOutput().isEmpty(), "a stopped poll reported something");
}

void TestPollCommand::configSetIsWhatPollUses()
{
    // A headless collector configured with `hubwatch config`, then polling without options.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("hub/endpoint"), m_hub.url().toString()}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("scope/topModels"), QStringLiteral("7")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("scope/topDatasets"), QStringLiteral("3")}).exitCode, 0);
    const Run got = run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("scope/topModels")});
    QCOMPARE(got.exitCode, 0);
    QCOMPARE(got.out.trimmed(), QByteArray("7"));
    const Run listed = run({QStringLiteral("config"), QStringLiteral("list")});
    QVERIFY2(listed.out.contains("hub/endpoint = " + m_hub.url().toString().toUtf8()), listed.out.constData());
    QVERIFY2(listed.out.contains("poll/intervalMinutes = 15 (default)"), listed.out.constData());

    const int before = m_hub.requestCount();
    const Run r = run({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--db"),
                       m_home.filePath(QStringLiteral("configured.sqlite"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("count")).toInt(), 10);
    QCOMPARE(m_hub.requestCount() - before, 3); // models, datasets and the top models' details
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("hub/endpoint")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("scope/topModels")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("scope/topDatasets")}).exitCode, 0);
}

void TestPollCommand::configRefusesWhatTheDialogRefuses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("negative interval") << "poll/intervalMinutes"
                                       << "-5" << QByteArray("at least 1 minute");
    QTest::newRow("ftp endpoint") << "hub/endpoint"
                                  << "ftp://x" << QByteArray("not an http");
    QTest::newRow("password in URL") << "store/database"
                                     << "postgresql://u:secret@db:5432/h" << QByteArray("password");
    QTest::newRow("hot points") << "alerts/hotCategoryPoints"
                                << "0" << QByteArray("0.5 to 100");
    QTest::newRow("retention") << "history/retentionDays"
                               << "-5" << QByteArray("forever");
    QTest::newRow("language") << "ui/language"
                              << "xx" << QByteArray("zh_CN");
    QTest::newRow("watchlist") << "scope/watch"
                               << "model:../x" << QByteArray("not a valid");
    QTest::newRow("census hours") << "census/everyHours"
                                  << "-1" << QByteArray("off");
    QTest::newRow("unknown key") << "poll/nonsense"
                                 << "1" << QByteArray("poll/intervalMinutes");
}

void TestPollCommand::configRefusesWhatTheDialogRefuses()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, message);
    const Run before = run({QStringLiteral("config"), QStringLiteral("get"), key});
    const Run r = run({QStringLiteral("config"), QStringLiteral("set"), key, value});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY2(!r.err.contains("secret"), "the password was repeated");
    const Run after = run({QStringLiteral("config"), QStringLiteral("get"), key});
    QCOMPARE(after.exitCode, before.exitCode);
    QCOMPARE(after.out, before.out); // nothing was written
}

void TestPollCommand::environmentBeatsTheSetting()
{
    // Settings name a dead endpoint; HF_ENDPOINT names the fake Hub: the environment wins.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("hub/endpoint"), QStringLiteral("http://127.0.0.1:9")})
                 .exitCode,
             0);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HF_ENDPOINT"), m_hub.url().toString());
    const Run r = run({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--db"),
                       m_home.filePath(QStringLiteral("env.sqlite")), QStringLiteral("--top-models"), QStringLiteral("2"),
                       QStringLiteral("--top-datasets"), QStringLiteral("0")},
                      env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // And --endpoint beats both.
    env.insert(QStringLiteral("HF_ENDPOINT"), QStringLiteral("http://127.0.0.1:9"));
    const Run cli = run({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--db"),
                         m_home.filePath(QStringLiteral("env.sqlite")), QStringLiteral("--top-models"), QStringLiteral("2"),
                         QStringLiteral("--top-datasets"), QStringLiteral("0"), QStringLiteral("--endpoint"), m_hub.url().toString()},
                        env);
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("hub/endpoint")}).exitCode, 0);
}

void TestPollCommand::aRenamedWatchedRepoIsFollowed()
{
    // The Hub answers the watched id with a redirect to its new name: the poll says so, and the
    // saved watchlist follows it, so the next poll asks for the new id directly.
    const QString to = m_hub.top(RepoKind::Model, 30).last().value(QStringLiteral("id")).toString();
    m_hub.addRename(RepoKind::Model, QStringLiteral("legacy-org/Old-Name"), to);
    QCOMPARE(
        run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("scope/watch"), QStringLiteral("model:legacy-org/Old-Name")})
            .exitCode,
        0);
    const Run r = run({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--db"),
                       m_home.filePath(QStringLiteral("renamed.sqlite")), QStringLiteral("--endpoint"), m_hub.url().toString(),
                       QStringLiteral("--top-models"), QStringLiteral("2"), QStringLiteral("--top-datasets"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray renames = QJsonDocument::fromJson(r.out).object().value(QLatin1String("renames")).toArray();
    QCOMPARE(renames.size(), 1);
    QCOMPARE(renames.first().toObject().value(QLatin1String("from")).toString(), QStringLiteral("legacy-org/Old-Name"));
    QCOMPARE(renames.first().toObject().value(QLatin1String("to")).toString(), to);
    QVERIFY2(r.err.contains("legacy-org/Old-Name is now " + to.toUtf8()), r.err.constData());
    const Run watch = run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("scope/watch")});
    QCOMPARE(watch.out.trimmed(), QStringLiteral("model:%1").arg(to).toUtf8());
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("scope/watch")}).exitCode, 0);
}

QPair<qint64, qint64> TestPollCommand::censuses(const QString &db)
{
    HistoryStore store;
    if (store.open(db, HistoryStore::Mode::ReadOnly).isError())
        return {-1, -1};
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), (SELECT SUM(k.all_time) FROM census_kinds k WHERE k.census_id ="
                               " (SELECT MAX(id) FROM censuses WHERE status = 1)) FROM censuses WHERE status = 1"))
        || !q.next())
        return {-1, -1};
    return {q.value(0).toLongLong(), q.value(1).isNull() ? -1 : q.value(1).toLongLong()};
}

bool TestPollCommand::waitForLine(QProcess *p, QByteArray *out)
{
    return QTest::qWaitFor(
        [&] {
            *out += p->readAllStandardOutput();
            return out->contains('\n') || p->state() == QProcess::NotRunning;
        },
        30000);
}

QProcess *TestPollCommand::startScheduled(const QString &db)
{
    return start({QStringLiteral("poll"), QStringLiteral("--interval"), QStringLiteral("60"), QStringLiteral("--db"), db,
                  QStringLiteral("--endpoint"), m_hub.url().toString(), QStringLiteral("--top-models"), QStringLiteral("10"),
                  QStringLiteral("--top-datasets"), QStringLiteral("0")});
}

int TestPollCommand::censusRequestsSince(int from) const
{
    const QList<FakeHub::Request> requests = m_hub.requests();
    int n = 0;
    for (int i = from; i < requests.size(); ++i)
        n += requests.at(i).query.queryItemValue(QStringLiteral("sort")) == QLatin1String("createdAt") ? 1 : 0;
    return n;
}

void TestPollCommand::scheduledPollingTakesTheCensusBetweenPolls()
{
    // A collector left running (as its systemd unit runs it) takes the census of the whole Hub
    // after its first poll, says so on stderr, and keeps it in the history, exact.
    const QString path = m_home.filePath(QStringLiteral("census.sqlite"));
    const int before = m_hub.requestCount();
    QProcess *p = startScheduled(path);
    QVERIFY(p);
    QByteArray out, err;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     out += p->readAllStandardOutput();
                     err += p->readAllStandardError();
                     return err.contains("Census complete") || p->state() == QProcess::NotRunning;
                 },
                 30000),
             err.constData());
    QVERIFY2(err.contains("Census complete: 30 models, 30 datasets, 0 spaces"), err.constData());
    QVERIFY2(out.count('\n') == 1, out.constData()); // stdout holds the poll's line only
    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(p->exitCode(), 0);
    const qint64 hubTotal = FakeHub::sum(m_hub.repos(RepoKind::Model), QStringLiteral("downloadsAllTime"))
        + FakeHub::sum(m_hub.repos(RepoKind::Dataset), QStringLiteral("downloadsAllTime"));
    QCOMPARE(censuses(path), qMakePair(qint64(1), hubTotal));
    QCOMPARE(censusRequestsSince(before), 3); // a page of models, of datasets, of spaces
}

void TestPollCommand::censusSwitchedOffIsNotTaken()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("census/everyHours"), QStringLiteral("off")}).exitCode,
             0);
    const QString path = m_home.filePath(QStringLiteral("no-census.sqlite"));
    const int before = m_hub.requestCount();
    QProcess *p = startScheduled(path);
    QVERIFY(p);
    QByteArray out;
    QVERIFY(waitForLine(p, &out));
    QTest::qWait(1000); // with the census on, it is complete well within this (see above)
    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(p->exitCode(), 0);
    QVERIFY2(!p->readAllStandardError().contains("Census"), "a census was taken");
    QCOMPARE(censusRequestsSince(before), 0);
    QCOMPARE(censuses(path).first, 0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("census/everyHours")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestPollCommand)
#include "tst_pollcommand.moc"
