#pragma once

#include "HistoryStore.h"

namespace hubwatch {

// One entry of the alert log: what happened, as data. Its words are written when it is read, in
// the reader's language (alerts/AlertText), so one shared history reads in every language.
struct AlertRecord
{
    enum class Kind { Milestone = 0, HotCategory = 1, NewEntrant = 2, RecordDay = 3, Anomaly = 4 };
    // A milestone's cause. ScopeEntry: repos entering the tracked scope (the top N) carried the
    // total past it; the downloads of the repos tracked on both sides of the crossing did not.
    enum class Cause { Downloads = 0, ScopeEntry = 1 };

    qint64 id = 0;
    QDateTime raisedAt;   // when HubWatch noticed
    QDateTime happenedAt; // when it happened (earlier, if HubWatch was closed)
    Kind kind = Kind::Milestone;
    QString series;  // "headline", "model:org/name", "category:text-generation"…
    QString subject; // the series' name where its key does not say it: a category's label

    // Milestone
    qint64 threshold = 0; // the rung passed
    QDateTime from, to;   // the two polls that bracket the crossing
    Cause cause = Cause::Downloads;
    bool whileClosed = false; // HubWatch was not polling between them
    // HotCategory
    double sharePercent = 0; // its share of the top-N velocity now
    double changePoints = 0; // up this many points in 7 days
    int topN = 0;

    // Entries logged as sentences before alerts were data, whose figures could not be read back.
    QString legacyTitle, legacyBody;

    // The figures as stored (the alerts table's params column) and back.
    QString paramsJson() const;
    void setParams(const QString &json);
};

// A stored annotation: an interval the analysis must not trust (see analysis/Anomalies.h).
struct AnnotationRecord
{
    QString series;
    int kind = 0;
    qint64 from = 0;
    qint64 to = 0;
    qint64 delta = 0;
    QString note;
};

// The SQL for alerts, milestones, thresholds and annotations. Same thread rules as HistoryStore.
class AlertStore
{
public:
    explicit AlertStore(HistoryStore &store) : m_store(store) {}

    // Records the crossing and raises its alert in one transaction. Returns the new alert's id,
    // or 0 when this series' threshold had already fired (ever): the once-only guarantee.
    StoreResult<qint64> fireMilestone(const QString &series, qint64 threshold, const AlertRecord &alert);
    // The thresholds announced for a series (not those passed before it was watched).
    StoreResult<QList<qint64>> firedThresholds(const QString &series);
    // Records thresholds a series had already passed when HubWatch started watching it, without
    // alerts (fired_at 0), plus a marker (threshold 0) saying the series has its baseline.
    StoreError markPassed(const QString &series, const QList<qint64> &thresholds, const QDateTime &at);
    StoreResult<bool> hasBaseline(const QString &series);
    // Raises any other alert; dedupKey makes a repeat a no-op (returns 0).
    StoreResult<qint64> raise(const AlertRecord &alert, const QString &dedupKey);

    // When an alert was last raised for a series (invalid if never).
    StoreResult<QDateTime> lastRaised(const QString &series);
    // When alert `id` was raised (invalid if there is no such alert).
    StoreResult<QDateTime> raisedAtOf(qint64 id);
    StoreResult<QList<AlertRecord>> undelivered(const QString &consumer, int limit = 100);
    // Alerts with an id above afterId raised at or after notBefore, oldest first: what a desktop
    // that keeps its own delivery state (see SeenAlerts) has not shown yet.
    StoreResult<QList<AlertRecord>> raisedAfter(qint64 afterId, const QDateTime &notBefore, int limit = 100);
    StoreError markDelivered(const QList<qint64> &ids, const QString &consumer, const QDateTime &at);
    // Newest first; kinds empty = all.
    StoreResult<QList<AlertRecord>> log(int limit = 500, const QList<AlertRecord::Kind> &kinds = {});

    StoreError addThreshold(const QString &series, qint64 threshold);
    StoreError removeThreshold(const QString &series, qint64 threshold);
    StoreResult<QList<qint64>> thresholds(const QString &series);

    // Adds an annotation unless the same (series, kind, from) exists.
    StoreError annotate(const AnnotationRecord &a);
    StoreResult<QList<AnnotationRecord>> annotations(const QString &series, qint64 from, qint64 to);

    // The last poll whose alerts were evaluated: evaluation resumes from there after a crash.
    StoreResult<qint64> evaluatedPoll();
    StoreError setEvaluatedPoll(qint64 pollId);

private:
    // The columns readAlerts() reads: params, or on a history not yet upgraded the sentences.
    QString alertColumns() const;
    // One time (raised_at) read by `sql` with one bound value; invalid when there is none.
    StoreResult<QDateTime> raisedAtQuery(const QString &sql, const QVariant &value);
    StoreResult<qint64> insertAlert(const AlertRecord &alert, const QString &dedupKey);
    HistoryStore &m_store;
};

} // namespace hubwatch
