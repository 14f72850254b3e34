#include "AlertLogPanel.h"

#include "alerts/AlertText.h"

#include "AlertLogModel.h"
#include "ColumnFit.h"
#include "report/ReportService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hubwatch {

namespace {
const AlertRecord::Kind kAllKinds[] = {AlertRecord::Kind::Milestone, AlertRecord::Kind::HotCategory, AlertRecord::Kind::NewEntrant,
                                       AlertRecord::Kind::RecordDay, AlertRecord::Kind::Anomaly};
} // namespace

AlertLogPanel::AlertLogPanel(ReportService *reports, QWidget *parent, int limit)
    : QWidget(parent)
    , m_reports(reports)
    , m_limit(limit)
    , m_model(new AlertLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_empty(new QLabel(this))
{
    auto *kindRow = new QHBoxLayout;
    for (AlertRecord::Kind kind : kAllKinds) {
        auto *box = new QCheckBox(AlertLogModel::kindName(kind), this);
        box->setChecked(true);
        m_kindBoxes.insert(int(kind), box);
        kindRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &AlertLogPanel::refresh);
    }
    kindRow->addStretch(1);

    m_filter->setPlaceholderText(tr("Filter alerts by text…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AlertLogModel::SearchRole);
    m_proxy->setFilterKeyColumn(AlertLogModel::TimeColumn); // SearchRole holds every text on any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(AlertLogModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertLogModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Sized to content, the alert's title with the spare room; the detail pane has it all.
    new ColumnFit(m_view, AlertLogModel::TitleColumn);
    m_view->setTextElideMode(Qt::ElideMiddle);

    for (QLabel *l : {m_details, m_empty}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_details->setObjectName(QStringLiteral("alertDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setEnabled(false);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(m_filter);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertLogPanel::showDetails);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString series = m_model->alertAt(m_proxy->mapToSource(index).row()).series;
        if (!series.isEmpty())
            Q_EMIT openSeries(series);
    });

    refresh();
}

QAbstractItemModel *AlertLogPanel::filteredModel() const
{
    return m_proxy;
}

QList<AlertRecord::Kind> AlertLogPanel::selectedKinds() const
{
    QList<AlertRecord::Kind> kinds;
    for (AlertRecord::Kind kind : kAllKinds)
        if (m_kindBoxes.value(int(kind))->isChecked())
            kinds.append(kind);
    return kinds;
}

void AlertLogPanel::showDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    // The whole alert, wrapped: the table's columns elide at 800 px, the pane never does.
    const AlertRecord a = m_model->alertAt(m_proxy->mapToSource(current).row());
    const QModelIndex row = current.siblingAtColumn(AlertLogModel::TimeColumn);
    const QString head = tr("%1 · %2 · %3")
                             .arg(row.data().toString(), row.siblingAtColumn(AlertLogModel::KindColumn).data().toString(),
                                  row.siblingAtColumn(AlertLogModel::SeriesColumn).data().toString());
    m_details->setText(QStringList{AlertText::title(a), AlertText::body(a), head}.join(QLatin1Char('\n')).trimmed());
}

void AlertLogPanel::refresh()
{
    const QList<AlertRecord::Kind> kinds = selectedKinds();
    const quint64 serial = ++m_serial;
    if (kinds.isEmpty() || !m_reports) {
        // The store reads "no kinds" as "every kind": nothing ticked shows nothing.
        m_model->setAlerts({});
        m_empty->setText(kinds.isEmpty() ? tr("Tick a kind of alert to see it.") : QString());
        m_empty->setVisible(kinds.isEmpty());
        showDetails();
        Q_EMIT refreshed();
        return;
    }
    const bool all = kinds.size() == int(std::size(kAllKinds));
    using Result = StoreResult<QList<AlertRecord>>;
    m_reports->alertLog(m_limit, all ? QList<AlertRecord::Kind>() : kinds, this, [this, serial](const Result &r) {
        if (serial != m_serial)
            return;
        m_model->setAlerts(r.value);
        if (!r.ok())
            m_empty->setText(tr("The alert log is unavailable: %1").arg(r.error.message()));
        else if (r.value.isEmpty())
            m_empty->setText(tr("No alerts yet: milestones, record days, new entrants and anomalies appear here."));
        m_empty->setVisible(!r.ok() || r.value.isEmpty());
        // The newest alert's body is in view from the start, not only after a click.
        if (!m_view->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, AlertLogModel::TitleColumn));
        showDetails();
        Q_EMIT refreshed();
    });
}

} // namespace hubwatch
