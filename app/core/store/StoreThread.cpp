#include "StoreThread.h"

#include "util/Logging.h"

namespace hubwatch {

class StoreThread::Worker : public QObject
{
public:
    // Created lazily on the worker thread: a Qt SQL connection belongs to the thread that made it.
    HistoryStore &store()
    {
        if (!m_store)
            m_store = std::make_unique<HistoryStore>();
        return *m_store;
    }

private:
    std::unique_ptr<HistoryStore> m_store;
};

StoreThread::StoreThread(QObject *parent) : QObject(parent), m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("hubwatch-store"));
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread as the thread ends, which closes the connection there.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreThread::post(std::function<void(HistoryStore &)> job)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, job = std::move(job)] {
            HistoryStore &store = worker->store();
            // A desktop reading a shared server outlives server restarts: each job first reconnects
            // if the connection was lost (one attempt; a failure leaves the job's own error to report).
            if (store.location().isShared() && store.connectionLost())
                store.reconnect();
            job(store);
        },
        Qt::QueuedConnection);
}

void StoreThread::open(const QString &path, HistoryStore::Mode mode, QObject *context, std::function<void(StoreError)> done)
{
    call<StoreError>([path, mode](HistoryStore &s) { return s.open(path, mode); }, context, std::move(done));
}

void StoreThread::setReconnectPolicy(int attempts, std::chrono::milliseconds firstDelay)
{
    m_reconnectAttempts = attempts;
    m_reconnectDelay = firstDelay;
}

void StoreThread::storePoll(const PollResult &poll, QObject *context, std::function<void(StoreResult<qint64>)> done)
{
    const int attempts = m_reconnectAttempts;
    const std::chrono::milliseconds firstDelay = m_reconnectDelay;
    call<StoreResult<qint64>>(
        [poll, attempts, firstDelay](HistoryStore &s) {
            StoreResult<qint64> stored = s.storePoll(poll);
            std::chrono::milliseconds delay = firstDelay;
            for (int attempt = 1; !stored.ok() && attempt <= attempts && s.connectionLost(); ++attempt) {
                qCWarning(lcStore) << "connection to" << s.path() << "lost while storing a poll; retry" << attempt << "in" << delay.count()
                                   << "ms";
                // Blocking here is the point: the store thread has nothing else it could do meanwhile.
                QThread::msleep(quint64(delay.count()));
                delay *= 2;
                if (s.reconnect().isError())
                    continue; // connectionLost() stays true while the server is down
                const StoreResult<qint64> already = s.findPoll(poll);
                if (already.ok() && already.value > 0) {
                    stored = already; // the commit had reached the server before the connection went
                    break;
                }
                stored = s.storePoll(poll);
            }
            return stored;
        },
        context, std::move(done));
}

} // namespace hubwatch
