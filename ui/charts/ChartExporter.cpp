#include "ChartExporter.h"

#include "ChartPalette.h"
#include "ChartText.h"
#include "analysis/MilestoneLadder.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScatterSeries>
#include <QXYSeries>

#include <algorithm>
#include <limits>

namespace hubwatch {

namespace {
const QSize kReference(1200, 675); // the size whose fonts are the desktop's
// Between statements: the dot stays with the word before it, so no line starts with "·".
const QString kSeparator = QStringLiteral("\u00a0· ");
const QChar kEllipsis(0x2026);

QString isoDate(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QStringLiteral("yyyy-MM-dd"));
}

// The range as a reader would name it; empty for an explicit FROM..TO (its dates say it all).
QString rangeName(const QString &range)
{
    if (range == QLatin1String("7d"))
        return ChartExporter::tr("last 7 days");
    if (range == QLatin1String("30d"))
        return ChartExporter::tr("last 30 days");
    if (range == QLatin1String("90d"))
        return ChartExporter::tr("last 90 days");
    if (range == QLatin1String("1y"))
        return ChartExporter::tr("last year");
    if (range == QLatin1String("all") || range.isEmpty())
        return ChartExporter::tr("all history");
    return QString();
}

// The time range the chart shows: the request's bounds, or the data's where the request is open.
QString rangeText(const ChartData &data)
{
    qint64 first = std::numeric_limits<qint64>::max();
    for (const ChartSeriesData &s : data.series) {
        if (!s.points.isEmpty())
            first = std::min(first, s.points.constFirst().t);
        if (!s.periods.isEmpty())
            first = std::min(first, s.periods.constFirst().start.toMSecsSinceEpoch());
    }
    const qint64 from = data.from > 0 ? data.from : first;
    const qint64 to = data.to > 0 ? data.to : data.asOf.isValid() ? data.asOf.toMSecsSinceEpoch() : data.now.toMSecsSinceEpoch();
    const QString name = rangeName(data.request.range);
    if (from == std::numeric_limits<qint64>::max())
        return name.isEmpty() ? ChartExporter::tr("Range: no data") : ChartExporter::tr("Range: %1, no data").arg(name);
    const QString dates = ChartExporter::tr("%1 to %2").arg(isoDate(from), isoDate(std::max(from, to)));
    return name.isEmpty() ? ChartExporter::tr("Range: %1").arg(dates) : ChartExporter::tr("Range: %1 (%2)").arg(dates, name);
}

// The demo statement's length at the start of the caption (drawn bold, in the accent colour).
int demoLength(const ChartExporter::Options &options, const QStringList &parts)
{
    return options.demo && !parts.isEmpty() ? int(parts.constFirst().size()) : 0;
}

struct Wrapped
{
    QStringList lines;
    QList<int> starts; // each line's offset in the caption text (for the demo's formatting)
    bool fits = true;  // every line within the width (no word wider than a line)
};

// Chinese and Japanese text has no spaces between words: a line may break between two of its
// characters, though not before closing punctuation ("，", "。", "）") or after opening ones.
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2e80 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xff00 && u <= 0xffef);
}

bool mayBreakBetween(QChar before, QChar after)
{
    static const QString noneBefore = QStringLiteral("\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\uff09\u300b\u300d\u300f\u3011");
    static const QString noneAfter = QStringLiteral("\uff08\u300a\u300c\u300e\u3010\u201c");
    if (before.isSpace() || after.isSpace()) // a space breaks by itself; a non-breaking one never
        return false;
    return (isCjk(before) || isCjk(after)) && !noneBefore.contains(after) && !noneAfter.contains(before);
}

