#include "CensusEta.h"

#include "store/HistoryStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hubwatch {

StoreResult<qint64> CensusEta::expectedPages(HistoryStore &store)
{
    StoreResult<qint64> r;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT SUM(pages) FROM census_kinds WHERE census_id ="
                               " (SELECT MAX(id) FROM censuses WHERE status = 1)"))
        || !q.next()) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading a census"));
        return r;
    }
    r.value = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    return r;
}

void CensusEta::begin(const CensusState &state, qint64 expectedPages, const QDateTime &now)
{
    m_expected = expectedPages;
    m_pagesAtBegin = state.pages();
    m_begunAt = now;
}

QDateTime CensusEta::estimate(const CensusState &state, const QDateTime &now) const
{
    const qint64 done = state.pages() - m_pagesAtBegin;
    if (m_expected <= 0 || done <= 0 || !m_begunAt.isValid())
        return QDateTime();
    const qint64 left = std::max<qint64>(m_expected - state.pages(), 0);
    const qint64 msPerPage = m_begunAt.msecsTo(now) / done;
    return now.addMSecs(left * msPerPage);
}

} // namespace hubwatch
