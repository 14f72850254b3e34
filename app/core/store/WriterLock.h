#pragma once

#include "StoreError.h"

#include <QLockFile>

#include <memory>

namespace hubwatch {

// Only one poller writes a history at a time: the desktop app or `hubwatch poll`, never both.
// A lock file beside the database says who holds it; a stale one from a crashed process is
// taken over.
class WriterLock
{
public:
    explicit WriterLock(const QString &databasePath);
    StoreError acquire();
    void release();
    bool isHeld() const { return m_held; }

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

} // namespace hubwatch
