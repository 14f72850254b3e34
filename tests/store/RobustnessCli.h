#pragma once
// Runs the real `hubwatch` binary for the store robustness tests (HUBWATCH_BIN), with a private
// HOME and none of the user's Hub settings, optionally as user nobody (root ignores file modes).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include "TestWait.h"

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hubwatch::test {

// -1: did not start or crashed; 125: could not become nobody. A hang fails the test.
using CliRun = ProcessRun;

inline CliRun runHubwatch(const QStringList &args, const QString &home, bool asNobody = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_ENDPOINT", "HF_HUB_OFFLINE", "HF_TOKEN_PATH"})
        env.remove(QLatin1String(name));
    QDir().mkpath(home);
    ::chmod(QFile::encodeName(home).constData(), 0777);
    for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HF_HOME"})
        env.insert(QLatin1String(name), home);
    p.setProcessEnvironment(env);
    if (asNobody) {
        p.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(125);
        });
    }
    p.start(QStringLiteral(HUBWATCH_BIN), args);
    return finishProcess(p);
}

} // namespace hubwatch::test
