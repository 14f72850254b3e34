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

bool CensusFigures::refineOverMatchedRepos(HistoryStore &store, const CensusState &earlier, const CensusState &later, Growth *out,
                                           CensusFigures *figures)
{
    // Only the pair the store kept (the later census's base is the earlier one) is known per repo:
    // a repo that appeared with millions of downloads is not growth.
    const auto g = CensusStore::growth(store, later.id);
    if (!out->known || !g.ok() || g.value.earlierCensusId != earlier.id)
        return false;
    const CensusStore::GrowthPart matched = CensusStore::Growth::total(g.value.matched);
    const double days = double(earlier.finishedAt.msecsTo(later.finishedAt)) / kDayMs;
    out->perDay = double(matched.laterAllTime - matched.earlierAllTime) / days;
    if (figures) {
        figures->appearedRepos = CensusStore::Growth::total(g.value.appeared).repos;
        figures->vanishedRepos = CensusStore::Growth::total(g.value.vanished).repos;
    }
    return true;
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
    Growth g{f.growthKnown, f.growthPerDay};
    if (f.previous.id > 0 && refineOverMatchedRepos(store, f.previous, f.latest, &g, &f)) {
        f.growthPerDay = g.perDay;
        f.growthOverMatchedRepos = true;
    }
    return {f, StoreError()};
}

StoreResult<QList<RatePoint>> CensusFigures::growthSeries(HistoryStore &store)
{
    if (store.schemaVersion() < CensusQueries::FirstSchema)
        return {};
    const auto censuses = CensusQueries::all(store);
    if (!censuses.ok())
        return {{}, censuses.error};
    QList<RatePoint> out;
    CensusState earlier;
    for (const CensusState &later : censuses.value) {
        if (later.status != CensusState::Status::Complete)
            continue;
        Growth g = growth(earlier, later);
        refineOverMatchedRepos(store, earlier, later, &g, nullptr);
        if (g.known)
            out.append({later.finishedAt.toMSecsSinceEpoch(), g.perDay, true, earlier.finishedAt.msecsTo(later.finishedAt)});
        earlier = later;
    }
    return {out, StoreError()};
}

} // namespace hubwatch
