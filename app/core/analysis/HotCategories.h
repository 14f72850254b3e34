#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hubwatch {

// One model's download velocity at one moment, as the velocity code measured it.
struct ModelVelocity
{
    QString id;
    QString pipelineTag; // empty when the Hub gives none
    double perDay = -1;  // downloads per day; negative or NaN = unknown (left out)
};

// A pipeline tag's share of the top-N download velocity, now and a week earlier.
struct CategoryShare
{
    QString tag;             // the pipeline tag as the Hub spells it; empty = untagged
    QString label;           // for display: the tag, or tr("untagged")
    double shareNow = 0;     // % of the top-N total velocity now, 0–100
    double shareWeekAgo = 0; // same, 7 days earlier
    double changePoints = 0; // shareNow - shareWeekAgo, in percentage points
    bool alert = false;      // changePoints >= threshold, both weeks having some velocity
};

struct HotCategoriesResult
{
    QList<CategoryShare> categories; // by shareNow desc, then shareWeekAgo desc, then tag
    QStringList newEntrants;         // ids in today's top N but not last week's, by today's rank
    double totalNow = 0;             // summed velocity of today's top N (downloads/day)
    double totalWeekAgo = 0;
    // False when there is no list from a week ago (a fresh install): nothing to compare with,
    // so no new entrants are reported (and no alerts, as there is no velocity a week ago).
    bool hasBaseline = false;
};

// One moment's top N, reduced to what a comparison needs: kept per poll by the store, so the
// hot categories of any day are two small reads, not two rankings of every tracked model.
struct TopVelocity
{
    QMap<QString, double> byTag; // summed velocity per pipeline tag, in rank order's sums
    double total = 0;            // summed velocity of the whole top N, in rank order
    QStringList ids;             // the top N's model ids, fastest first
};

// The seed's "top-50 model download velocity: acceleration indicates a new hot model
// category", made concrete: which pipeline tags gain share of the fastest-growing models.
class HotCategories
{
    Q_DECLARE_TR_FUNCTIONS(HotCategories)
public:
    // The top N of each list by perDay desc (ties by id, so the result is deterministic),
    // unknown and negative velocities excluded, a repeated id counted once (its fastest entry).
    static HotCategoriesResult compute(const QList<ModelVelocity> &now, const QList<ModelVelocity> &weekAgo, int topN = 50,
                                       double thresholdPoints = 5.0);

    // The ranked top N alone, as compute() sees it.
    static QList<ModelVelocity> topN(const QList<ModelVelocity> &models, int n);
    // compute() in two halves: each moment's top N summed up, then two moments compared.
    static TopVelocity summarize(const QList<ModelVelocity> &models, int topN);
    static HotCategoriesResult compare(const TopVelocity &now, const TopVelocity &weekAgo, double thresholdPoints = 5.0);
};

} // namespace hubwatch
