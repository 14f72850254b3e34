#include "CompactCommand.h"

#include "ConsoleOutput.h"
#include "store/Retention.h"
#include "store/CollectorLock.h"
#include "store/HistoryStore.h"

#include <QLocale>

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
    const QLocale locale;
    ConsoleOutput::out(CommandLine::tr("Compacted history older than %1 days: removed %2 samples and %3 headline points.")
                           .arg(options.olderThanDays)
                           .arg(locale.toString(result.value.samplesRemoved), locale.toString(result.value.aggregatesRemoved)));
    return 0;
}

} // namespace hubwatch::CompactCommand