// Breaks text into lines of at most width pixels at its spaces (and between CJK characters) and
// nowhere else: not after a hyphen or a slash inside a repo name, as a Unicode line breaker
// would, and not at the non-breaking spaces that hold a short statement together. The demo's
// statement is measured bold, as it is drawn. A word wider than the line stands alone (and fits
// is false).
Wrapped wrap(const QString &text, int demo, const QFont &font, qreal width)
{
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetricsF normal(font), bold(boldFont);
    const auto advance = [&](int from, int to) {
        const int split = std::clamp(demo, from, to);
        return bold.horizontalAdvance(text.mid(from, split - from)) + normal.horizontalAdvance(text.mid(split, to - split));
    };
    // Where a line may end, and where the next then starts (after the space, if it is one).
    const int size = int(text.size());
    QList<QPair<int, int>> breaks;
    for (int i = 1; i < size; ++i) {
        if (text.at(i) == QLatin1Char(' '))
            breaks.append({i, i + 1});
        else if (mayBreakBetween(text.at(i - 1), text.at(i)))
            breaks.append({i, i});
    }
    breaks.append({size, size});
    Wrapped out;
    int start = 0;
    qsizetype next = 0; // the first break after start
    while (start < size) {
        while (breaks.at(next).first <= start)
            ++next;
        qsizetype chosen = next; // the first word is taken whatever its width
        for (qsizetype i = next + 1; i < breaks.size() && advance(start, breaks.at(i).first) <= width; ++i)
            chosen = i;
        const int end = breaks.at(chosen).first;
        out.fits = out.fits && advance(start, end) <= width + 0.5;
        out.starts.append(start);
        out.lines.append(text.mid(start, end - start));
        start = breaks.at(chosen).second;
    }
    return out;
}

// The last line kept when the caption has no room for all: the rest of the text, cut after
// the last whole word that fits with an ellipsis.
QString elideAtWord(const QString &rest, const QFont &font, qreal width)
{
    QFont bold = font;
    bold.setBold(true); // the wider of the two: what fits in bold fits either way
    const QFontMetricsF fm(bold);
    QString kept = rest.trimmed();
    while (!kept.isEmpty() && fm.horizontalAdvance(kept + kEllipsis) > width) {
        const qsizetype space = kept.lastIndexOf(QLatin1Char(' '));
        kept = space > 0 ? kept.left(space).trimmed() : QString();
    }
    while (kept.endsWith(QChar(0x00b7)) || kept.endsWith(QChar(0x00a0)))
        kept = kept.left(kept.size() - 1).trimmed();
    return kept.isEmpty() ? QString() : kept + kEllipsis;
}

QFont pixelFont(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(1, pixels));
    f.setBold(bold);
    return f;
}

QColor mix(const QColor &a, const QColor &b, double bShare)
{
    const auto m = [bShare](int x, int y) { return qRound(x + (y - x) * bShare); };
    return QColor(m(a.red(), b.red()), m(a.green(), b.green()), m(a.blue(), b.blue()));
}

// For people who present: larger type, thicker lines, and the projection named in the legend.
void fitToImage(QChart *chart, const ChartData &data, const ChartExporter::Layout &layout, const ChartStyle &style)
{
    chart->setTitleFont(layout.title);
    // Qt Charts' 20 px margins take a third of a 250 px high image's room for the plot.
    const int margin = std::clamp(qRound(20 * layout.fontScale), 6, 20);
    chart->setMargins(QMargins(margin, margin, margin, margin));
    const auto axes = chart->axes();
    for (QAbstractAxis *a : axes) {
        a->setLabelsFont(layout.text);
        a->setTitleFont(layout.text);
    }
    QLegend *legend = chart->legend();
    legend->setFont(layout.text);
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries); // a dashed line reads as the dashed projection
    const qreal thicker = std::max<qreal>(1, layout.fontScale);
    bool projected = false;
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            QPen pen = xy->pen();
            pen.setWidthF(pen.widthF() * thicker);
            xy->setPen(pen);
            if (xy->pointLabelsVisible()) {
                QFont f = layout.text;
                f.setBold(true);
                xy->setPointLabelsFont(f);
            }
        }
        if (auto *scatter = qobject_cast<QScatterSeries *>(s); scatter && scatter->markerSize() > 2)
            scatter->setMarkerSize(scatter->markerSize() * thicker);
        const QString name = s->objectName();
        if (name != QLatin1String("projection") && name != QLatin1String("projection-band"))
            continue;
        projected = true;
        if (auto *band = qobject_cast<QAreaSeries *>(s)) {
            // Faint on the desktop; on a projector and in its legend swatch it must still show.
            QColor fill = band->brush().color();
            fill.setAlpha(std::max(90, fill.alpha()));
            band->setBrush(fill);
        }
        const QString target =
            data.series.isEmpty() ? QString() : MilestoneLadder::label(data.series.constFirst().nextMilestone, style.locale);
        ChartText::setName(s,
                           name == QLatin1String("projection") ? ChartExporter::tr("Projection to %1").arg(target)
                                                               : ChartExporter::tr("Likely range of the projection"));
        const auto markers = legend->markers(s);
        for (QLegendMarker *m : markers) {
            m->setVisible(true);
            if (name == QLatin1String("projection-band"))
                m->setShape(QLegend::MarkerShapeRectangle); // "from series" draws an area's swatch empty
        }
    }
    if (projected)
        legend->setVisible(true);
}
} // namespace

