#include "ChartData.h"

#include "analysis/MilestoneLadder.h"
#include "analysis/Velocity.h"
#include "report/CensusSeries.h"
#include "report/SeriesNames.h"
#include "report/StatusReport.h"
#include "store/AlertStore.h"
#include "store/Downsampler.h"
#include "store/HistoryFormat.h"
#include "store/HistoryStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace hubwatch {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000LL;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QList<SeriesPoint> toSeriesPoints(const QList<ChartPoint> &points)
{
    QList<SeriesPoint> out;
    out.reserve(points.size());
    for (const ChartPoint &p : points)
        out.append({p.t, qint64(p.value)});
    return out;
}

// The projection of a repo: the same fit as the status report's, over the last 30 days.
Projection::Result projectRepo(SeriesQueries &queries, const QString &key, qint64 target, const QDateTime &now)
{
    const auto recent = queries.series(key, Metric::AllTime, now.addDays(-30), QDateTime(), 0);
    if (!recent.ok() || target <= 0)
        return {};
    return Projection::toTarget(toSeriesPoints(recent.value.points), target, now.toMSecsSinceEpoch());
}

void loadCumulative(HistoryStore &store, SeriesQueries &queries, const ChartData &data, bool first, const QDateTime &now,
                    ChartSeriesData *out)
{
    const QDateTime from = data.from ? utc(data.from) : QDateTime();
    const QDateTime to = data.to ? utc(data.to) : QDateTime();
    const auto s = queries.series(out->key, Metric::AllTime, from, to, data.request.maxPoints);
    if (!s.ok()) {
        out->error = s.error.message();
        return;
    }
    out->points = s.value.points;
    if (!s.value.scopeKey.isEmpty())
        out->scope = s.value.scopeKey;
    if (out->points.isEmpty())
        return;
    out->latest = qint64(out->points.constLast().value);
    // The user's own milestones count as rungs, as they do for alerts.
    MilestoneLadder ladder;
    if (const auto extra = AlertStore(store).thresholds(out->key); extra.ok())
        ladder.setExtra(extra.value);
    out->nextMilestone = ladder.next(out->latest);
    out->previousMilestone = ladder.previous(out->latest);
    if (!first || !data.request.projection)
        return;
    if (out->key == QLatin1String("headline")) {
        const auto report = StatusReport::build(store, now);
        if (report.ok() && report.value.nextMilestone > 0) {
            out->nextMilestone = report.value.nextMilestone;
            out->projection = report.value.projection;
        }
    } else {
        out->projection = projectRepo(queries, out->key, out->nextMilestone, now);
    }
}

void loadVelocity(SeriesQueries &queries, const ChartData &data, ChartSeriesData *out)
{
    const int days = qBound(1, data.request.velocityDays, 365);
    // Read one window further back, so the first rate in range is a whole window's.
    const QDateTime from = data.from ? utc(data.from - days * kDayMs) : QDateTime();
    const QDateTime to = data.to ? utc(data.to) : QDateTime();
    const auto s = queries.series(out->key, Metric::AllTime, from, to, 0);
    if (!s.ok()) {
        out->error = s.error.message();
        return;
    }
    if (!s.value.scopeKey.isEmpty())
        out->scope = s.value.scopeKey;
    Velocity::Options options;
    for (const AnnotationRecord &a : std::as_const(out->annotations))
        options.excluded.append({a.from, a.to});
    QList<ChartPoint> points;
    bool broken = false;
    for (const RatePoint &r : Velocity::perDay(toSeriesPoints(s.value.points), days, options)) {
        if (!r.known) {
            broken = true;
            continue;
        }
        if (data.from && r.t < data.from)
            continue;
        points.append({r.t, r.perDay, broken && !points.isEmpty()});
        broken = false;
    }
    out->points = Downsampler::reduce(points, data.request.maxPoints);
}

