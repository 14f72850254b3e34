#include "PollResult.h"

#include <limits>

#include <QJsonArray>

namespace hubwatch {

PollResult::Totals PollResult::totals() const
{
    constexpr qint64 limit = std::numeric_limits<qint64>::max();
    Totals t;
    for (const RepoStats &r : repos) {
        if (!inHeadline(r))
            continue;
        if (r.downloadsAllTime > 0 && __builtin_add_overflow(t.allTime, r.downloadsAllTime, &t.allTime))
            t.allTime = limit;
        if (r.downloads30d > 0 && __builtin_add_overflow(t.downloads30d, r.downloads30d, &t.downloads30d))
            t.downloads30d = limit;
    }
    // A sum at the limit may be one beyond it: the same test the stored headline allows.
    t.saturated = t.allTime == limit || t.downloads30d == limit;
    return t;
}

QJsonObject PollResult::toJson() const
{
    QJsonArray list;
    for (const RepoStats &r : repos) {
        QJsonObject o{{QStringLiteral("kind"), kindName(r.kind)}, {QStringLiteral("id"), r.id}};
        // Unknown counts are left out rather than written as -1.
        if (r.downloadsAllTime >= 0)
            o.insert(QStringLiteral("downloadsAllTime"), r.downloadsAllTime);
        if (r.downloads30d >= 0)
            o.insert(QStringLiteral("downloads"), r.downloads30d);
        if (r.likes >= 0)
            o.insert(QStringLiteral("likes"), r.likes);
        if (!r.pipelineTag.isEmpty())
            o.insert(QStringLiteral("pipeline_tag"), r.pipelineTag);
        if (!r.libraryName.isEmpty())
            o.insert(QStringLiteral("library_name"), r.libraryName);
        if (!r.license.isEmpty())
            o.insert(QStringLiteral("license"), r.license);
        list.append(o);
    }
    QJsonArray failed;
    for (const Failure &f : failures)
        failed.append(QJsonObject{{QStringLiteral("what"), f.what}, {QStringLiteral("error"), f.error.message()}});
    QJsonArray renamed;
    for (const RepoRename &r : renames)
        renamed.append(
            QJsonObject{{QStringLiteral("kind"), kindName(r.kind)}, {QStringLiteral("from"), r.from}, {QStringLiteral("to"), r.to}});
    const Totals sums = totals();
    return QJsonObject{
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("scope"), scope.key()},
        {QStringLiteral("count"), repos.size()},
        {QStringLiteral("totalAllTime"), sums.allTime},
        {QStringLiteral("saturated"), sums.saturated},
        {QStringLiteral("skippedEntries"), skippedEntries},
        {QStringLiteral("failures"), failed},
        {QStringLiteral("renames"), renamed},
        {QStringLiteral("repos"), list},
    };
}

} // namespace hubwatch
