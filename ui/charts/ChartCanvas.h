#pragma once

#include "ChartBuilder.h"
#include "ChartCrosshair.h"

#include <QChartView>

namespace hubwatch {

// The chart surface: rubber-band zoom (drag), wheel zoom around the cursor, pan (middle button,
// or Shift+drag), and a crosshair with a value box on the point nearest the pointer (the series,
// the exact figure, the time with its zone) that stays while the pointer rests. With the focus,
// Left/Right step through the points of a series, Up/Down move to the next series, Home/End
// jump to its first/last point, Escape hides the box.
class ChartCanvas : public QChartView
{
    Q_OBJECT
public:
    explicit ChartCanvas(QWidget *parent = nullptr);
    void setHoverPoints(const QList<HoverPoint> &points);
    // The text the value box shows for the pointer at pos (viewport coordinates); empty when pos
    // is outside the plot area or the chart has no points.
    QString hoverTextAt(const QPoint &pos) const;
    // The value box, in the chart's scene: visible while it explains a point.
    const ChartCrosshair *valueBox() const { return m_crosshair; }

Q_SIGNALS:
    void viewChanged(); // zoomed or panned

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int nearestAt(const QPoint &pos) const; // index into m_hover, -1 for none
    void select(int index);                 // shows the box on m_hover[index]; -1 hides it
    void step(int key);
    void applyPalette();

    QList<HoverPoint> m_hover;
    ChartCrosshair *m_crosshair = nullptr; // owned by the scene
    int m_current = -1;
    bool m_byKeyboard = false; // the box was placed by the arrow keys: it stays when the pointer leaves
    bool m_panning = false;
    QPointF m_lastPan;
};

} // namespace hubwatch
