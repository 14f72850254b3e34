#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <initializer_list>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace hubwatch {

// Rows for one table, written as multi-row INSERTs of up to `chunkRows` rows each: one statement
// (one round trip to a PostgreSQL server) per chunk instead of one per row. The full-chunk
// statement is prepared once and reused; only the last, shorter chunk needs its own.
class RowBatch
{
public:
    // head: "INSERT INTO t (a, b, c)"; each row then brings `columns` values. The chunk size is
    // the dialect's (SqlDialect::batchRows). tail follows the VALUES (an ON CONFLICT clause).
    RowBatch(QSqlDatabase db, const QString &head, int columns, int chunkRows, const QString &tail = QString());
    ~RowBatch();
    void add(std::initializer_list<QVariant> row);
    qsizetype pending() const { return m_values.size() / m_columns; }
    // Writes every pending row; false with *error at the first failed chunk.
    bool flush(QSqlError *error);

private:
    QString statement(int rows) const;
    bool write(QSqlQuery &q, qsizetype firstValue, int rows, QSqlError *error);

    QSqlDatabase m_db;
    QString m_head;
    QString m_tail;
    int m_columns;
    int m_chunkRows;
    QVariantList m_values;
    // Members, not locals: PostgreSQL cannot deallocate a statement inside an aborted
    // transaction, so the caller rolls back before the batch (and these) go.
    std::unique_ptr<QSqlQuery> m_full, m_rest;
};

} // namespace hubwatch
