#include "ChartAxes.h"

#include "ChartText.h"
#include "analysis/CompactNumber.h"

#include <QCategoryAxis>
#include <QDateTime>

#include <cmath>

namespace hubwatch {

namespace {
constexpr qint64 kHour = 60 * 60 * 1000LL;
constexpr qint64 kDay = 24 * kHour;

// The smallest round step (1, 2, 2.5 or 5 times a power of ten) that gives at most one tick
// more than wanted: rounding the step up alone halved a tall axis' ticks (2M steps for 8 wanted).
double niceStep(double span, int wanted)
{
    if (span <= 0 || wanted <= 0)
        return 1;
    const double raw = span / wanted;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (span / (m * mag) <= wanted + 1)
            return m * mag;
    return 10 * mag;
}

QString countLabel(double v, const QLocale &locale)
{
    if (std::abs(v) < 10 && v != std::round(v))
        return locale.toString(v, 'g', 2);
    return CompactNumber::format(qint64(std::llround(v)), locale, CompactNumber::Zeros::Trim);
}
} // namespace

double ChartAxes::toPlot(double value, bool log)
{
    return log ? std::log10(std::max(value, 1.0)) : value;
}

double ChartAxes::fromPlot(double plotted, bool log)
{
    return log ? std::pow(10.0, plotted) : plotted;
}

int ChartAxes::ticksFor(double pixels, double spacing, int fallback)
{
    if (!(pixels > 0) || !(spacing > 0))
        return fallback; // not laid out yet
    return qBound(2, int(pixels / spacing), 16);
}

namespace {
QList<ChartAxes::Tick> countTicks(double min, double max, bool log, const QLocale &locale, int wanted)
{
    QList<ChartAxes::Tick> ticks;
    if (!(max > min))
        return ticks;
    if (log && max - min < 1) {
        // Less than a decade: round values (8B, 9B, 10B, 11B…) at their log positions, else
        // a chart within one decade would read a single label.
        const double vMin = std::pow(10.0, min), vMax = std::pow(10.0, max);
        const double step = niceStep(vMax - vMin, wanted);
        for (double v = std::ceil(vMin / step) * step; v <= vMax * (1 + 1e-12); v += step)
            if (v > 0)
                ticks.append({std::log10(v), countLabel(v, locale)});
        return ticks;
    }
    if (log) {
        const int lo = int(std::floor(min));
        const int hi = int(std::ceil(max));
        const bool fine = hi - lo <= 2;
        // Every decade, unless their labels would touch; then every second (third…) one.
        const int every = std::max(1, int(std::ceil((hi - lo) / (2.5 * std::max(1, wanted)))));
        for (int k = lo; k <= hi; ++k)
            for (const double m : {1.0, 2.0, 5.0}) {
                if ((m > 1 && !fine) || (k % every != 0))
                    continue;
                const double p = k + std::log10(m);
                if (p >= min - 1e-9 && p <= max + 1e-9)
                    ticks.append({p, countLabel(std::pow(10.0, p), locale)});
            }
        return ticks;
    }
    const double step = niceStep(max - min, wanted);
    for (double v = std::ceil(min / step) * step; v <= max + step * 1e-9; v += step)
        ticks.append({v, countLabel(std::abs(v) < step * 1e-9 ? 0.0 : v, locale)});
    return ticks;
}
} // namespace

QList<ChartAxes::Tick> ChartAxes::valueTicks(double min, double max, bool log, const QLocale &locale, int wanted, bool percent)
{
    QList<Tick> ticks = countTicks(min, max, log, locale, wanted);
    if (percent)
        for (Tick &t : ticks)
            t.second = tr("%1%", "chart axis: a percentage").arg(t.second);
    return ticks;
}

QList<ChartAxes::Tick> ChartAxes::timeTicks(qint64 min, qint64 max, const QLocale &locale, int wanted)
{
    QList<Tick> ticks;
    if (max <= min)
        return ticks;
    const qint64 span = max - min;
    static const qint64 fixed[] = {kHour, 3 * kHour, 6 * kHour, 12 * kHour, kDay, 2 * kDay, 7 * kDay, 14 * kDay};
    for (const qint64 step : fixed) {
        if (span / step > wanted)
            continue;
        // Weeks start on Monday (1970-01-05 was one); shorter steps align to UTC midnight.
        const qint64 origin = step >= 7 * kDay ? 4 * kDay : 0;
        // Date formats are translatable: German reads "2. Nov.", Chinese "11月2日".
        const QString format = step < kDay ? tr("MMM d HH:mm", "chart axis: a day and time (QDateTime format)")
                                           : tr("MMM d", "chart axis: a day (QDate format)");
        qint64 t = origin + ((min - origin + step - 1) / step) * step;
        for (; t <= max; t += step)
            ticks.append({double(t), locale.toString(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC), format)});
        return ticks;
    }
    int months = 1;
    for (const int m : {1, 3, 6, 12, 24, 60}) {
        months = m;
        if (span / (m * 30 * kDay) <= wanted)
            break;
    }
    const QDate first = QDateTime::fromMSecsSinceEpoch(min, Qt::UTC).date();
    QDate d(first.year(), 1, 1);
    while (QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() < min)
        d = d.addMonths(months);
    const QString format = months >= 12 ? QStringLiteral("yyyy") : tr("MMM yyyy", "chart axis: a month (QDate format)");
    for (; QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() <= max; d = d.addMonths(months))
        ticks.append({double(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()), locale.toString(d, format)});
    return ticks;
}

