#include "MigrateCommand.h"

#include "ConsoleOutput.h"
#include "store/CollectorLock.h"
#include "store/HistoryCopy.h"

#include <QLocale>

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
    const QLocale locale;
    ConsoleOutput::out(CommandLine::tr("Copied %1 poll(s), %2 sample(s), %3 new repo(s) and %4 alert(s) from %5 into %6; "
                                       "%7 poll(s) were there already.")
                           .arg(locale.toString(s.pollsAdded), locale.toString(s.samplesAdded), locale.toString(s.reposAdded),
                                locale.toString(s.alertsAdded), from.display(), to.display(), locale.toString(s.pollsKnown)));
    return 0;
}

} // namespace hubwatch::MigrateCommand
