// The public command line, run as a real process against the fake Hub.
#include "FakeHub.h"
#include "RunHubwatch.h"

#include "cli/CommandLine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pollOncePrintsTwoThousandReposAsJson();
    void hfEndpointIsUsedWithoutTheOption();
    void offlineMakesNoRequest();
    void badArgumentsExitWithUsageError_data();
    void badArgumentsExitWithUsageError();
    void versionAndHelp();
    void statusWorksOffline();
    void peekFindsTheCommandPastOptionValues_data();
    void peekFindsTheCommandPastOptionValues();
    void usageErrorsInEveryCommand_data();
    void usageErrorsInEveryCommand();
    void helpAllNeedsNoDisplay();
    void qtStyleOptionStartsTheDesktop();

private:
    using Run = ProcessRun;
    Run run(const QStringList &args, const QProcessEnvironment &extra = {});
    QTemporaryDir m_home;
};

TestCli::Run TestCli::run(const QStringList &args, const QProcessEnvironment &extra)
{
    // The user's real token, endpoint and data are kept out of the test.
    QProcessEnvironment env = hubwatchEnvironment(m_home.path());
    env.insert(extra);
    return runHubwatch(args, env); // keeps our event loop turning: the fake Hub lives in this process
}

void TestCli::pollOncePrintsTwoThousandReposAsJson()
{
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 1500);
    hub.generateRepos(RepoKind::Dataset, 1500);
    const Run r = run(
        {QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--endpoint"), hub.url().toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray repos = o.value(QLatin1String("repos")).toArray();
    QCOMPARE(repos.size(), 2000);
    // Expected from the fake Hub's own data: the top 1,000 of each kind, each with its count.
    const QList<QJsonObject> models = hub.top(RepoKind::Model, 1000), datasets = hub.top(RepoKind::Dataset, 1000);
    QHash<QString, qint64> expected, printed;
    for (const auto &[kind, entries] : {std::pair{QStringLiteral("model:"), models}, std::pair{QStringLiteral("dataset:"), datasets}})
        for (const QJsonObject &e : entries)
            expected.insert(kind + e.value(QLatin1String("id")).toString(), e.value(QLatin1String("downloadsAllTime")).toInteger());
    for (const QJsonValue v : repos) {
        const QJsonObject repo = v.toObject();
        QVERIFY(repo.value(QLatin1String("downloadsAllTime")).isDouble());
        printed.insert(repo.value(QLatin1String("kind")).toString() + QLatin1Char(':') + repo.value(QLatin1String("id")).toString(),
                       repo.value(QLatin1String("downloadsAllTime")).toInteger());
    }
    QCOMPARE(printed, expected);
    QCOMPARE(o.value(QLatin1String("totalAllTime")).toInteger(), FakeHub::sum(models + datasets, QStringLiteral("downloadsAllTime")));
    QCOMPARE(hub.requestCount(), 5); // 2 + 2 pages, and the top models' details
}

void TestCli::hfEndpointIsUsedWithoutTheOption()
{
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 3);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HF_ENDPOINT"), hub.url().toString() + QStringLiteral("/"));
    const Run r = run({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--top-models"),
                       QStringLiteral("3"), QStringLiteral("--top-datasets"), QStringLiteral("0")},
                      env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("count")).toInt(), 3);
    QCOMPARE(hub.requestCount(), 2);
}

void TestCli::offlineMakesNoRequest()
{
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 3);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HF_HUB_OFFLINE"), QStringLiteral("1"));
    const Run r = run({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--endpoint"), hub.url().toString()}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Offline"), r.err.constData());
    const Run r2 = run({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--offline"), QStringLiteral("--endpoint"),
                        hub.url().toString()});
    QCOMPARE(r2.exitCode, 1);
    QCOMPARE(hub.requestCount(), 0);
}

void TestCli::badArgumentsExitWithUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("Unknown command");
    QTest::newRow("negative count") << QStringList{QStringLiteral("poll"), QStringLiteral("--top-models"), QStringLiteral("-5")}
                                    << QByteArray("--top-models");
    QTest::newRow("bad watch") << QStringList{QStringLiteral("poll"), QStringLiteral("--watch"), QStringLiteral("space:x/y")}
                               << QByteArray("model:ORG/NAME");
    QTest::newRow("hostile watch") << QStringList{QStringLiteral("poll"), QStringLiteral("--watch"), QStringLiteral("model:../../x")}
                                   << QByteArray("not a valid");
    QTest::newRow("bad endpoint") << QStringList{QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--endpoint"),
                                                 QStringLiteral("ftp://x")}
                                  << QByteArray("not an http");
    QTest::newRow("compact without age") << QStringList{QStringLiteral("compact")} << QByteArray("--older-than");
    QTest::newRow("bad resolution") << QStringList{QStringLiteral("compact"), QStringLiteral("--older-than"), QStringLiteral("30"),
                                                   QStringLiteral("--resolution"), QStringLiteral("weekly")}
                                    << QByteArray("hourly or daily");
    QTest::newRow("zero interval") << QStringList{QStringLiteral("poll"), QStringLiteral("--interval"), QStringLiteral("0")}
                                   << QByteArray("at least 1 minute");
    QTest::newRow("negative interval") << QStringList{QStringLiteral("poll"), QStringLiteral("--interval"), QStringLiteral("-3")}
                                       << QByteArray("at least 1 minute");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("status"), QStringLiteral("--lang"), QStringLiteral("xx")}
                                      << QByteArray("en, de, zh_CN");
    QTest::newRow("db is a folder") << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("/tmp")}
                                    << QByteArray("/tmp is a folder");
}

