#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hubwatch {

enum class RepoKind { Model, Dataset };

// "models" / "datasets": the path segment of the Hub API for a kind.
QString apiCollection(RepoKind kind);
// "model" / "dataset": the prefix used on the command line and in exports.
QString kindName(RepoKind kind);
bool kindFromName(const QString &name, RepoKind *kind);

enum class GatedState { Open, Auto, Manual };

// One repo as the Hub reported it at one moment. Plain value; knows nothing of storage.
struct RepoStats
{
    static constexpr qint64 Unknown = -1;

    RepoKind kind = RepoKind::Model;
    QString id;                        // "org/name" (or a legacy "name")
    qint64 downloadsAllTime = Unknown; // cumulative; only present when expanded
    qint64 downloads30d = Unknown;     // rolling 30-day window
    qint64 likes = Unknown;
    QString pipelineTag;
    QString libraryName;
    QStringList tags;
    QDateTime createdAt;
    GatedState gated = GatedState::Open;
    QString license;      // from a "license:" tag or cardData.license
    QStringList siblings; // file names, when expanded

    QString key() const { return kindName(kind) + QLatin1Char(':') + id; }
    bool operator==(const RepoStats &o) const;
};

using RepoStatsList = QList<RepoStats>;

} // namespace hubwatch

Q_DECLARE_METATYPE(hubwatch::RepoStats)
