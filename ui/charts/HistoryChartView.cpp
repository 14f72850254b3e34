#include "HistoryChartView.h"

#include "ChartAxes.h"
#include "ExportPngDialog.h"
#include "SeriesPickerDialog.h"
#include "report/ReportService.h"
#include "report/SeriesNames.h"
#include "settings/Settings.h"

#include <QAbstractAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QToolBar>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hubwatch {

namespace {
struct KindItem
{
    ChartKind kind;
    int days;
};
const KindItem kKinds[] = {{ChartKind::Cumulative, 0}, {ChartKind::Daily, 0},    {ChartKind::Weekly, 0},    {ChartKind::Monthly, 0},
                           {ChartKind::Velocity, 1},   {ChartKind::Velocity, 7}, {ChartKind::Velocity, 30}, {ChartKind::HotCategories, 0}};
constexpr int kKindCount = int(sizeof(kKinds) / sizeof(kKinds[0]));
const char *const kRanges[] = {"7d", "30d", "90d", "1y", "all"};

} // namespace

HistoryChartView::HistoryChartView(ReportService *reports, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
    , m_kindBox(new QComboBox(this))
    , m_rangeBox(new QComboBox(this))
    , m_logBox(new QCheckBox(tr("Log scale"), this))
    , m_alignBox(new QCheckBox(tr("Align launches"), this))
    , m_resetButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_compareButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_canvas(new ChartCanvas(this))
{
    m_kindBox->addItems({tr("Cumulative"), tr("Per day"), tr("Per week"), tr("Per month"), tr("Velocity, 1-day"), tr("Velocity, 7-day"),
                         tr("Velocity, 30-day"), tr("Hot categories")});
    m_kindBox->setToolTip(tr("What to chart"));
    m_rangeBox->addItems({tr("7 days"), tr("30 days"), tr("90 days"), tr("1 year"), tr("All")});
    m_rangeBox->setToolTip(tr("Time range"));
    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setToolTip(tr("Drag to zoom into a rectangle, use the wheel to zoom, Shift+drag or the middle button to pan."));
    m_exportButton->setText(tr("Export PNG…"));
    m_compareButton->setText(tr("Compare…"));
    m_compareButton->setToolTip(tr("Choose the tracked series to chart together"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true); // a long problem wraps instead of widening the window

    // A tool bar: in a narrow window (800 px in German) the controls that do not fit move into
    // its extension menu instead of widening the window or squeezing the navigation.
    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("chart-tools"));
    tools->addWidget(m_kindBox);
    tools->addWidget(m_rangeBox);
    tools->addWidget(m_logBox);
    tools->addWidget(m_compareButton);
    m_alignAction = tools->addWidget(m_alignBox); // shown through its action, as a tool bar needs
    tools->addWidget(m_resetButton);
    tools->addWidget(m_exportButton);
    // The status has its own line under the tools: beside them, in a narrow window, it was
    // squeezed to one letter per line.
    m_status->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_status);
    layout->addWidget(m_canvas, 1);
    m_canvas->setMinimumSize(320, 200);

    connect(m_kindBox, &QComboBox::activated, this, [this](int i) {
        const KindItem &k = kKinds[qBound(0, i, kKindCount - 1)];
        setKind(k.kind, k.days ? k.days : 7);
    });
    connect(m_rangeBox, &QComboBox::activated, this, [this](int i) { setRange(QLatin1String(kRanges[qBound(0, i, 4)])); });
    connect(m_logBox, &QCheckBox::toggled, this, &HistoryChartView::setLogScale);
    m_alignBox->setToolTip(tr("Compare the series by days since each one's first sample"));
    connect(m_alignBox, &QCheckBox::toggled, this, &HistoryChartView::setLaunchAligned);
    connect(m_resetButton, &QToolButton::clicked, this, &HistoryChartView::resetZoom);
    connect(m_exportButton, &QToolButton::clicked, this, &HistoryChartView::exportPngInteractive);
    connect(m_compareButton, &QToolButton::clicked, this, &HistoryChartView::compareInteractive);
    connect(m_canvas, &ChartCanvas::viewChanged, this, [this] { ChartBuilder::relabel(m_canvas->chart(), m_style); });
    // A resized plot gets as many ticks as fit (queued: the labels change the layout in turn).
    connect(
        m_canvas->chart(), &QChart::plotAreaChanged, this, [this] { ChartBuilder::relabel(m_canvas->chart(), m_style); },
        Qt::QueuedConnection);
    m_style.palette = palette();
    m_openFolder = [](const QUrl &folder) { return QDesktopServices::openUrl(folder); };
    syncToolbar();
    refresh();
}

