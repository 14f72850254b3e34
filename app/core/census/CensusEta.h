#pragma once

#include "CensusState.h"

#include "store/StoreError.h"

#include <QDateTime>

namespace hubwatch {

class HistoryStore;

// When a running census should finish. The Hub does not say how many pages a listing has, so
// the last complete census's page count stands in for it, and the pace is this run's own
// (pages stored per second since it began or resumed, which includes its waits for the quota).
class CensusEta
{
public:
    // The pages of the last complete census, or 0 when there is none yet.
    static StoreResult<qint64> expectedPages(HistoryStore &store);

    // A run begins (or resumes) at `now` with the state as committed.
    void begin(const CensusState &state, qint64 expectedPages, const QDateTime &now);
    // Invalid until a page has been stored in this run, or without a previous census; a census
    // already past the expected count is nearly done: its estimate is `now`.
    QDateTime estimate(const CensusState &state, const QDateTime &now) const;

private:
    qint64 m_expected = 0;
    qint64 m_pagesAtBegin = 0;
    QDateTime m_begunAt;
};

} // namespace hubwatch
