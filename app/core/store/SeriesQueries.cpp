#include "SeriesQueries.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace hubwatch {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// How far beyond a period range observations are read, so its outer boundaries can be bracketed.
constexpr qint64 kPeriodMarginMs = 7 * kDayMs;
constexpr int kMaxPeriods = 100000;

bool run(QSqlQuery &q, const QString &sql, std::initializer_list<QVariant> values, StoreError *error, const QString &context)
{
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    if (ok) {
        int i = 0;
        for (const QVariant &v : values)
            q.bindValue(i++, v);
        ok = q.exec();
    }
    if (!ok)
        *error = HistoryStore::fromSqlError(q.lastError(), context);
    return ok;
}

StoreError invalid(const QString &detail)
{
    return StoreError(StoreError::Kind::InvalidInput, detail);
}

// The column a metric reads, from a fixed list (never user text); empty if it has none there.
QString repoColumn(Metric m)
{
    switch (m) {
    case Metric::AllTime: return QStringLiteral("all_time");
    case Metric::Downloads30d: return QStringLiteral("d30");
    case Metric::Likes: return QStringLiteral("likes");
    case Metric::ReposCovered: break;
    }
    return QString();
}

QString headlineColumn(Metric m)
{
    switch (m) {
    case Metric::AllTime: return QStringLiteral("total_all_time");
    case Metric::Downloads30d: return QStringLiteral("sum_d30");
    case Metric::ReposCovered: return QStringLiteral("repos_covered");
    case Metric::Likes: break;
    }
    return QString();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

qint64 SeriesQueries::thresholdFor(QList<qint64> times) const
{
    if (m_gapThresholdMs > 0)
        return m_gapThresholdMs;
    if (!std::is_sorted(times.cbegin(), times.cend()))
        std::sort(times.begin(), times.end());
    QList<qint64> intervals;
    intervals.reserve(times.size());
    for (qsizetype i = 1; i < times.size(); ++i)
        if (times[i] > times[i - 1])
            intervals.append(times[i] - times[i - 1]);
    if (intervals.isEmpty())
        return kHourMs;
    const auto middle = intervals.begin() + intervals.size() / 2;
    std::nth_element(intervals.begin(), middle, intervals.end());
    return qMax(kHourMs, 3 * *middle);
}

StoreError SeriesQueries::observe(const QString &seriesKey, Metric metric, qint64 from, qint64 to, Observed *out)
{
    const QString headline = QStringLiteral("headline");
    if (seriesKey == headline || seriesKey.startsWith(headline + QLatin1Char(':'))) {
        const QString column = headlineColumn(metric);
        if (column.isEmpty())
            return invalid(StoreError::tr("The headline has no series of likes."));
        return observeHeadline(seriesKey.mid(headline.size() + 1), column, from, to, out);
    }
    const qsizetype colon = seriesKey.indexOf(QLatin1Char(':'));
    RepoKind kind = RepoKind::Model;
    if (colon <= 0 || !kindFromName(seriesKey.left(colon), &kind))
        return invalid(StoreError::tr("Unknown series %1.").arg(seriesKey));
    const QString column = repoColumn(metric);
    if (column.isEmpty())
        return invalid(StoreError::tr("Only the headline has a series of repos covered."));
    QSqlQuery q(m_store.database());
    StoreError error;
    if (!run(q, QStringLiteral("SELECT id FROM repos WHERE kind = ? AND name = ?"),
             {int(kind == RepoKind::Model ? 0 : 1), seriesKey.mid(colon + 1)}, &error, StoreError::tr("finding the repo")))
        return error;
    if (!q.next())
        return invalid(StoreError::tr("No history for %1.").arg(seriesKey));
    return observeRepo(q.value(0).toLongLong(), column, from, to, out);
}

StoreError SeriesQueries::observeRepo(qint64 repoId, const QString &column, qint64 from, qint64 to, Observed *out)
{
    struct Run
    {
        qint64 from, to;
    };
    struct Poll
    {
        qint64 id, scope, t;
    };
    StoreError error;
    const QString context = StoreError::tr("reading a repo's history");
    QSqlQuery q(m_store.database());
    // The runs of polls that saw the repo, per scope.
    if (!run(q, QStringLiteral("SELECT scope_id, from_poll, to_poll FROM presence WHERE repo_id = ? ORDER BY scope_id, from_poll"),
             {repoId}, &error, context))
        return error;
    QHash<qint64, QList<Run>> runs;
    while (q.next())
        runs[q.value(0).toLongLong()].append({q.value(1).toLongLong(), q.value(2).toLongLong()});
    // Every poll of those scopes in range: the ones that did not see the repo matter too.
    QList<Poll> polls;
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        if (!run(q, QStringLiteral("SELECT id, finished_at FROM polls WHERE scope_id = ? AND finished_at >= ? AND finished_at <= ?"),
                 {it.key(), from, to}, &error, context))
            return error;
        while (q.next())
            polls.append({q.value(0).toLongLong(), it.key(), q.value(1).toLongLong()});
    }
    const auto byTime = [](const Poll &a, const Poll &b) { return a.t != b.t ? a.t < b.t : a.id < b.id; };
    if (!std::is_sorted(polls.cbegin(), polls.cend(), byTime)) // one scope comes in time order already
        std::sort(polls.begin(), polls.end(), byTime);
    // Change-only samples. While poll ids follow poll times (meta.poll_order), the range's polls
    // are one interval of ids: a range scan of the primary key (repo_id, poll_id) alone, without
    // looking up each sample's poll (that lookup was most of a one-year series' time).
    const bool byId = !polls.isEmpty() && m_store.pollsInTimeOrder();
    qint64 idLo = 0, idHi = 0;
    for (const Poll &p : polls) {
        idLo = idLo == 0 ? p.id : std::min(idLo, p.id);
        idHi = std::max(idHi, p.id);
    }
    const bool ran = byId
        ? run(q, QStringLiteral("SELECT poll_id, %1 FROM samples WHERE repo_id = ? AND poll_id >= ? AND poll_id <= ?").arg(column),
              {repoId, idLo, idHi}, &error, context)
        : run(q,
              QStringLiteral("SELECT s.poll_id, s.%1 FROM samples s JOIN polls p ON p.id = s.poll_id"
                             " WHERE s.repo_id = ? AND p.finished_at >= ? AND p.finished_at <= ?")
                  .arg(column),
              {repoId, from, to}, &error, context);
    if (!ran)
        return error;
    QHash<qint64, std::optional<qint64>> samples;
    samples.reserve(polls.size());
    while (q.next()) {
        const QVariant v = q.value(1);
        samples.insert(q.value(0).toLongLong(), v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()));
    }
    // The value that holds at the start of the range: the last sample before it.
    const bool before = byId
        ? run(q, QStringLiteral("SELECT %1 FROM samples WHERE repo_id = ? AND poll_id < ? ORDER BY poll_id DESC LIMIT 1").arg(column),
              {repoId, idLo}, &error, context)
        : run(q,
              QStringLiteral("SELECT s.%1 FROM samples s JOIN polls p ON p.id = s.poll_id"
                             " WHERE s.repo_id = ? AND p.finished_at < ? ORDER BY p.finished_at DESC, s.poll_id DESC LIMIT 1")
                  .arg(column),
              {repoId, from}, &error, context);
    if (!before)
        return error;
    std::optional<qint64> value;
    if (q.next() && !q.value(0).isNull())
        value = q.value(0).toLongLong();

    QList<qint64> times;
    times.reserve(polls.size());
    for (const Poll &p : polls)
        times.append(p.t);
    out->thresholdMs = thresholdFor(times);
    const auto seen = [&runs](const Poll &p) {
        const auto r = runs.constFind(p.scope);
        const auto after = std::upper_bound(r->cbegin(), r->cend(), p.id, [](qint64 id, const Run &x) { return id < x.from; });
        return after != r->cbegin() && std::prev(after)->to >= p.id;
    };
    bool have = false, unknownSince = false;
    qint64 lastT = 0, lastScope = 0;
    QSet<qint64> missedBy; // scopes with a poll that did not see the repo since the last observation
    for (const Poll &p : polls) {
        if (!seen(p)) {
            missedBy.insert(p.scope);
            continue;
        }
        const auto sample = samples.constFind(p.id);
        if (sample != samples.cend())
            value = *sample;
        if (!value) {
            unknownSince = true;
            continue;
        }
        const bool gap =
            have && (unknownSince || missedBy.contains(lastScope) || missedBy.contains(p.scope) || p.t - lastT > out->thresholdMs);
        out->points.append({p.t, *value, gap});
        have = true;
        unknownSince = false;
        lastT = p.t;
        lastScope = p.scope;
        missedBy.clear();
    }
    return StoreError();
}

