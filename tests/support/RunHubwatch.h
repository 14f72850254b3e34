#pragma once
// Running the real `hubwatch` executable from a test. A test target that includes this defines
// HUBWATCH_BIN="$<TARGET_FILE:hubwatch>" and depends on hubwatch.
//
// One parameter order, as for the builders (TestBuilders.h): the arguments first, then where it
// runs (a home folder, or a whole environment), then how (as whom, how long it may take).

#include "TestWait.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef HUBWATCH_BIN
#error "RunHubwatch.h needs HUBWATCH_BIN: target_compile_definitions(<test> PRIVATE HUBWATCH_BIN=\"$<TARGET_FILE:hubwatch>\")"
#endif

namespace hubwatch::test {

// This process's environment without what would let the user's own Hub or language reach the
// child (token, token file, endpoint, offline flag, LANGUAGE), in a private home: HOME is `home`,
// with settings in home/config, the default history in home/data/HubWatch/hubwatch, caches in
// home/cache and the Hugging Face folder in home/hf. Add or replace variables with insert().
inline QProcessEnvironment hubwatchEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_ENDPOINT", "HF_HUB_OFFLINE", "HF_TOKEN_PATH", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("HF_HOME"), home + QStringLiteral("/hf"));
    return env;
}

// Who runs it. As nobody, file modes apply even when the tests run as root; the home is made
// writable for anyone first, and exit code 125 means the child could not become nobody.
enum class RunAs { Me, Nobody };

// Starts HUBWATCH_BIN with `args` in `env` without waiting. The home is created first.
inline void launchHubwatch(QProcess &p, const QStringList &args, const QProcessEnvironment &env, RunAs as = RunAs::Me)
{
    const QString home = env.value(QStringLiteral("HOME"));
    if (!home.isEmpty())
        QDir().mkpath(home);
    if (as == RunAs::Nobody) {
        ::chmod(QFile::encodeName(home).constData(), 0777);
        p.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(125);
        });
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HUBWATCH_BIN), args);
}

// Runs HUBWATCH_BIN with `args` in `env` to its end, with this process's event loop turning
// (a fake Hub may live here), and returns its exit code (-1: crashed or killed), stdout and
// stderr. A child that does not start, or does not end within timeoutMs, fails the test.
inline ProcessRun runHubwatch(const QStringList &args, const QProcessEnvironment &env, RunAs as = RunAs::Me, int timeoutMs = 60000)
{
    QProcess p;
    launchHubwatch(p, args, env, as);
    return finishProcess(p, timeoutMs);
}

// The same in hubwatchEnvironment(home).
inline ProcessRun runHubwatch(const QStringList &args, const QString &home, RunAs as = RunAs::Me, int timeoutMs = 60000)
{
    return runHubwatch(args, hubwatchEnvironment(home), as, timeoutMs);
}

} // namespace hubwatch::test
