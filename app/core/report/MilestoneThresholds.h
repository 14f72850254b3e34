#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hubwatch {

class HistoryStore;

// The user's own milestones, per series: kept with the history, since the poll that raises
// alerts reads them. Synchronous: the desktop runs these on the store's thread through
// ReportService.
class MilestoneThresholds
{
public:
    using Map = QMap<QString, QList<qint64>>; // series key → thresholds

    // The thresholds of these series; series with none are left out.
    static StoreResult<Map> load(HistoryStore &store, const QStringList &series);
    // Turns `before` (as last loaded or saved) into `edited`: removes what went, adds what came.
    // Stops at the first error; what was changed before it stays changed.
    static StoreError save(HistoryStore &store, const Map &before, const Map &edited);
};

} // namespace hubwatch
