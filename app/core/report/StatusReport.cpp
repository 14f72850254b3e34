#include "StatusReport.h"

#include "analysis/MilestoneLadder.h"
#include "analysis/Velocity.h"
#include "report/InspectedRepo.h"
#include "store/AlertStore.h"

#include <algorithm>
#include <limits>

namespace hubwatch {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QHash<QString, qint64> allTimeOf(const HistoryStore::Snapshot &s, bool modelsOnly)
{
    QHash<QString, qint64> out;
    for (auto it = s.repos.cbegin(); it != s.repos.cend(); ++it)
        if (it->downloadsAllTime >= 0 && (!modelsOnly || it->kind == RepoKind::Model))
            out.insert(it.key(), it->downloadsAllTime);
    return out;
}

QList<ModelVelocity> velocities(const HistoryStore::Snapshot &from, const HistoryStore::Snapshot &to)
{
    QList<ModelVelocity> out;
    const qint64 span = from.at.isValid() && to.at.isValid() ? from.at.msecsTo(to.at) : 0;
    if (span <= 0)
        return out;
    const QHash<QString, qint64> before = allTimeOf(from, true);
    for (auto it = to.repos.cbegin(); it != to.repos.cend(); ++it) {
        const auto prior = before.constFind(it.key());
        if (it->kind != RepoKind::Model || prior == before.cend() || it->downloadsAllTime < *prior)
            continue; // new, unknown, or an upstream correction: no velocity
        out.append({it->id, it->pipelineTag, double(it->downloadsAllTime - *prior) * kDayMs / double(span)});
    }
    return out;
}

// The snapshots one report reads, each read once: growth, projection and hot categories ask for
// the same days (a day, a week and eight days back), and each snapshot is every tracked repo.
class Snapshots
{
public:
    explicit Snapshots(HistoryStore &store) : m_store(store) {}
    HistoryStore &store() { return m_store; }
    StoreResult<HistoryStore::Snapshot> at(const QDateTime &t)
    {
        const qint64 key = t.toMSecsSinceEpoch();
        auto it = m_read.constFind(key);
        if (it == m_read.cend())
            it = m_read.insert(key, m_store.snapshotAt(t));
        return *it;
    }

private:
    HistoryStore &m_store;
    QHash<qint64, StoreResult<HistoryStore::Snapshot>> m_read;
};

StoreResult<HotCategoriesResult> hotCategoriesOf(Snapshots &snapshots, const QDateTime &now, int topN, double thresholdPoints)
{
    StoreResult<HotCategoriesResult> r;
    const auto today = snapshots.at(now), dayBefore = snapshots.at(now.addDays(-1));
    const auto weekAgo = snapshots.at(now.addDays(-7)), weekAgoDayBefore = snapshots.at(now.addDays(-8));
    for (const StoreError &e : {today.error, dayBefore.error, weekAgo.error, weekAgoDayBefore.error}) {
        if (e.isError()) {
            r.error = e;
            return r;
        }
    }
    r.value = HotCategories::compute(velocities(dayBefore.value, today.value), velocities(weekAgoDayBefore.value, weekAgo.value), topN,
                                     thresholdPoints);
    return r;
}

StoreResult<QList<RepoCounts>> projectionSnapshotsOf(Snapshots &snapshots, const QDateTime &at)
{
    constexpr int ProjectionDays = StatusReport::ProjectionDays;
    StoreResult<QList<RepoCounts>> r;
    const auto times = snapshots.store().completePollTimes(at.addDays(-ProjectionDays).addMSecs(-1), at);
    if (!times.ok() || times.value.isEmpty()) {
        r.error = times.error;
        return r;
    }
    // A snapshot reads every tracked repo's latest sample: a handful of them, not one per poll.
    constexpr int points = ProjectionDays + 1;
    const qint64 first = times.value.first().toMSecsSinceEpoch(), last = at.toMSecsSinceEpoch();
    QList<QDateTime> picked;
    for (int k = points - 1; k >= 0; --k) {
        const qint64 target = last - (last - first) * k / (points - 1);
        const auto after = std::upper_bound(times.value.cbegin(), times.value.cend(), target,
                                            [](qint64 t, const QDateTime &poll) { return t < poll.toMSecsSinceEpoch(); });
        if (after != times.value.cbegin() && (picked.isEmpty() || picked.last() != *(after - 1)))
            picked.append(*(after - 1)); // the last poll at or before the target
    }
    for (const QDateTime &t : std::as_const(picked)) {
        const auto snapshot = snapshots.at(t);
        if (!snapshot.ok()) {
            r.error = snapshot.error;
            return r;
        }
        if (snapshot.value.at.isValid())
            r.value.append({snapshot.value.at.toMSecsSinceEpoch(), allTimeOf(snapshot.value, false)});
    }
    return r;
}
} // namespace

