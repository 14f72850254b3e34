#include "analysis/Projection.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hubwatch {

namespace {

// A least-squares line in the fit's own space (value, or ln value), x in days since tRef.
struct Fit
{
    bool valid = false;
    bool logScale = false;
    double a = 0.0;     // at x = 0
    double b = 0.0;     // per day
    double sigma = 0.0; // residual standard error, own space
    double r2 = 0.0;    // original scale
};

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
    f.r2 = ssTot > 0.0 ? 1.0 - ssRes / ssTot : 0.0;
    f.valid = true;
    return f;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

Projection::Result Projection::toTarget(const QList<SeriesPoint> &recent, qint64 target,
                                        qint64 now)
{
    return toTarget(recent, target, now, Options());
}

Projection::Result Projection::toTarget(const QList<SeriesPoint> &recent, qint64 target,
                                        qint64 now, const Options &options)
{
    Result result;
    const QLocale locale;
    QList<SeriesPoint> points = recent;
    std::stable_sort(points.begin(), points.end(),
                     [](const SeriesPoint &a, const SeriesPoint &b) { return a.t < b.t; });

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
            tr("Not enough history yet to project a date: %n poll(s) so far, at least %1 needed.",
               nullptr, int(points.size()))
                .arg(options.minPoints);
        return result;
    }
    if (span < options.minSpanMs) {
        const int days = int((options.minSpanMs + DayMs - 1) / DayMs);
        result.explanation =
            tr("Not enough history yet to project a date: it covers less than %n day(s).",
               nullptr, days);
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
    const Fit logLinear = fitLine(x, values, true);
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
                                 .arg(locale.toString(best.r2, 'f', 2),
                                      locale.toString(options.minR2, 'f', 2));
        return result;
    }

    // Where the line, shifted by `shift` in its own space, reaches the target (ms UTC).
    const double level = best.logScale ? std::log(double(target)) : double(target);
    const double horizon = double(now) + double(options.horizonMs);
    auto crossing = [&](double shift) {
        const double xCross = (level - (best.a + shift)) / best.b;
        return std::max(double(tRef) + xCross * double(DayMs), double(now));
    };
    const double eta = crossing(0.0);
    if (!(eta <= horizon)) {
        const int years = int(options.horizonMs / (36525 * DayMs / 100));
        result.status = Status::NotGrowing;
        result.explanation =
            tr("At this pace the target is more than %n year(s) away.", nullptr, years);
        return result;
    }
    const double band = options.sigmas * best.sigma;
    const double low = crossing(band);   // the line shifted up gets there first
    const double high = crossing(-band);
    result.status = Status::Ok;
    result.eta = utc(std::llround(eta));
    result.etaLow = utc(std::llround(low));
    if (high <= horizon)
        result.etaHigh = utc(std::llround(high));

    const int days = int((span + DayMs / 2) / DayMs);
    const QString r2 = locale.toString(best.r2, 'f', 2);
    result.explanation = best.logScale
        ? tr("Projected from steady percentage growth over the last %n day(s) (fit quality "
             "R² %1).", nullptr, days).arg(r2)
        : tr("Projected from a straight-line trend over the last %n day(s) (fit quality R² %1).",
             nullptr, days).arg(r2);
    return result;
}

} // namespace hubwatch
