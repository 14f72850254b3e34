#include "Anomalies.h"

#include <QLocale>

#include <algorithm>

namespace hubwatch {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

bool known(qint64 v)
{
    return v >= 0;
}

} // namespace

QString Anomalies::describeDuration(qint64 ms)
{
    // %n wants an int; a gap of more than 2^31 days is not a case worth a branch.
    if (ms >= kDay)
        return tr("%n day(s)", nullptr, int(ms / kDay));
    if (ms >= kHour)
        return tr("%n hour(s)", nullptr, int(ms / kHour));
    if (ms >= kMinute)
        return tr("%n minute(s)", nullptr, int(ms / kMinute));
    return tr("%n second(s)", nullptr, int(std::max<qint64>(ms, 0) / kSecond));
}

QList<Annotation> Anomalies::detect(const QList<AnomalyInput> &input, qint64 gapThresholdMs)
{
    QList<AnomalyInput> points = input;
    std::stable_sort(points.begin(), points.end(), [](const AnomalyInput &a, const AnomalyInput &b) { return a.t < b.t; });
    const QLocale locale;
    QList<Annotation> out;

    // Every observation is a poll, seen or not: an absent repo is still news about that moment.
    if (gapThresholdMs > 0) {
        for (qsizetype i = 1; i < points.size(); ++i) {
            const qint64 span = points[i].t - points[i - 1].t;
            if (span <= gapThresholdMs)
                continue;
            out.append({Annotation::Kind::PollGap, points[i - 1].t, points[i].t, span,
                        tr("No poll for %1: nothing is known about this period").arg(describeDuration(span))});
        }
    }

    // Values are compared with the last *seen* observation that reported them: a repo missing
    // from one poll (it fell out of the top N) or a field missing from one reply says nothing.
    qsizetype lastAllTime = -1; // index of the last seen point with a known all-time count
    qsizetype lastD30 = -1;     // same for the 30-day count
    qsizetype openGap = -1;     // index in `out` of an UpstreamGap whose 30-day count is still zero
    for (qsizetype i = 0; i < points.size(); ++i) {
        const AnomalyInput &b = points[i];
        if (!b.seen)
            continue;
        if (lastAllTime >= 0 && known(b.allTime) && b.allTime < points[lastAllTime].allTime) {
            const AnomalyInput &a = points[lastAllTime];
            const qint64 delta = b.allTime - a.allTime;
            out.append({Annotation::Kind::UpstreamCorrection, a.t, b.t, delta,
                        tr("All-time downloads fell by %1 (an upstream correction by the Hub)").arg(locale.toString(-delta))});
        }
        if (known(b.d30) && openGap >= 0) {
            // The gap lasts while the window reads zero, and the jump back up belongs to it
            // too: a rate over the recovery step would be as wrong as one over the drop.
            out[openGap].to = b.t;
            if (b.d30 > 0)
                openGap = -1;
        } else if (known(b.d30) && lastD30 >= 0) {
            const AnomalyInput &a = points[lastD30];
            // A real 30-day count cannot reach zero while all-time keeps growing: the Hub's
            // window has a hole, not the repo.
            if (a.d30 > 0 && b.d30 == 0 && known(a.allTime) && known(b.allTime) && b.allTime > a.allTime) {
                openGap = out.size();
                out.append({Annotation::Kind::UpstreamGap, a.t, b.t, b.d30 - a.d30,
                            tr("The 30-day count dropped to zero while all-time downloads grew: "
                               "the Hub's 30-day window has a gap")});
            }
        }
        if (known(b.allTime))
            lastAllTime = i;
        if (known(b.d30))
            lastD30 = i;
    }

    std::stable_sort(out.begin(), out.end(), [](const Annotation &x, const Annotation &y) { return x.from < y.from; });
    return out;
}

bool Anomalies::excludes(const QList<Annotation> &annotations, qint64 from, qint64 to)
{
    if (from > to)
        std::swap(from, to);
    for (const Annotation &a : annotations) {
        // Open-interval overlap, so a rate over the step right before or after an annotation
        // stays usable; a zero-length annotation (two polls at the same ms) counts when inside.
        if (a.from < to && from < a.to)
            return true;
        if (a.from == a.to && from <= a.from && a.from <= to)
            return true;
    }
    return false;
}

} // namespace hubwatch
