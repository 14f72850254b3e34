#include "ChartCrosshair.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hubwatch {

namespace {
constexpr qreal kPad = 6;     // text inside the box
constexpr qreal kOffset = 12; // the box beside the point, not over it
constexpr qreal kDot = 4;
} // namespace

ChartCrosshair::ChartCrosshair()
{
    setZValue(1000); // above every series
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setVisible(false);
    setColors(QColor(0xff, 0xff, 0xff, 240), QColor(0x21, 0x25, 0x29), QColor(0x86, 0x8e, 0x96));
}

void ChartCrosshair::setColors(const QColor &background, const QColor &foreground, const QColor &lines)
{
    m_background = background;
    m_foreground = foreground;
    m_lineColor = lines;
    update();
}

void ChartCrosshair::setFont(const QFont &font)
{
    prepareGeometryChange();
    m_font = font;
    layoutBox();
}

void ChartCrosshair::showAt(const QPointF &point, const QRectF &plot, const QString &text, const QColor &accent)
{
    prepareGeometryChange();
    m_point = point;
    m_plot = plot;
    m_lines = text.split(QLatin1Char('\n'));
    m_accent = accent;
    layoutBox();
    setVisible(true);
    update();
}

void ChartCrosshair::layoutBox()
{
    const QFontMetricsF fm(m_font), bold(boldFont());
    qreal width = 0;
    for (int i = 0; i < m_lines.size(); ++i)
        width = std::max(width, (i == 0 ? bold : fm).horizontalAdvance(m_lines.at(i)));
    const QSizeF size(width + 2 * kPad, fm.lineSpacing() * m_lines.size() + 2 * kPad);
    // Up and to the right of the point; flipped to stay inside the plot area near its edges.
    QPointF at(m_point.x() + kOffset, m_point.y() - kOffset - size.height());
    if (at.x() + size.width() > m_plot.right())
        at.setX(m_point.x() - kOffset - size.width());
    if (at.y() < m_plot.top())
        at.setY(m_point.y() + kOffset);
    at.setX(std::max(at.x(), m_plot.left()));
    at.setY(std::min(at.y(), m_plot.bottom() - size.height()));
    m_box = QRectF(at, size);
}

QFont ChartCrosshair::boldFont() const
{
    QFont f = m_font;
    f.setBold(true);
    return f;
}

QRectF ChartCrosshair::boundingRect() const
{
    return m_plot.united(m_box).adjusted(-kDot - 1, -kDot - 1, kDot + 1, kDot + 1);
}

void ChartCrosshair::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen dashed(m_lineColor, 1, Qt::DashLine);
    dashed.setCosmetic(true);
    painter->setPen(dashed);
    painter->drawLine(QPointF(m_point.x(), m_plot.top()), QPointF(m_point.x(), m_plot.bottom()));
    painter->drawLine(QPointF(m_plot.left(), m_point.y()), QPointF(m_plot.right(), m_point.y()));
    painter->setPen(QPen(m_background, 1.5));
    painter->setBrush(m_accent);
    painter->drawEllipse(m_point, kDot, kDot);

    painter->setPen(QPen(m_accent.isValid() ? m_accent : m_lineColor, 1));
    painter->setBrush(m_background);
    painter->drawRoundedRect(m_box, 4, 4);
    painter->setPen(m_foreground);
    const QFontMetricsF fm(m_font);
    qreal y = m_box.top() + kPad + fm.ascent();
    for (int i = 0; i < m_lines.size(); ++i) {
        painter->setFont(i == 0 ? boldFont() : m_font);                    // the series' name first
        painter->drawText(QPointF(m_box.left() + kPad, y), m_lines.at(i)); // plain text, never markup
        y += fm.lineSpacing();
    }
    painter->restore();
}

} // namespace hubwatch