QList<ChartAxes::Tick> ChartAxes::dayTicks(qint64 min, qint64 max, const QLocale &locale, int wanted)
{
    QList<Tick> ticks;
    if (max <= min)
        return ticks;
    const qint64 step = std::max<qint64>(1, qint64(niceStep(double(max - min) / kDay, wanted))) * kDay;
    for (qint64 t = ((std::max<qint64>(min, 0) + step - 1) / step) * step; t <= max; t += step)
        ticks.append({double(t), tr("day %1").arg(locale.toString(t / kDay))});
    return ticks;
}

QList<ChartAxes::Tick> ChartAxes::periodTicks(const QList<QPair<qint64, qint64>> &periods, bool months, qint64 min, qint64 max,
                                              const QLocale &locale, int wanted)
{
    const QString format = months ? tr("MMM yyyy", "chart axis: a month (QDate format)") : tr("MMM d", "chart axis: a day (QDate format)");
    QList<QPair<qint64, qint64>> shown;
    for (const auto &p : periods)
        if ((p.first + p.second) / 2 >= min && (p.first + p.second) / 2 <= max)
            shown.append(p);
    const qsizetype every = std::max<qsizetype>(1, (shown.size() + wanted - 1) / std::max(1, wanted));
    QList<Tick> ticks;
    for (qsizetype i = 0; i < shown.size(); i += every)
        ticks.append({double(shown.at(i).first + shown.at(i).second) / 2,
                      locale.toString(QDateTime::fromMSecsSinceEpoch(shown.at(i).first, Qt::UTC), format)});
    return ticks;
}

QList<double> ChartAxes::minorLogTicks(double min, double max)
{
    QList<double> out;
    if (!(max > min) || max - min > 30)
        return out;
    for (int k = int(std::floor(min)); k <= int(std::ceil(max)); ++k)
        for (int m = 2; m <= 9; ++m) {
            const double p = k + std::log10(double(m));
            if (p > min && p < max)
                out.append(p);
        }
    return out;
}

bool ChartAxes::labelsFit(const QList<double> &centres, const QList<double> &widths, double gap)
{
    for (qsizetype i = 1; i < centres.size() && i < widths.size(); ++i)
        if (centres.at(i) - centres.at(i - 1) < (widths.at(i) + widths.at(i - 1)) / 2 + gap)
            return false;
    return true;
}

void ChartAxes::apply(QCategoryAxis *axis, const QList<Tick> &ticks)
{
    const double min = axis->min();
    const double max = axis->max();
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    // Just below the minimum, so a tick on the minimum itself (a bar chart's 0) is labelled too.
    axis->setStartValue(min - (max - min) * 1e-6);
    QStringList seen;
    for (const Tick &t : ticks) {
        if (seen.contains(t.second) || t.first < min)
            continue;
        seen.append(t.second);
        ChartText::appendCategory(axis, t.second, t.first);
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(min, max);
}

QString ChartAxes::utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace hubwatch
