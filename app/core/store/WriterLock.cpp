#include "WriterLock.h"

#include <QDir>
#include <QFileInfo>

namespace hubwatch {

WriterLock::WriterLock(const QString &databasePath)
    : m_databasePath(databasePath), m_lock(std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock")))
{
    m_lock->setStaleLockTime(0); // only a dead owner's lock is stale, never a slow one's
}

StoreError WriterLock::acquire()
{
    if (m_held)
        return StoreError();
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    if (m_lock->tryLock(0)) {
        m_held = true;
        return StoreError();
    }
    qint64 pid = 0;
    QString host, app;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app))
        return StoreError(StoreError::Kind::Locked,
                          StoreError::tr("Another HubWatch poller (process %1 on %2) is already writing to %3.")
                              .arg(pid).arg(host, m_databasePath));
    if (m_lock->error() == QLockFile::PermissionError)
        return StoreError(StoreError::Kind::ReadOnly, StoreError::tr("Cannot create %1.lock.").arg(m_databasePath));
    return StoreError(StoreError::Kind::Locked, StoreError::tr("Another process holds %1.lock.").arg(m_databasePath));
}

void WriterLock::release()
{
    if (m_held)
        m_lock->unlock();
    m_held = false;
}

} // namespace hubwatch
