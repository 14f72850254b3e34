#pragma once

#include "CollectorLock.h"

#include <QLockFile>

#include <memory>

namespace hubwatch {

// Only one poller writes a history at a time: the desktop app or `hubwatch poll`, never both.
// A lock file beside the database says who holds it; a stale one from a crashed process is
// taken over.
class WriterLock final : public CollectorLock
{
public:
    explicit WriterLock(const QString &databasePath);
    StoreError acquire() override;
    void release() override;
    bool isHeld() const override { return m_held; }

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

} // namespace hubwatch
