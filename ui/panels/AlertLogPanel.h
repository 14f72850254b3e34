#pragma once

#include "store/AlertStore.h"

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace hubwatch {

class AlertLogModel;
class ReportService;

// The alert log, newest first: filtered by kind (checkboxes; the store does the filtering, so
// the limit applies to the kinds shown) and by free text over kind, series, title and body.
class AlertLogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AlertLogPanel(ReportService *reports, QWidget *parent = nullptr, int limit = 500);

    AlertLogModel *model() const { return m_model; }
    QAbstractItemModel *filteredModel() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *kindCheckBox(AlertRecord::Kind kind) const { return m_kindBoxes.value(int(kind)); }
    QTableView *view() const { return m_view; }
    QList<AlertRecord::Kind> selectedKinds() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();
    // Double-click on an alert about a series ("headline", "model:org/name", …).
    void openSeries(const QString &seriesKey);

private:
    void showDetails();

    ReportService *m_reports;
    int m_limit;
    AlertLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QHash<int, QCheckBox *> m_kindBoxes;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_details;
    QLabel *m_empty;
    quint64 m_serial = 0;
};

} // namespace hubwatch
