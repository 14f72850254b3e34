#include "FolderProbe.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hubwatch {

namespace {

// Makes each missing folder of `folder`, parents first. 0, or the errno of the first one that
// could not be made, with that folder (or the file standing in its place) in *where.
int makeFolders(const QByteArray &folder, QByteArray *where)
{
    struct stat st
    {};
    if (::stat(folder.constData(), &st) == 0) {
        *where = folder;
        return S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
    }
    if (errno != ENOENT && errno != ENOTDIR) { // ENOTDIR: a parent is a file, found below
        *where = folder;
        return errno;
    }
    const qsizetype slash = folder.lastIndexOf('/');
    if (slash > 0) {
        if (const int e = makeFolders(folder.left(slash), where))
            return e;
    }
    *where = folder;
    if (::mkdir(folder.constData(), 0777) == 0 || errno == EEXIST) // EEXIST: made meanwhile by another process
        return 0;
    return errno;
}

// Creates, writes, syncs and removes a file of about a lock file's size: on a full disk
// creating a file often works while writing to it does not.
int probeWrite(const QByteArray &folder)
{
    const QByteArray probe = folder + "/.hubwatch-probe-" + QByteArray::number(QCoreApplication::applicationPid());
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    const QByteArray data(256, '\n');
    int error = 0;
    const ssize_t written = ::write(fd, data.constData(), size_t(data.size()));
    if (written < 0)
        error = errno;
    else if (written < data.size())
        error = ENOSPC; // a short write: what fitted, and no more
    else if (::fsync(fd) != 0)
        error = errno; // network file systems may report a full disk only here
    if (::close(fd) != 0 && error == 0)
        error = errno;
    ::unlink(probe.constData());
    return error;
}

} // namespace

StoreError FolderProbe::createProblem(const QString &folder, const QString &file)
{
    QByteArray where;
    if (const int e = makeFolders(QFile::encodeName(folder), &where))
        return fromErrno(e, QFile::decodeName(where), StoreError::tr("The folder %1 cannot be created.").arg(folder));
    if (const int e = probeWrite(QFile::encodeName(folder)))
        return fromErrno(e, folder, StoreError::tr("%1 cannot be created.").arg(file));
    return StoreError();
}

StoreError FolderProbe::fromErrno(int error, const QString &where, const QString &consequence)
{
    switch (error) {
    case ENOSPC:
        return StoreError(StoreError::Kind::DiskFull,
                          StoreError::tr("No space is left on the file system of %1. %2").arg(where, consequence));
    case EDQUOT:
        return StoreError(StoreError::Kind::DiskFull,
                          StoreError::tr("This user's disk quota on the file system of %1 is used up. %2").arg(where, consequence));
    case EROFS:
        return StoreError(StoreError::Kind::ReadOnly, StoreError::tr("%1 is on a read-only file system. %2").arg(where, consequence));
    case EACCES:
    case EPERM:
        return StoreError(StoreError::Kind::ReadOnly,
                          StoreError::tr("This user has no permission to create files in %1. %2").arg(where, consequence));
    case ENOTDIR: return StoreError(StoreError::Kind::Io, StoreError::tr("%1 is a file, not a folder. %2").arg(where, consequence));
    default:
        return StoreError(StoreError::Kind::Io,
                          StoreError::tr("%1: %2. %3").arg(where, QString::fromLocal8Bit(std::strerror(error)), consequence));
    }
}

} // namespace hubwatch
