#include "PgTestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

namespace hubwatch::test {

namespace {
// Debian's layout; PG_BINDIR overrides it for other systems.
QString binDir()
{
    const QString dir = qEnvironmentVariable("PG_BINDIR");
    return dir.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : dir;
}

QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// A superuser connection to the maintenance database, for setting the server up.
QSqlDatabase adminConnection(const QString &name, int port)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(QStringLiteral("postgres"));
    db.open();
    return db;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

PgTestServer::PgTestServer() : m_asPostgres(::geteuid() == 0)
{}

PgTestServer::~PgTestServer()
{
    if (m_running) {
        QString ignored;
        run(bin(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
    }
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

QString PgTestServer::bin(const QString &tool) const
{
    return binDir() + QLatin1Char('/') + tool;
}

bool PgTestServer::run(const QString &program, const QStringList &args, QString *error, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgres) {
        QStringList quoted{shellQuote(program)};
        for (const QString &a : args)
            quoted << shellQuote(a);
        p.start(QStringLiteral("su"),
                {QStringLiteral("postgres"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                 quoted.join(QLatin1Char(' '))});
    } else {
        p.start(program, args);
    }
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed (%2): %3").arg(program, p.errorString(), QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgTestServer::start(QString *error)
{
    if (!QFile::exists(bin(QStringLiteral("initdb")))) {
        *error =
            QStringLiteral("PostgreSQL is not installed (%1 is missing): run scripts/install-deps.sh").arg(bin(QStringLiteral("initdb")));
        return false;
    }
    {
        // Only a unique name: as root, the directory must belong to "postgres" from the start
        // (chown may be refused in a container), so that user creates it.
        QTemporaryDir name(QDir::tempPath() + QStringLiteral("/hubwatch-pg-XXXXXX"));
        if (!name.isValid()) {
            *error = name.errorString();
            return false;
        }
        m_dir = name.path();
    }
    if (m_asPostgres ? !run(QStringLiteral("mkdir"), {QStringLiteral("-m"), QStringLiteral("700"), m_dir}, error) : !QDir().mkpath(m_dir))
        return false;
    m_data = m_dir + QStringLiteral("/data");
    // --no-sync and, below, fsync=off: a test cluster is thrown away, durability is not its job.
    if (!run(bin(QStringLiteral("initdb")),
             {QStringLiteral("-D"), m_data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
             error))
        return false;
    QFile hba(m_data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = hba.errorString();
        return false;
    }
    hba.write("local all all trust\n"
              "host all secretive 127.0.0.1/32 scram-sha-256\n"
              "host all all 127.0.0.1/32 trust\n");
    hba.close();
    m_port = freePort();
    if (m_port == 0 || !startServer(error))
        return false;

    // Roles: the app's own, and one that must log in with a password.
    QSqlDatabase db = adminConnection(QStringLiteral("pgtestserver-admin"), m_port);
    bool ok = db.isOpen();
    {
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("CREATE ROLE hubwatch LOGIN CREATEDB"))
            && q.exec(QStringLiteral("SET password_encryption = 'scram-sha-256'"))
            && q.exec(QStringLiteral("CREATE ROLE secretive LOGIN PASSWORD '%1'").arg(QLatin1String(secretivePassword())));
        if (!ok)
            *error = QStringLiteral("setting up roles: %1 %2").arg(db.lastError().text(), q.lastError().text());
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pgtestserver-admin"));
    return ok;
}

bool PgTestServer::startServer(QString *error)
{
    QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=60").arg(m_port).arg(m_dir);
    if (!m_durable)
        options += QStringLiteral(" -c fsync=off -c full_page_writes=off -c synchronous_commit=off");
    m_running = run(bin(QStringLiteral("pg_ctl")),
                    {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"),
                     QStringLiteral("-o"), options, QStringLiteral("start")},
                    error);
    return m_running;
}

bool PgTestServer::stop(QString *error)
{
    if (!m_running)
        return true;
    QString e;
    const bool ok =
        run(bin(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}, &e);
    if (ok)
        m_running = false;
    if (error)
        *error = e;
    return ok;
}

bool PgTestServer::restart(QString *error)
{
    QString e;
    const bool ok = stop(&e) && startServer(&e);
    if (error)
        *error = e;
    return ok;
}

bool PgTestServer::resume(QString *error)
{
    QString e;
    const bool ok = m_running || startServer(&e);
    if (error)
        *error = e;
    return ok;
}

QString PgTestServer::createDatabase(QString *error)
{
    const QString name = QStringLiteral("history_%1").arg(++m_databases);
    return adminStatements({QStringLiteral("CREATE DATABASE %1 OWNER hubwatch").arg(name)}, error) ? name : QString();
}

bool PgTestServer::recreateDatabase(const QString &name, QString *error)
{
    return adminStatements(
        {QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name), QStringLiteral("CREATE DATABASE %1 OWNER hubwatch").arg(name)}, error);
}

bool PgTestServer::adminStatements(const QStringList &statements, QString *error)
{
    const QString connection = QStringLiteral("pgtestserver-create");
    bool ok = false;
    QString failure;
    {
        QSqlDatabase db = adminConnection(connection, m_port);
        ok = db.isOpen();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        failure = db.lastError().text() + QLatin1Char(' ') + q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok && error)
        *error = failure;
    return ok;
}

QString PgTestServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
}

} // namespace hubwatch::test
