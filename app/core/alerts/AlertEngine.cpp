#include "AlertEngine.h"

#include "analysis/Anomalies.h"
#include "analysis/CompactNumber.h"
#include "analysis/HotCategories.h"
#include "analysis/MilestoneLadder.h"
#include "analysis/Velocity.h"
#include "report/CensusFigures.h"
#include "report/SeriesNames.h"
#include "report/StatusReport.h"
#include "util/Logging.h"

#include <limits>

namespace hubwatch {

namespace {

bool isWatched(const PollScope &scope, const RepoStats &repo)
{
    for (const WatchItem &w : scope.watch) {
        if (w.type == WatchItem::Type::Author && repo.id.startsWith(w.name + QLatin1Char('/')))
            return true;
        if ((w.type == WatchItem::Type::Model) == (repo.kind == RepoKind::Model) && w.type != WatchItem::Type::Author && w.name == repo.id)
            return true;
    }
    return false;
}

} // namespace

AlertEngine::AlertEngine(HistoryStore &store, AlertSettings settings, QLocale locale)
    : m_store(store)
    , m_alerts(store)
    , m_settings(settings)
    , m_locale(std::move(locale))
{}

StoreResult<QList<AlertRecord>> AlertEngine::evaluate(const PollScope &scope, const QDateTime &now)
{
    StoreResult<QList<AlertRecord>> result;
    const auto evaluated = m_alerts.evaluatedPoll();
    const auto last = m_store.lastPollId();
    if (!evaluated.ok() || !last.ok()) {
        result.error = evaluated.ok() ? last.error : evaluated.error;
        return result;
    }
    if (last.value <= evaluated.value)
        return result;
    // The first evaluation sets the baseline: figures already past a milestone are not news,
    // and must stay not-news after a drop and a second crossing.
    if (evaluated.value == 0) {
        result.error = baseline(scope, now);
        if (!result.error.isError())
            result.error = m_alerts.setEvaluatedPoll(last.value);
        return result;
    }
    const auto since = m_store.pollTime(evaluated.value);
    const auto times = since.ok() ? m_store.completePollTimes(since.value, now) : StoreResult<QList<QDateTime>>{};
    if (!since.ok() || !times.ok()) {
        result.error = since.ok() ? times.error : since.error;
        return result;
    }
    // Poll by poll, so a crossing is placed between the two polls that bracket it even when
    // several polls were stored before this evaluation (a crash, a failed evaluation).
    QDateTime from = since.value;
    StoreError e;
    for (const QDateTime &to : times.value) {
        e = step(scope, from, to, now, &result.value);
        if (e.isError())
            break;
        from = to;
    }
    if (!e.isError())
        e = hotCategories(now, &result.value);
    if (!e.isError())
        e = censusMilestones(now, &result.value);
    if (!e.isError())
        e = m_alerts.setEvaluatedPoll(last.value);
    result.error = e;
    return result;
}

StoreResult<QList<AlertRecord>> AlertEngine::evaluateCensus(const QDateTime &now)
{
    StoreResult<QList<AlertRecord>> result;
    const auto evaluated = m_alerts.evaluatedPoll();
    if (!evaluated.ok()) {
        result.error = evaluated.error;
        return result;
    }
    if (evaluated.value > 0) // else the first poll's evaluation sets the census baseline too
        result.error = censusMilestones(now, &result.value);
    return result;
}

StoreError AlertEngine::baseline(const PollScope &scope, const QDateTime &now)
{
    const auto headline = m_store.latestAggregate(scope.key());
    const auto snap = m_store.snapshotAt(now);
    if (!headline.ok() || !snap.ok())
        return headline.ok() ? snap.error : headline.error;
    if (headline.value.pollId > 0)
        if (const StoreError e = markPassed(QStringLiteral("headline"), headline.value.totalAllTime, now); e.isError())
            return e;
    if (const StoreError e = censusMilestones(now, nullptr); e.isError()) // its baseline, when there is a census
        return e;
    for (auto it = snap.value.repos.cbegin(); it != snap.value.repos.cend(); ++it)
        if (isWatched(scope, *it) && it->downloadsAllTime >= 0)
            if (const StoreError e = markPassed(it.key(), it->downloadsAllTime, now); e.isError())
                return e;
    return StoreError();
}

StoreError AlertEngine::markPassed(const QString &series, qint64 value, const QDateTime &now)
{
    MilestoneLadder ladder;
    const auto extra = m_alerts.thresholds(series);
    if (!extra.ok())
        return extra.error;
    ladder.setExtra(extra.value);
    return m_alerts.markPassed(series, ladder.crossed(0, value), now);
}

StoreError AlertEngine::step(const PollScope &scope, const QDateTime &from, const QDateTime &to, const QDateTime &now,
                             QList<AlertRecord> *raised)
{
    const auto before = m_store.aggregateAt(from, scope.key());
    const auto after = m_store.aggregateAt(to, scope.key());
    const auto snapBefore = m_store.snapshotAt(from);
    const auto snapAfter = m_store.snapshotAt(to);
    for (const StoreError &e : {before.error, after.error, snapBefore.error, snapAfter.error})
        if (e.isError())
            return e;
    StoreError e;
    // The headline, only within one scope: a wider scope is a jump, not growth.
    if (before.value.pollId > 0 && after.value.pollId > before.value.pollId) {
        // The growth of the repos tracked at both polls: what downloads alone added.
        const HistoryStore::Snapshot &was = snapBefore.value, &is = snapAfter.value;
        const qint64 grown = Velocity::aggregatePerDay(StatusReport::allTimeCounts(was), was.at.toMSecsSinceEpoch(),
                                                       StatusReport::allTimeCounts(is), is.at.toMSecsSinceEpoch())
                                 .delta;
        qint64 byDownloads = 0;
        if (__builtin_add_overflow(before.value.totalAllTime, grown, &byDownloads))
            byDownloads = std::numeric_limits<qint64>::max(); // only a hostile Hub's counts get here
        const Span span{before.value.totalAllTime,
                        after.value.totalAllTime,
                        before.value.at,
                        after.value.at,
                        byDownloads,
                        before.value.at.msecsTo(after.value.at) > m_settings.closedGapMs};
        if (span.after < span.before)
            e = m_alerts.annotate({QStringLiteral("headline"), int(Annotation::Kind::UpstreamCorrection), span.from.toMSecsSinceEpoch(),
                                   span.to.toMSecsSinceEpoch(), span.after - span.before,
                                   tr("The tracked total fell by %1: an upstream correction, not real downloads.")
                                       .arg(m_locale.toString(span.before - span.after))});
        else if (m_settings.milestones)
            e = milestones(QStringLiteral("headline"), span, now, raised);
        if (!e.isError() && span.from.msecsTo(span.to) > m_settings.pollGapMs)
            e = m_alerts.annotate(
                {QStringLiteral("headline"), int(Annotation::Kind::PollGap), span.from.toMSecsSinceEpoch(), span.to.toMSecsSinceEpoch(),
                 span.from.msecsTo(span.to),
                 tr("No poll for %1: nothing is known about this period.").arg(Anomalies::describeDuration(span.from.msecsTo(span.to)))});
    }
    // Watched repos, compared with their figures as of the previous complete poll.
    for (auto it = snapAfter.value.repos.cbegin(); !e.isError() && it != snapAfter.value.repos.cend(); ++it) {
        const auto prior = snapBefore.value.repos.constFind(it.key());
        if (!m_settings.milestones || prior == snapBefore.value.repos.cend() || !isWatched(scope, *it))
            continue;
        const Span span{prior->downloadsAllTime, it->downloadsAllTime,
                        snapBefore.value.at,     snapAfter.value.at,
                        it->downloadsAllTime,    snapBefore.value.at.msecsTo(snapAfter.value.at) > m_settings.closedGapMs};
        if (span.before >= 0 && span.after > span.before)
            e = milestones(it.key(), span, now, raised);
    }
    if (!e.isError())
        e = anomalies(snapBefore.value, snapAfter.value);
    return e;
}

StoreError AlertEngine::milestones(const QString &series, const Span &span, const QDateTime &now, QList<AlertRecord> *raised)
{
    // A series watched since the last evaluation has no baseline yet: what it had passed before
    // HubWatch first saw it is not news.
    const auto known = m_alerts.hasBaseline(series);
    if (!known.ok())
        return known.error;
    if (!known.value)
        if (const StoreError e = markPassed(series, span.before, now); e.isError())
            return e;
    MilestoneLadder ladder;
    const auto extra = m_alerts.thresholds(series);
    if (!extra.ok())
        return extra.error;
    ladder.setExtra(extra.value);
    for (const qint64 rung : ladder.crossed(span.before, span.after)) {
        AlertRecord a;
        a.kind = AlertRecord::Kind::Milestone;
        a.series = series;
        a.raisedAt = now;
        a.cause = rung > span.byDownloads ? AlertRecord::Cause::ScopeEntry : AlertRecord::Cause::Downloads;
        // When it happened: linear between the two polls that bracket the crossing; a scope entry
        // is a jump, first counted by the later poll.
        const double f = double(rung - span.before) / double(span.after - span.before);
        a.happenedAt =
            a.cause == AlertRecord::Cause::ScopeEntry ? span.to : span.from.addMSecs(qint64(f * double(span.from.msecsTo(span.to))));
        a.threshold = rung;
        a.from = span.from;
        a.to = span.to;
        a.whileClosed = span.whileClosed;
        const auto fired = m_alerts.fireMilestone(series, rung, a);
        if (!fired.ok())
            return fired.error;
        if (fired.value > 0) {
            a.id = fired.value;
            raised->append(a);
        }
    }
    return StoreError();
}

StoreError AlertEngine::censusMilestones(const QDateTime &now, QList<AlertRecord> *raised)
{
    if (!m_settings.milestones)
        return StoreError();
    const auto figures = CensusFigures::build(m_store);
    if (!figures.ok())
        return figures.error;
    const QList<SeriesPoint> &totals = figures.value.totals;
    if (totals.isEmpty())
        return StoreError();
    const QString series = SeriesNames::HubKey;
    const auto known = m_alerts.hasBaseline(series);
    if (!known.ok())
        return known.error;
    // The first censuses HubWatch sees set the baseline: what the Hub had passed by then is not
    // news (as for the headline's first evaluation).
    if (!known.value || !raised)
        return known.value ? StoreError() : markPassed(series, totals.constLast().value, now);
    // Every pair of consecutive censuses: a rung fires once ever (AlertStore), so the pairs seen
    // before add nothing, and a census taken while HubWatch was closed is announced now.
    for (qsizetype i = 1; i < totals.size(); ++i) {
        const SeriesPoint &was = totals.at(i - 1), &is = totals.at(i);
        if (is.value <= was.value)
            continue; // no growth, or a census that counted less: nothing crossed upwards
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(was.t, Qt::UTC), to = QDateTime::fromMSecsSinceEpoch(is.t, Qt::UTC);
        // Censuses are a day apart: "closed" is when the census ended long before this evaluation.
        const Span span{was.value, is.value, from, to, is.value, to.msecsTo(now) > m_settings.closedGapMs};
        if (const StoreError e = milestones(series, span, now, raised); e.isError())
            return e;
    }
    return StoreError();
}

StoreError AlertEngine::anomalies(const HistoryStore::Snapshot &before, const HistoryStore::Snapshot &after)
{
    for (auto it = after.repos.cbegin(); it != after.repos.cend(); ++it) {
        const auto prior = before.repos.constFind(it.key());
        if (prior == before.repos.cend())
            continue;
        const QList<Annotation> found =
            Anomalies::detect({{before.at.toMSecsSinceEpoch(), prior->downloadsAllTime, prior->downloads30d, true},
                               {after.at.toMSecsSinceEpoch(), it->downloadsAllTime, it->downloads30d, true}},
                              m_settings.pollGapMs);
        for (const Annotation &a : found) {
            if (a.kind == Annotation::Kind::PollGap)
                continue; // recorded once, on the headline
            if (const StoreError e = m_alerts.annotate({it.key(), int(a.kind), a.from, a.to, a.delta, a.text}); e.isError())
                return e;
        }
    }
    return StoreError();
}

StoreError AlertEngine::hotCategories(const QDateTime &now, QList<AlertRecord> *raised)
{
    const auto computed = StatusReport::hotCategories(m_store, now, m_settings.hotTopN, m_settings.hotCategoryPoints);
    if (!computed.ok())
        return computed.error;
    const HotCategoriesResult &hot = computed.value;
    if (!hot.hasBaseline)
        return StoreError(); // not a week of history yet
    const QString day = now.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    for (const CategoryShare &c : hot.categories) {
        if (!c.alert)
            continue;
        // Once per hot spell: a category that stays hot is not news every day.
        const auto last = m_alerts.lastRaised(QStringLiteral("category:") + c.tag);
        if (!last.ok())
            return last.error;
        if (last.value.isValid() && last.value > now.addDays(-7))
            continue;
        AlertRecord a;
        a.kind = AlertRecord::Kind::HotCategory;
        a.series = QStringLiteral("category:") + c.tag;
        a.raisedAt = a.happenedAt = now;
        a.subject = c.label;
        a.sharePercent = c.shareNow;
        a.changePoints = c.changePoints;
        a.topN = m_settings.hotTopN;
        const auto r = m_alerts.raise(a, QStringLiteral("hot:%1:%2").arg(c.tag, day)); // at most daily
        if (!r.ok())
            return r.error;
        if (r.value > 0) {
            a.id = r.value;
            raised->append(a);
        }
    }
    return StoreError();
}

} // namespace hubwatch
