#include "Clock.h"

#include <QTimer>

namespace hubwatch {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(delay, context, std::move(fn));
}

SystemClock *SystemClock::instance()
{
    // Stateless, so one shared instance is harmless; it is still passed in, never looked up.
    static SystemClock clock;
    return &clock;
}

} // namespace hubwatch
