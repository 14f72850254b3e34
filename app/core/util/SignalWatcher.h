#pragma once

#include <QObject>

class QSocketNotifier;

namespace hubwatch {

// Turns SIGTERM (systemd stop, logout) and SIGINT (Ctrl+C) into a Qt signal on the event loop, so
// a collector can finish its write, close the history and release its lock before it exits.
// The handler only writes a byte to a socket pair; everything else runs in the event loop.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    // signum: SIGTERM or SIGINT. A second signal while stopping is passed on too.
    void stopRequested(int signum);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hubwatch
