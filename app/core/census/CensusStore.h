#pragma once

#include "CensusState.h"

#include "store/StoreError.h"

#include <QList>
#include <QString>

namespace hubwatch {

class HistoryStore;

// A census's rows in the history (schema 7): every call runs on the store's thread, and each
// page is one transaction — its repos, its sums, its breakdowns and the cursor past it — so a
// census stopped at any moment resumes exactly where the last commit left it.
namespace CensusStore {

enum class Dimension { PipelineTag = 0, Library = 1, License = 2 };

struct Breakdown
{
    CensusKind kind = CensusKind::Model;
    Dimension dimension = Dimension::PipelineTag;
    QString label; // empty: the repo names none
    qint64 repos = 0;
    qint64 allTime = 0;
    qint64 downloads30d = 0;
};

// The unfinished census, else a new one begun at `now`. With restart, an unfinished census is
// first kept as partial (with its coverage) and a new one begins.
StoreResult<CensusState> resumeOrStart(HistoryStore &store, const QDateTime &now, bool restart);
StoreResult<CensusState> load(HistoryStore &store, qint64 censusId);
// Counts the page's repos not yet counted in this census, adds them to the sums and the
// breakdowns, and moves the kind's cursor to page.next (or marks the kind done): all or nothing.
StoreResult<CensusState> storePage(HistoryStore &store, qint64 censusId, const CensusPage &page);
// Marks the census complete at `now` and drops its list of counted ids (only the sums stay).
StoreResult<CensusState> finish(HistoryStore &store, qint64 censusId, const QDateTime &now);
// Sorted by kind, dimension, then most all-time downloads first.
StoreResult<QList<Breakdown>> breakdowns(HistoryStore &store, qint64 censusId);

} // namespace CensusStore

} // namespace hubwatch
