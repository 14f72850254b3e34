#pragma once

#include <QByteArray>
#include <QUrl>

namespace hubwatch {

// The Hub paginates with RFC 8288 `Link: <URL>; rel="next"`. The URL is followed verbatim:
// its cursor is opaque and must never be rebuilt by the client.
namespace LinkHeader {
QUrl nextUrl(const QByteArray &headerValue, const QUrl &base);
}

} // namespace hubwatch
