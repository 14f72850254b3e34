#pragma once

#include "analysis/HotCategories.h"
#include "analysis/LicenseClassifier.h"
#include "analysis/Projection.h"
#include "report/CensusFigures.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>

namespace hubwatch {

// The figures a user acts on, computed from the stored history: the headline with its growth,
// the next milestone and when it will be reached, the hot categories. Shared by `hubwatch
// status` and the desktop dashboard so both always say the same thing.
struct StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
public:
    AggregatePoint headline; // pollId 0: nothing complete stored yet
    double growthPerDay = 0; // over repos present in both snapshots
    bool growthKnown = false;
    qint64 growthSpanMs = 0; // how far back the growth compares
    // The headline's sums stopped at qint64's limit (a broken or hostile Hub): the figures shown
    // are that limit, not the real sum.
    bool saturated = false;
    qint64 nextMilestone = 0;
    Projection::Result projection; // from the growth of the repos tracked throughout
    // The last complete poll is older than staleAfterMs(): the projection says so instead of
    // extrapolating from a trend that ended long ago.
    bool stale = false;
    qint64 lastPollAgeMs = 0;
    HotCategoriesResult hot;
    // Over the repos whose files HubWatch has seen (the top models' details, watched repos).
    LicenseSummary licences;
    struct Formats
    {
        int inspected = 0, safetensors = 0, gguf = 0, pickleOnly = 0, gated = 0;
    } formats;
    QList<LatestValue> latest;
    // The whole Hub, from the censuses: there even before the first poll (a census alone).
    CensusFigures census;

    static StoreResult<StatusReport> build(HistoryStore &store, const QDateTime &now);

    // How old the last poll may be before the history counts as stale: three of its usual poll
    // intervals (the median gap between the complete polls given, oldest first), and at least a
    // day, so a computer that was off overnight is not "stale".
    static qint64 staleAfterMs(const QList<QDateTime> &recentPolls);
    static constexpr int HotTopN = 50;
    static constexpr double HotThresholdPoints = 5.0;

    // Per-model velocity across two snapshots, top-N grouped by pipeline tag, now vs a week ago.
    static StoreResult<HotCategoriesResult> hotCategories(HistoryStore &store, const QDateTime &now, int topN = HotTopN,
                                                          double thresholdPoints = HotThresholdPoints);

    // Each repo's all-time count in a snapshot (models and datasets): what per-repo growth compares.
    static QHash<QString, qint64> allTimeCounts(const HistoryStore::Snapshot &snapshot);
    // Snapshots for the projection, oldest first, ending with the poll at `at`: a day apart over
    // the last ProjectionDays, or spread as evenly over a shorter history (complete polls only).
    static constexpr int ProjectionDays = 8;
    static StoreResult<QList<RepoCounts>> projectionSnapshots(HistoryStore &store, const QDateTime &at);
};

} // namespace hubwatch
