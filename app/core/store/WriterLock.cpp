#include "WriterLock.h"

#include "FolderProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>

#include <signal.h>

namespace hubwatch {

namespace {

// Whether the process a lock file names may still run. One on another host cannot be asked,
// so it counts as running; QLockFile treats it the same way.
bool ownerMayRun(qint64 pid, const QString &host)
{
    if (host != QSysInfo::machineHostName())
        return true;
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

WriterLock::WriterLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lockPath(databasePath + QStringLiteral(".lock"))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    m_lock->setStaleLockTime(0); // only a dead owner's lock is stale, never a slow one's
}

StoreError WriterLock::acquire()
{
    if (m_held)
        return StoreError();
    const QString folder = QFileInfo(m_databasePath).absolutePath();
    QDir().mkpath(folder); // a failure is explained below
    if (m_lock->tryLock(0)) {
        m_held = true;
        return StoreError();
    }
    qint64 pid = 0;
    QString host, app;
    const bool named = m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app);
    if (named && ownerMayRun(pid, host)) {
        return StoreError(
            StoreError::Kind::Locked,
            app.isEmpty()
                ? StoreError::tr("Another HubWatch poller (process %1 on %2) is already writing to %3.").arg(pid).arg(host, m_databasePath)
                : StoreError::tr("Another HubWatch poller (process %1 on %2, %3) is already writing to %4.")
                      .arg(pid)
                      .arg(host, app, m_databasePath));
    }
    // Nobody running holds it: the folder or its file system refuses the lock file (QLockFile
    // cannot say which: a failed write is "unknown"), or a dead owner's lock cannot be removed.
    if (const StoreError cause = FolderProbe::createProblem(folder, m_lockPath); cause.isError())
        return cause;
    if (m_lock->error() == QLockFile::LockFailedError)
        return StoreError(
            StoreError::Kind::Io,
            StoreError::tr("%1 exists but names no running process. If no HubWatch uses %2, delete %1.").arg(m_lockPath, m_databasePath));
    return StoreError(StoreError::Kind::Io, StoreError::tr("%1 cannot be created.").arg(m_lockPath));
}

void WriterLock::release()
{
    if (m_held)
        m_lock->unlock();
    m_held = false;
}

} // namespace hubwatch
