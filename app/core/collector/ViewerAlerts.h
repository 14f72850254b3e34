#pragma once

#include "store/SeenAlerts.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hubwatch {

class AlertSink;
class Clock;
class StoreThread;

// A viewer's share of the alerts another process collects: each shown once. A reader of a shared
// history keeps what it has shown on its own desktop (SeenAlerts), since it never writes there; a
// reader of a local file held by another HubWatch keeps it for the session.
class ViewerAlerts : public QObject
{
    Q_OBJECT
public:
    // seen: null for a local file (the session's memory), else this desktop's ledger.
    ViewerAlerts(StoreThread *store, AlertSink *sink, Clock *clock, std::unique_ptr<SeenAlerts> seen, const QString &consumer,
                 QObject *parent = nullptr);
    ~ViewerAlerts() override;

    // Hands what was not shown yet to the sink; then done(how many it handed over).
    void deliverPending(std::function<void(int shown)> done = {});

private:
    StoreThread *m_store;
    AlertSink *m_sink;
    Clock *m_clock;
    std::unique_ptr<SeenAlerts> m_seen;
    QString m_consumer;
    qint64 m_shownThisSession = -1; // -1: nothing looked at yet
};

} // namespace hubwatch
