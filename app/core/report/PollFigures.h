#pragma once

#include "analysis/HotCategories.h"
#include "store/HistoryStore.h"

namespace hubwatch {

// What one complete poll measured against the poll about a day before it: the growth of the
// repos in both, and the top models' velocity by pipeline tag. Worked out from two snapshots
// once, right after the poll is stored (record()), and kept as a row of poll_figures; the
// status report, the projection, the hot categories and their chart then read rows.
struct PollFigures
{
    HistoryStore::PollRef poll;
    qint64 dayBeforePoll = 0; // the last complete poll a day or more before; 0 if none
    // Growth: against dayBeforePoll, or the first complete poll while the history is younger.
    HistoryStore::PollRef growthRef;
    qint64 growthDelta = 0;
    bool stored = false; // read from its row, not computed on the spot
    TopVelocity hot;     // empty without a poll a day before: no velocity to rank

    // Downloads per day of the tracked repos, as Velocity::aggregatePerDay measures it.
    bool growthKnown() const { return growthRef.at.isValid() && growthRef.at < poll.at; }
    double growthPerDay() const;

    static constexpr int TopN = 50; // the seed's "top-50 model download velocity"

    // The figures of a complete poll from the samples (two or three snapshots).
    static StoreResult<PollFigures> compute(HistoryStore &store, const HistoryStore::PollRef &poll);
    // Its row when it has one, else compute(): a reader never writes, an older history has rows
    // only for the polls stored since it was upgraded.
    static StoreResult<PollFigures> of(HistoryStore &store, const HistoryStore::PollRef &poll);
    // Each model's downloads per day between two snapshots: new ones, unknown counts and
    // upstream corrections left out.
    static QList<ModelVelocity> modelVelocities(const HistoryStore::Snapshot &from, const HistoryStore::Snapshot &to);
    // After a poll is stored: rows for the latest complete poll and for those the report reads
    // with it (a day apart for eight days, and a week before), each computed only if missing.
    // Returns how many rows it wrote.
    static StoreResult<int> record(HistoryStore &store, const QDateTime &latest);
};

} // namespace hubwatch