StoreError SeriesQueries::observeHeadline(const QString &scopeKey, const QString &column, qint64 from, qint64 to, Observed *out)
{
    StoreError error;
    const QString context = StoreError::tr("reading the headline history");
    QSqlQuery q(m_store.database());
    const bool found = scopeKey.isEmpty()
        ? run(q,
              QStringLiteral("SELECT s.id, s.scope_key FROM aggregates a JOIN polls p ON p.id = a.poll_id"
                             " JOIN scopes s ON s.id = p.scope_id ORDER BY p.finished_at DESC, a.poll_id DESC LIMIT 1"),
              {}, &error, context)
        : run(q, QStringLiteral("SELECT id, scope_key FROM scopes WHERE scope_key = ?"), {scopeKey}, &error, context);
    if (!found)
        return error;
    if (!q.next()) {
        if (!scopeKey.isEmpty())
            return invalid(StoreError::tr("No history for the scope %1.").arg(scopeKey));
        out->thresholdMs = thresholdFor({});
        return StoreError(); // nothing polled completely yet: an empty series
    }
    const qint64 scope = q.value(0).toLongLong();
    out->scopeKey = q.value(1).toString();
    // Every poll of the scope in range (the index polls(scope_id, finished_at)), with its
    // aggregate when it has one: only complete polls do, and compaction may have thinned them.
    if (!run(q,
             QStringLiteral("SELECT p.finished_at, p.outcome, a.%1 FROM polls p LEFT JOIN aggregates a ON a.poll_id = p.id"
                            " WHERE p.scope_id = ? AND p.finished_at >= ? AND p.finished_at <= ?"
                            " ORDER BY p.finished_at, p.id")
                 .arg(column),
             {scope, from, to}, &error, context))
        return error;
    struct Row
    {
        qint64 t;
        bool complete;
        std::optional<qint64> value;
    };
    QList<Row> rows;
    QList<qint64> times;
    while (q.next()) {
        const qint64 t = q.value(0).toLongLong();
        rows.append({t, q.value(1).toInt() == 0, q.value(2).isNull() ? std::nullopt : std::optional<qint64>(q.value(2).toLongLong())});
        times.append(t);
    }
    out->thresholdMs = thresholdFor(times);
    bool pendingGap = false, haveComplete = false;
    qint64 lastComplete = 0;
    for (const Row &r : rows) {
        if (!r.complete)
            continue;
        pendingGap = pendingGap || (haveComplete && r.t - lastComplete > out->thresholdMs);
        haveComplete = true;
        lastComplete = r.t;
        if (!r.value)
            continue;
        out->points.append({r.t, *r.value, pendingGap && !out->points.isEmpty()});
        pendingGap = false;
    }
    return StoreError();
}

