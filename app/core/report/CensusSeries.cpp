#include "CensusSeries.h"

#include "analysis/MilestoneLadder.h"
#include "census/CensusQueries.h"
#include "report/CensusFigures.h"
#include "report/SeriesNames.h"
#include "store/AlertStore.h"
#include "store/HistoryStore.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hubwatch::CensusSeries {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

bool inRange(qint64 t, const ChartData &data)
{
    return (!data.from || t >= data.from) && (!data.to || t <= data.to);
}

// Every breakdown a census keeps, in the order the picker offers them.
constexpr SeriesNames::HubGroup kGroups[] = {SeriesNames::HubGroup::PipelineTag, SeriesNames::HubGroup::Library,
                                             SeriesNames::HubGroup::Licence, SeriesNames::HubGroup::WeightFormat,
                                             SeriesNames::HubGroup::Author};

CensusStore::Dimension dimensionOf(SeriesNames::HubGroup group)
{
    switch (group) {
    case SeriesNames::HubGroup::PipelineTag: return CensusStore::Dimension::PipelineTag;
    case SeriesNames::HubGroup::Library: return CensusStore::Dimension::Library;
    case SeriesNames::HubGroup::Licence: return CensusStore::Dimension::License;
    case SeriesNames::HubGroup::Author: return CensusStore::Dimension::Author;
    case SeriesNames::HubGroup::WeightFormat: return CensusStore::Dimension::WeightFormat;
    }
    return CensusStore::Dimension::PipelineTag;
}

QString scope()
{
    return ChartData::tr("whole Hub, public repositories");
}

void loadTotal(HistoryStore &store, bool first, const QDateTime &now, ChartData *data)
{
    ChartSeriesData s;
    s.key = SeriesNames::HubKey;
    s.scope = scope();
    const auto figures = CensusFigures::build(store);
    if (!figures.ok()) {
        s.error = figures.error.message();
        data->series.append(s);
        return;
    }
    QList<SeriesPoint> recent;
    for (const SeriesPoint &p : figures.value.totals) {
        if (inRange(p.t, *data))
            s.points.append({p.t, double(p.value), false});
        if (p.t >= now.toMSecsSinceEpoch() - 60 * kDayMs)
            recent.append(p);
    }
    if (!figures.value.totals.isEmpty()) {
        s.latest = figures.value.totals.constLast().value;
        MilestoneLadder ladder;
        if (const auto extra = AlertStore(store).thresholds(s.key); extra.ok())
            ladder.setExtra(extra.value);
        s.nextMilestone = ladder.next(s.latest);
        s.previousMilestone = ladder.previous(s.latest);
        if (first && data->request.projection)
            s.projection = Projection::toTarget(recent, s.nextMilestone, now.toMSecsSinceEpoch());
    }
    data->series.append(s);
}

// One point per complete census after the first: the Hub's downloads per day since the census
// before it, whatever the chart's smoothing window (censuses are days apart).
void loadGrowth(HistoryStore &store, ChartData *data)
{
    ChartSeriesData s;
    s.key = SeriesNames::HubKey;
    s.scope = ChartData::tr("whole Hub, public repositories, between censuses");
    const auto rates = CensusFigures::growthSeries(store);
    if (!rates.ok())
        s.error = rates.error.message();
    for (const RatePoint &r : rates.value)
        if (inRange(r.t, *data))
            s.points.append({r.t, r.perDay, false});
    data->series.append(s);
}

void loadLabels(HistoryStore &store, SeriesNames::HubGroup group, const QString &only, ChartData *data)
{
    const auto history = CensusQueries::breakdownHistory(store, dimensionOf(group));
    if (!history.ok()) {
        ChartSeriesData s;
        s.key = only.isNull() ? SeriesNames::hubGroupKey(group) : SeriesNames::hubLabelKey(group, only);
        s.error = history.error.message();
        data->series.append(s);
        return;
    }
    QStringList labels;
    if (!only.isNull()) {
        labels.append(only);
    } else if (!history.value.isEmpty()) {
        // The latest census's most downloaded labels (its rows come most downloaded first).
        const qint64 latest = history.value.constLast().censusId;
        for (const CensusQueries::BreakdownPoint &p : history.value)
            if (p.censusId == latest && labels.size() < TopLabels)
                labels.append(p.label);
    }
    QHash<QString, qsizetype> index;
    for (const QString &label : std::as_const(labels)) {
        ChartSeriesData s;
        s.key = SeriesNames::hubLabelKey(group, label);
        s.scope = scope();
        index.insert(label, data->series.size());
        data->series.append(s);
    }
    for (const CensusQueries::BreakdownPoint &p : history.value) {
        const auto at = index.constFind(p.label);
        const qint64 t = p.finishedAt.toMSecsSinceEpoch();
        if (at == index.cend() || !inRange(t, *data))
            continue;
        ChartSeriesData &s = data->series[*at];
        s.points.append({t, double(p.allTime), false});
        s.latest = p.allTime;
    }
}
} // namespace

StoreResult<QStringList> keys(HistoryStore &store)
{
    const auto figures = CensusFigures::build(store);
    if (!figures.ok())
        return {{}, figures.error};
    if (!figures.value.hasComplete())
        return {};
    // Only the breakdowns the latest census has (an older census kept no authors or formats).
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT DISTINCT dimension FROM census_breakdowns WHERE census_id = ?"));
    q.addBindValue(figures.value.latest.id);
    if (!q.exec())
        return {{}, HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading census figures"))};
    QSet<int> kept;
    while (q.next())
        kept.insert(q.value(0).toInt());
    QStringList out{SeriesNames::HubKey};
    for (const SeriesNames::HubGroup g : kGroups)
        if (kept.contains(int(dimensionOf(g))))
            out << SeriesNames::hubGroupKey(g);
    return {out, StoreError()};
}

void load(HistoryStore &store, const QString &key, bool first, const QDateTime &now, ChartData *data)
{
    if (data->request.kind == ChartKind::Velocity && key == SeriesNames::HubKey) {
        loadGrowth(store, data);
        return;
    }
    if (data->request.kind != ChartKind::Cumulative) {
        ChartSeriesData s;
        s.key = key;
        s.scope = scope();
        // A census is a snapshot: no downloads per day, week or month between two of them.
        s.error = data->request.kind == ChartKind::Velocity
            ? ChartData::tr("only the Hub-wide total has a velocity: its breakdowns are charted as all-time downloads")
            : ChartData::tr("the whole Hub is measured once per census: chart its all-time downloads or its velocity");
        data->series.append(s);
        return;
    }
    if (key == SeriesNames::HubKey) {
        loadTotal(store, first, now, data);
        return;
    }
    SeriesNames::HubGroup group;
    if (SeriesNames::parseHubGroup(key, &group)) {
        loadLabels(store, group, QString(), data);
        return;
    }
    for (const SeriesNames::HubGroup g : kGroups) {
        const QString prefix = SeriesNames::hubLabelKey(g, QString());
        if (key.startsWith(prefix)) {
            loadLabels(store, g, key.mid(prefix.size()), data);
            return;
        }
    }
    ChartSeriesData s;
    s.key = key;
    s.error = ChartData::tr("no such series");
    data->series.append(s);
}

} // namespace hubwatch::CensusSeries
