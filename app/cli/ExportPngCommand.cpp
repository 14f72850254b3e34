#include "ExportPngCommand.h"

#include "ConsoleOutput.h"
#include "charts/ChartExporter.h"
#include "store/HistoryFormat.h"
#include "store/HistoryStore.h"

#include <QPainter>
#include <QSaveFile>

namespace hubwatch {

namespace {
// The demo's chart says so in its caption: drawn one line shorter, "Demo data" on the line below
// the Hub caption, so the image keeps the requested size.
QImage renderDemo(const ChartData &data, const ChartExporter::Options &options)
{
    QFont font;
    font.setPixelSize(qMax(10, qMin(14, options.size.height() / 40)));
    font.setBold(true);
    const int band = QFontMetrics(font).height() + 6;
    ChartExporter::Options inner = options;
    inner.size = QSize(options.size.width(), qMax(16, options.size.height() - band));
    const QImage chart = ChartExporter::render(data, inner);
    QImage image(QSize(chart.width(), qRound(options.size.height() * chart.devicePixelRatio())), chart.format());
    image.setDevicePixelRatio(chart.devicePixelRatio());
    image.fill(options.background == ChartExporter::Background::Transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.drawImage(QPoint(0, 0), chart);
    painter.setFont(font);
    painter.setPen(QColor(0xa6, 0x3d, 0x00));
    painter.drawText(QRect(12, inner.size.height(), options.size.width() - 24, band), Qt::AlignLeft | Qt::AlignVCenter,
                     CommandLine::tr("Demo data: a generated history, not figures from the Hub"));
    painter.end();
    return image;
}

bool saveDemo(const ChartData &data, const ChartExporter::Options &options, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !renderDemo(data, options).save(&file, "PNG") || !file.commit()) {
        *error = CommandLine::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

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
    if (!filter.setSeries(options.series, &error) || !filter.setRange(options.range, now, &error)) {
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
    const bool saved =
        options.demo ? saveDemo(data, image, options.outFile, &error) : ChartExporter::savePng(data, image, options.outFile, &error);
    if (!saved) {
        ConsoleOutput::error(error);
        return 1;
    }
    ConsoleOutput::out(CommandLine::tr("Wrote a %1×%2 chart to %3.").arg(image.size.width()).arg(image.size.height()).arg(options.outFile));
    return 0;
}

} // namespace hubwatch
