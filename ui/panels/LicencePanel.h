#pragma once

#include "report/InspectedRepo.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace hubwatch {

class ReportService;
class LicenceFilterModel;

// Licences and weight formats of the repos whose files HubWatch has seen
// (ReportService::inspectedRepos): a summary line and a sortable, filterable table. Pickle-only
// repos carry a warning: loading pickle weights can run code.
class LicencePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { RepoColumn, DownloadsColumn, LicenceColumn, GroupColumn, FormatsColumn, GatedColumn, ColumnCount };
    // On the formats column: true for a pickle-only row. On the group column: int(LicenseInfo::Group).
    static constexpr int PickleOnlyRole = Qt::UserRole + 1;
    static constexpr int GroupRole = Qt::UserRole + 2;
    // On the downloads column: the all-time count as a number (-1 unknown), what it sorts by.
    static constexpr int DownloadsRole = Qt::UserRole + 3;
    // On the licence column: the licence id ("cc-by-nc-4.0"), shown when the name does not fit.
    static constexpr int ShortRole = Qt::UserRole + 4;

    struct Counts
    {
        int total = 0;
        int permissive = 0, restricted = 0, other = 0, unknown = 0;
        int safetensors = 0, gguf = 0, pickleOnly = 0, gated = 0;
    };

    explicit LicencePanel(ReportService *reports, QWidget *parent = nullptr);

    Counts counts() const { return m_counts; }
    QString summaryText() const;
    // "2 of 6 repos" while a filter hides some, else empty.
    QString countText() const;
    QStandardItemModel *model() const { return m_model; }
    // What the table shows after the filters (a proxy over model()).
    QAbstractItemModel *filteredModel() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *groupFilter() const { return m_group; }
    QCheckBox *pickleOnlyFilter() const { return m_pickleOnly; }
    QTableView *view() const { return m_view; }

    // Shows these repos (what refresh() does with the store's answer).
    void setRepos(const QList<InspectedRepo> &repos);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void updateCount();

    ReportService *m_reports;
    QStandardItemModel *m_model;
    LicenceFilterModel *m_proxy;
    QLabel *m_licenceSummary;
    QLabel *m_formatSummary;
    QLineEdit *m_filter;
    QComboBox *m_group;
    QCheckBox *m_pickleOnly;
    QLabel *m_count;
    QTableView *m_view;
    Counts m_counts;
    quint64 m_serial = 0;
};

} // namespace hubwatch
