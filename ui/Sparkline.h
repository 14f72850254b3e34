#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

namespace hubwatch {

// A tiny line of the headline's recent history for the dashboard card: shape at a glance, no
// axes. Points are (time, value); a gap (NaN value) breaks the line instead of dropping to zero.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setPoints(const QList<QPointF> &points);
    int pointCount() const { return int(m_points.size()); }
    QSize sizeHint() const override { return {320, 56}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointF> m_points;
};

} // namespace hubwatch
