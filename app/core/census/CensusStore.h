#pragma once

#include "CensusState.h"

#include "store/StoreError.h"

#include <QList>
#include <QString>

#include <array>

namespace hubwatch {

class HistoryStore;

// A census's rows in the history (schemas 7 and 8): every call runs on the store's thread, and
// each page is one transaction — its repos' latest figures and change-only samples, its sums,
// growth and breakdowns, and the cursor past it — so a census stopped at any moment resumes
// exactly where the last commit left it. Nothing per repo is held in memory beyond the page.
namespace CensusStore {

// Author: the owner of "owner/name"; only the top authors (TopAuthors per kind, by all-time
// downloads) stay once the census ends. WeightFormat: models only (CensusLabels::weightFormat).
enum class Dimension { PipelineTag = 0, Library = 1, License = 2, Author = 3, WeightFormat = 4 };
constexpr int TopAuthors = 100;

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
// Marks the census complete at `now`, keeps only its top authors and drops the census figures
// (and samples) of repos counted by neither it nor its base.
StoreResult<CensusState> finish(HistoryStore &store, qint64 censusId, const QDateTime &now);
// Sorted by kind, dimension, then most all-time downloads first.
StoreResult<QList<Breakdown>> breakdowns(HistoryStore &store, qint64 censusId);

// Repos of one kind and their all-time downloads in the earlier and the later census.
struct GrowthPart
{
    qint64 repos = 0;
    qint64 earlierAllTime = 0; // 0 for repos that appeared
    qint64 laterAllTime = 0;   // 0 for repos that vanished
};

// Hub-wide growth between two censuses, honest against repos appearing and vanishing: the
// growth of the repos present in both (matched: later minus earlier all-time), apart from the
// downloads of repos that appeared (new, or not counted by the earlier census) and of those
// that vanished (counted by the earlier census, not by the later one: deleted, renamed or made
// private). Per kind; spaces have repo counts only. Of a running later census, so far.
struct Growth
{
    qint64 earlierCensusId = 0;
    qint64 laterCensusId = 0;
    std::array<GrowthPart, CensusKindCount> matched, appeared, vanished;
    // Models and datasets together.
    static GrowthPart total(const std::array<GrowthPart, CensusKindCount> &parts);
};

// The growth of a census over its base (CensusState::baseCensusId), kept as it stored its pages.
StoreResult<Growth> growth(HistoryStore &store, qint64 laterCensusId);
// The same, checking that earlierCensusId is the later census's base: only that pair is kept
// (see storePage in CensusStore.cpp for why), any other is an InvalidInput error.
StoreResult<Growth> growth(HistoryStore &store, qint64 earlierCensusId, qint64 laterCensusId);

} // namespace CensusStore

} // namespace hubwatch
