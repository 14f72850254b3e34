#include "Downsampler.h"

#include <algorithm>
#include <array>

namespace hubwatch {

namespace {

// The indices kept when the time range is cut into `buckets` buckets: per bucket its first,
// lowest, highest and last point. With splitAtGaps, a gap start always opens a new bucket.
QList<int> pick(const QList<ChartPoint> &p, qint64 buckets, bool splitAtGaps)
{
    const int n = int(p.size());
    const qint64 t0 = p.first().t;
    const double span = double(p.last().t - t0) + 1.0;
    const auto bucketOf = [&](int i) { return qint64(double(p[i].t - t0) / span * double(buckets)); };
    QList<int> kept;
    int begin = 0;
    while (begin < n) {
        const qint64 bucket = bucketOf(begin);
        int end = begin + 1;
        while (end < n && bucketOf(end) == bucket && !(splitAtGaps && p[end].gapBefore))
            ++end;
        int lo = begin, hi = begin;
        for (int i = begin + 1; i < end; ++i) {
            if (p[i].value < p[lo].value)
                lo = i;
            if (p[i].value > p[hi].value)
                hi = i;
        }
        std::array<int, 4> idx{begin, lo, hi, end - 1};
        std::sort(idx.begin(), idx.end());
        for (int k = 0; k < 4; ++k)
            if (k == 0 || idx[k] != idx[k - 1])
                kept.append(idx[k]);
        begin = end;
    }
    return kept;
}

// Fewer buckets until the result fits; an empty list when even one bucket is too many.
QList<int> fit(const QList<ChartPoint> &p, int maxPoints, bool splitAtGaps)
{
    qint64 buckets = qMax(1, maxPoints / 4);
    for (;;) {
        QList<int> kept = pick(p, buckets, splitAtGaps);
        if (kept.size() <= maxPoints)
            return kept;
        if (buckets == 1)
            return {};
        // Shrink in proportion to the overshoot, and always by at least one.
        buckets = qMax<qint64>(1, qMin<qint64>(buckets - 1, buckets * maxPoints / kept.size()));
    }
}

} // namespace

QList<ChartPoint> Downsampler::reduce(const QList<ChartPoint> &points, int maxPoints)
{
    if (maxPoints <= 0 || points.size() <= maxPoints)
        return points;
    QList<int> kept = fit(points, maxPoints, true);
    if (kept.isEmpty())
        kept = fit(points, maxPoints, false);
    if (kept.isEmpty()) {
        // A budget under four points: the ends first, then the highest and lowest point.
        kept = pick(points, 1, false);
        const int first = kept.first(), last = kept.last();
        kept.removeFirst();
        kept.removeLast();
        if (kept.size() == 2 && points[kept[1]].value > points[kept[0]].value)
            std::swap(kept[0], kept[1]); // the highest before the lowest
        kept.prepend(last);
        kept.prepend(first);
        while (kept.size() > maxPoints)
            kept.removeLast();
        std::sort(kept.begin(), kept.end());
    }
    // A kept point starts a gap when it or any point dropped just before it did.
    QList<ChartPoint> out;
    out.reserve(kept.size());
    int previous = -1;
    for (int i : kept) {
        ChartPoint point = points[i];
        for (int j = previous + 1; j < i && !point.gapBefore; ++j)
            point.gapBefore = points[j].gapBefore;
        out.append(point);
        previous = i;
    }
    return out;
}

} // namespace hubwatch
