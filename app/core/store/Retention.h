#pragma once

#include "HistoryStore.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace hubwatch {

// Compaction of old history ("retention").
//
// By default HubWatch keeps every raw sample forever: compaction only runs when it is asked for
// (Retention::compact). It then thins what is older than N days, shape-preserving:
//  - Samples are grouped per repo into UTC hours or days, by the finished_at of their poll. Only
//    whole buckets that ended before (now - N days) are touched. In each bucket HubWatch keeps the
//    first and the last sample, and every sample that is a local extreme of all_time (a peak or a
//    trough, such as the low point of an upstream correction; on a plateau, its first sample).
//    Samples with an unknown all_time are kept, and so are their neighbours. Everything else in
//    the bucket is deleted.
//  - Between kept samples, the stored value holds as before (samples are change-only), so a
//    chart of compacted history shows the same levels, turning points, and first and last value
//    per bucket, at a coarser time resolution; 30-day downloads and likes keep only the values
//    of the kept samples.
//  - The headline aggregates of complete polls are thinned the same way per scope (on
//    total_all_time); aggregates newer than N days are never touched.
//  - Polls are never deleted, nor presence runs: they stay the record of when HubWatch looked and
//    what it saw, they are small, and presence rows point at them. Gaps therefore stay gaps.
//  - Census samples (change-only, one per repo and census at most) go by whole months: every
//    month that ended before (now - N days) is dropped — on PostgreSQL its partition, at once,
//    on SQLite its rows. Hourly or daily buckets would keep all of them (a census a day), and
//    a repo's latest census figures stay in census_repos whatever is dropped.
//  - One transaction: all or nothing. Idempotent: a second run with the same arguments deletes
//    nothing. The latest sample of every repo is always kept (it is the last of its bucket).
struct RetentionResult
{
    qint64 samplesRemoved = 0;
    qint64 aggregatesRemoved = 0;
    qint64 censusSamplesRemoved = 0;
    qint64 censusPartitionsDropped = 0; // PostgreSQL only
};

class Retention
{
public:
    enum class Resolution { Hourly, Daily };

    static StoreResult<RetentionResult> compact(HistoryStore &store, int olderThanDays, Resolution resolution, const QDateTime &now);

    // The pure rule, public for tests. rows: one series in storage order (t ms, value or
    // unknown), all older than the cutoff. Returns which rows to keep.
    struct Row
    {
        qint64 t;
        std::optional<qint64> value;
    };
    static QList<bool> keep(const QList<Row> &rows, qint64 bucketMs);
};

} // namespace hubwatch
