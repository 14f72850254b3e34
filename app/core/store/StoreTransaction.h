#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace hubwatch {

// One transaction on a store's connection (SQLite or PostgreSQL, through QSqlDatabase): begun on
// construction, rolled back on leaving the scope unless commit() succeeded, so that no early
// return can leave a transaction open on a connection that outlives it. It begins as
// QSqlDatabase::transaction() does: a plain (deferred) BEGIN on both; on SQLite, WriterLock is
// what keeps writers to one.
//
// Declare it after the QSqlQuery objects used inside it, or end it with rollback() before they
// go: on PostgreSQL a failed statement aborts the transaction, and the queries' destructors
// could not deallocate their prepared statements until it has been rolled back.
class StoreTransaction
{
    Q_DISABLE_COPY_MOVE(StoreTransaction)
public:
    explicit StoreTransaction(QSqlDatabase &db);
    ~StoreTransaction();

    // Whether the transaction began and has not ended yet.
    bool isActive() const { return m_active; }
    // Why it did not begin, named by context (the action being started); no error when it began.
    // A failed begin is always an error, even when the driver gave no reason.
    StoreError beginError(const QString &context) const;
    // Commits. A commit that fails is rolled back at once, and its error is returned, named by
    // context; committing a transaction that is not active is an error too.
    StoreError commit(const QString &context = QString());
    // Rolls back now; does nothing once the transaction has ended.
    void rollback();
    // The driver's error from a failed begin or commit, for callers that word it themselves.
    QSqlError sqlError() const { return m_error; }

private:
    QSqlDatabase &m_db;
    QSqlError m_error;
    bool m_began = false;
    bool m_active = false;
};

} // namespace hubwatch
