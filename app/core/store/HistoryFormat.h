#pragma once

#include "hub/RepoStats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace hubwatch {

// What the export files and the import share: names, times, series and filters.
namespace HistoryFormat {
inline const char *formatName()
{
    return "hubwatch-history";
}
constexpr int version = 1;
// The one series that is not a repo: the scope aggregate of each complete poll.
inline QString headlineSeries()
{
    return QStringLiteral("headline");
}
// The CSV header, in this order.
QStringList csvColumns();
// Imported headline polls keep their scope as "import:" + the original key (so a live poll of
// that scope never mistakes them for its predecessor); exports show the original key again.
QString importScopePrefix();
QString importRepoScopeKey(); // "import": the scope of the polls that hold imported repo points
QString exportedScopeKey(const QString &storedKey);

// 2026-11-26T12:43:18.239Z: ISO 8601, UTC, always with milliseconds.
QString formatTime(qint64 msecsSinceEpoch);
// ISO 8601 with seconds, at most three fraction digits and a zone (Z or ±HH:MM).
bool parseTime(const QString &text, qint64 *msecsSinceEpoch);
} // namespace HistoryFormat

// One series of an export: a repo ("model:org/name") or the headline.
struct SeriesId
{
    Q_DECLARE_TR_FUNCTIONS(SeriesId)
public:
    bool headline = false;
    RepoKind kind = RepoKind::Model;
    QString name;

    QString toString() const;
    // "headline", "model:ORG/NAME" or "dataset:ORG/NAME" with a valid Hub name; exact case.
    static bool parse(const QString &text, SeriesId *out, QString *error);
    bool operator==(const SeriesId &o) const { return headline == o.headline && kind == o.kind && name == o.name; }
};

// Which part of the history to export: --series and --range.
struct HistoryFilter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFilter)
public:
    QList<SeriesId> series;                           // empty: every series and the headline
    qint64 from = std::numeric_limits<qint64>::min(); // inclusive, ms since the epoch UTC
    qint64 to = std::numeric_limits<qint64>::max();   // inclusive

    bool wantsHeadline() const;
    bool wantsAllRepos() const { return series.isEmpty(); }
    bool contains(qint64 t) const { return t >= from && t <= to; }

    bool setSeries(const QStringList &values, QString *error);
    // 7d, 30d, 90d, 1y (back from now), all, or FROM..TO where each side is a date (a whole UTC
    // day), a date-time (UTC unless it names a zone) or empty (open).
    bool setRange(const QString &text, const QDateTime &nowUtc, QString *error);
};

} // namespace hubwatch
