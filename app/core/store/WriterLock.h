#pragma once

#include "CollectorLock.h"

#include <QLockFile>

#include <memory>

namespace hubwatch {

// Only one poller writes a history at a time: the desktop app or `hubwatch poll`, never both.
// A lock file beside the database says who holds it; a stale one from a crashed process is
// taken over. A lock that cannot be taken says why: the process holding it (pid, host, program),
// or what the folder's file system refused (no space, read-only, permission).
class WriterLock final : public CollectorLock
{
public:
    explicit WriterLock(const QString &databasePath);
    StoreError acquire() override;
    void release() override;
    bool isHeld() const override { return m_held; }

private:
    QString m_databasePath;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

} // namespace hubwatch
