#pragma once

#include "ChartBuilder.h"
#include "ChartCanvas.h"
#include "ChartExporter.h"
#include "ExportPngDialog.h"
#include "SeriesPickerDialog.h"
#include "util/Clock.h"

#include <QChartView>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace hubwatch {

class ReportService;

// The history chart of one or more series: a toolbar (what to show, range, log scale, reset
// zoom, export) over a ChartCanvas. All data comes from the core's queries (ReportService::
// chartData, run on the store's thread); this widget never reads the store itself.
class HistoryChartView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryChartView(ReportService *reports, QWidget *parent = nullptr);
    // "now" for relative ranges and the ETA (tests pass a manual clock).
    void setClock(const Clock *clock) { m_clock = clock; }

    QStringList series() const { return m_request.keys; }
    ChartKind kind() const { return m_request.kind; }
    int velocityDays() const { return m_request.velocityDays; }
    QString range() const { return m_request.range; }
    bool isLogScale() const { return m_style.logScale; }
    bool isLaunchAligned() const { return m_style.alignLaunch; }
    bool isLoading() const { return m_loading; }
    int loadCount() const { return m_loads; } // finished loads, for tests
    const ChartData &data() const { return m_data; }
    QChart *chart() const;
    ChartCanvas *canvas() const { return m_canvas; }

    // The current data, re-rendered for a PNG (not a screenshot of the widget).
    QImage exportImage(const ChartExporter::Options &options) const;
    // exportImage(), saved as PNG at path. false and *error on failure.
    bool exportPng(const ChartExporter::Options &options, const QString &path, QString *error) const;

    // The dialogs the toolbar opened (non-modal to the event loop), while they are open; for tests.
    ExportPngDialog *exportDialog() const { return m_exportDialog; }
    SeriesPickerDialog *compareDialog() const { return m_compareDialog; }

public Q_SLOTS:
    void setSeries(const QStringList &keys); // headline, model:ORG/NAME, dataset:ORG/NAME
    void setKind(hubwatch::ChartKind kind, int velocityDays = 7);
    void setRange(const QString &range); // 7d, 30d, 90d, 1y, all
    void setLogScale(bool on);
    void setLaunchAligned(bool on); // compare series by days since their first sample
    void resetZoom();
    void refresh();              // reads the data again (e.g. after a poll was stored)
    void exportPngInteractive(); // the export dialog: size, scale, background, file
    void compareInteractive();   // the series picker: the tracked series, checked and filtered

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void syncToolbar();

    ReportService *m_reports;
    const Clock *m_clock = SystemClock::instance();
    ChartRequest m_request;
    ChartStyle m_style;
    ChartData m_data;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_stale = false; // a refresh() came while hidden: load when shown
    int m_loads = 0;
    QComboBox *m_kindBox;
    QComboBox *m_rangeBox;
    QCheckBox *m_logBox;
    QCheckBox *m_alignBox;
    QToolButton *m_resetButton;
    QToolButton *m_exportButton;
    QToolButton *m_compareButton;
    QPointer<ExportPngDialog> m_exportDialog;
    QPointer<SeriesPickerDialog> m_compareDialog;
    QLabel *m_status;
    ChartCanvas *m_canvas;
};

} // namespace hubwatch