void loadPeriods(SeriesQueries &queries, const ChartData &data, Period period, const QDateTime &now, ChartSeriesData *out)
{
    qint64 from = data.from;
    if (!from) {
        const auto range = queries.pollTimeRange();
        from = range.ok() && range.value.first.isValid() ? range.value.first.toMSecsSinceEpoch() : now.toMSecsSinceEpoch() - 30 * kDayMs;
    }
    const qint64 to = data.to ? data.to : now.toMSecsSinceEpoch();
    const auto p = queries.periodDownloads(out->key, period, utc(from), utc(to));
    if (!p.ok()) {
        out->error = p.error.message();
        return;
    }
    out->periods = p.value;
}
// One point a day, ending at the last poll (so the current day is always there), back to the
// range's start or the history's first day: each tag's share of the top-50 velocity that day.
// A day with no velocity to share (the first day of history, a long gap) is a break.
void loadHotCategories(HistoryStore &store, SeriesQueries &queries, ChartData *data)
{
    const auto range = queries.pollTimeRange();
    if (!range.ok()) {
        data->error = range.error.message();
        return;
    }
    if (!range.value.first.isValid())
        return;
    qint64 end = range.value.second.toMSecsSinceEpoch();
    if (data->to)
        end = std::min(end, data->to);
    const qint64 first = std::max(range.value.first.toMSecsSinceEpoch(), data->from);
    const int days = int(std::min<qint64>(std::max<qint64>((end - first) / kDayMs, 0), 400));

    struct Day
    {
        qint64 t;
        QHash<QString, double> shares; // by label; empty: nothing to share that day
    };
    QList<Day> samples;
    QHash<QString, double> weight; // the sum of each label's shares, to rank the categories
    for (int k = days; k >= 0; --k) {
        const qint64 t = end - k * kDayMs;
        const auto hot = StatusReport::hotCategories(store, utc(t));
        if (!hot.ok()) {
            data->error = hot.error.message();
            return;
        }
        Day day{t, {}};
        if (hot.value.totalNow > 0)
            for (const CategoryShare &c : hot.value.categories) {
                day.shares[c.label] += c.shareNow;
                weight[c.label] += c.shareNow;
            }
        samples.append(day);
    }
    QStringList labels = weight.keys();
    // The most share over the range first; the latest day's share breaks ties, then the name.
    const QHash<QString, double> lastShares = samples.isEmpty() ? QHash<QString, double>() : samples.constLast().shares;
    std::sort(labels.begin(), labels.end(), [&](const QString &a, const QString &b) {
        if (weight.value(a) != weight.value(b))
            return weight.value(a) > weight.value(b);
        if (lastShares.value(a) != lastShares.value(b))
            return lastShares.value(a) > lastShares.value(b);
        return a < b;
    });
    const QStringList shown = labels.mid(0, kHotCategoryLines);
    const bool other = labels.size() > kHotCategoryLines;
    QStringList keys = shown;
    if (other)
        keys.append(ChartData::tr("other"));
    for (int i = 0; i < keys.size(); ++i) {
        ChartSeriesData s;
        s.key = keys.at(i);
        s.scope = s.key;
        bool broken = false;
        for (const Day &day : std::as_const(samples)) {
            if (day.shares.isEmpty()) {
                broken = true;
                continue;
            }
            double v = 0;
            if (i < shown.size()) {
                v = day.shares.value(s.key);
            } else {
                v = 100;
                for (const QString &l : shown)
                    v -= day.shares.value(l);
                v = std::max(0.0, v);
            }
            s.points.append({day.t, v, broken && !s.points.isEmpty()});
            broken = false;
        }
        data->series.append(s);
    }
    data->asOf = range.value.second;
}
} // namespace

bool ChartData::isEmpty() const
{
    for (const ChartSeriesData &s : series)
        if (!s.points.isEmpty() || !s.periods.isEmpty())
            return false;
    return true;
}

