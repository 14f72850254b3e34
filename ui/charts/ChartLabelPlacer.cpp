#include "ChartLabelPlacer.h"

#include "ChartText.h"

#include <QChart>
#include <QFontMetricsF>
#include <QScatterSeries>

namespace hubwatch {

// Where Qt Charts draws a scatter point's label (QXYSeriesPrivate::drawSeriesPointLabels):
// centred on the point, its baseline markerSize / 2 + pen width + 2 px above it.
QRectF ChartLabelPlacer::pointLabelRect(QScatterSeries *tag, const QPointF &at, const QString &text)
{
    const QFontMetricsF fm(tag->pointLabelsFont());
    const double baseline = at.y() - (tag->markerSize() / 2 + tag->pen().widthF() + 2);
    const double w = fm.horizontalAdvance(text);
    return QRectF(at.x() - w / 2, baseline - fm.ascent(), w, fm.ascent() + fm.descent());
}

// Puts every milestone label inside the plot, clear of the others: on its preferred side above
// its line, else below it, else further along the line; a label with no free place is hidden
// (its line stays). Labels of the first series are placed first.
void ChartLabelPlacer::placeMilestoneLabels(QChart *chart)
{
    const QRectF plot = chart->plotArea().adjusted(2, 2, -2, -2);
    QList<QRectF> taken;
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        auto *tag = qobject_cast<QScatterSeries *>(s);
        if (!tag || !tag->property("labelText").isValid() || tag->count() != 1 || !plot.isValid())
            continue;
        const QString text = tag->property("labelText").toString();
        const double rung = tag->property("rungY").toDouble();
        const double lineY = chart->mapToPosition(QPointF(0, rung), tag).y();
        const QRectF above = pointLabelRect(tag, QPointF(0, lineY), text);
        const double w = above.width(), gap = QFontMetricsF(tag->pointLabelsFont()).averageCharWidth();
        // The point for a label centred at cx whose rect sits above (or below) the line.
        const double belowShift = lineY + 3 - above.top();
        QList<double> xs;
        const bool left = tag->property("labelLeft").toBool();
        for (double cx = plot.left() + w / 2; cx <= plot.right() - w / 2 + 0.01; cx += w + gap)
            xs.append(cx);
        if (left)
            xs.prepend(plot.left() + w / 2);
        else
            xs.prepend(plot.right() - w / 2);
        bool placed = false;
        for (const double cx : std::as_const(xs)) {
            for (const double dy : {0.0, belowShift}) {
                const QPointF at(cx, lineY + dy);
                const QRectF r = pointLabelRect(tag, at, text);
                bool free = plot.contains(r);
                for (const QRectF &t : std::as_const(taken))
                    free = free && !t.adjusted(-gap / 2, -1, gap / 2, 1).intersects(r);
                if (!free)
                    continue;
                const QPointF value = chart->mapToValue(at, tag);
                tag->replace(0, value.x(), dy == 0 ? rung : value.y());
                taken.append(r);
                placed = true;
                break;
            }
            if (placed)
                break;
        }
        tag->setPointLabelsVisible(placed);
    }
}

// The note in an empty partial period's slot: shown only where it fits in the slot and the plot.
void ChartLabelPlacer::placeSlotLabels(QChart *chart)
{
    const QRectF plot = chart->plotArea().adjusted(2, 2, -2, -2);
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        auto *tag = qobject_cast<QScatterSeries *>(s);
        if (!tag || !tag->property("slotText").isValid() || tag->count() != 1 || !plot.isValid())
            continue;
        const QPointF slot = tag->property("slot").toPointF();
        const double left = chart->mapToPosition(QPointF(slot.x(), 0), tag).x();
        const double right = chart->mapToPosition(QPointF(slot.y(), 0), tag).x();
        // Just above the axis (a point on the axis' minimum is not drawn, nor its label).
        const QPointF at((left + right) / 2, plot.bottom() - 4);
        tag->replace(0, chart->mapToValue(at, tag));
        // The whole note where it fits, else just "partial" (a week's slot on a slide is narrow).
        bool shown = false;
        for (const QString &text : {tag->property("slotText").toString(), tag->property("slotShortText").toString()}) {
            const QRectF r = pointLabelRect(tag, at, text);
            if (plot.contains(r) && r.left() >= left && r.right() <= right) {
                ChartText::setPointLabel(tag, text);
                shown = true;
                break;
            }
        }
        tag->setPointLabelsVisible(shown);
    }
}

} // namespace hubwatch
