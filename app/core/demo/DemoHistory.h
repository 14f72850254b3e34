#pragma once

#include "hub/RepoStats.h"
#include "monitor/PollScope.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace hubwatch {

// The built-in demo history behind `hubwatch --demo`: DAYS of polls every HOURS hours of 300
// models and 150 datasets whose downloads grow at varied, slowly drifting rates, with
// text-to-image heating up over the last two weeks, one upstream correction (org5/model-5
// lowered by 8% half-way), weekly complete censuses of the whole Hub with their breakdowns
// (DemoCensus) and the milestones the alert engine finds on the way. Seeded: the same
// parameters give the same figures; only the times follow `end`.
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)
public:
    // Raise when the generated figures change, so cached demo histories are made again.
    static constexpr int kGeneratorVersion = 4; // 4: weekly censuses of the whole Hub
    static constexpr int kModels = 300;
    static constexpr int kDatasets = 150;

    struct Parameters
    {
        int days = 120;
        int hours = 6;
        QDateTime end; // the last poll; invalid: now
    };

    // Writes the history into a new database at path (it must not exist yet).
    static StoreError write(const QString &path, const Parameters &parameters);
    // Every repo as the last poll of write(parameters) stores it: the figures a test checks.
    static QList<RepoStats> lastPoll(const Parameters &parameters);
    // The demo history in the user's cache folder (demo-history.sqlite), made again when missing,
    // from an older generator or more than a day old. Empty and *error when it cannot be made.
    static QString ensureCached(QString *error);
    static QString cachedPath();
    // What the demo covers: its 300 models and 150 datasets, watching the most downloaded model,
    // the one the Hub corrects and the most downloaded dataset, so every view has rows.
    static PollScope scope();
};

} // namespace hubwatch
