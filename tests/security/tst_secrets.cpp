// The token, end to end (issue 8, item 5): the real `hubwatch` reads it from HF_TOKEN or from
// $HF_HOME/token, uses it against the fake Hub, and it never shows up in the debug log, in
// stdout/stderr (also when the process dies of a signal), in any file the app writes (settings,
// the history database and its journal), in /proc/PID/cmdline, or at another origin it is
// redirected to. Unit-level rules (AuthPolicy: same origin, https or loopback) are in
// tests/unit/tst_authpolicy.cpp; the client-level redirect and log checks in tst_hubfaults.
#include "FakeHub.h"
#include "TestWait.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace hubwatch;
using namespace hubwatch::test;

namespace {
const QByteArray kEnvToken = "hf_EnvSecret7Qx2Lp9Vb4Nm8Kd3";
const QByteArray kFileToken = "hf_FileSecret5Rt8Wz1Yc6Hj0Ga";

// The token in the encodings a file or a log could hold it in.
QList<QByteArray> forms(const QByteArray &token)
{
    const QString s = QString::fromLatin1(token);
    return {token, QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2), token.toBase64(), token.toPercentEncoding()};
}

bool leaks(const QByteArray &data, const QByteArray &token)
{
    for (const QByteArray &f : forms(token))
        if (data.contains(f))
            return true;
    // A part of it is enough to matter: the secret half alone.
    return data.contains(token.mid(3, 12));
}
} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void tokenNeverLeaks_data();
    void tokenNeverLeaks();
    void tokenIsNotInTheArgumentsOrCrashOutputOfARunningPoll();
    void redirectToAnotherOriginCarriesNoToken();
    void theDesktopAppLeavesNoTokenBehind();
    void plainHttpToARemoteHostCarriesNoToken();

private:
    QProcessEnvironment environment(bool envToken) const;
    // Starts `hubwatch poll ARGS --endpoint HUB --top-models 5 --top-datasets 0`.
    bool startPoll(QProcess *p, bool envToken, const FakeHub &hub, const QStringList &args) const;
    // Every file under the temporary home but the token file the user wrote.
    QStringList filesWritten() const;
    // None of filesWritten() holds the token in any form; at least one of them is the database.
    void checkFiles(const QByteArray &token) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestSecrets::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral("hf"))));
    QFile file(m_home->filePath(QStringLiteral("hf/token")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kFileToken + "\n");
}

QProcessEnvironment TestSecrets::environment(bool envToken) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_ENDPOINT", "HF_HUB_OFFLINE", "HF_TOKEN_PATH"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("HF_HOME"), m_home->filePath(QStringLiteral("hf")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home->filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("TMPDIR"), m_home->filePath(QStringLiteral("tmp")));
    // Everything the app can log, at every level.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hubwatch.*=true"));
    if (envToken)
        env.insert(QStringLiteral("HF_TOKEN"), QString::fromLatin1(kEnvToken));
    return env;
}

bool TestSecrets::startPoll(QProcess *p, bool envToken, const FakeHub &hub, const QStringList &args) const
{
    p->setProcessEnvironment(environment(envToken));
    p->start(QStringLiteral(HUBWATCH_BIN),
             QStringList{QStringLiteral("poll")} + args
                 + QStringList{QStringLiteral("--endpoint"), hub.url().toString(), QStringLiteral("--top-models"), QStringLiteral("5"),
                               QStringLiteral("--top-datasets"), QStringLiteral("0")});
    return p->waitForStarted(5000);
}

QStringList TestSecrets::filesWritten() const
{
    QStringList files;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path != m_home->filePath(QStringLiteral("hf/token")))
            files << path;
    }
    return files;
}

void TestSecrets::tokenNeverLeaks_data()
{
    QTest::addColumn<bool>("fromEnv");
    QTest::newRow("HF_TOKEN") << true;
    QTest::newRow("$HF_HOME/token") << false;
}

void TestSecrets::tokenNeverLeaks()
{
    QFETCH(bool, fromEnv);
    const QByteArray token = fromEnv ? kEnvToken : kFileToken;
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral("tmp"))));
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 5);
    hub.setValidTokens({QString::fromLatin1(token)});
    hub.pushFault(FakeHub::Fault::Status503); // a retry, so the error paths log too
    QProcess p;
    QVERIFY(startPoll(&p, fromEnv, hub, {QStringLiteral("--once"), QStringLiteral("--json")}));
    QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000));
    const QByteArray out = p.readAllStandardOutput(), err = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());

    // The token was really used (so the checks below are about a run that held it) ...
    QVERIFY(hub.requestCount() >= 3);
    for (const FakeHub::Request &r : hub.requests())
        QCOMPARE(r.headers.value("authorization"), "Bearer " + token);
    // ... and the debug log really was on.
    QVERIFY2(err.contains("hubwatch."), err.left(400).constData());
    QVERIFY2(!leaks(out, token), "token in stdout");
    QVERIFY2(!leaks(err, token), "token in the log (stderr)");

    checkFiles(token);
}