QStringList ChartExporter::captionParts(const ChartData &data, const Options &options)
{
    QStringList parts;
    if (options.demo)
        parts << tr("Demo data: a generated history, not figures from the Hub");
    const QString scope = ChartBuilder::scopeText(data);
    if (!scope.isEmpty())
        parts << tr("Scope: %1").arg(scope);
    parts << rangeText(data);
    if (options.logScale)
        parts << tr("Log scale");
    parts << (data.asOf.isValid()
                  ? tr("Data as of %1 UTC").arg(QLocale::c().toString(data.asOf.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")))
                  : tr("No data yet"));
    parts << (options.demo ? tr("Source: HubWatch's demo generator") : tr("Source: Hugging Face Hub API via HubWatch"));
    // A name from the Hub may hold line breaks: a caption line is broken only by the layout.
    for (QString &p : parts)
        p.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return parts;
}

QString ChartExporter::caption(const ChartData &data, const Options &options)
{
    return captionParts(data, options).join(kSeparator);
}

ChartExporter::Layout ChartExporter::layout(const ChartData &data, const Options &options)
{
    const QSize size = options.size.isValid() ? options.size : kReference;
    Layout out;
    out.fontScale = std::min(qreal(size.width()) / kReference.width(), qreal(size.height()) / kReference.height());
    // 15 px on 1200×675 (the desktop's size), 20 px on 1600×900; never below what a screen reads.
    const int textPx = std::clamp(qRound(15 * out.fontScale), 11, 64);
    out.text = pixelFont(textPx);
    out.title = pixelFont(qRound(textPx * 1.35), true);

    const QStringList parts = captionParts(data, options);
    const int demo = demoLength(options, parts);
    const int margin = std::max(8, qRound(12 * out.fontScale));
    const qreal width = std::max(16, size.width() - 2 * margin);
    const int maxHeight = std::max(16, int(size.height() * 0.3));
    // Smaller type before fewer words: the whole caption where it can fit at 8 px or more.
    int captionPx = std::clamp(qRound(14 * out.fontScale), 10, 60);
    Wrapped wrapped;
    QString text;
    for (;; --captionPx) {
        out.caption = pixelFont(captionPx);
        // A short statement ("Log scale") stays on one line: its spaces do not break.
        QStringList kept = parts;
        for (QString &p : kept)
            if (QFontMetricsF(out.caption).horizontalAdvance(p) < width * 0.4)
                p.replace(QLatin1Char(' '), QChar(0x00a0));
        text = kept.join(kSeparator);
        wrapped = wrap(text, demo, out.caption, width);
        const qreal height = wrapped.lines.size() * QFontMetricsF(out.caption).lineSpacing();
        if ((height <= maxHeight && wrapped.fits) || captionPx <= 8)
            break;
    }
    const qreal lineSpacing = QFontMetricsF(out.caption).lineSpacing();
    const int maxLines = std::max(1, int(maxHeight / lineSpacing));
    if (wrapped.lines.size() > maxLines) {
        const int last = maxLines - 1;
        wrapped.lines = wrapped.lines.mid(0, maxLines);
        wrapped.lines[last] = elideAtWord(text.mid(wrapped.starts.at(last)), out.caption, width);
        wrapped.starts = wrapped.starts.mid(0, maxLines);
    }
    for (int i = 0; i < wrapped.lines.size(); ++i) {
        out.captionLines << wrapped.lines.at(i).trimmed();
        out.captionEmphasis << std::clamp(demo - wrapped.starts.at(i), 0, int(out.captionLines.constLast().size()));
    }
    out.captionHeight = qCeil(out.captionLines.size() * lineSpacing) + margin;
    return out;
}

QPalette ChartExporter::themePalette(Theme theme)
{
    if (theme == Theme::Light)
        return ChartPalette::lightWindow();
    return ChartPalette::darkWindow();
}

QSize ChartExporter::parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 16 || h < 16 || w > 16384 || h > 16384)
        return {};
    return {w, h};
}

