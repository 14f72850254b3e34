#pragma once

#include "CensusState.h"
#include "CensusStore.h"

#include "store/StoreError.h"

#include <QList>
#include <QString>

namespace hubwatch {

class HistoryStore;

// The read side of the census tables (schema 7), for the reports: what the dashboard, `status`,
// the charts and the alerts show. Only reads; each call runs on the store's thread.
namespace CensusQueries {

// The schema version that added the census tables: an older history has no census to read.
constexpr int FirstSchema = 7;

// Every census, oldest first, with its kinds' sums: a census a day is a few hundred rows a year.
StoreResult<QList<CensusState>> all(HistoryStore &store);

// One label's sums in one complete census, summed over the kinds that list it.
struct BreakdownPoint
{
    qint64 censusId = 0;
    QDateTime finishedAt;
    QString label; // empty: the repos name none
    qint64 repos = 0;
    qint64 allTime = 0;
};

// A dimension's labels over the complete censuses only (a partial one is never part of the
// Hub-wide series), oldest census first, then the most downloaded label first.
StoreResult<QList<BreakdownPoint>> breakdownHistory(HistoryStore &store, CensusStore::Dimension dimension);

} // namespace CensusQueries

} // namespace hubwatch
