#include "ViewerAlerts.h"

#include "alerts/AlertSink.h"
#include "store/StoreThread.h"
#include "util/Clock.h"

namespace hubwatch {

ViewerAlerts::ViewerAlerts(StoreThread *store, AlertSink *sink, Clock *clock, std::unique_ptr<SeenAlerts> seen, const QString &consumer,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sink(sink)
    , m_clock(clock)
    , m_seen(std::move(seen))
    , m_consumer(consumer)
{}

ViewerAlerts::~ViewerAlerts() = default;

void ViewerAlerts::deliverPending(std::function<void(int shown)> done)
{
    struct Pending
    {
        StoreResult<QList<AlertRecord>> alerts;
        qint64 newest = 0; // the newest alert in the log when looked at
    };
    const QDateTime now = m_clock->nowUtc();
    const SeenAlerts::Mark mark = m_seen ? m_seen->lastShown() : SeenAlerts::Mark{};
    const qint64 shownThisSession = m_shownThisSession;
    const QString consumer = m_consumer;
    m_store->call<Pending>(
        [hasLedger = bool(m_seen), mark, shownThisSession, now, consumer](HistoryStore &s) {
            Pending p;
            AlertStore alerts(s);
            if (hasLedger)
                p.alerts = SeenAlerts::pending(s, mark, now);
            else // a local file's first look: what this desktop's own ledger has not shown
                p.alerts = shownThisSession < 0 ? alerts.undelivered(consumer) : alerts.raisedAfter(shownThisSession, now.addDays(-1));
            const auto newest = alerts.log(1);
            if (newest.ok() && !newest.value.isEmpty())
                p.newest = newest.value.first().id;
            return p;
        },
        this,
        [this, done](const Pending &pending) {
            for (const AlertRecord &a : pending.alerts.value)
                m_sink->deliver(a);
            if (pending.alerts.ok()) {
                m_shownThisSession = qMax(m_shownThisSession, pending.newest);
                if (m_seen)
                    m_seen->markShown(pending.alerts.value);
            }
            if (done)
                done(int(pending.alerts.value.size()));
        });
}

} // namespace hubwatch
