#pragma once

#include "report/ChartData.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QPalette>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace hubwatch {

struct ChartStyle
{
    QPalette palette;         // the window's: background (Base), text (Text), the series colours' variant
    bool logScale = false;    // log10 value axis
    bool alignLaunch = false; // line charts: x = time since each series' first point ("day 12")
    QLocale locale;
};

// A point the value box can explain, in plotted coordinates (x: ms UTC, y: plotted value).
struct HoverPoint
{
    QPointF at;
    QString text;    // the series as people say it, the exact figure, the time with its zone
    int series = -1; // the data series it belongs to (keyboard steps along it); -1: a marker
    QColor color;    // that series' colour
};

// Turns ChartData into a QChart: one QLineSeries per unbroken stretch (a gap is a break, never a
// line to zero), bars as filled rectangles per calendar period (unknown periods stay empty),
// dashed milestone lines labelled "1B", the projection as a dashed segment to the ETA inside
// its shaded interval, and anomaly markers. Object names let tests and the view find things:
// "line:KEY", "bars:KEY", "milestone-next", "milestone-previous", "projection",
// "projection-band", "anomalies"; the axes are "x" and "y" (QCategoryAxis).
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
public:
    static QList<HoverPoint> build(QChart *chart, const ChartData &data, const ChartStyle &style);

    // The chart's title: what is shown, for whom ("Cumulative downloads · headline").
    static QString title(const ChartData &data);
    // What the series are, for a caption: the headline's scope or the repo names.
    static QString scopeText(const ChartData &data);
    // Re-labels the axes after a zoom or pan (the ticks follow the visible range).
    static void relabel(QChart *chart, const ChartStyle &style);
};

} // namespace hubwatch
