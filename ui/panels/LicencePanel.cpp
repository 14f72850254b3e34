#include "LicencePanel.h"

#include "ColumnFit.h"
#include "PlainToolTip.h"

#include "analysis/CompactNumber.h"
#include "analysis/LicenseClassifier.h"
#include "report/ReportService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace hubwatch {

// Text over every column, plus the licence group and pickle-only switches.
class LicenceFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setGroup(int group)
    {
        m_group = group;
        invalidateFilter();
    }
    void setPickleOnly(bool on)
    {
        m_pickleOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (m_group >= 0 && m->index(row, LicencePanel::GroupColumn, parent).data(LicencePanel::GroupRole).toInt() != m_group)
            return false;
        if (m_pickleOnly && !m->index(row, LicencePanel::FormatsColumn, parent).data(LicencePanel::PickleOnlyRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        // By the number, not its compact text ("9.5K" before "10.0K"); unknown counts first.
        if (left.column() == LicencePanel::DownloadsColumn)
            return left.data(LicencePanel::DownloadsRole).toLongLong() < right.data(LicencePanel::DownloadsRole).toLongLong();
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    int m_group = -1;
    bool m_pickleOnly = false;
};

// A licence name too long for its column gives way to the licence id ("Creative Commons
// Attribution Non Commercial 4.0" → "cc-by-nc-4.0"), which Hub users know, rather than to
// "Creati…ll 4.0"; the tooltip keeps both.
class LicenceNameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The column's content width is the whole name's: the id is only the fallback.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        m_measuring = true;
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        m_measuring = false;
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (m_measuring)
            return;
        const QString shortName = index.data(LicencePanel::ShortRole).toString();
        // The style's text margins, as QCommonStyle lays out an item's text.
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        const int margin = (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1) * 2;
        const int room = option->rect.width() - margin;
        if (!shortName.isEmpty() && option->fontMetrics.horizontalAdvance(option->text) > room)
            option->text = shortName;
    }

private:
    mutable bool m_measuring = false;
};

namespace {
QString formatsText(const InspectedRepo &r)
{
    QStringList parts;
    if (r.safetensors)
        parts << QStringLiteral("safetensors");
    if (r.gguf)
        parts << QStringLiteral("GGUF");
    if (r.onnx)
        parts << QStringLiteral("ONNX");
    if (r.otherWeights)
        parts << LicencePanel::tr("other");
    if (r.pickle)
        parts << LicencePanel::tr("pickle");
    return parts.isEmpty() ? LicencePanel::tr("no weights") : parts.join(QStringLiteral(", "));
}

QString gatedText(GatedState g)
{
    switch (g) {
    case GatedState::Open: return LicencePanel::tr("No");
    case GatedState::Auto: return LicencePanel::tr("Yes (automatic)");
    case GatedState::Manual: return LicencePanel::tr("Yes (manual approval)");
    }
    return QString();
}

QStandardItem *cell(const QString &text, const QString &toolTip = QString())
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (!toolTip.isEmpty())
        item->setToolTip(plainToolTip(toolTip)); // repo names and licence ids come from the Hub
    return item;
}
} // namespace

