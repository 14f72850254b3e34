#pragma once

#include "ChartBuilder.h"
#include "ChartCanvas.h"
#include "ChartExporter.h"
#include "ExportPngDialog.h"
#include "SeriesPickerDialog.h"
#include "util/Clock.h"

#include <QChartView>
#include <QMessageBox>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace hubwatch {

class ReportService;
class Settings;

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
    // Where the last export went is kept here (ui/exportFolder); without, for this session only.
    void setSettings(Settings *settings) { m_settings = settings; }
    // The history is the generated demo: an export's caption says so.
    void setDemo(bool on) { m_demo = on; }
    bool isDemo() const { return m_demo; }
    // What "Open folder" after an export calls (QDesktopServices::openUrl; tests record instead).
    using FolderOpener = std::function<bool(const QUrl &folder)>;
    void setFolderOpener(FolderOpener opener) { m_openFolder = std::move(opener); }

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

    // The chart's name in an export's file name: "cumulative", "velocity-7d", "hot"…
    QString exportName() const;
    // The current data, re-rendered for a PNG (not a screenshot of the widget).
    QImage exportImage(const ChartExporter::Options &options) const;
    // exportImage(), saved as PNG at path. false and *error on failure.
    bool exportPng(const ChartExporter::Options &options, const QString &path, QString *error) const;

    // The dialogs the toolbar opened (non-modal to the event loop), while they are open; for tests.
    ExportPngDialog *exportDialog() const { return m_exportDialog; }
    SeriesPickerDialog *compareDialog() const { return m_compareDialog; }
    // The confirmation after a successful export ("Open folder", "Close"), while it is open.
    QMessageBox *exportConfirmation() const { return m_exportConfirmation; }

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
    void setStatus(const QString &text);
    void syncToolbar();
    ChartExporter::Options withStyle(const ChartExporter::Options &options) const;
    void confirmExport(const QString &path);

    ReportService *m_reports;
    const Clock *m_clock = SystemClock::instance();
    Settings *m_settings = nullptr;
    QString m_exportFolder; // the last export's, when there are no settings to keep it in
    bool m_demo = false;
    FolderOpener m_openFolder;
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
    QAction *m_alignAction = nullptr;
    QToolButton *m_resetButton;
    QToolButton *m_exportButton;
    QToolButton *m_compareButton;
    QPointer<ExportPngDialog> m_exportDialog;
    QPointer<SeriesPickerDialog> m_compareDialog;
    QPointer<QMessageBox> m_exportConfirmation;
    QLabel *m_status;
    ChartCanvas *m_canvas;
};

} // namespace hubwatch
