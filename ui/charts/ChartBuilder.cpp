#include "ChartBuilder.h"

#include "ChartAxes.h"
#include "ChartLabelPlacer.h"
#include "ChartPalette.h"
#include "ChartText.h"
#include "analysis/MilestoneLadder.h"
#include "report/SeriesNames.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hubwatch {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000LL;

struct Bounds
{
    double xMin = std::numeric_limits<double>::max(), xMax = std::numeric_limits<double>::lowest();
    double yMin = std::numeric_limits<double>::max(), yMax = std::numeric_limits<double>::lowest();
    void add(double x, double y)
    {
        xMin = std::min(xMin, x), xMax = std::max(xMax, x);
        yMin = std::min(yMin, y), yMax = std::max(yMax, y);
    }
    bool valid() const { return xMax >= xMin && yMax >= yMin; }
};

QString unitText(ChartKind kind, double value, const QLocale &locale)
{
    if (kind == ChartKind::Velocity)
        return ChartBuilder::tr("%1 downloads/day").arg(locale.toString(value, 'f', 0));
    if (kind == ChartKind::HotCategories)
        return ChartBuilder::tr("%1 % of the top-50 velocity").arg(locale.toString(value, 'f', 1));
    return ChartBuilder::tr("%1 downloads").arg(locale.toString(qint64(std::llround(value))));
}

// The value axis: the quantity and its unit, as a reader would say them.
QString valueTitle(ChartKind kind, bool log)
{
    QString title;
    switch (kind) {
    case ChartKind::Cumulative: title = ChartBuilder::tr("Downloads"); break;
    case ChartKind::Daily: title = ChartBuilder::tr("Downloads per day"); break;
    case ChartKind::Weekly: title = ChartBuilder::tr("Downloads per week"); break;
    case ChartKind::Monthly: title = ChartBuilder::tr("Downloads per month"); break;
    case ChartKind::Velocity: title = ChartBuilder::tr("Downloads per day"); break;
    case ChartKind::HotCategories: title = ChartBuilder::tr("% of top-50 velocity"); break;
    }
    return log ? ChartBuilder::tr("%1 (log scale)").arg(title) : title;
}

// The time axis: what a tick stands for, and in which zone (periods are UTC calendar periods).
QString timeTitle(ChartKind kind, bool aligned)
{
    if (aligned)
        return ChartBuilder::tr("Days since the first sample");
    switch (kind) {
    case ChartKind::Daily: return ChartBuilder::tr("Day (UTC)");
    case ChartKind::Weekly: return ChartBuilder::tr("Week starting (UTC)");
    case ChartKind::Monthly: return ChartBuilder::tr("Month (UTC)");
    default: return ChartBuilder::tr("Date (UTC)");
    }
}

// About how many ticks an axis of `pixels` takes. The count is kept while the spacing stays
// within 0.75 to 1.5 times `spacing`, so new labels that move the plot by a few pixels do not
// change the ticks again (and relabelling on every plot-area change settles).
int wantedTicks(QCategoryAxis *axis, double pixels, double spacing, int fallback)
{
    const int before = axis->property("wantedTicks").toInt();
    int wanted = ChartAxes::ticksFor(pixels, spacing, fallback);
    if (before > 0 && pixels > 0 && pixels / before >= spacing * 0.75 && pixels / before <= spacing * 1.5)
        wanted = before;
    axis->setProperty("wantedTicks", wanted);
    return wanted;
}

QLineSeries *addLine(QChart *chart, const QString &name, const QPen &pen)
{
    auto *s = new QLineSeries(chart);
    s->setObjectName(name);
    s->setPen(pen);
    chart->addSeries(s);
    return s;
}

void hideFromLegend(QChart *chart, QAbstractSeries *s)
{
    const auto markers = chart->legend()->markers(s);
    for (QLegendMarker *m : markers)
        m->setVisible(false);
}

// The value a line series has at time t (the last point at or before it).
double valueAt(const QList<ChartPoint> &points, qint64 t)
{
    double v = points.isEmpty() ? 0 : points.constFirst().value;
    for (const ChartPoint &p : points) {
        if (p.t > t)
            break;
        v = p.value;
    }
    return v;
}

