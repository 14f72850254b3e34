#include "ExportCommand.h"

#include "ConsoleOutput.h"
#include "store/HistoryExport.h"

#include <QFile>
#include <QSaveFile>

#include <climits>
#include <cstdio>

namespace hubwatch {

int ExportCommand::run(const CommandLine &options, const Clock &clock)
{
    HistoryFilter filter;
    QString error;
    if (!filter.setSeries(options.series, &error) || !filter.setRange(options.range, clock.nowUtc(), &error)) {
        ConsoleOutput::error(error);
        return 2;
    }
    const auto format = options.command == CommandLine::Command::ExportJson ? HistoryExport::Format::Json : HistoryExport::Format::Csv;
    HistoryStore store;
    if (const StoreError e = store.open(options.databasePath(), HistoryStore::Mode::ReadOnly); e.isError()) {
        ConsoleOutput::error(e.message());
        return 1;
    }

    const bool toStdout = options.outFile.isEmpty() || options.outFile == QLatin1String("-");
    StoreResult<HistoryExport::Summary> written;
    if (toStdout) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            ConsoleOutput::error(CommandLine::tr("Cannot write to standard output: %1").arg(out.errorString()));
            return 1;
        }
        written = HistoryExport::write(store, format, filter, &out, clock.nowUtc());
        if (!out.flush() && !written.error.isError())
            written.error = StoreError(StoreError::Kind::Io, out.errorString());
    } else {
        // Written beside the target and renamed over it on success: never half a file.
        QSaveFile out(options.outFile);
        if (!out.open(QIODevice::WriteOnly)) {
            ConsoleOutput::error(CommandLine::tr("Cannot write %1: %2").arg(options.outFile, out.errorString()));
            return 1;
        }
        written = HistoryExport::write(store, format, filter, &out, clock.nowUtc());
        if (written.error.isError())
            out.cancelWriting();
        else if (!out.commit())
            written.error =
                StoreError(StoreError::Kind::Io, CommandLine::tr("Cannot write %1: %2").arg(options.outFile, out.errorString()));
    }
    if (written.error.isError()) {
        ConsoleOutput::error(written.error.message());
        return 1;
    }
    for (const SeriesId &s : std::as_const(filter.series))
        if (!written.value.series.contains(s.toString()))
            ConsoleOutput::error(CommandLine::tr("Note: no stored points for %1 in the selected range.").arg(s.toString()));
    if (!toStdout)
        ConsoleOutput::out(
            CommandLine::tr("Exported %1 and %2 of %n series to %3.", "repo points, headline points, file",
                            int(written.value.series.size()))
                .arg(CommandLine::tr("%Ln repo point(s)", nullptr, int(qMin<qint64>(written.value.repoPoints, INT_MAX))),
                     CommandLine::tr("%Ln headline point(s)", nullptr, int(qMin<qint64>(written.value.headlinePoints, INT_MAX))),
                     options.outFile));
    return 0;
}

} // namespace hubwatch
