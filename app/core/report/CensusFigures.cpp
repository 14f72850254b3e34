#include "CensusFigures.h"

#include "census/CensusQueries.h"
#include "census/CensusStore.h"
#include "store/HistoryStore.h"

namespace hubwatch {

namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr double kDayMs = 24.0 * kHourMs;
} // namespace

qint64 CensusFigures::repos(const CensusState &census)
{
    qint64 n = 0;
    for (const CensusKindState &k : census.kinds)
        n += k.repos;
    return n;
}

double CensusFigures::shareOfLatest(const CensusState &census) const
{
    const qint64 whole = repos(latest);
    if (!hasComplete() || whole <= 0 || census.id <= 0)
        return -1;
    return qBound(0.0, double(repos(census)) / double(whole), 1.0);
}

CensusFigures::Growth CensusFigures::growth(const CensusState &earlier, const CensusState &later)
{
    if (earlier.id <= 0 || later.id <= 0 || !earlier.finishedAt.isValid() || !later.finishedAt.isValid())
        return {};
    const qint64 span = earlier.finishedAt.msecsTo(later.finishedAt);
    if (span < kHourMs)
        return {};
    return {true, double(later.totalAllTime() - earlier.totalAllTime()) / (double(span) / kDayMs)};
}

CensusFigures CensusFigures::from(const QList<CensusState> &censuses)
{
    CensusFigures f;
    for (const CensusState &c : censuses) {
        switch (c.status) {
        case CensusState::Status::Complete:
            f.previous = f.latest;
            f.latest = c;
            f.totals.append({c.finishedAt.toMSecsSinceEpoch(), c.totalAllTime()});
            break;
        case CensusState::Status::Running: f.running = c; break;
        case CensusState::Status::Partial: f.partial = c; break;
        }
    }
    // A partial census older than the latest complete one says nothing about today's Hub.
    if (f.partial.id > 0 && f.hasComplete() && f.partial.finishedAt <= f.latest.finishedAt)
        f.partial = CensusState{};
    const Growth g = growth(f.previous, f.latest);
    f.growthKnown = g.known;
    f.growthPerDay = g.perDay;
    return f;
}

StoreResult<CensusFigures> CensusFigures::build(HistoryStore &store)
{
    // A reader may open an older history (the next writer upgrades it): no census tables yet.
    if (store.schemaVersion() < CensusQueries::FirstSchema)
        return {};
    const auto censuses = CensusQueries::all(store);
    if (!censuses.ok())
        return {CensusFigures{}, censuses.error};
    CensusFigures f = from(censuses.value);
    if (f.growthKnown && f.previous.id > 0) {
        // Over the repos present in both censuses, when the store kept that pair (the latest's
        // base is the previous): a repo that appeared with millions of downloads is not growth.
        const auto g = CensusStore::growth(store, f.latest.id);
        if (g.ok() && g.value.earlierCensusId == f.previous.id) {
            const CensusStore::GrowthPart matched = CensusStore::Growth::total(g.value.matched);
            const double days = double(f.previous.finishedAt.msecsTo(f.latest.finishedAt)) / kDayMs;
            f.growthPerDay = double(matched.laterAllTime - matched.earlierAllTime) / days;
            f.growthOverMatchedRepos = true;
            f.appearedRepos = CensusStore::Growth::total(g.value.appeared).repos;
            f.vanishedRepos = CensusStore::Growth::total(g.value.vanished).repos;
        }
    }
    return {f, StoreError()};
}

} // namespace hubwatch
