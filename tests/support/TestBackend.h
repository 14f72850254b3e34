#pragma once

#include "PgTestServer.h"

#include <QString>

#include <memory>

namespace hubwatch::test {

// The database the store's tests run against, chosen per process by HUBWATCH_TEST_BACKEND:
// "sqlite" (the default) or "postgresql", which starts a private PgTestServer for the process.
// ctest runs each store test executable once per backend, so the same tests cover both.
class TestBackend
{
public:
    static TestBackend &instance();

    bool isPostgres() const { return m_postgres; }
    QString name() const { return m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"); }
    // Starts the server when needed; call from initTestCase and fail (never skip) on false.
    bool prepare(QString *error);
    // A new, empty history: sqlitePath itself, or the URL of a new database on the server.
    QString newHistory(const QString &sqlitePath);
    PgTestServer *server() { return m_server.get(); }

private:
    TestBackend();
    bool m_postgres = false;
    std::unique_ptr<PgTestServer> m_server;
};

} // namespace hubwatch::test
