#pragma once

#include <QCoreApplication>
#include <QString>

namespace hubwatch {

// Series as people say them, for every place that shows one: "Tracked downloads", "model org/name",
// "dataset org/name", a category's label. Internal keys ("headline", "category:…") never reach a
// reader. Translated when called, so a shared history reads in each reader's language.
class SeriesNames
{
    Q_DECLARE_TR_FUNCTIONS(SeriesNames)
public:
    // key: "headline", "model:org/x", "dataset:org/x", "category:tag", "author:org".
    // label: the name the series had when it was recorded, where the key alone does not say it
    // (a category's label); empty otherwise.
    static QString display(const QString &key, const QString &label = QString());

    // The whole Hub's total from the complete censuses.
    static const QString HubKey; // "hub"
    // A breakdown of the whole Hub as a group of series, one per label (the top few): the keys
    // the series picker offers, and the prefix of each series drawn for it.
    enum class HubGroup { PipelineTag, Library, Licence, Author, WeightFormat };
    static QString hubGroupKey(HubGroup group); // "hub-by:pipeline", …
    static bool parseHubGroup(const QString &key, HubGroup *group);
    static QString hubLabelKey(HubGroup group, const QString &label); // "hub-pipeline:text-generation", …
    static bool isHubKey(const QString &key);                         // the total, a group or a label
};

} // namespace hubwatch
