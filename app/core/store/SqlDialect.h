#pragma once

#include <QString>

class QSqlDatabase;

namespace hubwatch {

// Everything that differs between the SQL engines HubWatch stores history in. The schema,
// migrations and queries are written once against this, so SQLite (embedded default) and
// PostgreSQL (shared team history) keep the same logic.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    virtual QString driver() const = 0;      // the Qt SQL driver name
    virtual QString idColumn() const = 0;    // an auto-assigned 64-bit primary key
    virtual QString bigint() const = 0;
    virtual QString compactTable() const = 0; // suffix for narrow tables keyed by their primary key
    virtual bool supportsPragmas() const = 0;
    // Driver options for QSqlDatabase::setConnectOptions.
    virtual QString connectOptions(bool readOnly) const = 0;
    // Runs once per new connection (journal mode, sync level, foreign keys…). False with *error.
    virtual bool configure(QSqlDatabase &db, QString *error) const = 0;
    // A fast structural check; true when healthy, else *problem says what is wrong.
    virtual bool quickCheck(QSqlDatabase &db, QString *problem) const = 0;
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
        return readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    }
    bool configure(QSqlDatabase &db, QString *error) const override;
    bool quickCheck(QSqlDatabase &db, QString *problem) const override;
};

} // namespace hubwatch
