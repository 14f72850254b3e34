#pragma once

#include <QList>
#include <QObject>

class QTableView;
class QTimer;

namespace hubwatch {

// Column widths for a table whose texts differ a lot in length (repo ids, licence names): each
// column as wide as its content while all fit, the spare room to one stretch column; when they
// do not fit, the widest columns shrink to a common width (their cells elide, tooltips keep the
// whole text) before a horizontal scroll bar is needed; the stretch column (the one that names
// the row) keeps up to a third of the width first, and dispensable columns (what another column
// or a filter already says) are hidden. Refits when the view is resized or its rows change.
class ColumnFit : public QObject
{
    Q_OBJECT
public:
    ColumnFit(QTableView *view, int stretchColumn);
    void refit();
    void setDispensable(const QList<int> &columns) { m_dispensable = columns; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    int m_stretch;
    QList<int> m_dispensable;
    QTimer *m_pending;
};

} // namespace hubwatch
