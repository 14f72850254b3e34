#pragma once

#include "StoreError.h"

#include <memory>

namespace hubwatch {

class StoreLocation;

// There is exactly one collector per history: the process that polls the Hub and writes. Only
// it may hold this lock; every other process (a desktop, `status`) only reads. A SQLite file
// uses a lock file beside it (WriterLock), a shared PostgreSQL database an advisory lock held
// by a session of its own (PgAdvisoryLock): both end with the process that holds them.
class CollectorLock
{
public:
    virtual ~CollectorLock() = default;
    // Takes the lock now, or fails with a message naming who holds it (Kind::Locked) or, when no
    // one does, why it cannot be taken (DiskFull, ReadOnly, Io).
    virtual StoreError acquire() = 0;
    virtual void release() = 0;
    virtual bool isHeld() const = 0;
    // Before each write: whether the lock is still ours. A server-side lock dies with its
    // connection (a server restart), and is then taken again, or refused if another collector
    // took it meanwhile.
    virtual StoreError confirm() { return isHeld() ? StoreError() : acquire(); }

    static std::unique_ptr<CollectorLock> forLocation(const StoreLocation &location);
};

} // namespace hubwatch
