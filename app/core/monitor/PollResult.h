#pragma once

#include "PollScope.h"
#include "hub/HubError.h"

#include <QDateTime>
#include <QJsonObject>

namespace hubwatch {

// Everything one poll saw, handed on whole: the store commits it in one transaction.
struct PollResult
{
    struct Failure
    {
        QString what; // "top models", "model:org/name", …
        HubError error;
    };

    QDateTime startedAt;
    QDateTime finishedAt;
    PollScope scope;
    RepoStatsList repos; // unique by kind:id
    QList<Failure> failures;
    int skippedEntries = 0;

    bool complete() const { return failures.isEmpty(); }
    qint64 totalAllTime() const;
    QJsonObject toJson() const;
};

} // namespace hubwatch

Q_DECLARE_METATYPE(hubwatch::PollResult)
