#include "AuthPolicy.h"

#include <QHostAddress>

namespace hubwatch::AuthPolicy {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && defaultPort(a) == defaultPort(b);
}

bool endpointAllowsToken(const QUrl &endpoint)
{
    return endpoint.scheme() == QLatin1String("https") || isLoopbackHost(endpoint.host());
}

bool mayCarryToken(const QUrl &endpoint, const QUrl &requestUrl)
{
    return sameOrigin(endpoint, requestUrl) && endpointAllowsToken(requestUrl);
}

} // namespace hubwatch::AuthPolicy
