#include "PollResult.h"

#include <QJsonArray>

namespace hubwatch {

qint64 PollResult::totalAllTime() const
{
    qint64 total = 0;
    for (const RepoStats &r : repos)
        if (r.downloadsAllTime > 0 && inHeadline(r))
            total += r.downloadsAllTime;
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
