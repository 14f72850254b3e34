#include "WatchlistModel.h"

#include "analysis/CompactNumber.h"
#include "store/HistoryStore.h"

#include <QLocale>

namespace hubwatch {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString keyOf(RepoKind kind, const QString &name)
{
    return kindName(kind) + QLatin1Char(':') + name;
}

// Does the repo "org/name" belong to the author "org"? (Case-insensitive, as the Hub is.)
bool byAuthor(const QString &repoId, const QString &author)
{
    const qsizetype slash = repoId.indexOf(QLatin1Char('/'));
    return slash > 0 && QStringView(repoId).left(slash).compare(author, Qt::CaseInsensitive) == 0;
}

bool matches(const WatchItem &item, RepoKind kind, const QString &name)
{
    switch (item.type) {
    case WatchItem::Type::Model:
        return kind == RepoKind::Model && name == item.name;
    case WatchItem::Type::Dataset:
        return kind == RepoKind::Dataset && name == item.name;
    case WatchItem::Type::Author:
        return byAuthor(name, item.name);
    }
    return false;
}
} // namespace

WatchlistModel::WatchlistModel(QObject *parent) : QAbstractTableModel(parent) {}

WatchlistModel::FigureSet WatchlistModel::compute(HistoryStore &store, const QList<WatchItem> &items,
                                                  const QDateTime &now)
{
    FigureSet out;
    // Nothing watched, nothing to read: the reads below cover every stored repo (two snapshots
    // of a 10,000-repo poll), and at start-up they queued before the dashboard's report (P4).
    if (items.isEmpty())
        return out;
    const auto latest = store.latestValues();
    if (!latest.ok()) {
        out.error = latest.error.message();
        return out;
    }
    const auto current = store.snapshotAt(now);
    const auto earlier = current.ok() && current.value.at.isValid()
        ? store.snapshotAt(current.value.at.addDays(-1))
        : StoreResult<HistoryStore::Snapshot>{};
    if (!current.ok() || !earlier.ok())
        out.error = (current.ok() ? earlier.error : current.error).message();
    const qint64 span = current.ok() && earlier.ok() && earlier.value.at.isValid()
        ? earlier.value.at.msecsTo(current.value.at) : 0;

    for (const WatchItem &item : items) {
        Figures f;
        qint64 allTime = 0, d30 = 0;
        bool anyAllTime = false, anyD30 = false;
        for (const LatestValue &v : latest.value) {
            if (!matches(item, v.kind, v.name))
                continue;
            ++f.repos;
            if (v.allTime >= 0) {
                allTime += v.allTime;
                anyAllTime = true;
            }
            if (v.downloads30d >= 0) {
                d30 += v.downloads30d;
                anyD30 = true;
            }
            if (!f.asOf.isValid() || v.lastSeen > f.asOf)
                f.asOf = v.lastSeen;
        }
        f.allTime = anyAllTime ? allTime : -1;
        f.downloads30d = anyD30 ? d30 : -1;

        // An hour at least: extrapolating minutes to a day turns noise into a figure.
        if (span >= 3600 * 1000) {
            qint64 delta = 0;
            int used = 0;
            const auto &nowRepos = current.value.repos;
            const auto &before = earlier.value.repos;
            auto addDelta = [&](const RepoStats &r) {
                const auto prior = before.constFind(r.key());
                if (prior == before.cend() || r.downloadsAllTime < 0 || prior->downloadsAllTime < 0
                    || r.downloadsAllTime < prior->downloadsAllTime)
                    return; // new, unknown, or an upstream correction
                delta += r.downloadsAllTime - prior->downloadsAllTime;
                ++used;
            };
            if (item.type == WatchItem::Type::Author) {
                for (const RepoStats &r : nowRepos)
                    if (byAuthor(r.id, item.name))
                        addDelta(r);
            } else {
                const auto it = nowRepos.constFind(keyOf(item.type == WatchItem::Type::Model ? RepoKind::Model : RepoKind::Dataset,
                                                    item.name));
                if (it != nowRepos.cend())
                    addDelta(*it);
            }
            if (used > 0) {
                f.perDay = double(delta) * double(kDayMs) / double(span);
                f.perDayKnown = true;
            }
        }
        out.byItem.insert(item.toString(), f);
    }
    return out;
}

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
        case ItemColumn:
            return item.toString();
        case AllTimeColumn:
            return f.allTime < 0 ? unknown : CompactNumber::format(f.allTime, locale);
        case Downloads30dColumn:
            return f.downloads30d < 0 ? unknown : CompactNumber::format(f.downloads30d, locale);
        case PerDayColumn:
            return f.perDayKnown ? tr("+%1").arg(CompactNumber::format(qRound64(f.perDay), locale)) : unknown;
        }
    } else if (role == SortRole) {
        switch (column) {
        case ItemColumn:
            return item.toString();
        // Unknown sorts below every known figure.
        case AllTimeColumn:
            return f.allTime;
        case Downloads30dColumn:
            return f.downloads30d;
        case PerDayColumn:
            return f.perDayKnown ? f.perDay : -1.0;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case ItemColumn:
            if (item.type == WatchItem::Type::Author)
                return f.repos > 0 ? tr("Every stored repo of %1: %n repos, summed", nullptr, f.repos).arg(item.name)
                                   : tr("No stored repo of %1 yet: it appears after the next poll").arg(item.name);
            return f.repos > 0 ? tr("%1 (double-click to open its chart)").arg(item.toString())
                               : tr("%1 has no stored figures yet: it appears after the next poll").arg(item.toString());
        case AllTimeColumn:
            return f.allTime < 0 ? tr("Not known yet") : tr("%1 downloads, all time").arg(locale.toString(f.allTime));
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
    case ItemColumn:
        return tr("Watched");
    case AllTimeColumn:
        return tr("All time");
    case Downloads30dColumn:
        return tr("30 days");
    case PerDayColumn:
        return tr("Per day");
    }
    return {};
}

} // namespace hubwatch
