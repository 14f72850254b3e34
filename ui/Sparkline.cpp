#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace hubwatch {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(40);
    setAccessibleName(tr("Recent history of the tracked total"));
}

void Sparkline::setPoints(const QList<QPointF> &points)
{
    m_points = points;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_points.size() < 2)
        return;
    double minX = m_points.first().x(), maxX = m_points.last().x();
    double minY = 0, maxY = 0;
    bool first = true;
    for (const QPointF &p : std::as_const(m_points)) {
        if (std::isnan(p.y()))
            continue;
        minY = first ? p.y() : qMin(minY, p.y());
        maxY = first ? p.y() : qMax(maxY, p.y());
        first = false;
    }
    if (first || maxX <= minX)
        return;
    if (maxY <= minY)
        maxY = minY + 1; // a flat line sits in the middle
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const auto map = [&](const QPointF &p) {
        return QPointF(area.left() + (p.x() - minX) / (maxX - minX) * area.width(),
                       area.bottom() - (p.y() - minY) / (maxY - minY) * area.height());
    };
    QPainterPath path;
    bool pen = false;
    for (const QPointF &p : std::as_const(m_points)) {
        if (std::isnan(p.y())) {
            pen = false;
            continue;
        }
        pen ? path.lineTo(map(p)) : path.moveTo(map(p));
        pen = true;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
    painter.drawPath(path);
}

} // namespace hubwatch