QChart *HistoryChartView::chart() const
{
    return m_canvas->chart();
}

void HistoryChartView::setSeries(const QStringList &keys)
{
    m_request.keys = keys.isEmpty() ? QStringList{QStringLiteral("headline")} : keys;
    syncToolbar();
    refresh();
}

void HistoryChartView::setKind(ChartKind kind, int velocityDays)
{
    m_request.kind = kind;
    m_request.velocityDays = velocityDays;
    syncToolbar();
    refresh();
}

void HistoryChartView::setRange(const QString &range)
{
    m_request.range = range;
    syncToolbar();
    refresh();
}

void HistoryChartView::setLogScale(bool on)
{
    if (m_style.logScale == on)
        return;
    m_style.logScale = on;
    syncToolbar();
    rebuild();
}

void HistoryChartView::setLaunchAligned(bool on)
{
    if (m_style.alignLaunch == on)
        return;
    m_style.alignLaunch = on;
    syncToolbar();
    rebuild();
}

void HistoryChartView::resetZoom()
{
    rebuild();
}

void HistoryChartView::refresh()
{
    if (!m_reports)
        return;
    // Hidden (another view is open, or at start-up), the chart is not loaded: its query (the
    // cumulative series of every poll) would queue on the store thread before the dashboard's
    // report and delay the first painted dashboard by about a quarter of the store's start-up
    // work (P4, perf). It loads when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const quint64 generation = ++m_generation;
    m_loading = true;
    setStatus(tr("Loading…"));
    m_reports->chartData(m_request, m_clock->nowUtc(), this, [this, generation](const ChartData &data) {
        if (generation != m_generation)
            return; // a newer request is on its way
        m_data = data;
        m_loading = false;
        ++m_loads;
        rebuild();
        Q_EMIT loaded();
    });
}

void HistoryChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void HistoryChartView::rebuild()
{
    m_canvas->setHoverPoints(ChartBuilder::build(m_canvas->chart(), m_data, m_style));
    QStringList problems;
    if (!m_data.error.isEmpty())
        problems.append(m_data.error);
    for (const ChartSeriesData &s : std::as_const(m_data.series))
        if (!s.error.isEmpty())
            problems.append(tr("%1: %2").arg(SeriesNames::display(s.key), s.error));
    if (problems.isEmpty() && m_data.isEmpty())
        problems.append(tr("No stored data in this range yet."));
    setStatus(problems.join(QLatin1Char(' ')));
}

void HistoryChartView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void HistoryChartView::syncToolbar()
{
    for (int i = 0; i < kKindCount; ++i)
        if (kKinds[i].kind == m_request.kind && (kKinds[i].kind != ChartKind::Velocity || kKinds[i].days == m_request.velocityDays))
            m_kindBox->setCurrentIndex(i);
    for (int i = 0; i < 5; ++i)
        if (m_request.range == QLatin1String(kRanges[i]))
            m_rangeBox->setCurrentIndex(i);
    const QSignalBlocker block(m_logBox);
    m_logBox->setChecked(m_style.logScale);
    const QSignalBlocker blockAlign(m_alignBox);
    m_alignBox->setChecked(m_style.alignLaunch);
    const bool hot = m_request.kind == ChartKind::HotCategories; // categories, not the chosen series
    m_alignAction->setVisible(m_request.keys.size() > 1 && !hot);
    m_compareButton->setEnabled(!hot);
    m_alignBox->setEnabled(m_request.kind == ChartKind::Cumulative || m_request.kind == ChartKind::Velocity);
}

