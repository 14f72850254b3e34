#pragma once

#include <QDateTime>
#include <QPointer>

#include <chrono>
#include <functional>

class QObject;

namespace hubwatch {

// The only source of "now" and of delayed calls in the core. Schedules, backoff, rate-limit
// windows and alert times all go through it so tests can run hours of waiting in milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const = 0;
    qint64 nowMsecs() const { return nowUtc().toMSecsSinceEpoch(); }

    // Runs fn after delay on context's thread; dropped if context is destroyed first.
    virtual void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) = 0;
};

// Wall time and QTimer: what the application uses.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) override;

    static SystemClock *instance();
};

} // namespace hubwatch
