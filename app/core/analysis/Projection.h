#pragma once

#include "analysis/SeriesPoint.h"
#include "analysis/Velocity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hubwatch {

// When will a cumulative count reach a target? A trend fitted by least squares over the recent
// history, with an honest range and a refusal when the history cannot support an answer.
//
// Two models: linear (value ~ a + b·t) and log-linear (ln value ~ a + b·t, i.e. steady
// percentage growth; only when every value is > 0). The better one is chosen by R² on the
// original scale (the log fit's predictions exp(a + b·t) against the values), so the two are
// compared on the same footing; a tie keeps the linear model, the more conservative for
// growing series. The range is where the edges of the chosen fit's prediction band cross the
// target, in the fit's own space (log-linear: a multiplicative band): ±k·σ·√(1 + 1/n +
// (x - x̄)²/Sxx), σ the residual standard error (n - 2 degrees of freedom). It counts the
// scatter around the line and the uncertainty of the slope, which dominates for a target far
// beyond the data (a milestone years away gets a range of months, not hours).
class Projection
{
    Q_DECLARE_TR_FUNCTIONS(Projection)
public:
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;

    enum class Status {
        Ok,
        AlreadyReached, // the latest value is >= target; eta = first time a value was >= target
        TooShort,       // fewer than minPoints points or a span shorter than minSpanMs
        TooNoisy,       // the better fit's R² < minR2
        NotGrowing,     // the better fit's slope <= 0, or the target lies beyond the horizon
        Stale,          // the last poll is too old for a trend to say anything about today
    };
    enum class Model { Linear, LogLinear };

    struct Options
    {
        int minPoints = 5;
        qint64 minSpanMs = 2 * DayMs;
        double minR2 = 0.8;
        bool logLinear = true;                       // false: the straight line only
        double sigmas = 2.0;                         // half-width of the range, in residual standard errors
        qint64 horizonMs = 50 * 36525 * DayMs / 100; // 50 years: later is "not growing"
    };

    struct Result
    {
        Status status = Status::TooShort;
        Model model = Model::Linear;
        // UTC. Set for Ok (etaLow <= eta <= etaHigh, none before now; etaHigh is invalid when
        // it lies beyond the horizon) and for AlreadyReached (all three equal).
        QDateTime eta;
        QDateTime etaLow;
        QDateTime etaHigh;
        double r2 = 0.0;     // of the chosen model, original scale; 0 when not fitted
        double perDay = 0.0; // the chosen model's growth per day at `now`; 0 when not fitted
        QString explanation; // one translated sentence for a tooltip
    };

    // recent: the window to fit, any order. now: ms UTC; no ETA is placed before it.
    static Result toTarget(const QList<SeriesPoint> &recent, qint64 target, qint64 now);
    static Result toTarget(const QList<SeriesPoint> &recent, qint64 target, qint64 now, const Options &options);

    // The same for a tracked total such as the top-N headline, fitted to download growth alone:
    // to Velocity::trackedTotals(snapshots, total), the per-repo growth the velocity uses. The raw
    // total jumps when a repo enters the top N (steady growth of 11M a day once looked like 10B
    // to 20B in six days); this series does not, so the ETA and its range follow the downloads.
    // A repo entering the scope can still carry the total past a target earlier than projected.
    // Without options, the straight line only: over the days of snapshots it sees, steady and
    // percentage growth differ by less than the noise, yet extrapolated to a milestone a year
    // away a noise-level R² difference moves the date by weeks.
    static Result fromTrackedGrowth(const QList<RepoCounts> &snapshots, qint64 total, qint64 target, qint64 now);
    static Result fromTrackedGrowth(const QList<RepoCounts> &snapshots, qint64 total, qint64 target, qint64 now, const Options &options);
    // The same from the tracked totals already worked out (PollFigures keeps each poll's growth).
    static Result fromTrackedTotals(const QList<SeriesPoint> &tracked, qint64 target, qint64 now);
    static Result fromTrackedTotals(const QList<SeriesPoint> &tracked, qint64 target, qint64 now, const Options &options);

    // No projection because the history stopped `ageMs` ago: says so, and how old it is.
    static Result stale(qint64 ageMs);
};

} // namespace hubwatch
