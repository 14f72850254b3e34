#pragma once

#include "analysis/Projection.h"
#include "store/AlertStore.h"
#include "store/SeriesQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hubwatch {

class HistoryStore;

// What a history chart shows.
// HotCategories: per day, each pipeline tag's share (%) of the top-50 models' download
// velocity (the top five tags, plus "other"); the request's keys play no part.
enum class ChartKind { Cumulative, Daily, Weekly, Monthly, Velocity, HotCategories };

struct ChartRequest
{
    // headline, model:ORG/NAME, dataset:ORG/NAME; hub, hub-by:pipeline|library|licence (the censuses)
    QStringList keys{QStringLiteral("headline")};
    ChartKind kind = ChartKind::Cumulative;
    int velocityDays = 7;                  // Velocity: the smoothing window (1, 7 or 30)
    QString range = QStringLiteral("all"); // as --range: 7d, 30d, 90d, 1y, all, FROM..TO
    int maxPoints = 1500;                  // per series, after downsampling
    bool projection = true;                // Cumulative: the next milestone and its ETA (first key only)
};

// One series' figures, ready to draw. Values never invented: gaps are flagged (gapBefore),
// unknown periods carry known == false.
struct ChartSeriesData
{
    QString key;
    QString scope;                  // the headline's scope key; the repo name otherwise
    QList<ChartPoint> points;       // Cumulative / Velocity
    QList<PeriodDownloads> periods; // Daily / Weekly / Monthly
    QList<AnnotationRecord> annotations;
    qint64 latest = 0; // the last all-time value (Cumulative)
    qint64 nextMilestone = 0;
    qint64 previousMilestone = 0;
    Projection::Result projection; // Cumulative, first key only
    QString error;                 // non-empty: this series could not be read
};

// HotCategories: the categories drawn, at most this many besides "other".
constexpr int kHotCategoryLines = 5;

struct ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
public:
    ChartRequest request;
    QList<ChartSeriesData> series;
    qint64 from = 0; // the range actually requested, ms UTC (0: open)
    qint64 to = 0;
    QDateTime asOf; // the latest point drawn (UTC); invalid when there is none
    QDateTime now;  // the "now" it was read for (UTC): an empty chart's time axis ends there
    QString error;  // the request itself was bad (e.g. the range)

    bool isEmpty() const;

    // Reads everything a chart needs. Synchronous: the desktop runs it on the store's thread
    // through ReportService::chartData; a headless command calls it directly. now: UTC, for
    // relative ranges and the ETA.
    static ChartData load(HistoryStore &store, const ChartRequest &request, const QDateTime &now);

    // The series a chart can show: "headline", the whole Hub and its breakdowns once a census is
    // complete, then every stored repo ("model:org/name"), the most downloaded first.
    static StoreResult<QStringList> trackedSeries(HistoryStore &store);

    // "cumulative", "daily", "weekly", "monthly", "velocity"; false for anything else.
    static bool parseKind(const QString &name, ChartKind *out);
};

} // namespace hubwatch
