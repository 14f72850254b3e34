#include "HotCategories.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hubwatch {

namespace {

// Shares are quotients of doubles: 16 % minus 10 % may come out as 5.999999999. A change
// within a billionth of a point of the threshold is meant to be on it.
constexpr double kEpsilonPoints = 1e-9;

QMap<QString, double> velocityByTag(const QList<ModelVelocity> &top, double *total)
{
    QMap<QString, double> byTag; // QMap: a stable order for the final tie-break
    *total = 0;
    for (const ModelVelocity &m : top) {
        byTag[m.pipelineTag] += m.perDay;
        *total += m.perDay;
    }
    return byTag;
}

double shareOf(double part, double total)
{
    // All-zero velocity (a quiet week, or a fresh install) gives 0 %, not a division by zero.
    return total > 0 ? 100.0 * part / total : 0.0;
}

} // namespace

QList<ModelVelocity> HotCategories::topN(const QList<ModelVelocity> &models, int n)
{
    QList<ModelVelocity> ranked;
    if (n <= 0)
        return ranked;
    for (const ModelVelocity &m : models)
        if (std::isfinite(m.perDay) && m.perDay >= 0 && !m.id.isEmpty())
            ranked.append(m);
    std::sort(ranked.begin(), ranked.end(),
              [](const ModelVelocity &a, const ModelVelocity &b) { return a.perDay != b.perDay ? a.perDay > b.perDay : a.id < b.id; });
    QList<ModelVelocity> top;
    QSet<QString> taken;
    for (const ModelVelocity &m : ranked) {
        if (top.size() >= n)
            break;
        if (taken.contains(m.id))
            continue; // the same model twice (merged sources): its fastest entry already counts
        taken.insert(m.id);
        top.append(m);
    }
    return top;
}

TopVelocity HotCategories::summarize(const QList<ModelVelocity> &models, int n)
{
    TopVelocity out;
    const QList<ModelVelocity> top = HotCategories::topN(models, n);
    out.byTag = velocityByTag(top, &out.total);
    for (const ModelVelocity &m : top)
        out.ids.append(m.id);
    return out;
}

HotCategoriesResult HotCategories::compute(const QList<ModelVelocity> &now, const QList<ModelVelocity> &weekAgo, int topN,
                                           double thresholdPoints)
{
    return compare(summarize(now, topN), summarize(weekAgo, topN), thresholdPoints);
}

HotCategoriesResult HotCategories::compare(const TopVelocity &now, const TopVelocity &weekAgo, double thresholdPoints)
{
    HotCategoriesResult result;
    const QMap<QString, double> &nowByTag = now.byTag;
    const QMap<QString, double> &beforeByTag = weekAgo.byTag;
    result.totalNow = now.total;
    result.totalWeekAgo = weekAgo.total;
    result.hasBaseline = !weekAgo.ids.isEmpty();
    // Shares only compare when both weeks have some velocity to share out.
    const bool comparable = result.totalWeekAgo > 0 && result.totalNow > 0;

    // A category that left the top N still shows (at 0 % now): its fall is news too.
    QMap<QString, bool> tags;
    for (auto it = nowByTag.cbegin(); it != nowByTag.cend(); ++it)
        tags.insert(it.key(), true);
    for (auto it = beforeByTag.cbegin(); it != beforeByTag.cend(); ++it)
        tags.insert(it.key(), true);

    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        CategoryShare c;
        c.tag = it.key();
        c.label = c.tag.isEmpty() ? tr("untagged") : c.tag;
        c.shareNow = shareOf(nowByTag.value(c.tag), result.totalNow);
        c.shareWeekAgo = shareOf(beforeByTag.value(c.tag), result.totalWeekAgo);
        c.changePoints = c.shareNow - c.shareWeekAgo;
        // Without last week's numbers every category would "gain" its whole share.
        c.alert = comparable && c.changePoints >= thresholdPoints - kEpsilonPoints;
        result.categories.append(c);
    }
    std::stable_sort(result.categories.begin(), result.categories.end(), [](const CategoryShare &a, const CategoryShare &b) {
        if (a.shareNow != b.shareNow)
            return a.shareNow > b.shareNow;
        return a.shareWeekAgo > b.shareWeekAgo; // then QMap's tag order
    });

    if (result.hasBaseline) {
        const QSet<QString> before(weekAgo.ids.cbegin(), weekAgo.ids.cend());
        for (const QString &id : now.ids)
            if (!before.contains(id))
                result.newEntrants.append(id);
    }
    return result;
}

} // namespace hubwatch
