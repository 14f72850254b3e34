#pragma once

#include "monitor/PollScope.h"
#include "report/WatchlistFigures.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace hubwatch {

// The watchlist as a table: one row per WatchItem with its latest stored figures. The figures
// are computed in the core (ReportService::watchlistFigures) and handed in with setFigures();
// the model itself never touches the store. Repo names are network data: shown as plain text.
class WatchlistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, AllTimeColumn, Downloads30dColumn, PerDayColumn, ColumnCount };
    // Raw values for sorting: qint64 counts, double per day; invalid QVariant when unknown.
    static constexpr int SortRole = Qt::UserRole + 1;

    using Figures = WatchlistFigures::Figures;
    using FigureSet = WatchlistFigures;

    explicit WatchlistModel(QObject *parent = nullptr);

    void setItems(const QList<WatchItem> &items);
    QList<WatchItem> items() const { return m_items; }
    bool contains(const WatchItem &item) const { return m_items.contains(item); }
    void addItem(const WatchItem &item); // no-op for a duplicate
    void removeItemAt(int row);
    WatchItem itemAt(int row) const { return m_items.value(row); }
    void setFigures(const FigureSet &figures);
    Figures figures(const WatchItem &item) const { return m_figures.byItem.value(item.toString()); }
    // "model:org/name" / "dataset:org/name" for a repo row; empty for an author row (not a series).
    QString seriesKey(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WatchItem> m_items;
    FigureSet m_figures;
};

} // namespace hubwatch
