#include "CollectorLock.h"

#include "PgAdvisoryLock.h"
#include "StoreLocation.h"
#include "WriterLock.h"

namespace hubwatch {

std::unique_ptr<CollectorLock> CollectorLock::forLocation(const StoreLocation &location)
{
    if (location.isShared())
        return std::make_unique<PgAdvisoryLock>(location);
    return std::make_unique<WriterLock>(location.path());
}

} // namespace hubwatch
