#pragma once

#include <QCoreApplication>
#include <QString>

namespace hubwatch {

// What went wrong with the history database, as a value with a message for the user.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)
public:
    enum class Kind {
        None,
        Locked,   // another process holds the database or the writer lock
        ReadOnly, // the file or its folder cannot be written
        DiskFull,
        Corrupt,      // failed quick_check or is not a database; copied aside once, by a writer
        TooNew,       // written by a newer HubWatch: refused, never downgraded
        Io,           // cannot open or create
        Sql,          // any other database error
        InvalidInput, // bad import file, unknown series…
        Unreachable   // a shared database server cannot be reached (down, restarting, refused login)
    };

    StoreError() = default;
    StoreError(Kind kind, QString detail) : m_kind(kind), m_detail(std::move(detail)) {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    QString detail() const { return m_detail; }
    QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};

template <typename T> struct StoreResult
{
    T value{};
    StoreError error;
    bool ok() const { return !error.isError(); }
};

} // namespace hubwatch