ChartStyle ChartExporter::buildChart(QChart *chart, const ChartData &data, const Options &options, const Layout &layout)
{
    ChartStyle style;
    style.palette = themePalette(options.theme); // the export's theme, not the desktop's
    style.logScale = options.logScale;
    style.alignLaunch = options.alignLaunch;
    style.locale = options.locale;
    ChartBuilder::build(chart, data, style);
    fitToImage(chart, data, layout, style);
    return style;
}

QChart *ChartExporter::layOut(QGraphicsScene *scene, const ChartData &data, const Options &options, const Layout &layout)
{
    const QSize size = options.size.isValid() ? options.size : kReference;
    const QSizeF chartSize(size.width(), std::max(8, size.height() - layout.captionHeight));
    auto *chart = new QChart;
    scene->addItem(chart);
    const ChartStyle style = buildChart(chart, data, options, layout);
    chart->setGeometry(QRectF(QPointF(0, 0), chartSize));
    // Twice: new tick labels can move the plot's edges, and the labels follow the plot.
    for (int pass = 0; pass < 2; ++pass) {
        chart->layout()->activate();
        ChartBuilder::relabel(chart, style);
    }
    chart->layout()->activate();
    scene->setSceneRect(QRectF(QPointF(0, 0), chartSize));
    return chart;
}

QImage ChartExporter::render(const ChartData &data, const Options &options)
{
    const QSize size = options.size.isValid() ? options.size : kReference;
    const qreal scale = qBound(0.25, options.scale, 8.0);
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    const bool transparent = options.background == Background::Transparent;
    const QPalette palette = themePalette(options.theme);
    const ChartPalette colors(palette);
    image.fill(transparent ? QColor(Qt::transparent) : colors.background());

    Options sized = options;
    sized.size = size;
    const Layout layout = ChartExporter::layout(data, sized);
    const QSizeF chartSize(size.width(), std::max(8, size.height() - layout.captionHeight));

    // The chart lives in a scene of its own: rendering needs no window and no display.
    QGraphicsScene scene;
    QChart *chart = layOut(&scene, data, sized, layout);
    if (transparent)
        chart->setBackgroundVisible(false);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), chartSize), scene.sceneRect());

    // The caption, line by line as laid out; the demo's statement bold in the accent colour.
    const QColor ink = mix(colors.background(), colors.text(), 0.8);
    const QColor accent = colors.isDark() ? QColor(0xff, 0xa6, 0x5c) : QColor(0xa6, 0x3d, 0x00);
    QFont bold = layout.caption;
    bold.setBold(true);
    const QFontMetricsF fm(layout.caption), fmBold(bold);
    const int margin = std::max(8, qRound(12 * layout.fontScale));
    qreal y = chartSize.height() + margin / 2.0 + fm.ascent();
    for (int i = 0; i < layout.captionLines.size(); ++i) {
        const QString &line = layout.captionLines.at(i);
        const int emphasis = layout.captionEmphasis.value(i);
        painter.setFont(bold);
        painter.setPen(accent);
        painter.drawText(QPointF(margin, y), line.left(emphasis));
        painter.setFont(layout.caption);
        painter.setPen(ink);
        painter.drawText(QPointF(margin + fmBold.horizontalAdvance(line.left(emphasis)), y), line.mid(emphasis));
        y += fm.lineSpacing();
    }
    painter.end();
    return image;
}

bool ChartExporter::savePng(const ChartData &data, const Options &options, const QString &path, QString *error)
{
    const QImage image = render(data, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hubwatch
