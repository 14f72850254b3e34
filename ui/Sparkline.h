#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

namespace hubwatch {

// A small line of the headline's recent history for the dashboard card: shape at a glance.
// Points are (time in ms since epoch, value); a gap (NaN value) breaks the line instead of
// dropping to zero. The card labels its range; hovering shows the nearest point's date and
// value, painted in the widget, so it stays while the pointer rests (a tool tip would vanish).
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    struct Range
    {
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
        bool valid = false; // two points or more, at least one value
    };

    explicit Sparkline(QWidget *parent = nullptr);
    void setPoints(const QList<QPointF> &points);
    int pointCount() const { return int(m_points.size()); }
    Range range() const { return m_range; }
    // What the hover box says ("Dec 6, 2026 12:00 UTC\n11.5B"); empty when not hovering.
    QString hoverText() const;
    QSize sizeHint() const override { return {240, 80}; }
    QSize minimumSizeHint() const override { return {80, 48}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF plotArea() const;
    QPointF map(const QPointF &p) const;
    void paintHover(QPainter &painter);

    QList<QPointF> m_points;
    Range m_range;
    int m_hover = -1; // index into m_points
};

} // namespace hubwatch
