#include "PollResult.h"

#include <limits>

#include <QJsonArray>

namespace hubwatch {

qint64 PollResult::totalAllTime() const
{
    qint64 total = 0;
    for (const RepoStats &r : repos)
        if (r.downloadsAllTime > 0 && inHeadline(r))
            // Counts near qint64's limit only come from a broken or hostile server: the sum stops
            // at the limit rather than wrapping to a negative headline.
            if (__builtin_add_overflow(total, r.downloadsAllTime, &total))
                return std::numeric_limits<qint64>::max();
    return total;
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
    return QJsonObject{
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("scope"), scope.key()},
        {QStringLiteral("count"), repos.size()},
        {QStringLiteral("totalAllTime"), totalAllTime()},
        {QStringLiteral("skippedEntries"), skippedEntries},
        {QStringLiteral("failures"), failed},
        {QStringLiteral("repos"), list},
    };
}

} // namespace hubwatch
