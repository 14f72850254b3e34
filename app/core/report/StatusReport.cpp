#include "StatusReport.h"

#include "analysis/MilestoneLadder.h"
#include "analysis/Velocity.h"
#include "report/InspectedRepo.h"
#include "report/PollFigures.h"
#include "store/AlertStore.h"

#include <algorithm>
#include <limits>

namespace hubwatch {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QHash<QString, qint64> allTimeOf(const HistoryStore::Snapshot &s)
{
    QHash<QString, qint64> out;
    for (auto it = s.repos.cbegin(); it != s.repos.cend(); ++it)
        if (it->downloadsAllTime >= 0)
            out.insert(it.key(), it->downloadsAllTime);
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
    r.value = HotCategories::compute(PollFigures::modelVelocities(dayBefore.value, today.value),
                                     PollFigures::modelVelocities(weekAgoDayBefore.value, weekAgo.value), topN, thresholdPoints);
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
            r.value.append({snapshot.value.at.toMSecsSinceEpoch(), allTimeOf(snapshot.value)});
    }
    return r;
}
// The tracked totals of the projection's days, oldest first, from stored figures alone: the
// latest poll, the poll a day before it, and so on, each step taking off the growth between
// them (what Velocity::trackedTotals does with snapshots). Shorter when a poll has no row.
StoreResult<QList<SeriesPoint>> trackedFromFigures(HistoryStore &store, HistoryStore::PollRef poll, qint64 total)
{
    StoreResult<QList<SeriesPoint>> r;
    qint64 value = total;
    for (int step = 0; step <= StatusReport::ProjectionDays && poll.id > 0; ++step) {
        const auto row = store.pollFigures(poll.id);
        if (!row.ok() || row.value.pollId == 0) {
            r.error = row.error;
            return r;
        }
        r.value.prepend({poll.at.toMSecsSinceEpoch(), value});
        if (__builtin_sub_overflow(value, row.value.growthDelta, &value))
            value = std::numeric_limits<qint64>::min();
        const auto at = row.value.dayBeforePoll > 0 ? store.pollTime(row.value.dayBeforePoll) : StoreResult<QDateTime>{};
        if (!at.ok()) {
            r.error = at.error;
            return r;
        }
        poll = {row.value.dayBeforePoll, at.value};
    }
    return r;
}
} // namespace

StoreResult<HotCategoriesResult> StatusReport::hotCategories(HistoryStore &store, const QDateTime &now, int topN, double thresholdPoints)
{
    if (topN != PollFigures::TopN) { // poll_figures keeps the top 50 only
        Snapshots snapshots(store);
        return hotCategoriesOf(snapshots, now, topN, thresholdPoints);
    }
    // Two rows of poll_figures: the last poll by now and the last a week before, each with the
    // top models' velocity over the day before it.
    StoreResult<HotCategoriesResult> r;
    PollFigures figures[2];
    const QDateTime at[2] = {now, now.addDays(-7)};
    for (int i = 0; i < 2; ++i) {
        const auto poll = store.completePollAt(at[i]);
        const auto f = poll.ok() && poll.value.id > 0 ? PollFigures::of(store, poll.value) : StoreResult<PollFigures>{{}, poll.error};
        if (!f.ok()) {
            r.error = f.error;
            return r;
        }
        figures[i] = f.value;
    }
    r.value = HotCategories::compare(figures[0].hot, figures[1].hot, thresholdPoints);
    return r;
}

QHash<QString, qint64> StatusReport::allTimeCounts(const HistoryStore::Snapshot &snapshot)
{
    return allTimeOf(snapshot);
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
    const auto census = CensusFigures::build(store);
    if (!census.ok()) {
        r.error = census.error;
        return r;
    }
    s.census = census.value;
    if (s.headline.pollId == 0)
        return r;
    // The store keeps the sums as PollResult stopped them: at the limit means saturated there too.
    constexpr qint64 limit = std::numeric_limits<qint64>::max();
    s.saturated = s.headline.totalAllTime == limit || s.headline.sumDownloads30d == limit;

    // Growth: per-repo deltas against the poll about a day earlier (or the first there is), so
    // repos entering or leaving the top N add nothing; kept with the poll (PollFigures).
    const auto current = store.completePollAt(s.headline.at);
    const auto figures = current.ok() && current.value.id > 0 ? PollFigures::of(store, current.value) : StoreResult<PollFigures>{};
    if (figures.ok() && figures.value.growthKnown()) {
        const PollFigures &f = figures.value;
        // Extrapolating a few minutes to a day would turn noise into headlines: an hour at least.
        s.growthSpanMs = f.growthRef.at.msecsTo(f.poll.at);
        s.growthKnown = s.growthSpanMs >= 3600 * 1000;
        s.growthPerDay = f.growthPerDay();
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
        // Not the raw total's trend: it jumps whenever a repo enters the top N. From the stored
        // day-to-day growth when the polls have it, else from snapshots of every tracked repo.
        const auto chained = trackedFromFigures(store, current.value, s.headline.totalAllTime);
        if (chained.ok() && chained.value.size() == ProjectionDays + 1) {
            s.projection = Projection::fromTrackedTotals(chained.value, s.nextMilestone, now.toMSecsSinceEpoch());
        } else {
            Snapshots snapshots(store);
            const auto tracked = projectionSnapshotsOf(snapshots, s.headline.at);
            if (tracked.ok())
                s.projection =
                    Projection::fromTrackedGrowth(tracked.value, s.headline.totalAllTime, s.nextMilestone, now.toMSecsSinceEpoch());
        }
    }
    const auto hot = hotCategories(store, s.headline.at, HotTopN, HotThresholdPoints);
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
