#pragma once

#include "analysis/SeriesPoint.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hubwatch {

// A rate at time t. known == false where no honest rate exists (the first point, right after
// an upstream correction, a long polling gap or an excluded range); perDay is 0 then, and a
// chart should draw a gap rather than a line to zero.
struct RatePoint
{
    qint64 t = 0;        // ms since epoch, UTC (the end of the window)
    double perDay = 0.0; // downloads per day (or per day² from Velocity::acceleration)
    bool known = false;
    qint64 spanMs = 0; // the history actually averaged over, <= the window unless one poll
                       // interval is longer than the window
};

// The growth of a set of repos between two snapshots (e.g. the Hub-wide headline).
struct AggregateRate
{
    double perDay = 0.0;    // sum of the per-repo deltas used, per day
    qint64 delta = 0;       // that sum of deltas, exact
    int reposUsed = 0;      // in both snapshots with a delta >= 0
    int reposExcluded = 0;  // in both snapshots, but the count went down (upstream correction)
    int reposUnmatched = 0; // in one snapshot only: entered or left the tracked set
    bool known = false;     // false when tAfter <= tBefore
};

// Each repo's all-time count at one time: a snapshot of the tracked set, keyed as the store keys
// repos ("model:org/name").
struct RepoCounts
{
    qint64 t = 0; // ms since epoch, UTC
    QHash<QString, qint64> allTime;
};

// Download velocity from the stored all-time counts. Pure functions: no I/O, no clock.
//
// Why deltas of all-time counts and not the Hub's 30-day figure: the 30-day window is rolling,
// so its changes mix new downloads with old ones falling out of the window.
class Velocity
{
public:
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;

    // A closed time interval (ms UTC) no rate may span: an anomaly. A pair of consecutive
    // points (a, b) is skipped when it shares more than an end point with it (a < to && from < b),
    // which matches Annotation{from, to} from Anomalies 1:1 (from = last good poll, to = first
    // poll after).
    struct Range
    {
        qint64 from = 0;
        qint64 to = 0;
    };

    struct Options
    {
        // Two consecutive polls further apart than this break the window: the average over a
        // week the app was closed is not a rate anyone observed.
        qint64 maxGapMs = 2 * DayMs;
        QList<Range> excluded;
    };

    // Downloads per day at each distinct timestamp of allTime (sorted here; for duplicate
    // timestamps the last point wins). smoothingDays (clamped to >= 1; the UI offers 1, 7, 30):
    // the rate at t is (value(t) - value(t0)) / (t - t0), t0 the earliest point within
    // [t - window, t] reachable without crossing a break; if there is none, the previous point
    // (one poll interval longer than the window). A total over the window, not a mean of
    // per-poll rates, so irregular polling weighs each hour the same.
    // Breaks (no rate across them; the point right after is unknown): a negative delta
    // (upstream correction), a gap > maxGapMs, an excluded range.
    static QList<RatePoint> perDay(const QList<SeriesPoint> &allTime, int smoothingDays);
    static QList<RatePoint> perDay(const QList<SeriesPoint> &allTime, int smoothingDays, const Options &options);

    // Change of the rate per day (perDay holds downloads/day²), one output per input, with the
    // same trailing-window rule over the known rates; an unknown rate, a gap or an excluded
    // range breaks the window. rates must be sorted by t (as perDay returns them).
    static QList<RatePoint> acceleration(const QList<RatePoint> &rates, int smoothingDays);
    static QList<RatePoint> acceleration(const QList<RatePoint> &rates, int smoothingDays, const Options &options);

    // Sum over repos present in both snapshots of (after - before), per day. Repos entering or
    // leaving contribute nothing (a 1e9 repo entering the top N is not a jump in downloads);
    // negative deltas are left out and counted.
    static AggregateRate aggregatePerDay(const QHash<QString, qint64> &before, qint64 tBefore, const QHash<QString, qint64> &after,
                                         qint64 tAfter);

    // A total as download growth alone, one point per snapshot (sorted here; of equal times the
    // last counts): the last point is endValue (the tracked total now) and each earlier one lies
    // below its successor by aggregatePerDay's delta between the two. A repo entering or leaving
    // the tracked set (the top N) moves no point, so a fit over these sees downloads, not scope.
    static QList<SeriesPoint> trackedTotals(const QList<RepoCounts> &snapshots, qint64 endValue);
};

} // namespace hubwatch
