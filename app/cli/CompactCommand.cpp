#include "CompactCommand.h"

#include "ConsoleOutput.h"
#include "store/Retention.h"
#include "store/CollectorLock.h"
#include "store/HistoryStore.h"

#include <climits>

namespace hubwatch::CompactCommand {

int run(const CommandLine &options, const Clock &clock)
{
    const QString path = options.databasePath();
    const StoreLocation location = StoreLocation::parse(path);
    if (!location.exists()) {
        ConsoleOutput::error(CommandLine::tr("No history at %1: nothing to compact.").arg(path));
        return 1;
    }
    // Compacting rewrites history: never while the collector writes it.
    const auto lock = CollectorLock::forLocation(location);
    if (const StoreError e = lock->acquire(); e.isError()) {
        ConsoleOutput::error(e.message());
        return 1;
    }
    HistoryStore store;
    if (const StoreError e = store.open(location); e.isError()) {
        ConsoleOutput::error(e.message());
        return 1;
    }
    const auto result = Retention::compact(store, options.olderThanDays,
                                           options.daily ? Retention::Resolution::Daily : Retention::Resolution::Hourly, clock.nowUtc());
    if (!result.ok()) {
        ConsoleOutput::error(result.error.message());
        return 1;
    }
    // One plural tr() per count, so that each noun agrees with its own number ("1 day", "2 samples").
    const auto n = [](qint64 count) { return int(qMin<qint64>(count, INT_MAX)); };
    ConsoleOutput::out(CommandLine::tr("Compacted history older than %1: removed %2 and %3.", "days, samples, headline points")
                           .arg(CommandLine::tr("%Ln day(s)", nullptr, options.olderThanDays),
                                CommandLine::tr("%Ln sample(s)", nullptr, n(result.value.samplesRemoved)),
                                CommandLine::tr("%Ln headline point(s)", nullptr, n(result.value.aggregatesRemoved))));
    return 0;
}

} // namespace hubwatch::CompactCommand