bool ChartData::parseKind(const QString &name, ChartKind *out)
{
    static const QList<QPair<QLatin1String, ChartKind>> names{
        {QLatin1String("cumulative"), ChartKind::Cumulative}, {QLatin1String("daily"), ChartKind::Daily},
        {QLatin1String("weekly"), ChartKind::Weekly},         {QLatin1String("monthly"), ChartKind::Monthly},
        {QLatin1String("velocity"), ChartKind::Velocity},     {QLatin1String("hot"), ChartKind::HotCategories}};
    for (const auto &n : names)
        if (name == n.first) {
            *out = n.second;
            return true;
        }
    return false;
}

ChartData ChartData::load(HistoryStore &store, const ChartRequest &request, const QDateTime &now)
{
    ChartData data;
    data.request = request;
    data.now = now;
    HistoryFilter filter;
    if (!filter.setRange(request.range.isEmpty() ? QStringLiteral("all") : request.range, now, &data.error))
        return data;
    data.from = filter.from == std::numeric_limits<qint64>::min() ? 0 : filter.from;
    data.to = filter.to == std::numeric_limits<qint64>::max() ? 0 : filter.to;

    SeriesQueries queries(store);
    if (request.kind == ChartKind::HotCategories) {
        loadHotCategories(store, queries, &data);
        return data;
    }
    AlertStore alerts(store);
    const QStringList keys = request.keys.isEmpty() ? QStringList{QStringLiteral("headline")} : request.keys;
    for (const QString &key : keys) {
        if (SeriesNames::isHubKey(key)) { // from the censuses, not the polls
            CensusSeries::load(store, key, data.series.isEmpty(), now, &data);
            continue;
        }
        ChartSeriesData s;
        s.key = key;
        s.scope = key;
        const auto notes = alerts.annotations(key, data.from, data.to ? data.to : std::numeric_limits<qint64>::max());
        if (notes.ok())
            s.annotations = notes.value;
        switch (request.kind) {
        case ChartKind::Cumulative: loadCumulative(store, queries, data, data.series.isEmpty(), now, &s); break;
        case ChartKind::Velocity: loadVelocity(queries, data, &s); break;
        case ChartKind::Daily: loadPeriods(queries, data, Period::Day, now, &s); break;
        case ChartKind::Weekly: loadPeriods(queries, data, Period::Week, now, &s); break;
        case ChartKind::Monthly: loadPeriods(queries, data, Period::Month, now, &s); break;
        case ChartKind::HotCategories: break; // loaded above, not per key
        }
        // The headline's scope as people read it ("top 1,000 models + 1,000 datasets"), not its key.
        // Per-period and hot-category loads leave the scope unset: the headline's latest scope.
        if (s.scope != s.key || s.key == QLatin1String("headline")) {
            const auto headline = store.latestAggregate(s.scope != s.key ? s.scope : QString());
            if (headline.ok() && !headline.value.scopeDescription.isEmpty())
                s.scope = headline.value.scopeDescription;
        }
        data.series.append(s);
    }
    const auto range = queries.pollTimeRange();
    if (range.ok())
        data.asOf = range.value.second;
    return data;
}

StoreResult<QStringList> ChartData::trackedSeries(HistoryStore &store)
{
    StoreResult<QList<LatestValue>> latest = store.latestValues();
    if (!latest.ok())
        return {{}, latest.error};
    QList<LatestValue> &values = latest.value;
    std::stable_sort(values.begin(), values.end(), [](const LatestValue &a, const LatestValue &b) { return a.allTime > b.allTime; });
    const auto hub = CensusSeries::keys(store);
    if (!hub.ok())
        return {{}, hub.error};
    StoreResult<QStringList> keys{QStringList{QStringLiteral("headline")} + hub.value, {}};
    QSet<QString> seen; // a set: a history holds tens of thousands of repos
    for (const LatestValue &v : std::as_const(values)) {
        const QString key = kindName(v.kind) + QLatin1Char(':') + v.name;
        if (!seen.contains(key)) {
            seen.insert(key);
            keys.value.append(key);
        }
    }
    return keys;
}

} // namespace hubwatch