StoreResult<HotCategoriesResult> StatusReport::hotCategories(HistoryStore &store, const QDateTime &now, int topN, double thresholdPoints)
{
    Snapshots snapshots(store);
    return hotCategoriesOf(snapshots, now, topN, thresholdPoints);
}

QHash<QString, qint64> StatusReport::allTimeCounts(const HistoryStore::Snapshot &snapshot)
{
    return allTimeOf(snapshot, false);
}

StoreResult<QList<RepoCounts>> StatusReport::projectionSnapshots(HistoryStore &store, const QDateTime &at)
{
    Snapshots snapshots(store);
    return projectionSnapshotsOf(snapshots, at);
}

qint64 StatusReport::staleAfterMs(const QList<QDateTime> &recentPolls)
{
    QList<qint64> gaps;
    for (qsizetype i = 1; i < recentPolls.size(); ++i)
        gaps.append(recentPolls.at(i - 1).msecsTo(recentPolls.at(i)));
    qint64 usual = 0;
    if (!gaps.isEmpty()) {
        std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
        usual = gaps.at(gaps.size() / 2);
    }
    return std::max(kDayMs, 3 * usual);
}

StoreResult<StatusReport> StatusReport::build(HistoryStore &store, const QDateTime &now)
{
    StoreResult<StatusReport> r;
    StatusReport &s = r.value;
    const auto headline = store.latestAggregate();
    const auto latest = store.latestValues();
    if (!headline.ok() || !latest.ok()) {
        r.error = headline.ok() ? latest.error : headline.error;
        return r;
    }
    s.headline = headline.value;
    s.latest = latest.value;
    if (s.headline.pollId == 0)
        return r;
    // The store keeps the sums as PollResult stopped them: at the limit means saturated there too.
    constexpr qint64 limit = std::numeric_limits<qint64>::max();
    s.saturated = s.headline.totalAllTime == limit || s.headline.sumDownloads30d == limit;

    // Growth: per-repo deltas against the snapshot about a day earlier (or the oldest there
    // is), so repos entering or leaving the top-N add nothing.
    Snapshots snapshots(store);
    const auto current = snapshots.at(s.headline.at);
    auto earlier = snapshots.at(s.headline.at.addDays(-1));
    if (earlier.ok() && !earlier.value.at.isValid()) {
        // Less than a day of history: compare with the earliest complete poll (snapshots only
        // come from complete polls, so a partial first poll must not be the reference).
        const auto times = store.completePollTimes(QDateTime(), s.headline.at);
        if (times.ok() && !times.value.isEmpty())
            earlier = snapshots.at(times.value.first());
    }
    if (current.ok() && earlier.ok() && earlier.value.at.isValid() && earlier.value.at < current.value.at) {
        const AggregateRate rate = Velocity::aggregatePerDay(allTimeOf(earlier.value, false), earlier.value.at.toMSecsSinceEpoch(),
                                                             allTimeOf(current.value, false), current.value.at.toMSecsSinceEpoch());
        // Extrapolating a few minutes to a day would turn noise into headlines: an hour at least.
        s.growthKnown = rate.known && earlier.value.at.msecsTo(current.value.at) >= 3600 * 1000;
        s.growthPerDay = rate.perDay;
        s.growthSpanMs = earlier.value.at.msecsTo(current.value.at);
    }

    MilestoneLadder ladder;
    const auto extra = AlertStore(store).thresholds(QStringLiteral("headline"));
    if (extra.ok())
        ladder.setExtra(extra.value);
    s.nextMilestone = ladder.next(s.headline.totalAllTime);
    const auto recent = store.completePollTimes(s.headline.at.addDays(-ProjectionDays), s.headline.at);
    s.lastPollAgeMs = std::max<qint64>(0, s.headline.at.msecsTo(now));
    s.stale = recent.ok() && s.lastPollAgeMs > staleAfterMs(recent.value);
    if (s.stale) {
        s.projection = Projection::stale(s.lastPollAgeMs);
    } else {
        // Not the raw total's trend: it jumps whenever a repo enters the top N.
        const auto tracked = projectionSnapshotsOf(snapshots, s.headline.at);
        if (tracked.ok())
            s.projection = Projection::fromTrackedGrowth(tracked.value, s.headline.totalAllTime, s.nextMilestone, now.toMSecsSinceEpoch());
    }
    const auto hot = hotCategoriesOf(snapshots, s.headline.at, HotTopN, HotThresholdPoints);
    if (hot.ok())
        s.hot = hot.value;

    const auto details = InspectedRepo::read(store);
    if (details.ok()) {
        QList<RepoStats> repos;
        for (const InspectedRepo &d : details.value) {
            repos.append(d.repo);
            ++s.formats.inspected;
            s.formats.safetensors += d.safetensors;
            s.formats.gguf += d.gguf;
            s.formats.pickleOnly += d.pickleOnly();
            s.formats.gated += d.repo.gated != GatedState::Open;
        }
        s.licences = LicenseClassifier::summarize(repos);
    }
    return r;
}

} // namespace hubwatch
