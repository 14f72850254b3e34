#pragma once

#include "StoreError.h"

#include <QString>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace hubwatch {

// Everything that differs between the SQL engines HubWatch stores history in. The schema,
// migrations and queries are written once against this, so SQLite (embedded default) and
// PostgreSQL (shared team history) keep the same logic.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    virtual QString driver() const = 0;   // the Qt SQL driver name
    virtual QString idColumn() const = 0; // an auto-assigned 64-bit primary key
    virtual QString bigint() const = 0;
    virtual QString compactTable() const = 0; // suffix for narrow tables keyed by their primary key
    virtual bool supportsPragmas() const = 0;
    // Driver options for QSqlDatabase::setConnectOptions.
    virtual QString connectOptions(bool readOnly) const = 0;
    // Runs once per new connection (journal mode, sync level, foreign keys…). False with *error.
    virtual bool configure(QSqlDatabase &db, QString *error) const = 0;
    // Runs once per new read-only connection.
    virtual bool configureReader(QSqlDatabase &db, QString *error) const = 0;
    // A fast structural check; true when healthy, else *problem says what is wrong.
    virtual bool quickCheck(QSqlDatabase &db, QString *problem) const = 0;
    // The first statement after connecting: it fails on a file that is not a database at all.
    virtual QString probe() const = 0;
    // Appended to an INSERT whose new id is wanted, and how that id is then read. (QPSQL's
    // lastInsertId() is the row's OID, not its id.)
    virtual QString returningId() const = 0;
    virtual qint64 insertedId(QSqlQuery &q) const = 0;
    // True when the database is a shared server reached over a connection that can drop.
    virtual bool isServer() const = 0;
    // A subquery yielding one column `id` from a JSON array of integers bound as one text
    // parameter: a set of ids in one statement instead of one statement per id.
    virtual QString idList() const = 0;
    // "column is one of the ids" for a JSON array of integers bound as one text parameter, in
    // the form each engine evaluates once per statement rather than once per row.
    virtual QString inIdList(const QString &column) const = 0;
    // Rows per multi-row INSERT (RowBatch).
    virtual int batchRows() const = 0;
};

class SqliteDialect final : public SqlDialect
{
public:
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QString idColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString bigint() const override { return QStringLiteral("INTEGER"); }
    QString compactTable() const override { return QStringLiteral(" WITHOUT ROWID"); }
    bool supportsPragmas() const override { return true; }
    // The busy timeout from the first statement on, so even the integrity check waits for a writer.
    QString connectOptions(bool readOnly) const override
    {
        return readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000") : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    }
    bool configure(QSqlDatabase &db, QString *error) const override;
    bool configureReader(QSqlDatabase &, QString *) const override { return true; } // QSQLITE_OPEN_READONLY
    bool quickCheck(QSqlDatabase &db, QString *problem) const override;
    QString probe() const override { return QStringLiteral("SELECT count(*) FROM sqlite_master"); }
    QString returningId() const override { return QString(); }
    qint64 insertedId(QSqlQuery &q) const override;
    bool isServer() const override { return false; }
    QString idList() const override { return QStringLiteral("SELECT CAST(value AS INTEGER) AS id FROM json_each(?)"); }
    QString inIdList(const QString &column) const override { return column + QStringLiteral(" IN (") + idList() + QLatin1Char(')'); }
    // One: in-process, a statement costs about a microsecond, and preparing a multi-row
    // VALUES costs SQLite's parser a search of its parameter list per parameter (the square of
    // their count: a 500-row INSERT tripled the demo history's generation time).
    int batchRows() const override { return 1; }
};

// A shared history on a PostgreSQL server (QPSQL, through libpq: the password comes from
// PGPASSWORD or ~/.pgpass, never from HubWatch's own configuration).
class PostgresDialect final : public SqlDialect
{
public:
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString idColumn() const override { return QStringLiteral("BIGSERIAL PRIMARY KEY"); }
    QString bigint() const override { return QStringLiteral("BIGINT"); }
    QString compactTable() const override { return QString(); } // every table is a heap
    bool supportsPragmas() const override { return false; }
    // A dead server is reported within seconds instead of the TCP timeout.
    QString connectOptions(bool readOnly) const override
    {
        return readOnly ? QStringLiteral("connect_timeout=5;application_name=hubwatch-reader")
                        : QStringLiteral("connect_timeout=5;application_name=hubwatch-writer");
    }
    bool configure(QSqlDatabase &db, QString *error) const override;
    bool configureReader(QSqlDatabase &db, QString *error) const override;
    bool quickCheck(QSqlDatabase &db, QString *problem) const override;
    QString probe() const override { return QStringLiteral("SELECT 1"); }
    QString returningId() const override { return QStringLiteral(" RETURNING id"); }
    qint64 insertedId(QSqlQuery &q) const override;
    bool isServer() const override { return true; }
    QString idList() const override
    {
        return QStringLiteral("SELECT CAST(value AS BIGINT) AS id FROM json_array_elements_text(CAST(? AS json))");
    }
    // An array built once (an InitPlan), matched by hash: "IN (subquery)" or a join made the
    // planner, without statistics for a table filled in the same transaction, scan the table
    // once per id (9 s for a 10,000-repo poll).
    QString inIdList(const QString &column) const override
    {
        return column + QStringLiteral(" = ANY (ARRAY(") + idList() + QStringLiteral("))");
    }
    // Large: each statement is a round trip to the server.
    int batchRows() const override { return 500; }
    // What an error means, from its SQLSTATE (class 08 and the shutdown codes: the connection).
    static StoreError::Kind errorKind(const QSqlError &error);
};

} // namespace hubwatch
