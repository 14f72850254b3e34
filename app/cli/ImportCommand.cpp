#include "ImportCommand.h"

#include "ConsoleOutput.h"
#include "store/HistoryImport.h"
#include "store/CollectorLock.h"

#include <QFile>
#include <QLocale>

#include <climits>
#include <cstdio>

namespace hubwatch {

int ImportCommand::run(const CommandLine &options)
{
    if (!options.outFile.isEmpty() || !options.series.isEmpty() || !options.range.isEmpty()) {
        ConsoleOutput::error(CommandLine::tr("--out, --series and --range are for export-csv and export-json; "
                                             "import always reads the whole file."));
        return 2;
    }
    const bool fromStdin = options.inputFile == QLatin1String("-");
    QFile file(options.inputFile);
    if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        ConsoleOutput::error(CommandLine::tr("Cannot read %1: %2").arg(options.inputFile, file.errorString()));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        ConsoleOutput::error(CommandLine::tr("Cannot read %1: %2").arg(options.inputFile, file.errorString()));
        return 1;
    }

    // Everything is checked before the database is touched.
    HistoryData data;
    QList<ImportIssue> issues;
    if (!HistoryImport::parse(bytes, &data, &issues)) {
        for (const ImportIssue &i : std::as_const(issues))
            ConsoleOutput::error(CommandLine::tr("%1:%2: %3").arg(options.inputFile).arg(i.line).arg(i.message));
        if (issues.size() >= HistoryImport::MaxIssues)
            ConsoleOutput::error(CommandLine::tr("(Only the first %1 problems are shown.)").arg(HistoryImport::MaxIssues));
        ConsoleOutput::error(CommandLine::tr("Nothing was imported."));
        return 2;
    }

    const QString path = options.databasePath();
    const StoreLocation location = StoreLocation::parse(path);
    if (!location.isValid()) {
        ConsoleOutput::error(location.error());
        return 2;
    }
    const auto lock = CollectorLock::forLocation(location);
    if (const StoreError e = lock->acquire(); e.isError()) {
        ConsoleOutput::error(e.message() + QLatin1Char(' ') + CommandLine::tr("Nothing was imported."));
        return 1;
    }
    HistoryStore store;
    if (const StoreError e = store.open(location, HistoryStore::Mode::ReadWrite); e.isError()) {
        ConsoleOutput::error(e.message() + QLatin1Char(' ') + CommandLine::tr("Nothing was imported."));
        return 1;
    }
    const auto merged = HistoryImport::merge(store, data);
    if (merged.error.isError()) {
        ConsoleOutput::error(merged.error.message() + QLatin1Char(' ') + CommandLine::tr("Nothing was imported."));
        return 1;
    }
    const HistoryImport::Summary &s = merged.value;
    // One plural tr() per count, so that each noun agrees with its own number.
    const auto n = [](qint64 count) { return int(qMin<qint64>(count, INT_MAX)); };
    ConsoleOutput::out(CommandLine::tr("Imported %1 and %2 into %3; %4 already present.", "new points, headline points, file, count")
                           .arg(CommandLine::tr("%Ln new point(s)", nullptr, n(s.pointsAdded)),
                                CommandLine::tr("%Ln headline point(s)", nullptr, n(s.headlineAdded)), path,
                                QLocale().toString(s.pointsKnown + s.headlineKnown)));
    if (s.reposCreated > 0)
        ConsoleOutput::out(CommandLine::tr("%n repo(s) were new to this history.", nullptr, int(s.reposCreated)));
    return 0;
}

} // namespace hubwatch
