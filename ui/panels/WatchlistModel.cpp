#include "WatchlistModel.h"

#include "analysis/CompactNumber.h"

#include <QLocale>

namespace hubwatch {

WatchlistModel::WatchlistModel(QObject *parent) : QAbstractTableModel(parent)
{}

void WatchlistModel::setItems(const QList<WatchItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void WatchlistModel::addItem(const WatchItem &item)
{
    if (m_items.contains(item))
        return;
    const int row = int(m_items.size());
    beginInsertRows(QModelIndex(), row, row);
    m_items.append(item);
    endInsertRows();
}

void WatchlistModel::removeItemAt(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void WatchlistModel::setFigures(const FigureSet &figures)
{
    m_figures = figures;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, AllTimeColumn), index(int(m_items.size()) - 1, PerDayColumn));
}

QString WatchlistModel::seriesKey(int row) const
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).type == WatchItem::Type::Author)
        return QString();
    return m_items.at(row).toString();
}

int WatchlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WatchlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchlistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const WatchItem &item = m_items.at(index.row());
    const auto found = m_figures.byItem.constFind(item.toString());
    const Figures f = found == m_figures.byItem.cend() ? Figures() : *found;
    const QLocale locale;
    const QString unknown = QStringLiteral("\u2014");
    const int column = index.column();

    if (role == Qt::TextAlignmentRole)
        return column == ItemColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);

    if (role == Qt::DisplayRole) {
        switch (column) {
        case ItemColumn: return item.toString();
        case AllTimeColumn: return f.allTime < 0 ? unknown : CompactNumber::format(f.allTime, locale);
        case Downloads30dColumn: return f.downloads30d < 0 ? unknown : CompactNumber::format(f.downloads30d, locale);
        case PerDayColumn: return f.perDayKnown ? tr("+%1").arg(CompactNumber::format(qRound64(f.perDay), locale)) : unknown;
        }
    } else if (role == SortRole) {
        switch (column) {
        case ItemColumn: return item.toString();
        // Unknown sorts below every known figure.
        case AllTimeColumn: return f.allTime;
        case Downloads30dColumn: return f.downloads30d;
        case PerDayColumn: return f.perDayKnown ? f.perDay : -1.0;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case ItemColumn:
            if (item.type == WatchItem::Type::Author)
                return f.repos > 0 ? tr("Every stored repo of %1: %n repos, summed", nullptr, f.repos).arg(item.name)
                                   : tr("No stored repo of %1 yet: it appears after the next poll").arg(item.name);
            return f.repos > 0 ? tr("%1 (double-click to open its chart)").arg(item.toString())
                               : tr("%1 has no stored figures yet: it appears after the next poll").arg(item.toString());
        case AllTimeColumn: return f.allTime < 0 ? tr("Not known yet") : tr("%1 downloads, all time").arg(locale.toString(f.allTime));
        case Downloads30dColumn:
            return f.downloads30d < 0 ? tr("Not known yet") : tr("%1 downloads in the last 30 days").arg(locale.toString(f.downloads30d));
        case PerDayColumn:
            return f.perDayKnown ? tr("%1 downloads per day, over the last day of history").arg(locale.toString(qRound64(f.perDay)))
                                 : tr("Needs a day of history");
        }
    }
    return {};
}

QVariant WatchlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == ItemColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Watched");
    case AllTimeColumn: return tr("All time");
    case Downloads30dColumn: return tr("30 days");
    case PerDayColumn: return tr("Per day");
    }
    return {};
}

} // namespace hubwatch
