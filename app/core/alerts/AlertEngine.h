#pragma once

#include <algorithm>

#include "monitor/PollScope.h"
#include "store/AlertStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace hubwatch {

struct AlertSettings
{
    bool milestones = true;
    double hotCategoryPoints = 5.0; // a share rising this many points in 7 days is "hot"
    int hotTopN = 50;
    qint64 pollGapMs = 6LL * 3600 * 1000; // longer than this without a poll: a gap annotation
    // Consecutive polls further apart than this mean HubWatch was not running in between.
    qint64 closedGapMs = 2LL * 3600 * 1000;

    // Both gaps measured against the poll interval as well: polling every 12 hours is not a
    // 12-hour gap at every poll. A gap is three missed polls, "closed" two.
    void followInterval(qint64 intervalMs)
    {
        pollGapMs = std::max(pollGapMs, 3 * intervalMs);
        closedGapMs = std::max(closedGapMs, 2 * intervalMs);
    }
};

// Turns stored polls into alerts, on the store's thread right after a poll is stored. It looks
// at everything since the last poll it evaluated, so a crossing that happened while HubWatch
// was closed is announced at the next poll, once, with when it happened. The same holds for the
// whole Hub's total between complete censuses (series "hub"), which a collector takes daily. The once-ever state is
// in the store (AlertStore), so restarts and retries cannot repeat an alert.
class AlertEngine
{
    Q_DECLARE_TR_FUNCTIONS(AlertEngine)
public:
    AlertEngine(HistoryStore &store, AlertSettings settings = {}, QLocale locale = QLocale());

    // Returns the alerts newly raised (already in the alert log).
    StoreResult<QList<AlertRecord>> evaluate(const PollScope &scope, const QDateTime &now);
    // Only the whole Hub's milestones, when a census has just completed between polls (so a
    // crossing is told then, not at the next poll). Nothing before the first poll's baseline.
    StoreResult<QList<AlertRecord>> evaluateCensus(const QDateTime &now);

private:
    struct Span
    {
        qint64 before, after;
        QDateTime from, to;
        // Where downloads alone took the series: before plus the growth of the repos tracked at
        // both ends. Below `after` when repos entered the scope in between.
        qint64 byDownloads;
        bool whileClosed; // HubWatch was not running when the span ended
    };
    StoreError baseline(const PollScope &scope, const QDateTime &now);
    StoreError markPassed(const QString &series, qint64 value, const QDateTime &now);
    StoreError step(const PollScope &scope, const QDateTime &from, const QDateTime &to, const QDateTime &now, QList<AlertRecord> *raised);
    StoreError milestones(const QString &series, const Span &span, const QDateTime &now, QList<AlertRecord> *raised);
    StoreError anomalies(const HistoryStore::Snapshot &before, const HistoryStore::Snapshot &after);
    StoreError hotCategories(const QDateTime &now, QList<AlertRecord> *raised);
    // The Hub-wide total's milestones, census by census (complete ones only).
    StoreError censusMilestones(const QDateTime &now, QList<AlertRecord> *raised);
    // A milestone's title and body from its values (cause, happenedAt) alone.

    HistoryStore &m_store;
    AlertStore m_alerts;
    AlertSettings m_settings;
    QLocale m_locale;
};

} // namespace hubwatch
