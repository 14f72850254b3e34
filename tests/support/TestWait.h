#pragma once
// Waiting in tests without success by default: a wait that times out fails the current test
// (QTest::qFail, from inside any helper) instead of handing back a default value whose ok() is
// true or whose exit code happens to be the expected one. A hang must never read as a result.

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTest>

namespace hubwatch::test {

// Fails the current test with `message`, from a helper that cannot return through QVERIFY.
inline void failTest(const QString &message)
{
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
}

// Turns the event loop until done() holds; on timeout fails the test and returns false.
template <typename Done> bool waitOrFail(Done done, int timeoutMs, const char *what)
{
    if (QTest::qWaitFor(done, timeoutMs))
        return true;
    failTest(QStringLiteral("%1 did not happen within %2 s").arg(QLatin1String(what)).arg(timeoutMs / 1000.0));
    return false;
}

// Every call queued on a StoreThread so far has answered: it runs calls in order, so the answer
// to one more is the barrier before a "nothing more came" check.
template <typename Store> bool drainStore(Store &store)
{
    bool answered = false;
    QObject context;
    store.template call<int>([](auto &) { return 0; }, &context, [&answered](int) { answered = true; });
    return waitOrFail([&answered] { return answered; }, 20000, "the store's answer");
}

struct ProcessRun
{
    int exitCode = -1; // -1: did not start, crashed or was killed after the timeout
    QByteArray out, err;
};

// Waits for a started process to end, with the event loop turning (a fake Hub may live in this
// process). A process that does not start, or does not end within timeoutMs (it is killed
// then), fails the current test.
inline ProcessRun finishProcess(QProcess &p, int timeoutMs = 60000)
{
    ProcessRun r;
    const QString name = p.program() + QLatin1Char(' ') + p.arguments().join(QLatin1Char(' '));
    if (!p.waitForStarted(5000)) {
        failTest(QStringLiteral("%1 did not start: %2").arg(name, p.errorString()));
        return r;
    }
    const bool ended = QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (!ended) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (!ended) {
        failTest(QStringLiteral("%1 did not finish within %2 s; killed. Its errors: %3")
                     .arg(name)
                     .arg(timeoutMs / 1000)
                     .arg(QString::fromUtf8(r.err.right(2000))));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

} // namespace hubwatch::test
