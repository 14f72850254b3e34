#include "PollFigures.h"

#include "analysis/Velocity.h"
#include "report/StatusReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hubwatch {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Compact JSON: {"t": total, "tags": {"tag": velocity, …}, "top": [repo id, …]}; repo ids, not
// names, keep a poll's row to a few hundred bytes.
QByteArray encodeHot(const TopVelocity &hot, const QList<qint64> &topIds)
{
    QJsonObject tags;
    for (auto it = hot.byTag.cbegin(); it != hot.byTag.cend(); ++it)
        tags.insert(it.key(), it.value());
    QJsonArray top;
    for (qint64 id : topIds)
        top.append(id);
    return QJsonDocument(QJsonObject{{QStringLiteral("t"), hot.total}, {QStringLiteral("tags"), tags}, {QStringLiteral("top"), top}})
        .toJson(QJsonDocument::Compact);
}

StoreResult<TopVelocity> decodeHot(HistoryStore &store, const QByteArray &text)
{
    StoreResult<TopVelocity> r;
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    r.value.total = o.value(QStringLiteral("t")).toDouble();
    const QJsonObject tags = o.value(QStringLiteral("tags")).toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        r.value.byTag.insert(it.key(), it.value().toDouble());
    QList<qint64> ids;
    for (const QJsonValue &v : o.value(QStringLiteral("top")).toArray())
        ids.append(v.toInteger());
    if (ids.isEmpty())
        return r;
    const auto names = store.modelNames(ids);
    r.error = names.error;
    r.value.ids = names.value;
    return r;
}

} // namespace

QList<ModelVelocity> PollFigures::modelVelocities(const HistoryStore::Snapshot &from, const HistoryStore::Snapshot &to)
{
    QList<ModelVelocity> out;
    const qint64 span = from.at.isValid() && to.at.isValid() ? from.at.msecsTo(to.at) : 0;
    if (span <= 0)
        return out;
    for (auto it = to.repos.cbegin(); it != to.repos.cend(); ++it) {
        const auto prior = from.repos.constFind(it.key());
        if (it->kind != RepoKind::Model || prior == from.repos.cend() || prior->downloadsAllTime < 0
            || it->downloadsAllTime < prior->downloadsAllTime)
            continue; // new, unknown, or an upstream correction: no velocity
        out.append({it->id, it->pipelineTag, double(it->downloadsAllTime - prior->downloadsAllTime) * kDayMs / double(span)});
    }
    return out;
}
double PollFigures::growthPerDay() const
{
    return growthKnown() ? double(growthDelta) * double(kDayMs) / double(growthRef.at.msecsTo(poll.at)) : 0.0;
}

StoreResult<PollFigures> PollFigures::compute(HistoryStore &store, const HistoryStore::PollRef &poll)
{
    StoreResult<PollFigures> r;
    PollFigures &f = r.value;
    f.poll = poll;
    if (poll.id <= 0)
        return r;
    const auto dayBefore = store.completePollAt(poll.at.addMSecs(-kDayMs));
    if (!dayBefore.ok()) {
        r.error = dayBefore.error;
        return r;
    }
    f.dayBeforePoll = dayBefore.value.id;
    f.growthRef = dayBefore.value;
    if (f.growthRef.id == 0) {
        // Less than a day of history: against the first complete poll, as StatusReport did.
        const auto times = store.completePollTimes(QDateTime(), poll.at);
        if (!times.ok()) {
            r.error = times.error;
            return r;
        }
        if (!times.value.isEmpty()) {
            const auto first = store.completePollAt(times.value.first());
            r.error = first.error;
            f.growthRef = first.value;
        }
    }
    // A first poll has nothing to compare: no snapshot (two of a 10,000-repo scope were a fifth
    // of a first `hubwatch poll --once`).
    if (!f.growthKnown())
        return r;
    const auto now = store.snapshotAt(poll.at);
    const auto before = now.ok() ? store.snapshotAt(f.growthRef.at) : now;
    if (!before.ok()) {
        r.error = before.error;
        return r;
    }
    f.growthDelta = Velocity::aggregatePerDay(StatusReport::allTimeCounts(before.value), before.value.at.toMSecsSinceEpoch(),
                                              StatusReport::allTimeCounts(now.value), now.value.at.toMSecsSinceEpoch())
                        .delta;
    if (f.dayBeforePoll > 0)
        f.hot = HotCategories::summarize(modelVelocities(before.value, now.value), TopN);
    return r;
}

