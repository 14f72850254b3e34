#include "StoreThread.h"

namespace hubwatch {

class StoreThread::Worker : public QObject
{
public:
    explicit Worker(std::unique_ptr<SqlDialect> dialect) : m_dialect(std::move(dialect)) {}
    // Created lazily on the worker thread: a Qt SQL connection belongs to the thread that made it.
    HistoryStore &store()
    {
        if (!m_store)
            m_store = std::make_unique<HistoryStore>(std::move(m_dialect));
        return *m_store;
    }

private:
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<HistoryStore> m_store;
};

StoreThread::StoreThread(std::unique_ptr<SqlDialect> dialect, QObject *parent)
    : QObject(parent), m_worker(new Worker(std::move(dialect)))
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
    QMetaObject::invokeMethod(worker, [worker, job = std::move(job)] { job(worker->store()); }, Qt::QueuedConnection);
}

void StoreThread::open(const QString &path, HistoryStore::Mode mode, QObject *context,
                       std::function<void(StoreError)> done)
{
    call<StoreError>([path, mode](HistoryStore &s) { return s.open(path, mode); }, context, std::move(done));
}

void StoreThread::storePoll(const PollResult &poll, QObject *context, std::function<void(StoreResult<qint64>)> done)
{
    call<StoreResult<qint64>>([poll](HistoryStore &s) { return s.storePoll(poll); }, context, std::move(done));
}

} // namespace hubwatch
