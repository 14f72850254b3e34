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
    const qint64 after = m_seen ? m_seen->lastShown() : m_shownThisSession;
    const QString consumer = m_consumer;
    m_store->call<Pending>(
        [after, now, consumer](HistoryStore &s) {
            Pending p;
            AlertStore alerts(s);
            // A local file's first look: what this desktop's own ledger has not shown.
            p.alerts = after < 0 ? alerts.undelivered(consumer) : SeenAlerts::pending(s, after, now);
            const auto newest = alerts.log(1);
            if (newest.ok() && !newest.value.isEmpty())
                p.newest = newest.value.first().id;
            return p;
        },
        this,
        [this, done](const Pending &pending) {
            QList<qint64> ids;
            for (const AlertRecord &a : pending.alerts.value) {
                m_sink->deliver(a);
                ids << a.id;
            }
            if (pending.alerts.ok()) {
                m_shownThisSession = qMax(m_shownThisSession, pending.newest);
                if (m_seen && !ids.isEmpty())
                    m_seen->markShown(ids);
            }
            if (done)
                done(int(ids.size()));
        });
}

} // namespace hubwatch
