// A second process for the store robustness tests, so locks, crashes and resource limits are
// those of a real separate process:
//   durability_writer write PATH [MAXPOLLS]  stores durability::pollAt(1, 2, …) after what PATH
//                                            holds, printing "COMMITTED <pollId> <checksum>"
//                                            (flushed) as soon as each storePoll returned ok
//   durability_writer hold PATH              BEGIN EXCLUSIVE plus an uncommitted row, prints
//                                            "HOLDING", keeps it until stdin closes, rolls back
//   durability_writer lock PATH              takes PATH's WriterLock, prints "LOCKED", keeps it
//                                            until stdin closes
//   durability_writer fill PATH BYTES        with the file size limit (RLIMIT_FSIZE) at BYTES,
//                                            stores polls of 500 new repos until one fails:
//                                            "STORED <pollId>" …, then "FAILED <kind> <message>"
#include "RobustnessSupport.h"

#include "store/HistoryStore.h"
#include "store/WriterLock.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace hubwatch;
using namespace hubwatch::test;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &what, const StoreError &e)
{
    say(QStringLiteral("%1 %2 %3").arg(what).arg(int(e.kind())).arg(e.message()));
    return 3;
}

int write(const QString &path, int maxPolls)
{
    HistoryStore store;
    if (const StoreError e = store.open(path); e.isError())
        return fail(QStringLiteral("OPENFAILED"), e);
    const auto stored = store.pollCount();
    if (!stored.ok())
        return fail(QStringLiteral("FAILED"), stored.error);
    for (int seq = int(stored.value) + 1, n = 0; maxPolls <= 0 || n < maxPolls; ++seq, ++n) {
        const auto result = store.storePoll(durability::pollAt(seq));
        if (!result.ok())
            return fail(QStringLiteral("FAILED"), result.error);
        say(QStringLiteral("COMMITTED %1 %2").arg(result.value).arg(QString::fromLatin1(durability::expectedChecksum(seq))));
    }
    return 0;
}

int hold(const QString &path)
{
    RawConnection raw(path);
    if (!raw.ok() || !raw.exec(QStringLiteral("BEGIN EXCLUSIVE"))
        || !raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('held', 'uncommitted')"))) {
        say(QStringLiteral("HOLDFAILED ") + raw.error());
        return 3;
    }
    say(QStringLiteral("HOLDING"));
    while (std::fgetc(stdin) != EOF) {}
    raw.exec(QStringLiteral("ROLLBACK"));
    return 0;
}

int lock(const QString &path)
{
    WriterLock lock(path);
    if (const StoreError e = lock.acquire(); e.isError())
        return fail(QStringLiteral("LOCKFAILED"), e);
    say(QStringLiteral("LOCKED"));
    while (std::fgetc(stdin) != EOF) {}
    lock.release();
    return 0;
}

int fill(const QString &path, qint64 bytes)
{
    // Past the limit write() stores what fits and then fails with EFBIG instead of killing us.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = rlim_t(bytes);
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) {
        say(QStringLiteral("SETRLIMITFAILED"));
        return 3;
    }
    HistoryStore store;
    if (const StoreError e = store.open(path); e.isError())
        return fail(QStringLiteral("OPENFAILED"), e);
    for (int k = 0; k < 1000; ++k) {
        const auto result = store.storePoll(pollAtMinute(makeRepos(500, 0, 500 * k), k * 15));
        if (!result.ok())
            return fail(QStringLiteral("FAILED"), result.error) == 3 ? 0 : 3;
        say(QStringLiteral("STORED %1").arg(result.value));
    }
    say(QStringLiteral("NEVERFULL"));
    return 3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("write"))
        return write(args.at(2), args.size() > 3 ? args.at(3).toInt() : 0);
    if (args.size() == 3 && args.at(1) == QLatin1String("hold"))
        return hold(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("lock"))
        return lock(args.at(2));
    if (args.size() == 4 && args.at(1) == QLatin1String("fill"))
        return fill(args.at(2), args.at(3).toLongLong());
    std::fputs("usage: durability_writer write PATH [MAXPOLLS] | hold PATH | lock PATH | fill PATH BYTES\n", stderr);
    return 2;
}
