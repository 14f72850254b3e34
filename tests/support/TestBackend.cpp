#include "TestBackend.h"

namespace hubwatch::test {

TestBackend::TestBackend() : m_postgres(qEnvironmentVariable("HUBWATCH_TEST_BACKEND") == QLatin1String("postgresql"))
{}

TestBackend &TestBackend::instance()
{
    static TestBackend backend;
    return backend;
}

bool TestBackend::prepare(QString *error)
{
    if (!m_postgres || m_server)
        return true;
    m_server = std::make_unique<PgTestServer>();
    if (m_server->start(error))
        return true;
    m_server.reset();
    return false;
}

QString TestBackend::newHistory(const QString &sqlitePath)
{
    if (!m_postgres)
        return sqlitePath;
    if (!m_server)
        return QStringLiteral("postgresql://nobody@127.0.0.1:1/not-prepared");
    const QString db = m_server->createDatabase();
    return db.isEmpty() ? QStringLiteral("postgresql://nobody@127.0.0.1:1/create-failed") : m_server->url(db);
}

} // namespace hubwatch::test