StoreResult<PollFigures> PollFigures::of(HistoryStore &store, const HistoryStore::PollRef &poll)
{
    const auto row = store.pollFigures(poll.id);
    if (!row.ok() || row.value.pollId == 0)
        return row.ok() ? compute(store, poll) : StoreResult<PollFigures>{{}, row.error};
    StoreResult<PollFigures> r;
    PollFigures &f = r.value;
    f.poll = poll;
    f.stored = true;
    f.dayBeforePoll = row.value.dayBeforePoll;
    f.growthDelta = row.value.growthDelta;
    if (row.value.growthRefPoll > 0) {
        const auto at = store.pollTime(row.value.growthRefPoll);
        if (!at.ok()) {
            r.error = at.error;
            return r;
        }
        f.growthRef = {row.value.growthRefPoll, at.value};
    }
    const auto hot = decodeHot(store, row.value.hot);
    r.error = hot.error;
    f.hot = hot.value;
    return r;
}

namespace {
// A poll's row, computed and written when it has none: the poll a day before it (0 if none).
StoreResult<qint64> ensureRow(HistoryStore &store, const HistoryStore::PollRef &poll, int *written)
{
    StoreResult<qint64> r;
    const auto row = store.pollFigures(poll.id);
    if (!row.ok() || row.value.pollId > 0) {
        r.error = row.error;
        r.value = row.value.dayBeforePoll;
        return r;
    }
    const auto computed = PollFigures::compute(store, poll);
    if (!computed.ok()) {
        r.error = computed.error;
        return r;
    }
    const PollFigures &f = computed.value;
    QList<qint64> ids;
    if (!f.hot.ids.isEmpty()) {
        const auto found = store.modelRepoIds(f.hot.ids);
        if (!found.ok()) {
            r.error = found.error;
            return r;
        }
        ids = found.value;
    }
    r.error = store.savePollFigures({poll.id, f.dayBeforePoll, f.growthRef.id, f.growthDelta, encodeHot(f.hot, ids)});
    if (!r.error.isError())
        ++*written;
    r.value = f.dayBeforePoll;
    return r;
}
} // namespace

StoreResult<int> PollFigures::record(HistoryStore &store, const QDateTime &latest)
{
    StoreResult<int> r;
    const auto last = store.completePollAt(latest);
    if (!last.ok() || last.value.id == 0) {
        r.error = last.error;
        return r;
    }
    // The polls StatusReport reads: the latest, the chain of "a day before" its projection
    // follows for eight days, and the poll a week before for the hot categories.
    HistoryStore::PollRef next = last.value;
    for (int step = 0; step <= StatusReport::ProjectionDays && next.id > 0; ++step) {
        const auto dayBefore = ensureRow(store, next, &r.value);
        const auto at = dayBefore.ok() && dayBefore.value > 0 ? store.pollTime(dayBefore.value) : StoreResult<QDateTime>{};
        if (!dayBefore.ok() || !at.ok()) {
            r.error = dayBefore.ok() ? at.error : dayBefore.error;
            return r;
        }
        next = {dayBefore.value, at.value};
    }
    const auto weekBefore = store.completePollAt(last.value.at.addDays(-7));
    r.error = weekBefore.error;
    if (weekBefore.ok() && weekBefore.value.id > 0)
        r.error = ensureRow(store, weekBefore.value, &r.value).error;
    return r;
}

} // namespace hubwatch