StoreResult<Series> SeriesQueries::series(const QString &seriesKey, Metric metric, const QDateTime &from, const QDateTime &to,
                                          int maxPoints)
{
    StoreResult<Series> result;
    Series &s = result.value;
    s.key = seriesKey;
    s.metric = metric;
    Observed observed;
    result.error = observe(seriesKey, metric, from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
                           to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(), &observed);
    if (result.error.isError())
        return result;
    s.scopeKey = observed.scopeKey;
    s.gapThresholdMs = observed.thresholdMs;
    // Keep what draws the step function: the ends of every stretch, every change, and the last
    // observation of the old value before a change.
    const QList<Observation> &o = observed.points;
    QList<ChartPoint> points;
    for (qsizetype i = 0; i < o.size(); ++i) {
        const bool first = i == 0 || o[i].gapBefore;
        const bool last = i + 1 == o.size() || o[i + 1].gapBefore;
        if (first || last || o[i].value != o[i - 1].value || o[i].value != o[i + 1].value)
            points.append({o[i].t, double(o[i].value), o[i].gapBefore});
    }
    s.rawPointCount = int(points.size());
    s.points = Downsampler::reduce(points, maxPoints);
    return result;
}

QList<QDateTime> SeriesQueries::periodBoundaries(Period period, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return {};
    const QDate day = from.toUTC().date();
    QDate start = day;
    if (period == Period::Week)
        start = day.addDays(1 - day.dayOfWeek()); // Qt: Monday is 1
    else if (period == Period::Month)
        start = QDate(day.year(), day.month(), 1);
    QList<QDateTime> boundaries{QDateTime(start, QTime(0, 0), Qt::UTC)};
    while (boundaries.last() < to && boundaries.size() <= kMaxPeriods) {
        const QDate d = boundaries.last().date();
        const QDate next = period == Period::Day ? d.addDays(1) : period == Period::Week ? d.addDays(7) : d.addMonths(1);
        boundaries.append(QDateTime(next, QTime(0, 0), Qt::UTC));
    }
    return boundaries;
}