QString HistoryChartView::exportName() const
{
    switch (m_request.kind) {
    case ChartKind::Cumulative: return QStringLiteral("cumulative");
    case ChartKind::Daily: return QStringLiteral("daily");
    case ChartKind::Weekly: return QStringLiteral("weekly");
    case ChartKind::Monthly: return QStringLiteral("monthly");
    case ChartKind::Velocity: return QStringLiteral("velocity-%1d").arg(m_request.velocityDays);
    case ChartKind::HotCategories: return QStringLiteral("hot");
    }
    return QStringLiteral("chart");
}

ChartExporter::Options HistoryChartView::withStyle(const ChartExporter::Options &options) const
{
    ChartExporter::Options o = options;
    o.logScale = m_style.logScale;
    o.alignLaunch = m_style.alignLaunch;
    o.demo = m_demo;
    o.locale = m_style.locale;
    return o;
}

QImage HistoryChartView::exportImage(const ChartExporter::Options &options) const
{
    return ChartExporter::render(m_data, withStyle(options));
}

bool HistoryChartView::exportPng(const ChartExporter::Options &options, const QString &path, QString *error) const
{
    return ChartExporter::savePng(m_data, withStyle(options), path, error);
}

void HistoryChartView::exportPngInteractive()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    auto *dialog = new ExportPngDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog = dialog;
    // The clock's date, not the wall clock's: the file is named for the day the chart shows.
    dialog->suggest(m_settings ? m_settings->exportFolder() : m_exportFolder, exportName(), m_clock->nowUtc().date());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = QFileInfo(dialog->path()).absoluteFilePath();
        const QString folder = QFileInfo(path).absolutePath();
        // Pictures may not exist yet in a new home: the suggested folder is made, no other.
        if (folder == ExportPngDialog::defaultFolder(QString()))
            QDir().mkpath(folder);
        QString error;
        if (!exportPng(dialog->options(), path, &error)) {
            // Not exec(): a nested event loop would run under the dialog's accepted() signal.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export chart"), error, QMessageBox::Ok, this);
            box->setTextFormat(Qt::PlainText); // the error quotes the chosen path
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        m_exportFolder = folder;
        if (m_settings)
            m_settings->setExportFolder(folder);
        confirmExport(path);
    });
    dialog->open();
}

void HistoryChartView::confirmExport(const QString &path)
{
    delete m_exportConfirmation; // one at a time: the last export's
    const QFileInfo file(path);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Chart exported"),
                                tr("Saved %1 in %2.").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
                                QMessageBox::Close, this);
    box->setTextFormat(Qt::PlainText); // the path as it is
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal); // the chart stays usable while it is shown
    QPushButton *open = box->addButton(tr("Open folder"), QMessageBox::ActionRole);
    const QUrl folder = QUrl::fromLocalFile(file.absolutePath());
    connect(open, &QPushButton::clicked, this, [this, folder] {
        if (m_openFolder)
            m_openFolder(folder);
    });
    box->setDefaultButton(open);
    m_exportConfirmation = box;
    box->show();
}

void HistoryChartView::compareInteractive()
{
    if (m_compareDialog) {
        m_compareDialog->raise();
        m_compareDialog->activateWindow();
        return;
    }
    auto *dialog = new SeriesPickerDialog(m_request.keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_compareDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setSeries(dialog->selectedKeys()); });
    dialog->open();
    if (!m_reports) {
        dialog->setAvailable({QStringLiteral("headline")});
        return;
    }
    // The dialog may be closed before the keys arrive: it is the answer's context.
    m_reports->trackedSeries(dialog, [dialog](const StoreResult<QStringList> &keys) {
        if (!keys.ok()) {
            dialog->setAvailable({QStringLiteral("headline")});
            dialog->setLoadError(keys.error.message());
            return;
        }
        dialog->setAvailable(keys.value);
    });
}

void HistoryChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The chart is drawn in the window's colours: a new palette redraws it.
        m_style.palette = palette();
        rebuild();
    }
}

} // namespace hubwatch
