#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace hubwatch {

// Where a history lives, parsed from --db (or the settings): a SQLite file, given as a plain path
// or "sqlite:PATH", or a shared PostgreSQL database, "postgresql://USER@HOST:PORT/DBNAME".
// A URL never carries a password: command lines are readable by every user of the machine, so
// libpq takes it from PGPASSWORD or ~/.pgpass (PGPASSFILE) instead.
class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)
public:
    enum class Kind { Invalid, Sqlite, Postgres };

    StoreLocation() = default;
    static StoreLocation sqlite(const QString &path);
    // Never fails silently: an unusable text gives an Invalid location whose error() says why.
    static StoreLocation parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isShared() const { return m_kind == Kind::Postgres; }
    QString error() const { return m_error; }

    QString path() const { return m_path; } // SQLite only
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }

    // Whether there is anything to open: a SQLite file exists; a server is asked when opening
    // (true), and so is an invalid location, whose open() then says what is wrong.
    bool exists() const;
    // For messages and logs: the path, or the URL (which holds no secret).
    QString display() const;
    // The dialect of this kind of database.
    std::unique_ptr<SqlDialect> makeDialect() const;

private:
    Kind m_kind = Kind::Invalid;
    QString m_error;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
};

} // namespace hubwatch
