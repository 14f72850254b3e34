#pragma once

#include "report/ChartData.h"
#include "report/InspectedRepo.h"
#include "report/MilestoneThresholds.h"
#include "report/StatusReport.h"
#include "report/WatchlistFigures.h"
#include "store/AlertStore.h"
#include "store/SeriesQueries.h"

#include <QObject>

#include <functional>

namespace hubwatch {

class StoreThread;

// The read side of the history, as the desktop shows it: one typed query per thing a view
// needs. Each runs on the store's thread in the order asked; its answer comes back on the
// caller's thread to `done`, and is dropped if `context` is gone by then. The views hold a
// ReportService, never the store: no widget code runs on the store thread, and every figure they
// show is computed here, in the core, where a test reaches it without a window.
class ReportService : public QObject
{
    Q_OBJECT
public:
    template <typename R> using Done = std::function<void(R)>;

    explicit ReportService(StoreThread *store, QObject *parent = nullptr);

    // The latest complete poll's aggregate alone: one indexed row, so a large history's dashboard
    // shows its figure at once while statusReport (growth, projection) is computed.
    void headline(QObject *context, Done<StoreResult<AggregatePoint>> done);
    // The dashboard's figures (also `hubwatch status`'s). now: UTC, as for every query here.
    void statusReport(const QDateTime &now, QObject *context, Done<StoreResult<StatusReport>> done);
    // A series' all-time downloads in [from, to], downsampled to maxPoints (the dashboard's sparkline).
    void allTimeSeries(const QString &key, const QDateTime &from, const QDateTime &to, int maxPoints, QObject *context,
                       Done<StoreResult<Series>> done);
    void chartData(const ChartRequest &request, const QDateTime &now, QObject *context, Done<ChartData> done);
    // "headline", then every stored repo, the most downloaded first (the chart's compare dialog).
    void trackedSeries(QObject *context, Done<StoreResult<QStringList>> done);
    void watchlistFigures(const QList<WatchItem> &items, const QDateTime &now, QObject *context, Done<WatchlistFigures> done);
    // Newest first; kinds empty: every kind.
    void alertLog(int limit, const QList<AlertRecord::Kind> &kinds, QObject *context, Done<StoreResult<QList<AlertRecord>>> done);
    void inspectedRepos(QObject *context, Done<StoreResult<QList<InspectedRepo>>> done);
    void milestones(const QStringList &series, QObject *context, Done<StoreResult<MilestoneThresholds::Map>> done);
    // Only a collector's store is writable; a viewer's answers with a read-only error.
    void saveMilestones(const MilestoneThresholds::Map &before, const MilestoneThresholds::Map &edited, QObject *context,
                        Done<StoreError> done);

private:
    template <typename R> void run(std::function<R(HistoryStore &)> query, QObject *context, Done<R> done);

    StoreThread *m_store;
};

} // namespace hubwatch
