#include "analysis/Projection.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace hubwatch {

namespace {

// A least-squares line in the fit's own space (value, or ln value), x in days since tRef.
struct Fit
{
    bool valid = false;
    bool logScale = false;
    double a = 0.0;                      // at x = 0
    double b = 0.0;                      // per day
    double sigma = 0.0;                  // residual standard error, own space
    double r2 = 0.0;                     // original scale
    double n = 0.0, mx = 0.0, sxx = 0.0; // what the slope's uncertainty needs
};

// Where the edges of the fit's prediction band reach `level`, as x (days since tRef): the band is
// ŷ(x) ± k·σ·√(1 + 1/n + (x - x̄)²/Sxx), the scatter around the line plus the uncertainty of its
// slope, which grows with the distance from the data. A line shifted by ±k·σ alone would give a
// target years away a range of hours. high is +inf when the lower edge never gets there (the
// slope is not told from flat at k·σ).
std::pair<double, double> bandCrossings(const Fit &f, double level, double k)
{
    // (level - ŷ(x̄ + u))² = k²σ²(1 + 1/n + u²/Sxx), a quadratic A·u² - 2·b·D·u + C = 0 in u.
    const double d = level - (f.a + f.b * f.mx);
    const double s2 = k * k * f.sigma * f.sigma;
    const double g = s2 / f.sxx, h = s2 * (1.0 + 1.0 / f.n);
    const double a = f.b * f.b - g;
    const double c = d * d - h;
    const double disc = h * a + g * d * d; // = b²d² - a·c, without the cancellation
    const double inf = std::numeric_limits<double>::infinity();
    double low = -inf, high = inf;
    if (a > 0.0) { // inside the band between the two roots (disc > 0 here)
        low = (f.b * d - std::sqrt(disc)) / a;
        high = (f.b * d + std::sqrt(disc)) / a;
    } else if (a < 0.0 && disc > 0.0) { // inside from the larger root on, for good
        low = (f.b * d - std::sqrt(disc)) / a;
    } else if (a == 0.0 && d != 0.0) {
        low = c / (2.0 * f.b * d);
    }
    return {f.mx + low, f.mx + high};
}

Fit fitLine(const QList<double> &x, const QList<double> &values, bool logScale)
{
    Fit f;
    f.logScale = logScale;
    const qsizetype n = x.size();
    if (n < 3)
        return f;
    QList<double> y(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (logScale && values[i] <= 0.0)
            return f; // ln undefined: only the linear model applies
        y[i] = logScale ? std::log(values[i]) : values[i];
    }
    // Centred sums: t in ms and counts near 1e9 would lose all precision in raw sums.
    double mx = 0.0, my = 0.0, mv = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
        mv += values[i];
    }
    mx /= double(n);
    my /= double(n);
    mv /= double(n);
    double sxx = 0.0, sxy = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    if (sxx <= 0.0)
        return f;
    f.b = sxy / sxx;
    f.a = my - f.b * mx;
    double ssOwn = 0.0, ssRes = 0.0, ssTot = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const double own = f.a + f.b * x[i];
        const double predicted = logScale ? std::exp(own) : own;
        ssOwn += (y[i] - own) * (y[i] - own);
        ssRes += (values[i] - predicted) * (values[i] - predicted);
        ssTot += (values[i] - mv) * (values[i] - mv);
    }
    f.sigma = std::sqrt(ssOwn / double(n - 2));
    f.n = double(n);
    f.mx = mx;
    f.sxx = sxx;
    f.r2 = ssTot > 0.0 ? 1.0 - ssRes / ssTot : 0.0;
    f.valid = true;
    return f;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

Projection::Result Projection::toTarget(const QList<SeriesPoint> &recent, qint64 target, qint64 now)
{
    return toTarget(recent, target, now, Options());
}

