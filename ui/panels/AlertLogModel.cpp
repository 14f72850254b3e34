#include "AlertLogModel.h"

#include "alerts/AlertText.h"
#include "report/SeriesNames.h"

#include "PlainToolTip.h"

#include <QLocale>

namespace hubwatch {

AlertLogModel::AlertLogModel(QObject *parent) : QAbstractTableModel(parent)
{}

void AlertLogModel::setAlerts(const QList<AlertRecord> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

QString AlertLogModel::kindName(AlertRecord::Kind kind)
{
    switch (kind) {
    case AlertRecord::Kind::Milestone: return tr("Milestone");
    case AlertRecord::Kind::HotCategory: return tr("Hot category");
    case AlertRecord::Kind::NewEntrant: return tr("New entrant");
    case AlertRecord::Kind::RecordDay: return tr("Record day");
    case AlertRecord::Kind::Anomaly: return tr("Anomaly");
    }
    return QString();
}

int AlertLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const AlertRecord &a = m_alerts.at(index.row());
    const QDateTime when = a.happenedAt.isValid() ? a.happenedAt : a.raisedAt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            // With its zone: a team reading one shared log sits in several.
            const QDateTime local = when.toLocalTime();
            return QLocale().toString(local, QLocale::ShortFormat) + QLatin1Char(' ') + local.timeZoneAbbreviation();
        }
        case KindColumn: return kindName(a.kind);
        case SeriesColumn: return SeriesNames::display(a.series, a.subject);
        case TitleColumn: return AlertText::title(a);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            const QString iso = QStringLiteral("yyyy-MM-dd HH:mm:ss");
            QString tip = tr("Happened %1 UTC").arg(when.toUTC().toString(iso));
            if (a.raisedAt.isValid() && a.raisedAt != when)
                tip += QLatin1Char('\n') + tr("Noticed %1 UTC").arg(a.raisedAt.toUTC().toString(iso));
            return tip;
        }
        // Titles and bodies quote repo names from the Hub.
        return plainToolTip(QStringList{AlertText::title(a), AlertText::body(a)}.join(QLatin1Char('\n')).trimmed());
    case SortRole:
        switch (index.column()) {
        case TimeColumn: return when.toMSecsSinceEpoch();
        case KindColumn: return kindName(a.kind);
        case SeriesColumn: return SeriesNames::display(a.series, a.subject);
        case TitleColumn: return AlertText::title(a);
        }
        break;
    case SearchRole:
        return QStringList{kindName(a.kind), SeriesNames::display(a.series, a.subject), AlertText::title(a), AlertText::body(a)}.join(
            QLatin1Char('\n'));
    case KindRole: return int(a.kind);
    }
    return {};
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("When");
    case KindColumn: return tr("Kind");
    case SeriesColumn: return tr("Series");
    case TitleColumn: return tr("Alert");
    }
    return {};
}

} // namespace hubwatch
