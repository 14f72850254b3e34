#include "ManualClock.h"

#include <QTimer>

#include <algorithm>

namespace hubwatch::test {

ManualClock::ManualClock(const QDateTime &start, QObject *parent) : QObject(parent), m_now(start)
{}

void ManualClock::callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn)
{
    m_delays.append(delay);
    const qint64 due = m_now.toMSecsSinceEpoch() + std::max<qint64>(0, delay.count());
    m_pending.append({due, m_seq++, QPointer<QObject>(context), std::move(fn)});
    if (m_autoAdvance) {
        // Deferred, as a real timer would be: the caller finishes its current step first.
        QTimer::singleShot(0, this, [this, due] {
            if (due > m_now.toMSecsSinceEpoch())
                m_now = QDateTime::fromMSecsSinceEpoch(due, Qt::UTC);
            runDue(m_now.toMSecsSinceEpoch());
        });
    }
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    const qint64 until = m_now.toMSecsSinceEpoch() + by.count();
    runDue(until);
    m_now = QDateTime::fromMSecsSinceEpoch(until, Qt::UTC);
}

void ManualClock::runDue(qint64 untilMs)
{
    for (;;) {
        auto it = std::min_element(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
            return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.seq < b.seq;
        });
        if (it == m_pending.end() || it->dueMs > untilMs)
            return;
        Pending p = std::move(*it);
        m_pending.erase(it);
        if (p.dueMs > m_now.toMSecsSinceEpoch())
            m_now = QDateTime::fromMSecsSinceEpoch(p.dueMs, Qt::UTC);
        if (p.context)
            p.fn();
    }
}

} // namespace hubwatch::test
