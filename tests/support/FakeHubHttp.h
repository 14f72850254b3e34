#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace hubwatch::test {

// One parsed HTTP/1.1 request as the fake Hub saw it (exposed as FakeHub::Request).
struct FakeHubRequest
{
    QByteArray method;
    QByteArray target;                     // request-target exactly as sent (origin or absolute form)
    QString path;                          // percent-decoded path, e.g. "/api/models"
    QUrlQuery query;                       // the query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names; repeated headers joined by ", "
    QDateTime at;                          // FakeHub's clock when the request was handled

    // Extras (not needed by most tests).
    QByteArray version;  // "HTTP/1.1"
    QByteArray rawPath;  // path as sent, still percent-encoded
    QByteArray rawQuery; // query as sent, without '?', still encoded
    QByteArray host;     // authority the client addressed: absolute-form host, else Host header

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // The URL the client asked for, rebuilt from host + target ("http://host:port/path?query").
    QByteArray absoluteUrl() const;
    // Query pairs decoded the way URLSearchParams encodes them ('+' is a space), in order.
    QList<QPair<QString, QString>> decodedQuery() const;
};

// What the fake Hub answers, and how the connection should deliver it.
struct FakeHubResponse
{
    enum class Delivery {
        Normal,          // status line, headers, Content-Length, body
        Reset,           // send resetAfterBytes of the response, then reset the connection
        Stall,           // headers + half the body, then silence until the client gives up
        Truncate,        // headers with the full Content-Length, half the body, then close
        TruncateChunked, // chunked: half the body as one chunk, then close without the last chunk
        TruncateUnsized, // no Content-Length, no chunks: half the body, then close
        StreamFixed,     // Content-Length = streamBytes, filler streamed as the socket drains
        StreamChunked,   // like StreamFixed, but Transfer-Encoding: chunked
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added by the connection
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    qint64 streamBytes = 0;
    qint64 resetAfterBytes = 0;
    bool close = false; // close the connection after this response

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray headerValue(const QByteArray &name) const; // case-insensitive

    static FakeHubResponse json(int status, const QByteArray &body);
    static FakeHubResponse error(int status, const QString &message);
};

namespace fakehubhttp {

QByteArray reasonPhrase(int status);
// RFC 1952 gzip of data (zlib deflateInit2 with 16 + MAX_WBITS). Empty on failure.
QByteArray gzip(const QByteArray &data);
// Inverse of gzip(); used by the self-test. Empty on failure.
QByteArray gunzip(const QByteArray &data);

} // namespace fakehubhttp

} // namespace hubwatch::test
