#pragma once

#include "HistoryStore.h"

#include <QCoreApplication>

namespace hubwatch {

// Copies one history into another (`hubwatch migrate`): a desktop's SQLite file into a team's
// shared PostgreSQL database, or back. Rows are matched by what they mean, not by their ids,
// which differ between the two: scopes by key, repos by kind and name, polls by scope and
// times, alerts by their dedup key, censuses by their start and census figures by kind and name. So a second copy of the same history adds nothing, and a
// copy into a history that already has polls of its own merges with them.
class HistoryCopy
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCopy)
public:
    struct Summary
    {
        qint64 pollsAdded = 0;
        qint64 pollsKnown = 0; // already in the target
        qint64 reposAdded = 0;
        qint64 samplesAdded = 0;
        qint64 alertsAdded = 0;
        qint64 censusesAdded = 0;
        qint64 censusReposAdded = 0; // repos' latest census figures
        qint64 censusSamplesAdded = 0;
    };

    // One transaction on the target: all of it or nothing. The caller holds the target's
    // collector lock (the collector's write caches assume no other writer).
    static StoreResult<Summary> copy(HistoryStore &from, HistoryStore &to);
};

} // namespace hubwatch
