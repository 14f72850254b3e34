#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hubwatch {

// One observation of a repo (or of the headline sum) at one poll. Values below zero mean
// "not reported" (RepoStats::Unknown); seen == false means the poll ran but the repo was not
// in its results, so the values carry nothing.
struct AnomalyInput
{
    qint64 t = 0;        // ms since epoch, UTC
    qint64 allTime = -1; // downloadsAllTime
    qint64 d30 = -1;     // rolling 30-day downloads
    bool seen = true;
};

// A stretch of a series that must not be read at face value, with a sentence saying why.
struct Annotation
{
    enum class Kind {
        UpstreamCorrection, // the Hub lowered a cumulative count
        UpstreamGap,        // the Hub's 30-day window dropped to zero while downloads went on
        PollGap,            // HubWatch did not poll for a long time: nothing is known
    };

    Kind kind = Kind::PollGap;
    qint64 from = 0; // ms since epoch, UTC: the last trustworthy observation before
    qint64 to = 0;   // ms since epoch, UTC: the first observation after
    // UpstreamCorrection: all-time change (negative). UpstreamGap: 30-day change (negative).
    // PollGap: the length of the gap in ms.
    qint64 delta = 0;
    QString text; // translated, plain words, for a chart tooltip or an alert's detail
};

// Finds the intervals of a download series that velocity and alerts must skip. Pure: no I/O.
class Anomalies
{
    Q_DECLARE_TR_FUNCTIONS(Anomalies)
public:
    // points: successive observations (sorted here by t if they are not). gapThresholdMs: a
    // longer time between two consecutive polls is a PollGap; <= 0 turns that rule off.
    // Result sorted by `from`.
    static QList<Annotation> detect(const QList<AnomalyInput> &points, qint64 gapThresholdMs);

    // True when [from, to] shares more than an end point with an annotated interval: a rate
    // computed over it would mix real downloads with an artefact of the Hub or of polling.
    static bool excludes(const QList<Annotation> &annotations, qint64 from, qint64 to);

    // "3 day(s)", "5 hour(s)"…: whole units, rounded down, largest unit first.
    static QString describeDuration(qint64 ms);
};

} // namespace hubwatch
