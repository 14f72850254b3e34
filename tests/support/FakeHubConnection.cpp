#include "FakeHubConnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace hubwatch::test {

namespace {

constexpr qint64 StreamChunk = 64 * 1024;
constexpr qint64 StreamHighWater = 256 * 1024;
constexpr qint64 MaxRequestBody = 1024 * 1024;

const QByteArray &fillerBlock()
{
    static const QByteArray block = [] {
        const QByteArray record = QByteArrayLiteral(R"({"_id":"fakehubfiller0000000000","id":"filler/filler","downloads":0},)");
        QByteArray b;
        b.reserve(StreamChunk + record.size());
        while (b.size() < StreamChunk)
            b += record;
        b.truncate(StreamChunk);
        return b;
    }();
    return block;
}

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || QByteArrayLiteral("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlOrSpace(const QByteArray &s)
{
    for (char c : s) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f)
            return true;
    }
    return false;
}

} // namespace

FakeHubConnection::FakeHubConnection(QTcpSocket *socket, QByteArray serverAuthority, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_serverAuthority(std::move(serverAuthority))
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeHubConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FakeHubConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &FakeHubConnection::onReadyRead);
}

FakeHubConnection::~FakeHubConnection()
{
    // A stalled or streaming response never ends by itself: drop it with the hub.
    m_socket->disconnect(this);
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

void FakeHubConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_state == State::Stalled || m_state == State::Closing)
        return; // nobody will answer any more on this connection
    m_buffer += data;
    processBuffer();
}

void FakeHubConnection::processBuffer()
{
    while (m_state == State::Idle) {
        // RFC 9112 2.2: ignore empty lines before a request-line.
        while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
            m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype sep = 4;
        const qsizetype lf = m_buffer.indexOf("\n\n");
        if (lf >= 0 && (end < 0 || lf < end)) {
            end = lf;
            sep = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > MaxHeadBytes)
                rejectAndClose(431, QStringLiteral("Request head too large"));
            return;
        }
        if (end > MaxHeadBytes) {
            rejectAndClose(431, QStringLiteral("Request head too large"));
            return;
        }
        FakeHubRequest req;
        int status = 400;
        if (!parseHead(m_buffer.left(end), &req, &status)) {
            rejectAndClose(status, QStringLiteral("Malformed request"));
            return;
        }
        qint64 bodyLength = 0;
        if (req.headers.contains("content-length")) {
            bool ok = false;
            bodyLength = req.headers.value("content-length").trimmed().toLongLong(&ok);
            if (!ok || bodyLength < 0 || bodyLength > MaxRequestBody) {
                rejectAndClose(400, QStringLiteral("Invalid Content-Length"));
                return;
            }
        }
        if (m_buffer.size() < end + sep + bodyLength)
            return; // wait for the (ignored) body
        m_buffer.remove(0, end + sep + qsizetype(bodyLength));
        FakeHubResponse resp = m_handler(req);
        deliver(req, std::move(resp));
    }
}

bool FakeHubConnection::parseHead(const QByteArray &head, FakeHubRequest *req, int *status) const
{
    *status = 400;
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> parts = lines.value(0).split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || hasControlOrSpace(parts[1]))
        return false;
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return false;
    req->method = parts[0];
    req->target = parts[1];
    req->version = parts[2];

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return false; // also rejects obsolete line folding
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (req->headers.contains(name))
            req->headers[name] += ", " + value;
        else
            req->headers.insert(name, value);
    }
    if (req->headers.contains("transfer-encoding"))
        return false; // requests to the Hub API carry no body

    QByteArray origin = req->target;
    const QByteArray lowerTarget = origin.toLower();
    if (lowerTarget.startsWith("http://") || lowerTarget.startsWith("https://")) {
        // Absolute form, as sent to an HTTP proxy: the authority is the host the client wanted.
        const qsizetype start = origin.indexOf("//") + 2;
        qsizetype slash = start;
        while (slash < origin.size() && origin[slash] != '/' && origin[slash] != '?')
            ++slash;
        req->host = origin.mid(start, slash - start);
        origin = origin.mid(slash);
        if (origin.isEmpty() || origin.startsWith('?'))
            origin.prepend('/');
        if (req->host.isEmpty())
            return false;
    } else if (origin.startsWith('/')) {
        req->host = req->headers.value("host");
        if (req->host.isEmpty())
            req->host = m_serverAuthority;
    } else {
        return false;
    }
    const qsizetype hash = origin.indexOf('#');
    if (hash >= 0)
        origin.truncate(hash);
    const qsizetype qmark = origin.indexOf('?');
    req->rawPath = qmark < 0 ? origin : origin.left(qmark);
    req->rawQuery = qmark < 0 ? QByteArray() : origin.mid(qmark + 1);
    req->path = QUrl::fromPercentEncoding(req->rawPath);
    req->query = QUrlQuery(QString::fromUtf8(req->rawQuery));
    return true;
}

