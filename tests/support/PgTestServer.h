#pragma once

#include <QString>
#include <QStringList>

namespace hubwatch::test {

// A private PostgreSQL server for tests: initdb into a temporary directory, listening on a free
// port of 127.0.0.1 only (and a socket inside that directory), stopped and deleted again by the
// destructor. Logins are trusted except for the role "secretive", which needs its password
// ("open sesame") and so tests PGPASSWORD and ~/.pgpass. initdb refuses to run as root, so as
// root the server runs as the user "postgres".
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    Q_DISABLE_COPY_MOVE(PgTestServer)

    // Creates the cluster and starts it; false with *error when that is impossible (a failure,
    // never a skip: the test command installs PostgreSQL).
    bool start(QString *error);
    bool stop(QString *error = nullptr);    // fast shutdown: open connections are cut
    bool restart(QString *error = nullptr); // stop, then start on the same port
    bool resume(QString *error = nullptr);  // start again after stop(), on the same port
    bool isRunning() const { return m_running; }
    // Before start(): keep fsync and synchronous commits on (benchmarks); tests turn them off.
    void setDurable(bool durable) { m_durable = durable; }

    int port() const { return m_port; }
    // A new empty database owned by "hubwatch"; returns its name, empty on failure.
    QString createDatabase(QString *error = nullptr);
    // Drops database `name` (cutting its connections) and creates it again, empty, same name.
    bool recreateDatabase(const QString &name, QString *error = nullptr);
    // postgresql://USER@127.0.0.1:PORT/DB
    QString url(const QString &database, const QString &user = QStringLiteral("hubwatch")) const;

    static constexpr const char *secretivePassword() { return "open sesame"; }

private:
    bool adminStatements(const QStringList &statements, QString *error);
    bool run(const QString &program, const QStringList &args, QString *error, int timeoutMs = 60000);
    bool startServer(QString *error);
    QString bin(const QString &tool) const;

    QString m_dir; // removed by the destructor
    QString m_data;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
    bool m_durable = false;
    int m_databases = 0;
};

} // namespace hubwatch::test
