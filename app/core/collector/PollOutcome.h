#pragma once

#include "monitor/PollResult.h"
#include "store/AlertStore.h"

#include <QMetaType>

namespace hubwatch {

// How one poll ended, told only after its write to the history ended: a poll is reported as
// done only when it is stored.
struct PollOutcome
{
    PollResult result;
    bool stored = false;
    qint64 pollId = 0;
    StoreError storeError;     // why it was not stored
    QList<AlertRecord> raised; // alerts this poll raised (already in the alert log)
    StoreError alertError;     // alerts could not be evaluated or delivered

    // Every part fetched, stored, and its alerts evaluated.
    bool ok() const { return stored && result.complete() && !alertError.isError(); }
};

} // namespace hubwatch

Q_DECLARE_METATYPE(hubwatch::PollOutcome)
