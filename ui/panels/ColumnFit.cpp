#include "ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace hubwatch {

namespace {
constexpr int kMinChars = 8; // below this a shrunk column says too little to be worth showing
} // namespace

ColumnFit::ColumnFit(QTableView *view, int stretchColumn)
    : QObject(view)
    , m_view(view)
    , m_stretch(stretchColumn)
    , m_pending(new QTimer(this))
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Coalesced: a model filled row by row asks once, after the last row.
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &ColumnFit::refit);
    auto later = [this] { m_pending->start(); };
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    view->viewport()->installEventFilter(this);
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_pending->start();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::refit()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int n = header->count();
    if (n == 0)
        return;
    QList<int> content(n, 0);
    for (int c = 0; c < n; ++c) {
        if (m_dispensable.contains(c))
            m_view->setColumnHidden(c, false);
        m_view->resizeColumnToContents(c); // the widest of the header and the cells in reach
        content[c] = header->sectionSize(c);
    }
    int available = m_view->viewport()->width();
    int total = std::accumulate(content.cbegin(), content.cend(), 0);
    if (total > available) {
        for (int c : m_dispensable) {
            m_view->setColumnHidden(c, true);
            total -= content[c];
            content[c] = 0;
        }
    }
    QList<int> width = content;
    const bool hasStretch = m_stretch >= 0 && m_stretch < n;
    if (total <= available) {
        if (hasStretch)
            width[m_stretch] += available - total;
    } else {
        // The column that names the row first, up to a third; then water-filling over the rest:
        // narrow columns keep their width, the others share what is left alike, but no header
        // is cut (it says what the elided cells are).
        const int all = available;
        const int minWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * kMinChars;
        if (hasStretch) {
            width[m_stretch] = std::min(content[m_stretch], available / 3);
            available -= width[m_stretch];
        }
        QList<int> pool, floor(n, 0);
        for (int c = 0; c < n; ++c) {
            if (c == m_stretch || content[c] == 0)
                continue;
            pool.append(c);
            // The header's words, without the room sectionSizeHint keeps for a sort arrow.
            const QString title = m_view->model()->headerData(c, Qt::Horizontal).toString();
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            floor[c] = std::min(content[c], std::max(minWidth, header->fontMetrics().horizontalAdvance(title) + 3 * margin));
        }
        int remaining = available;
        for (bool settled = true; settled && !pool.isEmpty();) {
            settled = false;
            const int cap = remaining / int(pool.size());
            for (int c : QList<int>(pool)) {
                if (content[c] <= cap || floor[c] >= cap) {
                    width[c] = content[c] <= cap ? content[c] : floor[c];
                    remaining -= width[c];
                    pool.removeOne(c);
                    settled = true;
                }
            }
        }
        for (int c : std::as_const(pool))
            width[c] = std::max(floor[c], remaining / int(pool.size()));
        // What the others leave (or need) moves the name column, down to its floor.
        if (hasStretch) {
            int others = 0;
            for (int c = 0; c < n; ++c)
                others += c == m_stretch ? 0 : width[c];
            width[m_stretch] = std::max(std::min(content[m_stretch], minWidth), all - others);
        }
    }
    for (int c = 0; c < n; ++c)
        if (width[c] > 0)
            header->resizeSection(c, width[c]);
}

} // namespace hubwatch
