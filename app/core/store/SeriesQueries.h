#pragma once

#include "Downsampler.h"
#include "HistoryStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hubwatch {

enum class Metric { AllTime, Downloads30d, Likes, ReposCovered };
enum class Period { Day, Week, Month }; // calendar periods in UTC; weeks start on Monday

// A series ready to draw. Points sit at the finished_at of the polls that produced them.
//
// A repo's series has a point at every stored sample, at the last poll that still showed the
// previous value before each change (so a plain line chart draws the step function right), and
// at the first and the last poll of every stretch in which the repo was seen. A stretch ends at a
// poll of the same scope that did not see the repo (it left the scope, the poll failed or was
// partial), at an unknown (null) value, or when consecutive polls are further apart than the gap
// threshold; the next point then carries gapBefore. Values are never invented for a gap.
// The headline series is the scope's aggregates (complete polls only); it has a gap wherever
// no complete poll ran for longer than the threshold.
struct Series
{
    QString key;
    Metric metric = Metric::AllTime;
    QString scopeKey;          // the headline's scope; empty for a repo
    QList<ChartPoint> points;  // at most maxPoints, sorted by t
    int rawPointCount = 0;     // before downsampling
    qint64 gapThresholdMs = 0; // what counted as a gap
};

// Downloads in one calendar period [start, end), from all-time deltas.
struct PeriodDownloads
{
    QDateTime start;
    QDateTime end;
    qint64 downloads = 0;    // meaningful only when known
    bool known = false;      // false: a boundary is not covered by data (a gap, never 0)
    bool correction = false; // the delta is negative: an upstream correction, returned as-is
    // A period the data covers only in part, at the edge of the history (it starts or ends
    // inside it): known stays false, so sums and records never take it for a whole period; its
    // downloads over the covered span [coveredFrom, coveredTo] are given for drawing it as partial.
    bool partial = false;
    qint64 partialDownloads = 0;
    QDateTime coveredFrom;
    QDateTime coveredTo;
};

// Read-only range queries over HistoryStore for charts. Synchronous: run them on the store's
// thread (StoreThread::call). Series keys: "model:ORG/NAME", "dataset:ORG/NAME", "headline" (the
// scope of the latest complete poll) or "headline:<scope key>".
class SeriesQueries
{
public:
    explicit SeriesQueries(HistoryStore &store) : m_store(store) {}

    // 0 (the default): three times the median interval between the polls in range, and at
    // least one hour.
    void setGapThreshold(qint64 ms) { m_gapThresholdMs = ms; }

    // An invalid from/to leaves that end of the range open. maxPoints <= 0: no downsampling.
    // Metric::Likes has no headline; Metric::ReposCovered exists only for the headline.
    StoreResult<Series> series(const QString &seriesKey, Metric metric, const QDateTime &from, const QDateTime &to, int maxPoints);

    // Every period that overlaps [from, to), in order. The headline uses the aggregate
    // total_all_time, which also moves when repos enter or leave the scope.
    StoreResult<QList<PeriodDownloads>> periodDownloads(const QString &seriesKey, Period period, const QDateTime &from,
                                                        const QDateTime &to);

    // The finished_at of the first and of the latest poll of any scope; invalid when none.
    StoreResult<QPair<QDateTime, QDateTime>> pollTimeRange();

    // The period boundaries b0 < b1 < … covering [from, to): b0 is the start of the period
    // holding from, the last is the first boundary at or after to.
    static QList<QDateTime> periodBoundaries(Period period, const QDateTime &from, const QDateTime &to);

private:
    struct Observation
    {
        qint64 t;
        qint64 value;
        bool gapBefore;
    };
    struct Observed
    {
        QList<Observation> points;
        QString scopeKey;
        qint64 thresholdMs = 0;
    };
    StoreError observe(const QString &seriesKey, Metric metric, qint64 from, qint64 to, Observed *out);
    StoreError observeRepo(qint64 repoId, const QString &column, qint64 from, qint64 to, Observed *out);
    StoreError observeHeadline(const QString &scopeKey, const QString &column, qint64 from, qint64 to, Observed *out);
    qint64 thresholdFor(QList<qint64> times) const;

    HistoryStore &m_store;
    qint64 m_gapThresholdMs = 0;
};

} // namespace hubwatch

Q_DECLARE_METATYPE(hubwatch::Metric)
Q_DECLARE_METATYPE(hubwatch::Period)
