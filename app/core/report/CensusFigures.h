#pragma once

#include "analysis/SeriesPoint.h"
#include "analysis/Velocity.h"
#include "census/CensusState.h"
#include "store/StoreError.h"

#include <QList>

namespace hubwatch {

class HistoryStore;

// The whole Hub as the censuses measured it: the latest complete census and the one before,
// the growth between them, the census under way and the last one kept as partial. Only complete
// censuses make the Hub-wide figures; a partial one is shown with its coverage, never mixed in.
struct CensusFigures
{
    CensusState latest;   // id 0: no census complete yet
    CensusState previous; // the complete census before latest; id 0: none
    bool growthKnown = false;
    double growthPerDay = 0; // Hub-wide downloads per day, latest against previous
    // How growthPerDay was measured: over the repos both censuses counted (repos appearing or
    // vanishing in between add nothing to it), else the two totals (the pair is not stored).
    bool growthOverMatchedRepos = false;
    qint64 appearedRepos = 0;  // models and datasets new since the previous census
    qint64 vanishedRepos = 0;  // counted by the previous census, not by the latest
    CensusState running;       // id 0: none under way
    CensusState partial;       // the last census kept as partial after latest; id 0: none
    QList<SeriesPoint> totals; // the Hub-wide series: (finish time, total) per complete census

    bool hasComplete() const { return latest.id > 0; }
    bool isRunning() const { return running.id > 0; }
    // Every repo a census counted: models, datasets and spaces.
    static qint64 repos(const CensusState &census);
    // A census's repos as a share of the latest complete census's (0..1); -1 with nothing to
    // compare against. The running census's progress, and a partial census's coverage.
    double shareOfLatest(const CensusState &census) const;

    struct Growth
    {
        bool known = false;
        double perDay = 0;
    };
    // The Hub-wide growth from the two totals over the days between the censuses' finish times
    // (at least an hour apart, as for the headline); build() refines it with the repos in both.
    static Growth growth(const CensusState &earlier, const CensusState &later);

    // From every census stored (see CensusQueries::all); on the store's thread.
    static StoreResult<CensusFigures> build(HistoryStore &store);
    static CensusFigures from(const QList<CensusState> &censuses);
    // Hub-wide downloads per day from each complete census to the next (a point at the later
    // one's finish time, spanMs the days between them), measured as build() measures the latest.
    static StoreResult<QList<RatePoint>> growthSeries(HistoryStore &store);

private:
    // Replaces *out (the growth from the two totals) with the growth over the repos present in
    // both censuses, when the store kept that pair; figures, if given, gets appeared and vanished.
    static bool refineOverMatchedRepos(HistoryStore &store, const CensusState &earlier, const CensusState &later, Growth *out,
                                       CensusFigures *figures);
};

} // namespace hubwatch
