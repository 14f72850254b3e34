#include "RepoStats.h"

namespace hubwatch {

QString apiCollection(RepoKind kind)
{
    return kind == RepoKind::Model ? QStringLiteral("models") : QStringLiteral("datasets");
}

QString kindName(RepoKind kind)
{
    return kind == RepoKind::Model ? QStringLiteral("model") : QStringLiteral("dataset");
}

bool kindFromName(const QString &name, RepoKind *kind)
{
    if (name == QLatin1String("model")) {
        *kind = RepoKind::Model;
        return true;
    }
    if (name == QLatin1String("dataset")) {
        *kind = RepoKind::Dataset;
        return true;
    }
    return false;
}

bool RepoStats::operator==(const RepoStats &o) const
{
    return kind == o.kind && id == o.id && downloadsAllTime == o.downloadsAllTime && downloads30d == o.downloads30d && likes == o.likes
        && pipelineTag == o.pipelineTag && libraryName == o.libraryName && tags == o.tags && createdAt == o.createdAt && gated == o.gated
        && license == o.license && siblings == o.siblings;
}

} // namespace hubwatch
