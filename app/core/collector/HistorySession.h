#pragma once

#include "store/CollectorLock.h"
#include "store/StoreLocation.h"
#include "store/StoreThread.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hubwatch {

// One process's access to its history, and its role there. There is one collector per history
// (it holds the collector lock and writes); everyone else is a viewer and only reads. The desktop
// prefers to collect into a local file and views a shared one or a file another process holds;
// `hubwatch poll` must collect; the read-only commands view.
class HistorySession : public QObject
{
    Q_OBJECT
public:
    enum class Role { Collector, PreferCollector, Viewer };

    explicit HistorySession(const StoreLocation &location, QObject *parent = nullptr);
    ~HistorySession() override;

    // Takes the lock as the role asks, then opens the store on its thread. done() gets the
    // error that prevents the role (Collector: no lock or no store; otherwise no store).
    void open(Role role, std::function<void(const StoreError &)> done);
    bool isCollector() const { return m_collector; }
    // Why this process only reads: a shared history, or who holds the lock. Empty for a collector.
    QString viewerReason() const { return m_viewerReason; }
    const StoreLocation &location() const { return m_location; }
    StoreThread *store() const { return m_store.get(); }
    // Before each write: whether the lock is still ours (a server's lock dies with its session).
    StoreError confirmLock();
    // Lets queued store work finish, closes the database (SQLite merges its write-ahead log as the
    // last connection closes) and releases the lock; then done().
    void close(std::function<void()> done);

private:
    StoreLocation m_location;
    std::unique_ptr<CollectorLock> m_lock;
    std::unique_ptr<StoreThread> m_store;
    bool m_collector = false;
    QString m_viewerReason;
};

} // namespace hubwatch
