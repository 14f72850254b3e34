#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QStringList>

namespace hubwatch {

// The chart's answer to "what is this point?": a crosshair through the point across the plot
// area, a dot on it, and a box with its text (the series as people say it, the exact figure,
// the time with its zone). An item in the chart's scene, not a tool tip: QGraphicsView's own
// tool-tip handling hid a tool tip about a second after the pointer came to rest. The text is
// painted as plain text, so a name from the Hub is never read as markup.
class ChartCrosshair : public QGraphicsItem
{
public:
    ChartCrosshair();

    // Shows the crosshair at `point` (scene coordinates) within `plot`, the box holding `text`.
    void showAt(const QPointF &point, const QRectF &plot, const QString &text, const QColor &accent);
    QString text() const { return m_lines.join(QLatin1Char('\n')); }
    QPointF point() const { return m_point; }
    QRectF boxRect() const { return m_box; } // scene coordinates

    void setColors(const QColor &background, const QColor &foreground, const QColor &lines);
    void setFont(const QFont &font);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void layoutBox();
    QFont boldFont() const;

    QPointF m_point;
    QRectF m_plot;
    QRectF m_box;
    QStringList m_lines;
    QColor m_accent, m_background, m_foreground, m_lineColor;
    QFont m_font;
};

} // namespace hubwatch
