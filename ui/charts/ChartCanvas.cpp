#include "ChartCanvas.h"

#include <QKeyEvent>
#include <QMap>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hubwatch {

ChartCanvas::ChartCanvas(QWidget *parent) : QChartView(parent), m_crosshair(new ChartCrosshair)
{
    setRubberBand(QChartView::RectangleRubberBand);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus); // the arrow keys step through the points
    scene()->addItem(m_crosshair);
    applyPalette();
    // Zoom, pan, a resize or new axis labels move the plot: the box follows its point.
    connect(chart(), &QChart::plotAreaChanged, this, [this] { select(m_current); });
    connect(this, &ChartCanvas::viewChanged, this, [this] { select(m_current); });
}

void ChartCanvas::setHoverPoints(const QList<HoverPoint> &points)
{
    m_hover = points;
    select(-1); // the points it explained are gone
}

int ChartCanvas::nearestAt(const QPoint &pos) const
{
    if (chart()->series().isEmpty())
        return -1;
    const QRectF plot = chart()->plotArea();
    const QPointF at = chart()->mapFromScene(mapToScene(pos));
    if (!plot.adjusted(-6, -6, 6, 6).contains(at))
        return -1;
    // The crosshair follows the pointer along the time axis: the nearest point in x wins, and
    // of the points at about that x (several series, a marker on a point) the nearest in y.
    double best = std::numeric_limits<double>::max();
    int found = -1;
    const QRectF visible = plot.adjusted(-1, -1, 1, 1);
    for (int i = 0; i < m_hover.size(); ++i) {
        const QPointF p = chart()->mapToPosition(m_hover.at(i).at);
        if (!visible.contains(p))
            continue; // zoomed out of view
        const double dx = p.x() - at.x(), dy = (p.y() - at.y()) / 4;
        const double d = dx * dx + dy * dy;
        if (d < best) {
            best = d;
            found = i;
        }
    }
    return found;
}

QString ChartCanvas::hoverTextAt(const QPoint &pos) const
{
    const int i = nearestAt(pos);
    return i < 0 ? QString() : m_hover.at(i).text;
}

void ChartCanvas::select(int index)
{
    if (index < 0 || index >= m_hover.size()) {
        m_current = -1;
        m_crosshair->hide();
        return;
    }
    const HoverPoint &h = m_hover.at(index);
    const QRectF plot = chart()->plotArea();
    const QPointF p = chart()->mapToPosition(h.at);
    if (!plot.adjusted(-1, -1, 1, 1).contains(p)) { // zoomed or panned out of view
        m_current = -1;
        m_crosshair->hide();
        return;
    }
    m_current = index;
    m_crosshair->showAt(chart()->mapToScene(p), chart()->mapRectToScene(plot), h.text, h.color);
}

void ChartCanvas::step(int key)
{
    // The data points in view, per series, in time order.
    const QRectF visible = chart()->plotArea().adjusted(-1, -1, 1, 1);
    QMap<int, QList<int>> bySeries;
    for (int i = 0; i < m_hover.size(); ++i)
        if (m_hover.at(i).series >= 0 && visible.contains(chart()->mapToPosition(m_hover.at(i).at)))
            bySeries[m_hover.at(i).series].append(i);
    if (bySeries.isEmpty())
        return;
    for (QList<int> &points : bySeries)
        std::stable_sort(points.begin(), points.end(), [this](int a, int b) { return m_hover.at(a).at.x() < m_hover.at(b).at.x(); });
    const int current = m_current >= 0 ? m_hover.at(m_current).series : -1;
    if (!bySeries.contains(current)) { // nothing chosen yet (or a marker): start at the latest point
        const QList<int> &first = bySeries.first();
        select(key == Qt::Key_Home ? first.first() : first.last());
        return;
    }
    const QList<int> &points = bySeries.value(current);
    const int at = int(points.indexOf(m_current));
    switch (key) {
    case Qt::Key_Left: select(points.at(std::max(0, at - 1))); break;
    case Qt::Key_Right: select(points.at(std::min(int(points.size()) - 1, at + 1))); break;
    case Qt::Key_Home: select(points.first()); break;
    case Qt::Key_End: select(points.last()); break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const QList<int> keys = bySeries.keys();
        const int k = int(keys.indexOf(current));
        const int next = keys.at((k + (key == Qt::Key_Down ? 1 : int(keys.size()) - 1)) % keys.size());
        // The other series' point nearest in time.
        const double x = m_hover.at(m_current).at.x();
        const QList<int> &other = bySeries.value(next);
        const auto nearest = std::min_element(other.begin(), other.end(), [this, x](int a, int b) {
            return std::abs(m_hover.at(a).at.x() - x) < std::abs(m_hover.at(b).at.x() - x);
        });
        select(*nearest);
        break;
    }
    default: break;
    }
}

void ChartCanvas::applyPalette()
{
    const QPalette p = palette();
    // Around the chart (while it is laid out): the chart's own background, the window's Base.
    setBackgroundBrush(p.color(QPalette::Base));
    QColor background = p.color(QPalette::ToolTipBase);
    background.setAlpha(240);
    m_crosshair->setColors(background, p.color(QPalette::ToolTipText), p.color(QPalette::PlaceholderText));
    m_crosshair->setFont(font());
}

void ChartCanvas::wheelEvent(QWheelEvent *event)
{
    const QRectF plot = chart()->plotArea();
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (!plot.contains(at) || event->angleDelta().y() == 0)
        return QChartView::wheelEvent(event);
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    const QRectF zoomed(at.x() - (at.x() - plot.left()) / factor, at.y() - (at.y() - plot.top()) / factor, plot.width() / factor,
                        plot.height() / factor);
    chart()->zoomIn(zoomed);
    event->accept();
    Q_EMIT viewChanged();
}

void ChartCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier))) {
        m_panning = true;
        m_lastPan = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPointF d = event->position() - m_lastPan;
        m_lastPan = event->position();
        chart()->scroll(-d.x(), d.y());
        Q_EMIT viewChanged();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
    // While a button is down (a rubber band) the box would hide what is being chosen.
    m_byKeyboard = false;
    select(event->buttons() == Qt::NoButton ? nearestAt(event->position().toPoint()) : -1);
}

void ChartCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
    Q_EMIT viewChanged(); // a rubber band (or a right-click zoom out) may have changed the range
}

void ChartCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        m_byKeyboard = true;
        step(event->key());
        event->accept();
        return;
    case Qt::Key_Escape:
        if (m_current >= 0) {
            select(-1);
            event->accept();
            return;
        }
        break;
    default: break;
    }
    QChartView::keyPressEvent(event);
}

void ChartCanvas::leaveEvent(QEvent *event)
{
    // The pointer left: its box goes, unless the keyboard chose the point.
    if (!m_byKeyboard)
        select(-1);
    QChartView::leaveEvent(event);
}

void ChartCanvas::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    select(m_current);
}

void ChartCanvas::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
        select(m_current);
    }
}

} // namespace hubwatch
