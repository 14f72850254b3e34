#include "HistorySession.h"

#include "util/Logging.h"

namespace hubwatch {

HistorySession::HistorySession(const StoreLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_store(std::make_unique<StoreThread>())
{}

HistorySession::~HistorySession()
{
    m_store.reset(); // joins the store thread before the lock goes
    if (m_lock)
        m_lock->release();
}

void HistorySession::open(Role role, std::function<void(const StoreError &)> done)
{
    StoreError lockError;
    if (role == Role::Viewer || (role == Role::PreferCollector && m_location.isShared())) {
        // A team's shared history has one collector, `hubwatch poll` on a server.
        m_viewerReason = m_location.isShared()
            ? tr("Showing the team's shared history at %1, recorded by its collector (hubwatch poll).").arg(m_location.display())
            : tr("Only reading the history.");
    } else {
        m_lock = CollectorLock::forLocation(m_location);
        lockError = m_lock->acquire();
        m_collector = !lockError.isError();
        if (!m_collector) {
            m_viewerReason = lockError.message();
            if (role == Role::Collector) {
                QMetaObject::invokeMethod(
                    this, [done, lockError] { done(lockError); }, Qt::QueuedConnection);
                return;
            }
        }
    }
    const auto mode = m_collector ? HistoryStore::Mode::ReadWrite : HistoryStore::Mode::ReadOnly;
    m_store->open(m_location.display(), mode, this, [done](const StoreError &e) { done(e); });
}

StoreError HistorySession::confirmLock()
{
    return m_lock ? m_lock->confirm() : StoreError(StoreError::Kind::ReadOnly, viewerReason());
}

void HistorySession::close(std::function<void()> done)
{
    m_store->call<int>(
        [](HistoryStore &s) {
            s.close();
            return 0;
        },
        this,
        [this, done](int) {
            if (m_lock)
                m_lock->release();
            m_collector = false;
            qCDebug(lcStore) << "history closed:" << m_location.display();
            if (done)
                done();
        });
}

} // namespace hubwatch
