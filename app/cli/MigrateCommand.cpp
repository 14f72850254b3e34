#include "MigrateCommand.h"

#include "ConsoleOutput.h"
#include "store/CollectorLock.h"
#include "store/HistoryCopy.h"

#include <climits>

namespace hubwatch::MigrateCommand {

int run(const CommandLine &options)
{
    const StoreLocation from = StoreLocation::parse(options.migrateFrom);
    const StoreLocation to = StoreLocation::parse(options.migrateTo);
    for (const StoreLocation &l : {from, to}) {
        if (!l.isValid()) {
            ConsoleOutput::error(l.error());
            return 2;
        }
    }
    if (from.display() == to.display()) {
        ConsoleOutput::error(CommandLine::tr("--from and --to name the same history."));
        return 2;
    }
    if (!from.exists()) {
        ConsoleOutput::error(CommandLine::tr("No history at %1: nothing to copy.").arg(from.display()));
        return 1;
    }
    const auto lock = CollectorLock::forLocation(to);
    if (const StoreError e = lock->acquire(); e.isError()) {
        ConsoleOutput::error(e.message() + QLatin1Char(' ') + CommandLine::tr("Stop the collector while migrating; nothing was copied."));
        return 1;
    }
    HistoryStore source;
    if (const StoreError e = source.open(from, HistoryStore::Mode::ReadOnly); e.isError()) {
        ConsoleOutput::error(e.message());
        return 1;
    }
    HistoryStore target;
    if (const StoreError e = target.open(to, HistoryStore::Mode::ReadWrite); e.isError()) {
        ConsoleOutput::error(e.message());
        return 1;
    }
    const auto copied = HistoryCopy::copy(source, target);
    if (!copied.ok()) {
        ConsoleOutput::error(copied.error.message());
        return 1;
    }
    const HistoryCopy::Summary &s = copied.value;
    // One plural tr() per count, so that each noun agrees with its own number ("1 alert", "4 polls").
    const auto n = [](qint64 count) { return int(qMin<qint64>(count, INT_MAX)); };
    ConsoleOutput::out(
        CommandLine::tr("Copied %1, %2, %3 and %4 from %5 into %6; %7",
                        "polls, samples, new repos, alerts, from, into, "
                        "the polls there already")
            .arg(CommandLine::tr("%Ln poll(s)", nullptr, n(s.pollsAdded)), CommandLine::tr("%Ln sample(s)", nullptr, n(s.samplesAdded)),
                 CommandLine::tr("%Ln new repo(s)", nullptr, n(s.reposAdded)), CommandLine::tr("%Ln alert(s)", nullptr, n(s.alertsAdded)),
                 from.display(), to.display(), CommandLine::tr("%Ln poll(s) were there already.", nullptr, n(s.pollsKnown))));
    ConsoleOutput::out(CommandLine::tr("Censuses of the whole Hub: copied %1, %2 and %3.", "censuses, repos' figures, census samples")
                           .arg(CommandLine::tr("%Ln census(es)", nullptr, n(s.censusesAdded)),
                                CommandLine::tr("the census figures of %Ln repo(s)", nullptr, n(s.censusReposAdded)),
                                CommandLine::tr("%Ln census sample(s)", nullptr, n(s.censusSamplesAdded))));
    return 0;
}

} // namespace hubwatch::MigrateCommand
