#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QList>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
QT_END_NAMESPACE

namespace hubwatch {

// Axis ticks a reader can use: round counts labelled with CompactNumber ("1.5M"), powers of ten
// on a log scale, and calendar-aligned UTC dates on the time axis (QDateTimeAxis would print
// local time). Applied to QCategoryAxis so the labels are ours; re-applied after every zoom.
class ChartAxes
{
    Q_DECLARE_TR_FUNCTIONS(ChartAxes)
public:
    using Tick = QPair<double, QString>;

    // Plotted y for a value: identity, or log10 on a log scale (values below 1 sit at 1).
    static double toPlot(double value, bool log);
    static double fromPlot(double plotted, bool log);

    // How many ticks fit along an axis of this many pixels, a label every `spacing` pixels.
    static int ticksFor(double pixels, double spacing, int fallback);

    // wanted: about how many ticks (from the axis' length). percent: labels read "20%". On a log
    // scale every decade is labelled (every second one only when more than 2.5 × wanted would
    // crowd the axis), and 2 and 5 times a decade too when the range spans two decades or less.
    static QList<Tick> valueTicks(double min, double max, bool log, const QLocale &locale, int wanted = 5, bool percent = false);
    static QList<Tick> timeTicks(qint64 min, qint64 max, const QLocale &locale, int wanted = 7);
    // Durations since a launch (ms): "day 0", "day 30", …
    static QList<Tick> dayTicks(qint64 min, qint64 max, const QLocale &locale, int wanted = 6);
    // Calendar periods (start, end in ms UTC) labelled at their middle: months by the month
    // ("Sep 2026"), days and weeks by their first day ("Sep 14"); every k-th one when more than
    // `wanted` are in [min, max].
    static QList<Tick> periodTicks(const QList<QPair<qint64, qint64>> &periods, bool months, qint64 min, qint64 max, const QLocale &locale,
                                   int wanted);

    // A log scale's minor ticks, plotted: log10 of 2…9 × 10ⁿ within [min, max] (unlabelled).
    static QList<double> minorLogTicks(double min, double max);

    // Whether labels centred on these pixel positions, of these widths, leave at least `gap`
    // pixels between neighbours (positions ascending).
    static bool labelsFit(const QList<double> &centres, const QList<double> &widths, double gap);

    // Replaces the axis' categories by ticks (labels on the values), keeping its range.
    static void apply(QCategoryAxis *axis, const QList<Tick> &ticks);

    // "2026-03-02 14:00 UTC"
    static QString utcText(qint64 ms);
};

} // namespace hubwatch
