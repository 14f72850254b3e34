#include "RowBatch.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hubwatch {

RowBatch::RowBatch(QSqlDatabase db, const QString &head, int columns, int chunkRows, const QString &tail)
    : m_db(std::move(db))
    , m_head(head)
    , m_tail(tail)
    , m_columns(columns)
    , m_chunkRows(chunkRows)
{}

RowBatch::~RowBatch() = default;

void RowBatch::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(int(row.size()) == m_columns);
    for (const QVariant &v : row)
        m_values.append(v);
}

QString RowBatch::statement(int rows) const
{
    QString one = QStringLiteral("(?");
    for (int c = 1; c < m_columns; ++c)
        one += QStringLiteral(", ?");
    one += QLatin1Char(')');
    QString sql = m_head + QStringLiteral(" VALUES ");
    sql.reserve(sql.size() + rows * (one.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += one;
    }
    return sql + m_tail;
}

bool RowBatch::write(QSqlQuery &q, qsizetype firstValue, int rows, QSqlError *error)
{
    const int count = rows * m_columns;
    for (int i = 0; i < count; ++i)
        q.bindValue(i, m_values.at(firstValue + i));
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

bool RowBatch::flush(QSqlError *error)
{
    const qsizetype rows = pending();
    qsizetype done = 0;
    while (rows - done >= m_chunkRows) {
        if (!m_full) {
            m_full = std::make_unique<QSqlQuery>(m_db);
            if (!m_full->prepare(statement(m_chunkRows))) {
                *error = m_full->lastError();
                return false;
            }
        }
        if (!write(*m_full, done * m_columns, m_chunkRows, error))
            return false;
        done += m_chunkRows;
    }
    if (done < rows) {
        m_rest = std::make_unique<QSqlQuery>(m_db);
        if (!m_rest->prepare(statement(int(rows - done)))) {
            *error = m_rest->lastError();
            return false;
        }
        if (!write(*m_rest, done * m_columns, int(rows - done), error))
            return false;
    }
    m_values.clear();
    return true;
}

} // namespace hubwatch
