#pragma once

#include <QRectF>
#include <QString>

class QChart;
class QScatterSeries;

namespace hubwatch {

// Places the chart's own labels once the plot area is known (ChartBuilder::relabel): the
// milestone labels and the notes in empty partial periods. They are point labels of one-point
// scatter series, tagged by ChartBuilder with properties ("labelText", "slotText", …); this moves
// each to a free place inside the plot, or hides it when there is none.
class ChartLabelPlacer
{
public:
    static void placeMilestoneLabels(QChart *chart);
    static void placeSlotLabels(QChart *chart);
    // Where Qt Charts draws a point's label, for a point at `at` (plot coordinates).
    static QRectF pointLabelRect(QScatterSeries *tag, const QPointF &at, const QString &text);
};

} // namespace hubwatch
