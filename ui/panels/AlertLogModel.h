#pragma once

#include "store/AlertStore.h"

#include <QAbstractTableModel>

namespace hubwatch {

// The alert log as a table: time (local, UTC in the tooltip), kind, series, title; the body
// is in the tooltip. Every text is shown plain (series names come from the network).
class AlertLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, SeriesColumn, TitleColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;   // ms since epoch on the time column
    static constexpr int SearchRole = Qt::UserRole + 2; // every text of the alert, on any column
    static constexpr int KindRole = Qt::UserRole + 3;   // int(AlertRecord::Kind)

    explicit AlertLogModel(QObject *parent = nullptr);

    void setAlerts(const QList<AlertRecord> &alerts);
    QList<AlertRecord> alerts() const { return m_alerts; }
    AlertRecord alertAt(int row) const { return m_alerts.value(row); }
    static QString kindName(AlertRecord::Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertRecord> m_alerts;
};

} // namespace hubwatch
