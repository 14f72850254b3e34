#pragma once

#include "StoreError.h"

namespace hubwatch {

// Why a file cannot be created in a folder, asked of the file system itself. QLockFile reports a
// failed write (a full disk) only as "unknown" and a read-only file system as "permission", so a
// failed lock is explained by doing what it did, step by step, and reading errno.
class FolderProbe
{
public:
    // Creates `folder` if it is missing, then creates, writes and removes a small file in it.
    // None when all of that works; otherwise the cause (DiskFull, ReadOnly or Io), in words that
    // name the folder and say that `file` (in it) cannot be created.
    static StoreError createProblem(const QString &folder, const QString &file);

private:
    static StoreError fromErrno(int error, const QString &where, const QString &consequence);
};

} // namespace hubwatch
