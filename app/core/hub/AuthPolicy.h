#pragma once

#include <QUrl>

namespace hubwatch {

// Where the access token may go: only to the configured endpoint's own origin (scheme, host,
// port), and only over https, except to a loopback address where plain http cannot leak it.
namespace AuthPolicy {
bool isLoopbackHost(const QString &host);
bool sameOrigin(const QUrl &a, const QUrl &b);
bool mayCarryToken(const QUrl &endpoint, const QUrl &requestUrl);
// Whether a token for this endpoint can ever be sent; false explains a withheld token.
bool endpointAllowsToken(const QUrl &endpoint);
} // namespace AuthPolicy

} // namespace hubwatch