void FakeHubConnection::deliver(const FakeHubRequest &req, FakeHubResponse resp)
{
    using Delivery = FakeHubResponse::Delivery;
    const QByteArray connection = req.header("connection").toLower();
    // A body without length or chunks ends with the connection: say so.
    bool close = resp.close || resp.delivery == Delivery::TruncateUnsized || connection.contains("close")
        || (req.version == "HTTP/1.0" && !connection.contains("keep-alive"));
    const bool headOnly = req.method == "HEAD";
    const bool chunked = resp.delivery == Delivery::StreamChunked || resp.delivery == Delivery::TruncateChunked;
    const bool streaming = resp.delivery == Delivery::StreamFixed || chunked;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + fakehubhttp::reasonPhrase(resp.status) + "\r\n";
    for (const auto &h : std::as_const(resp.headers))
        head += h.first + ": " + h.second + "\r\n";
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (resp.delivery != Delivery::TruncateUnsized)
        head += "Content-Length: " + QByteArray::number(streaming ? resp.streamBytes : qint64(resp.body.size())) + "\r\n";
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";

    switch (resp.delivery) {
    case Delivery::Reset: {
        const QByteArray all = head + resp.body;
        if (resp.resetAfterBytes <= 0) {
            resetNow();
            return;
        }
        m_state = State::Closing;
        m_socket->write(all.left(qsizetype(resp.resetAfterBytes)));
        // Let the partial response reach the peer before the RST discards the send queue.
        m_socket->flush();
        QTimer::singleShot(50, this, &FakeHubConnection::resetNow);
        return;
    }
    case Delivery::Stall:
        m_socket->write(headOnly ? head : head + resp.body.left(resp.body.size() / 2));
        m_state = State::Stalled;
        m_buffer.clear();
        return;
    case Delivery::Truncate:
    case Delivery::TruncateUnsized:
        m_socket->write(headOnly ? head : head + resp.body.left(resp.body.size() / 2));
        closeSoon();
        return;
    case Delivery::TruncateChunked: {
        const QByteArray half = resp.body.left(resp.body.size() / 2);
        m_socket->write(headOnly ? head : head + QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n");
        closeSoon();
        return;
    }
    case Delivery::StreamFixed:
    case Delivery::StreamChunked:
        m_socket->write(head);
        if (headOnly)
            break;
        m_state = State::Streaming;
        m_streamRemaining = resp.streamBytes;
        m_streamChunked = chunked;
        m_streamFirst = true;
        m_closeAfterStream = close;
        pump();
        return;
    case Delivery::Normal: m_socket->write(headOnly ? head : head + resp.body); break;
    }
    if (close)
        closeAfterWrite();
}

void FakeHubConnection::pump()
{
    if (m_state != State::Streaming)
        return;
    const QByteArray &block = fillerBlock();
    while (m_streamRemaining > 0 && m_socket->bytesToWrite() < StreamHighWater && m_socket->state() == QAbstractSocket::ConnectedState) {
        const qint64 n = std::min(m_streamRemaining, StreamChunk);
        QByteArray chunk = m_streamFirst ? '[' + block.left(qsizetype(n) - 1) : block.left(qsizetype(n));
        m_streamFirst = false;
        if (m_streamChunked)
            m_socket->write(QByteArray::number(n, 16) + "\r\n" + chunk + "\r\n");
        else
            m_socket->write(chunk);
        m_streamRemaining -= n;
    }
    if (m_streamRemaining > 0)
        return;
    if (m_streamChunked)
        m_socket->write("0\r\n\r\n");
    m_state = State::Idle;
    if (m_closeAfterStream)
        closeAfterWrite();
    else
        QTimer::singleShot(0, this, &FakeHubConnection::processBuffer);
}

void FakeHubConnection::resetNow()
{
#ifdef Q_OS_UNIX
    // SO_LINGER {on, 0}: close() sends a RST instead of an orderly FIN.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lg;
        lg.l_onoff = 1;
        lg.l_linger = 0;
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    }
#endif
    m_state = State::Closing;
    m_socket->abort();
    deleteLater();
}

void FakeHubConnection::closeAfterWrite()
{
    m_state = State::Closing;
    m_buffer.clear();
    m_socket->disconnectFromHost(); // writes what is queued, then closes
}

void FakeHubConnection::closeSoon()
{
    // The part of the answer first, the close a moment later, as a server dying mid-answer does.
    // Closed at once, the close can reach Qt before it read the answer, and Qt then sends the
    // request again (to a hub that answers it whole) instead of reading what came.
    m_state = State::Closing;
    m_buffer.clear();
    m_socket->flush();
    QTimer::singleShot(50, this, &FakeHubConnection::closeAfterWrite);
}

void FakeHubConnection::rejectAndClose(int status, const QString &message)
{
    FakeHubRequest req;
    req.version = "HTTP/1.1";
    FakeHubResponse resp = FakeHubResponse::error(status, message);
    resp.close = true;
    deliver(req, std::move(resp));
}

} // namespace hubwatch::test
