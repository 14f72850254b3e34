#include "ReportService.h"

#include "store/StoreThread.h"

namespace hubwatch {

ReportService::ReportService(StoreThread *store, QObject *parent) : QObject(parent), m_store(store)
{}

template <typename R> void ReportService::run(std::function<R(HistoryStore &)> query, QObject *context, Done<R> done)
{
    m_store->call<R>(std::move(query), context, std::move(done));
}

void ReportService::headline(QObject *context, Done<StoreResult<AggregatePoint>> done)
{
    run<StoreResult<AggregatePoint>>([](HistoryStore &s) { return s.latestAggregate(); }, context, std::move(done));
}

void ReportService::statusReport(const QDateTime &now, QObject *context, Done<StoreResult<StatusReport>> done)
{
    run<StoreResult<StatusReport>>([now](HistoryStore &s) { return StatusReport::build(s, now); }, context, std::move(done));
}

void ReportService::allTimeSeries(const QString &key, const QDateTime &from, const QDateTime &to, int maxPoints, QObject *context,
                                  Done<StoreResult<Series>> done)
{
    run<StoreResult<Series>>(
        [key, from, to, maxPoints](HistoryStore &s) { return SeriesQueries(s).series(key, Metric::AllTime, from, to, maxPoints); }, context,
        std::move(done));
}

void ReportService::chartData(const ChartRequest &request, const QDateTime &now, QObject *context, Done<ChartData> done)
{
    run<ChartData>([request, now](HistoryStore &s) { return ChartData::load(s, request, now); }, context, std::move(done));
}

void ReportService::trackedSeries(QObject *context, Done<StoreResult<QStringList>> done)
{
    run<StoreResult<QStringList>>(&ChartData::trackedSeries, context, std::move(done));
}

void ReportService::watchlistFigures(const QList<WatchItem> &items, const QDateTime &now, QObject *context, Done<WatchlistFigures> done)
{
    run<WatchlistFigures>([items, now](HistoryStore &s) { return WatchlistFigures::compute(s, items, now); }, context, std::move(done));
}

void ReportService::alertLog(int limit, const QList<AlertRecord::Kind> &kinds, QObject *context, Done<StoreResult<QList<AlertRecord>>> done)
{
    run<StoreResult<QList<AlertRecord>>>([limit, kinds](HistoryStore &s) { return AlertStore(s).log(limit, kinds); }, context,
                                         std::move(done));
}

void ReportService::inspectedRepos(QObject *context, Done<StoreResult<QList<InspectedRepo>>> done)
{
    run<StoreResult<QList<InspectedRepo>>>(&InspectedRepo::read, context, std::move(done));
}

void ReportService::milestones(const QStringList &series, QObject *context, Done<StoreResult<MilestoneThresholds::Map>> done)
{
    run<StoreResult<MilestoneThresholds::Map>>([series](HistoryStore &s) { return MilestoneThresholds::load(s, series); }, context,
                                               std::move(done));
}

void ReportService::saveMilestones(const MilestoneThresholds::Map &before, const MilestoneThresholds::Map &edited, QObject *context,
                                   Done<StoreError> done)
{
    run<StoreError>([before, edited](HistoryStore &s) { return MilestoneThresholds::save(s, before, edited); }, context, std::move(done));
}

} // namespace hubwatch
