#pragma once

#include "util/Clock.h"

#include <QList>
#include <QObject>

namespace hubwatch::test {

// A clock that only moves when told. With autoAdvance on, every callAfter() is honoured on the
// next event-loop turn by jumping the clock forward to its due time: code that backs off for
// minutes finishes in milliseconds, and the virtual time it spent can be asserted.
class ManualClock final : public QObject, public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC), QObject *parent = nullptr);

    QDateTime nowUtc() const override { return m_now; }
    void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) override;

    void setAutoAdvance(bool on) { m_autoAdvance = on; }
    // Moves time forward, running every call that falls due, in due order.
    void advance(std::chrono::milliseconds by);
    void setNow(const QDateTime &t) { m_now = t; }

    // Every delay asked of callAfter, in order: what backoff and pacing tests inspect.
    const QList<std::chrono::milliseconds> &requestedDelays() const { return m_delays; }
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        qint64 dueMs;
        quint64 seq;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    void runDue(qint64 untilMs);

    QDateTime m_now;
    bool m_autoAdvance = false;
    quint64 m_seq = 0;
    QList<Pending> m_pending;
    QList<std::chrono::milliseconds> m_delays;
};

} // namespace hubwatch::test
