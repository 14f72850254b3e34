#include "analysis/Velocity.h"

#include <algorithm>
#include <limits>

namespace hubwatch {

namespace {

bool crossesExcluded(const QList<Velocity::Range> &excluded, qint64 a, qint64 b)
{
    return std::any_of(excluded.cbegin(), excluded.cend(), [a, b](const Velocity::Range &r) { return a < r.to && r.from < b; });
}

// The shared trailing-window rule. For each i: (v[i] - v[j]) / (t[i] - t[j]) per day, with j the
// earliest index in i's unbroken segment and with t[j] >= t[i] - window, or i - 1 when no other
// point lies in the window. breakBefore[k]: no rate may span the pair (k - 1, k).
template <typename Value>
QList<RatePoint> windowedSlope(const QList<qint64> &t, const QList<Value> &v, const QList<bool> &breakBefore, qint64 windowMs)
{
    QList<RatePoint> out;
    out.reserve(t.size());
    qsizetype segmentStart = 0;
    qsizetype lo = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (i == 0 || breakBefore[i])
            segmentStart = i;
        while (lo < i && t[lo] < t[i] - windowMs)
            ++lo;
        qsizetype j = std::max(lo, segmentStart);
        if (j == i && segmentStart < i)
            j = i - 1;
        RatePoint p;
        p.t = t[i];
        if (j < i) {
            p.known = true;
            p.spanMs = t[i] - t[j];
            p.perDay = double(v[i] - v[j]) * double(Velocity::DayMs) / double(p.spanMs);
        }
        out.append(p);
    }
    return out;
}

qint64 windowFor(int smoothingDays)
{
    return qint64(std::max(1, smoothingDays)) * Velocity::DayMs;
}

} // namespace

QList<RatePoint> Velocity::perDay(const QList<SeriesPoint> &allTime, int smoothingDays)
{
    return perDay(allTime, smoothingDays, Options());
}

QList<RatePoint> Velocity::perDay(const QList<SeriesPoint> &allTime, int smoothingDays, const Options &options)
{
    QList<SeriesPoint> sorted = allTime;
    std::stable_sort(sorted.begin(), sorted.end(), [](const SeriesPoint &a, const SeriesPoint &b) { return a.t < b.t; });

    QList<qint64> t;
    QList<qint64> v; // exact deltas: counts stay integers until the division
    t.reserve(sorted.size());
    v.reserve(sorted.size());
    for (const SeriesPoint &p : sorted) {
        if (!t.isEmpty() && t.last() == p.t) {
            v.last() = p.value; // the later write of the same poll wins
            continue;
        }
        t.append(p.t);
        v.append(p.value);
    }

    QList<bool> breakBefore(t.size(), false);
    for (qsizetype k = 1; k < t.size(); ++k) {
        breakBefore[k] = v[k] < v[k - 1] || t[k] - t[k - 1] > options.maxGapMs || crossesExcluded(options.excluded, t[k - 1], t[k]);
    }
    return windowedSlope(t, v, breakBefore, windowFor(smoothingDays));
}

QList<RatePoint> Velocity::acceleration(const QList<RatePoint> &rates, int smoothingDays)
{
    return acceleration(rates, smoothingDays, Options());
}

QList<RatePoint> Velocity::acceleration(const QList<RatePoint> &rates, int smoothingDays, const Options &options)
{
    QList<qint64> t;
    QList<double> v;
    QList<bool> breakBefore;
    t.reserve(rates.size());
    v.reserve(rates.size());
    breakBefore.reserve(rates.size());
    for (qsizetype k = 0; k < rates.size(); ++k) {
        const RatePoint &r = rates[k];
        bool brk = !r.known;
        if (k > 0) {
            const RatePoint &prev = rates[k - 1];
            brk = brk || !prev.known || r.t <= prev.t || r.t - prev.t > options.maxGapMs || crossesExcluded(options.excluded, prev.t, r.t);
        }
        t.append(r.t);
        v.append(r.perDay);
        breakBefore.append(brk);
    }
    return windowedSlope(t, v, breakBefore, windowFor(smoothingDays));
}

AggregateRate Velocity::aggregatePerDay(const QHash<QString, qint64> &before, qint64 tBefore, const QHash<QString, qint64> &after,
                                        qint64 tAfter)
{
    AggregateRate result;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            ++result.reposUnmatched; // entered
            continue;
        }
        const qint64 delta = it.value() - old.value();
        if (delta < 0) {
            ++result.reposExcluded;
            continue;
        }
        // Only counts near qint64's limit (a broken or hostile Hub) overflow: stop at the limit.
        if (__builtin_add_overflow(result.delta, delta, &result.delta))
            result.delta = std::numeric_limits<qint64>::max();
        ++result.reposUsed;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            ++result.reposUnmatched; // left
    }
    if (tAfter > tBefore) {
        result.known = true;
        result.perDay = double(result.delta) * double(DayMs) / double(tAfter - tBefore);
    }
    return result;
}

QList<SeriesPoint> Velocity::trackedTotals(const QList<RepoCounts> &snapshots, qint64 endValue)
{
    QList<RepoCounts> sorted = snapshots;
    std::stable_sort(sorted.begin(), sorted.end(), [](const RepoCounts &a, const RepoCounts &b) { return a.t < b.t; });
    for (qsizetype i = sorted.size() - 1; i > 0; --i)
        if (sorted[i - 1].t == sorted[i].t)
            sorted.removeAt(i - 1); // the later snapshot of the same time wins
    QList<SeriesPoint> out(sorted.size());
    qint64 value = endValue;
    for (qsizetype i = sorted.size() - 1; i >= 0; --i) {
        out[i] = {sorted[i].t, value};
        if (i == 0)
            break;
        const qint64 grown = aggregatePerDay(sorted[i - 1].allTime, sorted[i - 1].t, sorted[i].allTime, sorted[i].t).delta;
        if (__builtin_sub_overflow(value, grown, &value))
            value = std::numeric_limits<qint64>::min();
    }
    return out;
}

} // namespace hubwatch