void TestSecrets::checkFiles(const QByteArray &token) const
{
    const QStringList files = filesWritten();
    QVERIFY2(std::any_of(files.cbegin(), files.cend(), [](const QString &f) { return f.endsWith(QLatin1String(".sqlite")); }),
             qPrintable(files.join(QLatin1Char(' '))));
    for (const QString &path : files) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!leaks(f.readAll(), token), qPrintable(path));
    }
}

void TestSecrets::tokenIsNotInTheArgumentsOrCrashOutputOfARunningPoll()
{
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 5);
    hub.setValidTokens({QString::fromLatin1(kFileToken)});
    QProcess p;
    QVERIFY(startPoll(&p, false, hub, {QStringLiteral("--interval"), QStringLiteral("60")}));
    // Running, and it has already talked to the Hub with the token from the file.
    QVERIFY(QTest::qWaitFor([&] { return hub.requestCount() >= 2; }, 30000));
    QCOMPARE(p.state(), QProcess::Running);
    QCOMPARE(hub.requests().first().headers.value("authorization"), "Bearer " + kFileToken);

    const QString proc = QStringLiteral("/proc/%1/").arg(p.processId());
    QFile cmdline(proc + QStringLiteral("cmdline"));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray args = cmdline.readAll();
    QVERIFY(args.contains("poll"));
    QVERIFY2(!leaks(args, kFileToken), args.constData());
    QFile environ(proc + QStringLiteral("environ"));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    QVERIFY2(!leaks(environ.readAll(), kFileToken), "a token read from a file went into the environment");

    // Dying of a signal: whatever it prints must not hold the token either.
    ::kill(pid_t(p.processId()), SIGSEGV);
    QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(!output.isEmpty(), "the debug log printed nothing");
    QVERIFY2(!leaks(output, kFileToken), output.right(400).constData());
}

void TestSecrets::redirectToAnotherOriginCarriesNoToken()
{
    FakeHub hub, other;
    QVERIFY(hub.listen());
    QVERIFY(other.listen()); // another port: another origin
    hub.generateRepos(RepoKind::Model, 5);
    other.generateRepos(RepoKind::Model, 5);
    hub.setRedirectTarget(other.url());
    hub.pushFault(FakeHub::Fault::RedirectOtherHost);
    QProcess p;
    QVERIFY(startPoll(&p, true, hub, {QStringLiteral("--once")}));
    QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000));
    QCOMPARE(hub.requests().first().headers.value("authorization"), "Bearer " + kEnvToken);
    QVERIFY2(other.requestCount() >= 1, p.readAllStandardError().constData());
    for (const FakeHub::Request &r : other.requests())
        QVERIFY2(!r.headers.contains("authorization") && !leaks(r.target + r.rawQuery, kEnvToken), r.target.constData());
}

// The window, offscreen, with HF_ENDPOINT and HF_TOKEN as a user would set them: it polls on
// its own, and neither its log nor anything it writes (settings, database, WAL) holds the token.
void TestSecrets::theDesktopAppLeavesNoTokenBehind()
{
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 20);
    hub.generateRepos(RepoKind::Dataset, 5);
    hub.setValidTokens({QString::fromLatin1(kEnvToken)});
    QProcessEnvironment env = environment(true);
    env.insert(QStringLiteral("HF_ENDPOINT"), hub.url().toString());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral("tmp"))));
    // The real desktop wiring, which quits once its first poll is complete (stored, alerts shown).
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DESKTOP_DRIVER), {QStringLiteral("--settle"), QStringLiteral("0"), QStringLiteral("--")});
    const ProcessRun run = finishProcess(p);
    QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
    QVERIFY(hub.requestCount() >= 3);
    for (const FakeHub::Request &r : hub.requests())
        QCOMPARE(r.headers.value("authorization"), "Bearer " + kEnvToken);
    const QByteArray output = run.out + run.err;
    QVERIFY2(output.contains("hubwatch."), "the debug log printed nothing");
    QVERIFY2(!leaks(output, kEnvToken), "token in the desktop app's log");
    checkFiles(kEnvToken);
}

// A plain-http endpoint that is not loopback: the poll goes out (through the fake Hub acting as
// the HTTP proxy named by http_proxy, so "hub.example.org" lands on loopback) without the token.
void TestSecrets::plainHttpToARemoteHostCarriesNoToken()
{
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 5);
    QProcessEnvironment env = environment(true);
    env.insert(QStringLiteral("http_proxy"), hub.url().toString());
    env.remove(QStringLiteral("no_proxy"));
    env.remove(QStringLiteral("NO_PROXY"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HUBWATCH_BIN),
            {QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--endpoint"), QStringLiteral("http://hub.example.org"),
             QStringLiteral("--top-models"), QStringLiteral("5"), QStringLiteral("--top-datasets"), QStringLiteral("0")});
    QVERIFY(p.waitForStarted(5000));
    QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(hub.requestCount() >= 1, err.right(600).constData());
    for (const FakeHub::Request &r : hub.requests()) {
        QVERIFY2(r.target.startsWith("http://hub.example.org/"), r.target.constData());
        QVERIFY(!r.headers.contains("authorization"));
    }
    QVERIFY(!leaks(err, kEnvToken));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
