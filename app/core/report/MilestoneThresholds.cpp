#include "MilestoneThresholds.h"

#include "store/AlertStore.h"

namespace hubwatch {

StoreResult<MilestoneThresholds::Map> MilestoneThresholds::load(HistoryStore &store, const QStringList &series)
{
    StoreResult<Map> result;
    AlertStore alerts(store);
    for (const QString &key : series) {
        const auto values = alerts.thresholds(key);
        if (!values.ok())
            return {{}, values.error};
        if (!values.value.isEmpty())
            result.value.insert(key, values.value);
    }
    return result;
}

StoreError MilestoneThresholds::save(HistoryStore &store, const Map &before, const Map &edited)
{
    AlertStore alerts(store);
    QStringList keys = before.keys() + edited.keys();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        const QList<qint64> was = before.value(key), now = edited.value(key);
        for (const qint64 v : was)
            if (!now.contains(v))
                if (const StoreError e = alerts.removeThreshold(key, v); e.isError())
                    return e;
        for (const qint64 v : now)
            if (!was.contains(v))
                if (const StoreError e = alerts.addThreshold(key, v); e.isError())
                    return e;
    }
    return StoreError();
}

} // namespace hubwatch