// A period the history covers only in part. days: how many of its `of` days are covered; -1
// when the history starts inside it (the first poll's time is not part of the chart data).
struct Partial
{
    bool partial = false;
    int days = -1;
    int of = 0;
};

// The store values a period only when both its boundaries lie inside the history, so a partly
// covered period is known only when the history starts or ends on a boundary. Partial: the
// period holding the last poll (or now: the current period is not over), and the one the
// history starts in. Over the whole history (no range start) that is the first period, which
// ChartData begins at the first poll; in a range, the unknown period just before the first
// known one.
QList<Partial> partialPeriods(const QList<PeriodDownloads> &periods, qint64 last, bool wholeHistory)
{
    QList<Partial> out(periods.size());
    qsizetype starts = -1; // the period the history starts in, when it is not a whole one
    if (wholeHistory) {
        starts = !periods.isEmpty() && !periods.constFirst().known ? 0 : -1;
    } else {
        const auto known = std::find_if(periods.cbegin(), periods.cend(), [](const PeriodDownloads &p) { return p.known; });
        starts = known == periods.cend() ? periods.size() - 1 : std::distance(periods.cbegin(), known) - 1;
    }
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const qint64 s = periods.at(i).start.toMSecsSinceEpoch(), e = periods.at(i).end.toMSecsSinceEpoch();
        Partial &p = out[i];
        p.of = int(std::llround(double(e - s) / kDayMs));
        if (periods.at(i).partial) { // the store measured the covered span
            const qint64 covered = periods.at(i).coveredTo.toMSecsSinceEpoch() - periods.at(i).coveredFrom.toMSecsSinceEpoch();
            p.partial = true;
            p.days = std::clamp(int(std::ceil(double(covered) / kDayMs)), 1, std::max(p.of, 1));
            continue;
        }
        const bool holdsLast = s < last && last < e;
        const bool historyStarts = i == starts;
        p.partial = holdsLast || historyStarts;
        if (holdsLast && !historyStarts)
            p.days = std::clamp(int(std::ceil(double(last - s) / kDayMs)), 1, p.of);
    }
    return out;
}

// The time axis' ticks for about `wanted` labels: days since launch, calendar periods or dates.
QList<ChartAxes::Tick> timeAxisTicks(QCategoryAxis *axis, const ChartStyle &style, int wanted)
{
    const qint64 lo = qint64(axis->min()), hi = qint64(axis->max());
    if (axis->property("aligned").toBool())
        return ChartAxes::dayTicks(lo, hi, style.locale, wanted);
    if (!axis->property("periods").isValid())
        return ChartAxes::timeTicks(lo, hi, style.locale, wanted);
    QList<QPair<qint64, qint64>> periods;
    const QVariantList held = axis->property("periods").toList();
    for (const QVariant &v : held)
        periods.append({qint64(v.toPointF().x()), qint64(v.toPointF().y())});
    return ChartAxes::periodTicks(periods, axis->property("months").toBool(), lo, hi, style.locale, wanted);
}

QString partialText(const Partial &p)
{
    return p.days >= 0 ? ChartBuilder::tr("(partial: %1 of %2 days)", "a calendar period only partly covered").arg(p.days).arg(p.of)
                       : ChartBuilder::tr("(partial: the history starts during this period)");
}
} // namespace

QString ChartBuilder::scopeText(const ChartData &data)
{
    if (data.request.kind == ChartKind::HotCategories)
        return tr("top 50 models by download velocity");
    QStringList names;
    for (const ChartSeriesData &s : data.series)
        names.append(s.key != QLatin1String("headline") ? SeriesNames::display(s.key)
                         : s.scope == s.key             ? tr("all tracked repos")
                                                        : s.scope);
    return names.join(QStringLiteral(", "));
}

