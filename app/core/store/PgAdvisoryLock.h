#pragma once

#include "CollectorLock.h"
#include "StoreLocation.h"

#include <QCoreApplication>

namespace hubwatch {

// The collector lock of a shared PostgreSQL history: a session-level advisory lock on a
// connection of its own, so it is released by the server when the collector exits or dies, and
// never by a transaction ending. Its application_name names the holder for the refusal message.
class PgAdvisoryLock final : public CollectorLock
{
    Q_DECLARE_TR_FUNCTIONS(PgAdvisoryLock)
public:
    explicit PgAdvisoryLock(const StoreLocation &location);
    ~PgAdvisoryLock() override;
    Q_DISABLE_COPY_MOVE(PgAdvisoryLock)

    StoreError acquire() override;
    void release() override;
    bool isHeld() const override { return m_held; }
    StoreError confirm() override;

    // The two keys of pg_try_advisory_lock(int, int): "HubW", 1. Fixed, so every HubWatch agrees.
    static constexpr int kClassKey = 0x48756257;
    static constexpr int kObjectKey = 1;

private:
    StoreError connect();
    void disconnect();
    QString holder();

    StoreLocation m_location;
    QString m_connection;
    bool m_held = false;
};

} // namespace hubwatch