LicencePanel::LicencePanel(ReportService *reports, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new LicenceFilterModel(this))
    , m_licenceSummary(new QLabel(this))
    , m_formatSummary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_pickleOnly(new QCheckBox(tr("Pickle only"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_model->setHorizontalHeaderLabels({tr("Repo"), tr("Downloads"), tr("Licence"), tr("Group"), tr("Weights"), tr("Gated")});
    m_model->horizontalHeaderItem(DownloadsColumn)
        ->setToolTip(tr("All-time downloads of the repo: its licence's share of the downloads of the repos listed"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    for (QLabel *l : {m_licenceSummary, m_formatSummary}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    QFont bold = m_licenceSummary->font();
    bold.setBold(true);
    m_licenceSummary->setFont(bold);

    m_filter->setPlaceholderText(tr("Filter repos, licences, formats…"));
    m_filter->setClearButtonEnabled(true);
    m_group->addItem(tr("All licence groups"), -1);
    for (auto g : {LicenseInfo::Group::Permissive, LicenseInfo::Group::Restricted, LicenseInfo::Group::Other, LicenseInfo::Group::Unknown})
        m_group->addItem(LicenseClassifier::groupName(g), int(g));
    m_pickleOnly->setToolTip(tr("Only repos whose weights are all pickle-based"));

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RepoColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    // Every column as wide as its content, the repo with the spare room; in a narrow window the
    // longest shrink alike (elided in the middle, their tooltips whole). Numbers sit right.
    // The group is dispensable: the licence name implies it, and the filter above selects by it.
    auto *fit = new ColumnFit(m_view, RepoColumn);
    fit->setDispensable({GroupColumn});
    m_model->horizontalHeaderItem(DownloadsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_model->horizontalHeaderItem(GatedColumn)->setToolTip(tr("Downloading needs a Hub account that accepted the repo's conditions"));
    m_view->setItemDelegateForColumn(LicenceColumn, new LicenceNameDelegate(m_view));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setEnabled(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_group);
    filterRow->addWidget(m_pickleOnly);
    filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_licenceSummary);
    layout->addWidget(m_formatSummary);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setGroup(m_group->currentData().toInt()); });
    connect(m_pickleOnly, &QCheckBox::toggled, this, [this](bool on) { m_proxy->setPickleOnly(on); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LicencePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LicencePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LicencePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LicencePanel::updateCount);

    setRepos({});
    refresh();
}

QAbstractItemModel *LicencePanel::filteredModel() const
{
    return m_proxy;
}

QString LicencePanel::countText() const
{
    return m_count->text();
}

void LicencePanel::updateCount()
{
    const int shown = m_proxy->rowCount(), total = m_model->rowCount();
    m_count->setText(shown < total ? tr("%1 of %n repos", nullptr, total).arg(QLocale().toString(shown)) : QString());
}

QString LicencePanel::summaryText() const
{
    return m_licenceSummary->text() + QLatin1Char('\n') + m_formatSummary->text();
}

void LicencePanel::setRepos(const QList<InspectedRepo> &repos)
{
    Counts c;
    m_model->removeRows(0, m_model->rowCount());
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QLocale locale;
    qint64 allDownloads = 0;
    for (const InspectedRepo &d : repos)
        allDownloads += std::max<qint64>(d.repo.downloadsAllTime, 0);
    const QString pickleWhy = tr("Pickle-only weights: this repo ships its weights only as pickle files (.bin, .pt, .ckpt…). "
                                 "Loading a pickle runs whatever code it contains, so a malicious or compromised repo can take "
                                 "over the machine that loads it. Prefer a repo with safetensors or GGUF weights, or load with "
                                 "weights_only=True in a sandbox.");
    for (const InspectedRepo &d : repos) {
        const LicenseInfo info = LicenseClassifier::fromRepo(d.repo);
        const bool pickleOnly = d.pickleOnly();
        const bool gated = d.repo.gated != GatedState::Open;
        ++c.total;
        switch (info.group) {
        case LicenseInfo::Group::Permissive: ++c.permissive; break;
        case LicenseInfo::Group::Restricted: ++c.restricted; break;
        case LicenseInfo::Group::Other: ++c.other; break;
        case LicenseInfo::Group::Unknown: ++c.unknown; break;
        }
        c.safetensors += d.safetensors;
        c.gguf += d.gguf;
        c.pickleOnly += pickleOnly;
        c.gated += gated;

        QList<QStandardItem *> row;
        row << cell(d.repo.key(), d.repo.key());
        const qint64 downloads = d.repo.downloadsAllTime;
        QStandardItem *count = downloads < 0
            ? cell(tr("—"), tr("Not known yet"))
            : cell(CompactNumber::format(downloads, locale),
                   tr("%1 downloads, %2% of the repos listed")
                       .arg(locale.toString(downloads),
                            locale.toString(allDownloads > 0 ? 100.0 * double(downloads) / double(allDownloads) : 0.0, 'f', 1)));
        count->setData(downloads < 0 ? qint64(-1) : downloads, DownloadsRole);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << count;
        QString licenceTip = info.id.isEmpty() ? tr("No licence given") : tr("Licence id: %1").arg(info.id);
        if (!info.note.isEmpty())
            licenceTip += QLatin1Char('\n') + info.note;
        QStandardItem *licence = cell(info.id.isEmpty() ? tr("(none)") : info.displayName, licenceTip);
        licence->setData(info.id, ShortRole);
        row << licence;
        QStandardItem *group = cell(LicenseClassifier::groupName(info.group), info.note);
        group->setData(int(info.group), GroupRole);
        row << group;
        QStandardItem *formats = cell(formatsText(d), pickleOnly ? pickleWhy : QString());
        formats->setData(pickleOnly, PickleOnlyRole);
        if (pickleOnly)
            formats->setIcon(warning);
        row << formats;
        row << cell(gatedText(d.repo.gated), gated ? tr("Downloading needs a Hub account that accepted the repo's conditions") : QString());
        m_model->appendRow(row);
    }
    m_counts = c;
    updateCount();

    if (c.total == 0) {
        m_licenceSummary->setText(tr("No repo details yet"));
        m_formatSummary->setText(tr("Licences and weight formats appear once a poll has fetched the top models' "
                                    "details or a watched repo."));
        return;
    }
    m_licenceSummary->setText(
        tr("%n repos: ", nullptr, c.total)
        + tr("%1 permissive · %2 restricted · %3 other · %4 unknown licence")
              .arg(locale.toString(c.permissive), locale.toString(c.restricted), locale.toString(c.other), locale.toString(c.unknown)));
    m_formatSummary->setText(
        tr("Weights: %1 safetensors · %2 GGUF · %3 pickle only · %4 gated")
            .arg(locale.toString(c.safetensors), locale.toString(c.gguf), locale.toString(c.pickleOnly), locale.toString(c.gated)));
    m_formatSummary->setToolTip(c.pickleOnly > 0 ? pickleWhy : QString());
}

void LicencePanel::refresh()
{
    if (!m_reports)
        return;
    const quint64 serial = ++m_serial;
    m_reports->inspectedRepos(this, [this, serial](const StoreResult<QList<InspectedRepo>> &r) {
        if (serial != m_serial)
            return;
        if (r.ok()) {
            setRepos(r.value);
        } else {
            m_licenceSummary->setText(tr("Repo details unavailable"));
            m_formatSummary->setText(r.error.message());
        }
        Q_EMIT refreshed();
    });
}

} // namespace hubwatch
