#include "Sparkline.h"

#include "analysis/CompactNumber.h"

#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace hubwatch {

namespace {
constexpr qreal kPad = 4;
}

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(48);
    setMouseTracking(true);
    setAccessibleName(tr("Recent history of the tracked total"));
}

void Sparkline::setPoints(const QList<QPointF> &points)
{
    m_points = points;
    m_hover = -1;
    m_range = Range();
    bool first = true;
    for (const QPointF &p : std::as_const(m_points)) {
        if (std::isnan(p.y()))
            continue;
        m_range.minY = first ? p.y() : qMin(m_range.minY, p.y());
        m_range.maxY = first ? p.y() : qMax(m_range.maxY, p.y());
        first = false;
    }
    if (m_points.size() >= 2 && !first) {
        m_range.minX = m_points.first().x();
        m_range.maxX = m_points.last().x();
        m_range.valid = m_range.maxX > m_range.minX;
    }
    update();
}

QRectF Sparkline::plotArea() const
{
    return QRectF(rect()).adjusted(kPad, kPad, -kPad, -kPad);
}

QPointF Sparkline::map(const QPointF &p) const
{
    const QRectF area = plotArea();
    const double spanY = m_range.maxY > m_range.minY ? m_range.maxY - m_range.minY : 0;
    const double y = spanY > 0 ? (p.y() - m_range.minY) / spanY : 0.5; // a flat line sits in the middle
    return QPointF(area.left() + (p.x() - m_range.minX) / (m_range.maxX - m_range.minX) * area.width(), area.bottom() - y * area.height());
}

QString Sparkline::hoverText() const
{
    if (m_hover < 0 || m_hover >= m_points.size())
        return QString();
    const QPointF p = m_points.at(m_hover);
    const QLocale locale;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC);
    return tr("%1 UTC\n%2").arg(locale.toString(t, QLocale::ShortFormat), CompactNumber::format(qint64(p.y()), locale));
}

void Sparkline::mouseMoveEvent(QMouseEvent *event)
{
    int best = -1;
    if (m_range.valid) {
        double bestDistance = 0;
        for (int i = 0; i < m_points.size(); ++i) {
            if (std::isnan(m_points.at(i).y()))
                continue;
            const double d = std::abs(map(m_points.at(i)).x() - event->position().x());
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
    }
    if (best != m_hover) {
        m_hover = best;
        update();
    }
}

void Sparkline::leaveEvent(QEvent *)
{
    m_hover = -1;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (!m_range.valid)
        return;
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
    paintHover(painter);
}

void Sparkline::paintHover(QPainter &painter)
{
    const QString text = hoverText();
    if (text.isEmpty())
        return;
    const QPointF at = map(m_points.at(m_hover));
    const QPalette &pal = palette();
    painter.setPen(QPen(pal.color(QPalette::PlaceholderText), 1, Qt::DashLine));
    painter.drawLine(QPointF(at.x(), plotArea().top()), QPointF(at.x(), plotArea().bottom()));
    painter.setPen(QPen(pal.color(QPalette::Base), 1.5));
    painter.setBrush(pal.color(QPalette::Highlight));
    painter.drawEllipse(at, 4, 4);
    // The box beside the point, flipped to stay inside the widget.
    const QRectF textRect = painter.fontMetrics().boundingRect(QRect(0, 0, 1000, 1000), Qt::AlignLeft, text);
    QRectF box(QPointF(), textRect.size() + QSizeF(8, 4));
    box.moveTopLeft(QPointF(at.x() + 8, kPad));
    if (box.right() > width())
        box.moveRight(at.x() - 8);
    box.moveLeft(qMax<qreal>(0, box.left()));
    painter.setPen(pal.color(QPalette::ToolTipText));
    painter.setBrush(pal.color(QPalette::ToolTipBase));
    painter.drawRoundedRect(box, 3, 3);
    painter.drawText(box.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop, text); // plain text
}

} // namespace hubwatch
