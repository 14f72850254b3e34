#pragma once

#include "HistoryStore.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <chrono>
#include <functional>
#include <memory>

namespace hubwatch {

// Runs a HistoryStore on a thread of its own, so SQL never runs on the GUI thread. Work is a
// function of the store executed there in order; its result comes back on the caller's thread,
// and is dropped if the caller's context object is gone by then.
class StoreThread : public QObject
{
    Q_OBJECT
public:
    explicit StoreThread(QObject *parent = nullptr);
    ~StoreThread() override; // finishes queued work, closes the database, joins the thread

    template <typename R> void call(std::function<R(HistoryStore &)> work, QObject *context, std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        post([this, work = std::move(work), guard, done = std::move(done)](HistoryStore &store) {
            auto result = std::make_shared<R>(work(store));
            // Back on the caller's thread, where checking the guard is race-free.
            QMetaObject::invokeMethod(
                this,
                [guard, done, result] {
                    if (guard && done)
                        done(*result);
                },
                Qt::QueuedConnection);
        });
    }

    void open(const QString &path, HistoryStore::Mode mode, QObject *context, std::function<void(StoreError)> done);
    // On a shared server whose connection drops (a restart, a network cut), the poll is stored
    // once the server is back: reconnecting up to `attempts` times, waiting `firstDelay` and then
    // twice as long each time. The transaction was rolled back by the server, so retrying the
    // whole poll loses nothing and doubles nothing (a commit that did arrive is found first).
    void storePoll(const PollResult &poll, QObject *context, std::function<void(StoreResult<qint64>)> done);
    void setReconnectPolicy(int attempts, std::chrono::milliseconds firstDelay);

private:
    void post(std::function<void(HistoryStore &)> job);

    QThread m_thread;
    int m_reconnectAttempts = 6; // 0.5+1+2+4+8+16 s: a server restart fits
    std::chrono::milliseconds m_reconnectDelay{500};
    class Worker;
    Worker *m_worker;
};

} // namespace hubwatch