Projection::Result Projection::toTarget(const QList<SeriesPoint> &recent, qint64 target, qint64 now, const Options &options)
{
    Result result;
    const QLocale locale;
    QList<SeriesPoint> points = recent;
    std::stable_sort(points.begin(), points.end(), [](const SeriesPoint &a, const SeriesPoint &b) { return a.t < b.t; });

    if (!points.isEmpty() && points.last().value >= target) {
        // Reached since the start of the final run at or above the target (a correction may
        // have dipped below it earlier).
        qsizetype first = points.size() - 1;
        while (first > 0 && points[first - 1].value >= target)
            --first;
        result.status = Status::AlreadyReached;
        result.eta = result.etaLow = result.etaHigh = utc(points[first].t);
        result.explanation = tr("The target has already been reached.");
        return result;
    }

    const qint64 span = points.isEmpty() ? 0 : points.last().t - points.first().t;
    if (points.size() < options.minPoints) {
        result.explanation =
            tr("Not enough history yet to project a date: %n poll(s) so far, at least %1 needed.", nullptr, int(points.size()))
                .arg(options.minPoints);
        return result;
    }
    if (span < options.minSpanMs) {
        const int days = int((options.minSpanMs + DayMs - 1) / DayMs);
        result.explanation = tr("Not enough history yet to project a date: it covers less than %n day(s).", nullptr, days);
        return result;
    }

    const qint64 tRef = points.last().t;
    QList<double> x;
    QList<double> values;
    for (const SeriesPoint &p : points) {
        x.append(double(p.t - tRef) / double(DayMs));
        values.append(double(p.value));
    }
    const Fit linear = fitLine(x, values, false);
    const Fit logLinear = options.logLinear ? fitLine(x, values, true) : Fit();
    const Fit &best = (logLinear.valid && logLinear.r2 > linear.r2) ? logLinear : linear;

    result.model = best.logScale ? Model::LogLinear : Model::Linear;
    result.r2 = best.r2;
    const double xNow = double(now - tRef) / double(DayMs);
    result.perDay = best.logScale ? best.b * std::exp(best.a + best.b * xNow) : best.b;

    if (!best.valid || best.b <= 0.0) {
        result.status = Status::NotGrowing;
        result.explanation = tr("The count is not growing, so it will not reach the target at "
                                "this pace.");
        return result;
    }
    if (best.r2 < options.minR2) {
        result.status = Status::TooNoisy;
        result.explanation = tr("The history is too irregular for a reliable date (fit quality "
                                "R² %1, below %2).")
                                 .arg(locale.toString(best.r2, 'f', 2), locale.toString(options.minR2, 'f', 2));
        return result;
    }

    // Where the line reaches the target (ms UTC), never before now.
    const double level = best.logScale ? std::log(double(target)) : double(target);
    const double horizon = double(now) + double(options.horizonMs);
    const auto toMs = [&](double x) { return std::max(double(tRef) + x * double(DayMs), double(now)); };
    const double eta = toMs((level - best.a) / best.b);
    if (!(eta <= horizon)) {
        const int years = int(options.horizonMs / (36525 * DayMs / 100));
        result.status = Status::NotGrowing;
        result.explanation = tr("At this pace the target is more than %n year(s) away.", nullptr, years);
        return result;
    }
    const auto [xLow, xHigh] = bandCrossings(best, level, options.sigmas);
    // The band holds the line, so the range holds the ETA; min/max only guard rounding.
    const double low = std::min(toMs(xLow), eta);
    const double high = std::max(toMs(xHigh), eta);
    result.status = Status::Ok;
    result.eta = utc(std::llround(eta));
    result.etaLow = utc(std::llround(low));
    if (high <= horizon)
        result.etaHigh = utc(std::llround(high));

    const int days = int((span + DayMs / 2) / DayMs);
    const QString r2 = locale.toString(best.r2, 'f', 2);
    result.explanation = best.logScale
        ? tr("Projected from steady percentage growth over the last %n day(s) (fit quality "
             "R² %1).",
             nullptr, days)
              .arg(r2)
        : tr("Projected from a straight-line trend over the last %n day(s) (fit quality R² %1).", nullptr, days).arg(r2);
    return result;
}

Projection::Result Projection::stale(qint64 ageMs)
{
    Result result;
    result.status = Status::Stale;
    const qint64 hourMs = DayMs / 24;
    const QString age = ageMs >= 2 * DayMs ? tr("%n day(s)", nullptr, int(std::min<qint64>(ageMs / DayMs, 1'000'000)))
                                           : tr("%n hour(s)", nullptr, int(ageMs / hourMs));
    result.explanation = tr("The history is stale: the last poll was %1 ago. Poll again to project a date.").arg(age);
    return result;
}

Projection::Result Projection::fromTrackedGrowth(const QList<RepoCounts> &snapshots, qint64 total, qint64 target, qint64 now)
{
    Options straight;
    straight.logLinear = false;
    return fromTrackedGrowth(snapshots, total, target, now, straight);
}

Projection::Result Projection::fromTrackedGrowth(const QList<RepoCounts> &snapshots, qint64 total, qint64 target, qint64 now,
                                                 const Options &options)
{
    return fromTrackedTotals(Velocity::trackedTotals(snapshots, total), target, now, options);
}

Projection::Result Projection::fromTrackedTotals(const QList<SeriesPoint> &tracked, qint64 target, qint64 now)
{
    Options straight;
    straight.logLinear = false;
    return fromTrackedTotals(tracked, target, now, straight);
}

Projection::Result Projection::fromTrackedTotals(const QList<SeriesPoint> &tracked, qint64 target, qint64 now, const Options &options)
{
    Result result = toTarget(tracked, target, now, options);
    if (result.status == Status::Ok || result.status == Status::TooNoisy
        || result.status == Status::NotGrowing) // a fit was made: say what it was made of
        result.explanation += QLatin1Char(' ')
            + tr("Only downloads count as growth here, not repos entering or leaving the tracked "
                 "set.");
    return result;
}

} // namespace hubwatch
