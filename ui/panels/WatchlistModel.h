#pragma once

#include "monitor/PollScope.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace hubwatch {

class HistoryStore;

// The watchlist as a table: one row per WatchItem with its latest stored figures. The figures
// are computed on the store thread (WatchlistModel::compute) and handed in with setFigures();
// the model itself never touches the store. Repo names are network data: shown as plain text.
class WatchlistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, AllTimeColumn, Downloads30dColumn, PerDayColumn, ColumnCount };
    // Raw values for sorting: qint64 counts, double per day; invalid QVariant when unknown.
    static constexpr int SortRole = Qt::UserRole + 1;

    // The stored figures of one watch item; -1 / perDayKnown false when unknown. An author's
    // figures are the sums over its stored repos (models and datasets).
    struct Figures
    {
        qint64 allTime = -1;
        qint64 downloads30d = -1;
        double perDay = 0;
        bool perDayKnown = false;
        int repos = 0;        // repos summed (1 for a single repo that is stored)
        QDateTime asOf;       // the latest poll the figures come from
    };
    struct FigureSet
    {
        QHash<QString, Figures> byItem; // keyed by WatchItem::toString()
        QString error;                  // empty when the store answered
    };

    explicit WatchlistModel(QObject *parent = nullptr);

    // Runs on the store thread. Growth per day: the all-time delta between the newest snapshot
    // and the one a day before it (unknown with less than a day of history); for an author, the
    // sum over its repos present in both snapshots.
    static FigureSet compute(HistoryStore &store, const QList<WatchItem> &items, const QDateTime &now);

    void setItems(const QList<WatchItem> &items);
    QList<WatchItem> items() const { return m_items; }
    bool contains(const WatchItem &item) const { return m_items.contains(item); }
    void addItem(const WatchItem &item);   // no-op for a duplicate
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

Q_DECLARE_METATYPE(hubwatch::WatchlistModel::FigureSet)
