#include "CompactCommand.h"

#include "ConsoleOutput.h"
#include "store/Retention.h"
#include "store/WriterLock.h"

#include <QFileInfo>
#include <QLocale>

namespace hubwatch::CompactCommand {

int run(const CommandLine &options)
{
    const QString path = options.databasePath();
    if (!QFileInfo::exists(path)) {
        ConsoleOutput::error(CommandLine::tr("No history at %1: nothing to compact.").arg(path));
        return 1;
    }
    WriterLock lock(path);
    if (const StoreError e = lock.acquire(); e.isError()) {
        ConsoleOutput::error(e.message());
        return 1;
    }
    HistoryStore store;
    if (const StoreError e = store.open(path); e.isError()) {
        ConsoleOutput::error(e.message());
        return 1;
    }
    const auto result = Retention::compact(store, options.olderThanDays,
                                           options.daily ? Retention::Resolution::Daily : Retention::Resolution::Hourly,
                                           QDateTime::currentDateTimeUtc());
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
