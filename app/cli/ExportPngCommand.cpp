#include "ExportPngCommand.h"

#include "ConsoleOutput.h"
#include "charts/ChartExporter.h"
#include "report/SeriesNames.h"
#include "store/HistoryFormat.h"
#include "store/HistoryStore.h"

namespace hubwatch {

int ExportPngCommand::run(const CommandLine &options, const Clock &clock)
{
    ChartRequest request;
    const QString chart = options.chart.isEmpty() ? QStringLiteral("cumulative") : options.chart;
    if (!ChartData::parseKind(chart, &request.kind)) {
        ConsoleOutput::error(CommandLine::tr("--chart is cumulative, daily, weekly, monthly, velocity or hot, not \"%1\".").arg(chart));
        return 2;
    }
    ChartExporter::Options image;
    if (!options.size.isEmpty()) {
        image.size = ChartExporter::parseSize(options.size);
        if (!image.size.isValid()) {
            ConsoleOutput::error(
                CommandLine::tr("--size expects WIDTHxHEIGHT from 16 to 16384 pixels, e.g. 1200x675, not \"%1\".").arg(options.size));
            return 2;
        }
    }
    if (options.outFile.isEmpty() || options.outFile == QLatin1String("-")) {
        ConsoleOutput::error(CommandLine::tr("export-png needs the file to write: --out FILE.png"));
        return 2;
    }
    // The same validation as the other exports: known range syntax, valid series names.
    HistoryFilter filter;
    QString error;
    const QDateTime now = clock.nowUtc();
    // The census series (hub, hub-pipeline:LABEL, …) are charts only; the rest are history series.
    QStringList historySeries;
    for (const QString &key : options.series)
        if (!SeriesNames::isHubKey(key.trimmed()))
            historySeries << key;
    if (!filter.setSeries(historySeries, &error) || !filter.setRange(options.range, now, &error)) {
        ConsoleOutput::error(error);
        return 2;
    }
    if (!options.series.isEmpty())
        request.keys = options.series;
    if (!options.range.isEmpty())
        request.range = options.range;

    HistoryStore store;
    if (const StoreError e = store.open(options.databasePath(), HistoryStore::Mode::ReadOnly); e.isError()) {
        ConsoleOutput::error(e.message());
        return 1;
    }
    const ChartData data = ChartData::load(store, request, now);
    if (!data.error.isEmpty()) {
        ConsoleOutput::error(data.error);
        return 2;
    }
    for (const ChartSeriesData &s : data.series) {
        if (!s.error.isEmpty()) {
            ConsoleOutput::error(CommandLine::tr("%1: %2").arg(s.key, s.error));
            return 1;
        }
        if (s.points.isEmpty() && s.periods.isEmpty())
            ConsoleOutput::error(CommandLine::tr("Note: no stored points for %1 in the selected range.").arg(s.key));
    }
    // The demo's chart says so in its caption, like the desktop's export of it.
    image.demo = options.demo;
    image.logScale = options.logScale;
    image.theme = options.theme == QLatin1String("dark") ? ChartExporter::Theme::Dark : ChartExporter::Theme::Light;
    if (!ChartExporter::savePng(data, image, options.outFile, &error)) {
        ConsoleOutput::error(error);
        return 1;
    }
    ConsoleOutput::out(CommandLine::tr("Wrote a %1×%2 chart to %3.").arg(image.size.width()).arg(image.size.height()).arg(options.outFile));
    return 0;
}

} // namespace hubwatch
