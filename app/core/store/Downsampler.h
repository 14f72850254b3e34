#pragma once

#include <QList>
#include <QtGlobal>

namespace hubwatch {

// One point of a time series: t is ms since the epoch (UTC). gapBefore marks the first point
// after a stretch without data (the repo was not seen, or no poll ran): a chart must not join it
// to the point before it, and nothing is ever drawn as zero there.
struct ChartPoint
{
    qint64 t = 0;
    double value = 0;
    bool gapBefore = false;

    bool operator==(const ChartPoint &o) const { return t == o.t && value == o.value && gapBefore == o.gapBefore; }
};

// Shape-preserving reduction of a series for drawing. Pure: no SQL, no state.
//
// The time range is cut into equal buckets; each bucket keeps its first, lowest, highest and
// last point (in time order, each point at most once), so every peak and trough survives and
// the first and last point of the series are always kept. A bucket never reaches across a gap:
// the point that starts a gap always starts a bucket of its own, so it is kept with its flag.
// When gaps are so many that the budget cannot hold every segment's first/min/max/last, the
// budget wins: whole segments are merged, and the gap flag of a dropped segment start moves to
// the next point that is kept, so a gap is still drawn (never bridged as if data were there).
class Downsampler
{
public:
    // points sorted by t. Returns at most maxPoints points, sorted; maxPoints <= 0, or a series
    // that already fits, comes back unchanged.
    static QList<ChartPoint> reduce(const QList<ChartPoint> &points, int maxPoints);
};

} // namespace hubwatch
