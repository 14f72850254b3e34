#pragma once

#include "store/StoreError.h"

#include <QDateTime>

namespace hubwatch {

class HistoryStore;

// The demo's censuses of the whole Hub: weekly, complete, with their breakdowns by pipeline
// tag, library and licence, so the Whole Hub card, its charts and its milestones have figures.
// Written as a finished census's rows, not crawled: a demo has no Hub to walk. Figures sized
// like the real Hub (about 2 M models, half a million datasets, most downloads outside any
// top N), growing steadily; seeded by the census's time alone.
namespace DemoCensus {

constexpr int kWeeks = 8; // censuses in the demo, a week apart, the last within a week of `end`

// The census times from `start` to `end`, oldest first: each at 04:10 UTC.
QList<QDateTime> times(const QDateTime &start, const QDateTime &end);
// Stores one complete census finished at `at` (its figures follow from `at`).
StoreError write(HistoryStore &store, const QDateTime &at);
// The Hub-wide total the demo's census at `at` has: what a test checks.
qint64 totalAt(const QDateTime &at);

} // namespace DemoCensus

} // namespace hubwatch
