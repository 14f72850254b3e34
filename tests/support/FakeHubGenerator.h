#pragma once

#include "hub/RepoStats.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace hubwatch::test {

// Deterministic, realistic-looking Hub entries: the same (kind, count, seed, firstIndex) always
// gives the same JSON. Ids are "org<k>/model-<i>" / "org<k>/dataset-<i>" with i counting from
// firstIndex; entries come back sorted by downloads, descending. Every numeric field stays below
// 2^53. Optional fields (pipeline_tag, library_name, licence) are sometimes missing, as on the Hub.
class FakeHubGenerator
{
public:
    static QList<QJsonObject> generate(RepoKind kind, int count, quint32 seed, int firstIndex = 0);

    // The choices it draws from (a repeated name is drawn twice as often); FakeHubLazyCatalogue
    // draws from the same ones.
    static const QStringList &licences();
    static const QStringList &pipelineTags();
    static const QStringList &libraries();
    static const QStringList &datasetTasks();
    static const QStringList &datasetSizes();
};

} // namespace hubwatch::test