StoreResult<QList<PeriodDownloads>> SeriesQueries::periodDownloads(const QString &seriesKey, Period period, const QDateTime &from,
                                                                   const QDateTime &to)
{
    StoreResult<QList<PeriodDownloads>> result;
    const QList<QDateTime> boundaries = periodBoundaries(period, from, to);
    if (boundaries.size() > kMaxPeriods) {
        result.error = invalid(StoreError::tr("Too many periods asked for."));
        return result;
    }
    if (boundaries.size() < 2)
        return result;
    Observed observed;
    result.error = observe(seriesKey, Metric::AllTime, boundaries.first().toMSecsSinceEpoch() - kPeriodMarginMs,
                           boundaries.last().toMSecsSinceEpoch() + kPeriodMarginMs, &observed);
    if (result.error.isError())
        return result;
    const QList<Observation> &o = observed.points;
    // The all-time value at a boundary: the observation at it, else linear interpolation between
    // the two observations that bracket it. Observations are the polls that saw the repo (with
    // change-only storage a poll without a new row still observed the held value), so the
    // interpolation only spans the time between two neighbouring polls. A boundary outside the
    // data or inside a gap has no value. Rounded to whole downloads, so sums of days telescope.
    const auto valueAt = [&o](qint64 b) -> std::optional<qint64> {
        const auto after = std::upper_bound(o.cbegin(), o.cend(), b, [](qint64 t, const Observation &x) { return t < x.t; });
        if (after == o.cbegin())
            return std::nullopt;
        const Observation &x = *std::prev(after);
        if (x.t == b)
            return x.value;
        if (after == o.cend() || after->gapBefore)
            return std::nullopt;
        const double f = double(b - x.t) / double(after->t - x.t);
        return x.value + qint64(std::llround(f * double(after->value - x.value)));
    };
    std::optional<qint64> previous = valueAt(boundaries.first().toMSecsSinceEpoch());
    for (qsizetype i = 1; i < boundaries.size(); ++i) {
        const std::optional<qint64> next = valueAt(boundaries[i].toMSecsSinceEpoch());
        PeriodDownloads p;
        p.start = boundaries[i - 1];
        p.end = boundaries[i];
        p.known = previous && next;
        if (p.known) {
            p.downloads = *next - *previous;
            p.correction = p.downloads < 0;
        } else if (!o.isEmpty()) {
            // At the history's edges: from its first observation, or up to its last one, when
            // that lies inside the period. A boundary inside a gap stays unknown.
            const qint64 s = p.start.toMSecsSinceEpoch(), e = p.end.toMSecsSinceEpoch();
            const Observation &firstObs = o.constFirst(), &lastObs = o.constLast();
            const bool fromFirst = !previous && s < firstObs.t && firstObs.t < e;
            const bool toLast = !next && s < lastObs.t && lastObs.t < e;
            if ((previous || fromFirst) && (next || toLast)) {
                const qint64 a = previous ? *previous : firstObs.value, z = next ? *next : lastObs.value;
                p.partial = true;
                p.partialDownloads = z - a;
                p.correction = p.partialDownloads < 0;
                p.coveredFrom = fromFirst ? utc(firstObs.t) : p.start;
                p.coveredTo = toLast ? utc(lastObs.t) : p.end;
            }
        }
        result.value.append(p);
        previous = next;
    }
    return result;
}

StoreResult<QPair<QDateTime, QDateTime>> SeriesQueries::pollTimeRange()
{
    StoreResult<QPair<QDateTime, QDateTime>> result;
    QSqlQuery q(m_store.database());
    if (!run(q, QStringLiteral("SELECT min(finished_at), max(finished_at) FROM polls"), {}, &result.error,
             StoreError::tr("reading the poll times")))
        return result;
    if (q.next() && !q.value(0).isNull())
        result.value = {utc(q.value(0).toLongLong()), utc(q.value(1).toLongLong())};
    return result;
}

} // namespace hubwatch