QString ChartBuilder::title(const ChartData &data)
{
    switch (data.request.kind) {
    case ChartKind::Cumulative: return tr("All-time downloads");
    case ChartKind::Daily: return tr("Downloads per day");
    case ChartKind::Weekly: return tr("Downloads per week");
    case ChartKind::Monthly: return tr("Downloads per month");
    case ChartKind::Velocity: {
        // The Hub-wide total's rate is measured census to census, whatever the window.
        const auto isHub = [](const QString &key) { return key == SeriesNames::HubKey; };
        const qsizetype hub = std::count_if(data.request.keys.cbegin(), data.request.keys.cend(), isHub);
        if (hub > 0 && hub == data.request.keys.size())
            return tr("Download velocity between censuses");
        if (hub > 0)
            return tr("Download velocity (%n-day average; the whole Hub between censuses)", nullptr, data.request.velocityDays);
        return tr("Download velocity (%n-day average)", nullptr, data.request.velocityDays);
    }
    case ChartKind::HotCategories: return tr("Share of the top-50 download velocity by category (%)");
    }
    return QString();
}

QList<HoverPoint> ChartBuilder::build(QChart *chart, const ChartData &data, const ChartStyle &style)
{
    chart->removeAllSeries();
    const auto oldAxes = chart->axes();
    for (QAbstractAxis *a : oldAxes) {
        chart->removeAxis(a);
        delete a;
    }
    // No theme: the chart is drawn in the window's colours, on its Base like a list or a table.
    const ChartPalette colors(style.palette);
    chart->setBackgroundBrush(colors.background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    ChartText::setTitle(chart, title(data));
    QFont titleFont; // from the application font: a chart rebuilt in place must not grow its title
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);

    const bool log = style.logScale;
    const ChartKind kind = data.request.kind;
    const bool bars = kind == ChartKind::Daily || kind == ChartKind::Weekly || kind == ChartKind::Monthly;
    const bool aligned = style.alignLaunch && !bars && kind != ChartKind::HotCategories;
    QList<HoverPoint> hover;
    Bounds b;
    const int keys = int(data.series.size());
    // The latest time the history covers: the last poll, and never beyond now.
    qint64 historyEnd = data.asOf.isValid() ? data.asOf.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (data.now.isValid())
        historyEnd = std::min(historyEnd, data.now.toMSecsSinceEpoch());
    int partialLegend = 0;

    for (int i = 0; i < keys; ++i) {
        const ChartSeriesData &sd = data.series.at(i);
        const QColor color = colors.series(i);
        // As people say it: "Tracked downloads", "model org/name"; a category by its label.
        const QString name = kind == ChartKind::HotCategories ? sd.key : SeriesNames::display(sd.key);
        QPen pen(color, 2);
        if (bars) {
            // Full periods in the series' colour; partly covered ones lighter and hatched.
            QLineSeries *upper[2] = {new QLineSeries(chart), new QLineSeries(chart)};
            const double base = ChartAxes::toPlot(log ? 1 : 0, log);
            const QList<Partial> partial = partialPeriods(sd.periods, historyEnd, data.from == 0);
            for (qsizetype k = 0; k < sd.periods.size(); ++k) {
                const PeriodDownloads &p = sd.periods.at(k);
                const qint64 s = p.start.toMSecsSinceEpoch(), e = p.end.toMSecsSinceEpoch();
                const double slot = double(e - s) / keys;
                const double x0 = s + slot * i + slot * 0.1, x1 = s + slot * (i + 1) - slot * 0.1;
                // Periods are UTC calendar days, weeks and months: the zone is part of the date.
                QString when = QLocale::c().toString(p.start, QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" UTC");
                if (partial.at(k).partial)
                    when += QLatin1Char(' ') + partialText(partial.at(k));
                if (!p.known && !p.partial) {
                    const QString why = partial.at(k).partial ? tr("No total yet: the history does not cover the whole period.")
                                                              : tr("No data for this period (a gap)");
                    hover.append({QPointF((x0 + x1) / 2, base), tr("%1 · %2\n%3").arg(name, when, why), i, color});
                    if (partial.at(k).partial) {
                        // Not dropped: the period keeps its place on the axis, and says why it is empty.
                        b.add(s, base), b.add(e, base);
                        auto *tag = new QScatterSeries(chart);
                        tag->setObjectName(QStringLiteral("partial-label"));
                        tag->setProperty("slot", QPointF(x0, x1));
                        tag->setMarkerSize(1);
                        tag->setColor(Qt::transparent);
                        tag->setBorderColor(Qt::transparent);
                        tag->append((x0 + x1) / 2, base);
                        const QString text = tr("partial: no total yet", "an empty bar: the period is not complete");
                        tag->setProperty("slotText", text);
                        tag->setProperty("slotShortText", tr("partial", "an empty bar's short note: the period is not complete"));
                        ChartText::setPointLabel(tag, text);
                        tag->setPointLabelsVisible(true);
                        tag->setPointLabelsColor(colors.text());
                        chart->addSeries(tag);
                        hideFromLegend(chart, tag);
                    }
                    continue;
                }
                // A partial period's bar: what the covered part of it measured.
                const qint64 total = p.known ? p.downloads : p.partialDownloads;
                const double y = ChartAxes::toPlot(double(total), log);
                upper[partial.at(k).partial ? 1 : 0]->append({QPointF(x0, base), QPointF(x0, y), QPointF(x1, y), QPointF(x1, base)});
                b.add(s, base), b.add(e, base), b.add(x0, y);
                QString text = tr("%1 · %2\n%3").arg(name, when, unitText(kind, double(total), style.locale));
                if (p.correction)
                    text += QLatin1Char('\n') + tr("The Hub lowered the count: an upstream correction.");
                hover.append({QPointF((x0 + x1) / 2, y), text, i, color});
            }
            for (int part = 0; part < 2; ++part) {
                if (part == 1 && upper[1]->count() == 0) {
                    delete upper[1];
                    continue;
                }
                auto *lower = new QLineSeries(chart);
                if (upper[part]->count() > 0)
                    lower->append({QPointF(upper[part]->at(0).x(), base), QPointF(upper[part]->at(upper[part]->count() - 1).x(), base)});
                auto *area = new QAreaSeries(upper[part], lower);
                area->setObjectName((part == 0 ? QStringLiteral("bars:") : QStringLiteral("bars-partial:")) + sd.key);
                QColor fill = color;
                fill.setAlpha(part == 0 ? 220 : 90);
                area->setBrush(fill);
                area->setPen(part == 0 ? QPen(Qt::NoPen) : QPen(color, 1.5));
                if (part == 1) {
                    ChartText::setName(area, tr("Lighter bars: period not complete"));
                } else {
                    ChartText::setName(area, name);
                }
                chart->addSeries(area);
                if (part == 1) {
                    // Hatching in the series' colour over the light fill: partial reads even in grey.
                    auto *hatch = new QAreaSeries(new QLineSeries(chart), new QLineSeries(chart));
                    for (const QPointF &pt : upper[part]->points())
                        hatch->upperSeries()->append(pt);
                    hatch->lowerSeries()->append(lower->points());
                    hatch->setObjectName(QStringLiteral("bars-partial-hatch:") + sd.key);
                    hatch->setBrush(QBrush(color, Qt::BDiagPattern));
                    hatch->setPen(Qt::NoPen);
                    chart->addSeries(hatch);
                    hideFromLegend(chart, hatch);
                    if (partialLegend++ > 0)
                        hideFromLegend(chart, area); // one legend entry says what lighter bars are
                }
            }
            continue;
        }
        QLineSeries *line = nullptr;
        int segment = 0;
        // Launch-aligned comparison: every series starts at x = 0 (its first point).
        const qint64 shift = aligned && !sd.points.isEmpty() ? sd.points.constFirst().t : 0;
        for (const ChartPoint &p : sd.points) {
            if (!line || p.gapBefore) {
                line = addLine(chart, QStringLiteral("line:") + sd.key, pen);
                ChartText::setName(line, name);
                if (segment++ > 0)
                    hideFromLegend(chart, line);
            }
            const double y = ChartAxes::toPlot(p.value, log);
            line->append(double(p.t - shift), y);
            b.add(double(p.t - shift), y);
            hover.append({QPointF(double(p.t - shift), y),
                          tr("%1\n%2\n%3").arg(name, unitText(kind, p.value, style.locale), ChartAxes::utcText(p.t)), i, color});
        }
        if (!sd.annotations.isEmpty() && !sd.points.isEmpty()) {
            auto *marks = new QScatterSeries(chart);
            marks->setObjectName(QStringLiteral("anomalies"));
            ChartText::setName(marks, tr("Anomaly"));
            marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            marks->setMarkerSize(9);
            // In the text's colour: an annotation, not one more series colour to tell apart.
            marks->setColor(colors.text());
            marks->setBorderColor(colors.background());
            for (const AnnotationRecord &a : sd.annotations) {
                const double y = ChartAxes::toPlot(valueAt(sd.points, a.to), log);
                marks->append(double(a.to - shift), y);
                QString text = a.note.isEmpty() ? tr("Anomaly") : a.note;
                text += QLatin1Char('\n') + tr("%1 to %2").arg(ChartAxes::utcText(a.from), ChartAxes::utcText(a.to));
                hover.prepend({QPointF(double(a.to - shift), y), text, -1, marks->color()}); // first: wins over the data point under it
            }
            chart->addSeries(marks);
            hideFromLegend(chart, marks);
        }
    }

    // The projection of the first series to its next milestone.
    Bounds dataBounds = b;
    const ChartSeriesData *first = data.series.isEmpty() ? nullptr : &data.series.constFirst();
    if (kind == ChartKind::Cumulative && !aligned && first && !first->points.isEmpty() && b.valid()) {
        const ChartPoint last = first->points.constLast();
        const Projection::Result &pr = first->projection;
        const double span = std::max(dataBounds.xMax - dataBounds.xMin, double(kDayMs));
        const qint64 target = first->nextMilestone;
        if (pr.status == Projection::Status::Ok && pr.eta.isValid() && target > 0 && pr.eta.toMSecsSinceEpoch() - last.t <= 2 * span) {
            const double eta = double(pr.eta.toMSecsSinceEpoch());
            const double lo = pr.etaLow.isValid() ? double(pr.etaLow.toMSecsSinceEpoch()) : eta;
            const double hi = pr.etaHigh.isValid() ? double(pr.etaHigh.toMSecsSinceEpoch()) : eta + (eta - lo);
            const double y0 = ChartAxes::toPlot(last.value, log), yT = ChartAxes::toPlot(double(target), log);
            auto *up = new QLineSeries(chart);
            auto *down = new QLineSeries(chart);
            up->append({QPointF(double(last.t), y0), QPointF(lo, yT)});
            down->append({QPointF(double(last.t), y0), QPointF(hi, yT)});
            auto *band = new QAreaSeries(up, down);
            band->setObjectName(QStringLiteral("projection-band"));
            QColor fill = colors.series(0);
            fill.setAlpha(45);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            chart->addSeries(band);
            hideFromLegend(chart, band);
            QPen dashed(colors.series(0), 2, Qt::DashLine);
            QLineSeries *proj = addLine(chart, QStringLiteral("projection"), dashed);
            proj->append({QPointF(double(last.t), y0), QPointF(eta, yT)});
            hideFromLegend(chart, proj);
            b.add(std::min(hi, double(last.t) + 2 * span), yT);
            const QString label = MilestoneLadder::label(target, style.locale);
            QString text = tr("Projected to reach %1 around %2").arg(label, ChartAxes::utcText(qint64(eta)));
            if (pr.etaLow.isValid())
                text += QLatin1Char('\n')
                    + tr("Range: %1 to %2")
                          .arg(ChartAxes::utcText(qint64(lo)),
                               pr.etaHigh.isValid() ? ChartAxes::utcText(qint64(hi)) : tr("beyond the horizon"));
            if (!pr.explanation.isEmpty())
                text += QLatin1Char('\n') + pr.explanation;
            hover.append({QPointF(eta, yT), text, -1, colors.series(0)});
        }
    }

    // Milestone lines: each series' last rung reached and its next one, when near its data. In a
    // comparison each line and label takes its series' colour and the label names the series;
    // relabel() places the labels inside the plot, clear of each other.
    for (int i = 0; kind == ChartKind::Cumulative && i < keys && b.valid(); ++i) {
        const ChartSeriesData &sd = data.series.at(i);
        if (sd.points.isEmpty())
            continue;
        Bounds own;
        for (const ChartPoint &p : sd.points)
            own.add(double(p.t), ChartAxes::toPlot(p.value, log));
        const double ySpan = std::max(own.yMax - own.yMin, std::abs(own.yMax) * 0.02);
        const QList<QPair<qint64, QString>> rungs{{sd.nextMilestone, QStringLiteral("milestone-next")},
                                                  {sd.previousMilestone, QStringLiteral("milestone-previous")}};
        for (const auto &rung : rungs) {
            if (rung.first <= 0)
                continue;
            const double y = ChartAxes::toPlot(double(rung.first), log);
            if (y > std::max(own.yMax + ySpan, i == 0 ? b.yMax + ySpan : own.yMax) || y < own.yMin - ySpan)
                continue;
            b.add(b.xMin, y);
            const QColor c = keys > 1 ? colors.series(i) : colors.reference();
            QLineSeries *ml = addLine(chart, rung.second, QPen(c, 1.2, Qt::DashLine));
            ml->setProperty("seriesKey", sd.key);
            ml->append({QPointF(b.xMin, y), QPointF(b.xMax, y)});
            hideFromLegend(chart, ml);
            auto *tag = new QScatterSeries(chart);
            tag->setObjectName(rung.second + QStringLiteral("-label"));
            tag->setProperty("seriesKey", sd.key);
            tag->setMarkerSize(1);
            tag->setColor(Qt::transparent);
            tag->setBorderColor(Qt::transparent);
            // Next rung above the data: labelled on the left, where rising data is lowest; the
            // rung reached below it: on the right, where the data has moved away from it.
            const bool left = rung.first == sd.nextMilestone;
            tag->setProperty("labelLeft", left);
            tag->setProperty("rungY", y);
            tag->append(left ? b.xMin : b.xMax, y);
            QFont labelFont = tag->pointLabelsFont();
            labelFont.setBold(true);
            tag->setPointLabelsFont(labelFont);
            const QString label = MilestoneLadder::label(rung.first, style.locale);
            // The series as people say it; drawn as plain text (a point label is not markup).
            const QString text = keys > 1
                ? tr("%1 · %2", "a milestone line's label: the milestone, the series").arg(label, SeriesNames::display(sd.key).simplified())
                : label;
            tag->setProperty("labelText", text);
            ChartText::setPointLabel(tag, text);
            tag->setPointLabelsVisible(true);
            tag->setPointLabelsColor(c);
            chart->addSeries(tag);
            hideFromLegend(chart, tag);
        }
    }

    auto *x = new QCategoryAxis(chart);
    x->setObjectName(QStringLiteral("x"));
    x->setProperty("aligned", aligned);
    auto *y = new QCategoryAxis(chart);
    y->setObjectName(QStringLiteral("y"));
    y->setProperty("logScale", log);
    y->setProperty("velocity", kind == ChartKind::Velocity);
    y->setProperty("percent", kind == ChartKind::HotCategories);
    ChartText::setAxisTitle(y, valueTitle(kind, log));
    ChartText::setAxisTitle(x, timeTitle(kind, aligned));
    if (bars) {
        // The bars' calendar periods: the time axis labels each bar by its period (relabel).
        QVariantList periods;
        for (const ChartSeriesData &sd : data.series)
            if (periods.isEmpty())
                for (const PeriodDownloads &p : sd.periods)
                    periods.append(QPointF(double(p.start.toMSecsSinceEpoch()), double(p.end.toMSecsSinceEpoch())));
        x->setProperty("periods", periods);
        x->setProperty("months", kind == ChartKind::Monthly);
        x->setGridLineVisible(false); // a line through the middle of every labelled bar
    }
    // Explicit, quiet axis colours: readable labels, grid lines that stay in the background.
    const QColor labels = colors.text();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QFont axisTitleFont = x->titleFont();
    axisTitleFont.setBold(false);
    for (QCategoryAxis *a : {x, y}) { // after addAxis: adding applies the theme's colours
        a->setTitleFont(axisTitleFont);
        a->setLabelsColor(labels);
        a->setGridLineColor(colors.grid());
        a->setLinePenColor(colors.axisLine());
        a->setTitleBrush(labels);
    }
    chart->setTitleBrush(labels);
    chart->legend()->setLabelColor(labels);
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (!b.valid()) {
        // Nothing to draw: an axis over the day before the time the data was read for.
        const qint64 end = data.now.isValid() ? data.now.toMSecsSinceEpoch() : (data.to ? data.to : kDayMs);
        b.add(double(end - kDayMs), 0), b.add(double(end), 1);
    }
    const double yPad = std::max((b.yMax - b.yMin) * 0.06, log ? 0.05 : std::max(std::abs(b.yMax) * 0.002, 1.0));
    double yLo = b.yMin - yPad;
    if (bars || (!log && b.yMin >= 0 && b.yMin - yPad < 0))
        yLo = std::min(b.yMin, yLo < 0 && b.yMin >= 0 ? 0.0 : yLo);
    if (kind == ChartKind::Velocity && !log && b.yMin >= 0)
        yLo = 0; // a rate reads against zero: half the height is half the rate

    const double xPad = std::max((b.xMax - b.xMin) * 0.01, 60000.0);
    x->setRange(b.xMin - xPad, b.xMax + xPad);
    y->setRange(yLo, b.yMax + yPad);
    if (log) {
        // Minor ticks of a log scale (2…9 × 10ⁿ): faint unlabelled lines between the decades,
        // far wider than the data so a zoom or pan never shows their ends.
        const double wide = (b.xMax - b.xMin + 2 * xPad) * 50;
        QColor faint = colors.grid();
        faint.setAlphaF(faint.alphaF() * 0.55);
        const QList<double> minor = ChartAxes::minorLogTicks(yLo, b.yMax + yPad);
        for (const double m : minor) {
            QLineSeries *l = addLine(chart, QStringLiteral("log-minor"), QPen(faint, 1));
            l->append({QPointF(b.xMin - wide, m), QPointF(b.xMax + wide, m)});
            hideFromLegend(chart, l);
            l->attachAxis(x);
            l->attachAxis(y);
        }
    }
    relabel(chart, style);
    chart->legend()->setVisible(keys > 1 || partialLegend > 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return hover;
}

void ChartBuilder::relabel(QChart *chart, const ChartStyle &style)
{
    // As many ticks as the plot has room for: a value label every ~55 px (more for a larger
    // font), a date every ~65 px, then fewer dates while the labels, measured in the axis' font,
    // would touch.
    const QRectF plot = chart->plotArea();
    for (QAbstractAxis *a : chart->axes()) {
        auto *axis = qobject_cast<QCategoryAxis *>(a);
        if (!axis)
            continue;
        const bool isX = axis->objectName() == QLatin1String("x");
        const QFontMetricsF fm(axis->labelsFont());
        const double spacing = isX ? 65 : std::max(55.0, fm.lineSpacing() * 2.5);
        int wanted = wantedTicks(axis, isX ? plot.width() : plot.height(), spacing, isX ? 7 : 5);
        if (!isX) {
            // At least two labels where they fit: one label does not say what a pixel is worth
            // (a 250 px high export read only "10B").
            const auto ticksFor = [&](int n) {
                return ChartAxes::valueTicks(axis->min(), axis->max(), style.logScale, style.locale, n, axis->property("percent").toBool());
            };
            QList<ChartAxes::Tick> ticks = ticksFor(wanted);
            for (int more = wanted + 1; ticks.size() < 2 && more <= wanted + 4; ++more) {
                const QList<ChartAxes::Tick> denser = ticksFor(more);
                const double px =
                    denser.size() < 2 ? 0 : (denser.at(1).first - denser.at(0).first) / (axis->max() - axis->min()) * plot.height();
                if (px >= fm.lineSpacing() * 1.5)
                    ticks = denser;
            }
            ChartAxes::apply(axis, ticks);
            continue;
        }
        for (;; --wanted) {
            const QList<ChartAxes::Tick> ticks = timeAxisTicks(axis, style, wanted);
            QList<double> centres, widths;
            for (const ChartAxes::Tick &t : ticks) {
                centres.append(plot.left() + (t.first - axis->min()) / (axis->max() - axis->min()) * plot.width());
                widths.append(fm.horizontalAdvance(t.second));
            }
            if (wanted <= 1 || !(plot.width() > 0) || ChartAxes::labelsFit(centres, widths, std::max(12.0, fm.averageCharWidth() * 1.5))) {
                axis->setProperty("wantedTicks", wanted);
                ChartAxes::apply(axis, ticks);
                break;
            }
        }
    }
    ChartLabelPlacer::placeMilestoneLabels(chart);
    ChartLabelPlacer::placeSlotLabels(chart);
}

} // namespace hubwatch
