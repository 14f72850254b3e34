#pragma once

#include "FakeHubHttp.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace hubwatch::test {

// One accepted TCP connection of the fake Hub: parses any number of HTTP/1.1 requests from it
// (keep-alive, pipelining), asks the handler for each answer and delivers it, including the
// misbehaving deliveries (reset, stall, truncation, endless streams). Deletes itself when the
// peer goes away; aborts its socket when destroyed with the hub.
class FakeHubConnection final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeHubResponse(FakeHubRequest &)>;

    FakeHubConnection(QTcpSocket *socket, QByteArray serverAuthority, Handler handler, QObject *parent);
    ~FakeHubConnection() override;

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

private:
    enum class State { Idle, Streaming, Stalled, Closing };

    void onReadyRead();
    void processBuffer();
    // Parses one request head; false (with *status set) when it is malformed.
    bool parseHead(const QByteArray &head, FakeHubRequest *req, int *status) const;
    void deliver(const FakeHubRequest &req, FakeHubResponse resp);
    void pump();
    void resetNow();
    void closeAfterWrite();
    void closeSoon(); // for answers cut short
    void rejectAndClose(int status, const QString &message);

    QTcpSocket *m_socket;
    QByteArray m_serverAuthority; // "127.0.0.1:PORT", used when a request has no Host
    Handler m_handler;
    QByteArray m_buffer;
    State m_state = State::Idle;
    qint64 m_streamRemaining = 0;
    bool m_streamChunked = false;
    bool m_streamFirst = true;
    bool m_closeAfterStream = false;
};

} // namespace hubwatch::test
