#include "PgAdvisoryLock.h"

#include "HistoryStore.h"
#include "util/Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <atomic>

namespace hubwatch {

namespace {
std::atomic<int> g_locks{0};
} // namespace

PgAdvisoryLock::PgAdvisoryLock(const StoreLocation &location)
    : m_location(location)
    , m_connection(QStringLiteral("hubwatch-collector-lock-%1").arg(g_locks.fetch_add(1)))
{}

PgAdvisoryLock::~PgAdvisoryLock()
{
    release();
}

StoreError PgAdvisoryLock::connect()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (db.isOpen())
        return StoreError();
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setUserName(m_location.user());
    db.setDatabaseName(m_location.database());
    // Who holds the lock, as other collectors will see it (no spaces: libpq conninfo syntax).
    const QString name = QStringLiteral("hubwatch-collector@%1:%2")
                             .arg(QSysInfo::machineHostName().remove(QLatin1Char(' ')))
                             .arg(QCoreApplication::applicationPid());
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=") + name);
    if (!db.open())
        return StoreError(StoreError::Kind::Unreachable, tr("%1: %2").arg(m_location.display(), db.lastError().databaseText().trimmed()));
    return StoreError();
}

void PgAdvisoryLock::disconnect()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

StoreError PgAdvisoryLock::acquire()
{
    if (m_held)
        return StoreError();
    if (const StoreError e = connect(); e.isError())
        return e;
    StoreError failure;
    QString who;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
        q.addBindValue(kClassKey);
        q.addBindValue(kObjectKey);
        if (!q.exec() || !q.next())
            failure = HistoryStore::fromSqlError(q.lastError(), m_location.display());
        else
            m_held = q.value(0).toBool();
    }
    if (m_held)
        return StoreError();
    if (!failure.isError())
        who = holder();
    disconnect(); // no query may outlive the connection
    if (failure.isError())
        return failure;
    return StoreError(StoreError::Kind::Locked,
                      tr("Another HubWatch collector (%1) is already polling into %2; there is only one collector per shared "
                         "history. Desktops only read it, and so can this machine: run hubwatch without \"poll\".")
                          .arg(who, m_location.display()));
}

QString PgAdvisoryLock::holder()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT a.application_name, a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                             " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 2"));
    q.addBindValue(kClassKey);
    q.addBindValue(kObjectKey);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return tr("server process %1").arg(q.isValid() ? q.value(1).toString() : tr("unknown"));
}

void PgAdvisoryLock::release()
{
    if (m_held && QSqlDatabase::contains(m_connection)) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
        q.addBindValue(kClassKey);
        q.addBindValue(kObjectKey);
        q.exec(); // a dead session has released it already
    }
    m_held = false;
    disconnect();
}

StoreError PgAdvisoryLock::confirm()
{
    if (m_held) {
        bool alive = false;
        {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            alive = q.exec(QStringLiteral("SELECT 1"));
        }
        if (alive)
            return StoreError();
        qCWarning(lcStore) << "the collector lock's connection to" << m_location.display() << "was lost; taking the lock again";
        m_held = false;
        disconnect();
    }
    return acquire();
}

} // namespace hubwatch
