// The one place that begins, commits and rolls back the history's transactions.
#include "StoreTransaction.h"

#include "HistoryStore.h"

namespace hubwatch {

StoreTransaction::StoreTransaction(QSqlDatabase &db) : m_db(db)
{
    m_began = m_db.transaction();
    m_active = m_began;
    if (!m_began)
        m_error = m_db.lastError();
}

StoreTransaction::~StoreTransaction()
{
    rollback();
}

StoreError StoreTransaction::beginError(const QString &context) const
{
    if (m_began)
        return StoreError();
    return HistoryStore::fromSqlError(m_error, context);
}

StoreError StoreTransaction::commit(const QString &context)
{
    if (!m_active) {
        // Worded as the drivers word it: their messages are not translated either.
        const QSqlError error =
            m_began ? QSqlError(QString(), QStringLiteral("no transaction is active"), QSqlError::TransactionError) : m_error;
        return HistoryStore::fromSqlError(error, context);
    }
    if (m_db.commit()) {
        m_active = false;
        return StoreError();
    }
    // Read the error before the rollback, which would replace it. SQLite keeps a transaction
    // whose COMMIT failed (a busy or full disk) open; PostgreSQL has ended it already.
    m_error = m_db.lastError();
    rollback();
    return HistoryStore::fromSqlError(m_error, context);
}

void StoreTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollback();
}

} // namespace hubwatch