void TestCli::badArgumentsExitWithUsageError()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCli::versionAndHelp()
{
    const Run v = run({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("HubWatch " HUBWATCH_VERSION));
    const Run h = run({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    for (const char *word : {"--endpoint", "--db", "--offline", "--top-models", "--top-datasets", "--watch", "poll", "status"})
        QVERIFY2(h.out.contains(word), word);
}

void TestCli::statusWorksOffline()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HF_HUB_OFFLINE"), QStringLiteral("1"));
    const Run r = run({QStringLiteral("status"), QStringLiteral("--json")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).isObject());
}

void TestCli::peekFindsTheCommandPastOptionValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("command");
    const QString bin = QStringLiteral("hubwatch");
    QTest::newRow("none") << QStringList{bin} << QString();
    QTest::newRow("plain") << QStringList{bin, QStringLiteral("poll")} << QStringLiteral("poll");
    QTest::newRow("after a valued option") << QStringList{bin, QStringLiteral("--db"), QStringLiteral("status"), QStringLiteral("poll")}
                                           << QStringLiteral("poll");
    QTest::newRow("after a flag") << QStringList{bin, QStringLiteral("--offline"), QStringLiteral("status")} << QStringLiteral("status");
    QTest::newRow("option=value form") << QStringList{bin, QStringLiteral("--endpoint=http://x"), QStringLiteral("poll")}
                                       << QStringLiteral("poll");
    QTest::newRow("only options") << QStringList{bin, QStringLiteral("--endpoint"), QStringLiteral("http://x")} << QString();
    QTest::newRow("Qt's -style VALUE") << QStringList{bin, QStringLiteral("-style"), QStringLiteral("Fusion")} << QString();
    QTest::newRow("Qt's -platform VALUE") << QStringList{bin, QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                                         QStringLiteral("status")}
                                          << QStringLiteral("status");
}

void TestCli::usageErrorsInEveryCommand_data()
{
    // A password in a database URL is refused before anything is opened, by every command, and
    // never repeated back.
    QTest::addColumn<QStringList>("args");
    const QString url = QStringLiteral("postgresql://hubwatch:s3cret@db.example:5432/hubwatch");
    for (const QString &command : {QStringLiteral("poll"), QStringLiteral("status"), QStringLiteral("alerts"), QStringLiteral("export-csv"),
                                   QStringLiteral("export-json"), QStringLiteral("compact"), QStringLiteral("export-png")})
        QTest::newRow(qPrintable(command)) << QStringList{command, QStringLiteral("--db"), url, QStringLiteral("--older-than"),
                                                          QStringLiteral("9")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--db"), url};
    QTest::newRow("migrate --to") << QStringList{QStringLiteral("migrate"), QStringLiteral("--from"),
                                                 QStringLiteral("sqlite:/tmp/x.sqlite"), QStringLiteral("--to"), url};
}

void TestCli::usageErrorsInEveryCommand()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("password"), r.err.constData());
    QVERIFY2(!r.err.contains("s3cret"), r.err.constData());
}

void TestCli::helpAllNeedsNoDisplay()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DISPLAY"), QString());
    env.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
    const Run r = run({QStringLiteral("--help-all")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("--help-all") && r.out.contains("--db"), r.out.constData());
}

void TestCli::qtStyleOptionStartsTheDesktop()
{
    // `hubwatch -style Fusion` is the desktop app with Qt's style option, as Qt documents it: it
    // must start (not fail as an unknown command), then stop cleanly on SIGTERM.
    QProcess p;
    QProcessEnvironment env = hubwatchEnvironment(m_home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/style-data")); // a history of its own
    launchHubwatch(p, {QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("--offline")}, env);
    QVERIFY(p.waitForStarted(5000));
    // Up and running: the desktop has opened (created) its history.
    const QString history = m_home.path() + QStringLiteral("/style-data/HubWatch/hubwatch/hubwatch.sqlite");
    QVERIFY2(QTest::qWaitFor([&] { return QFileInfo::exists(history) || p.state() != QProcess::Running; }, 15000),
             "the desktop did not open its history");
    QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

void TestCli::peekFindsTheCommandPastOptionValues()
{
    QFETCH(QStringList, args);
    QFETCH(QString, command);
    QCOMPARE(CommandLine::peekCommand(args), command);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
