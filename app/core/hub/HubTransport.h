#pragma once

#include "HubConfig.h"
#include "HubError.h"
#include "RateLimitState.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace hubwatch {

class Clock;

struct HubResponse
{
    int status = 0;
    QUrl url; // after redirects
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// Performs GETs against the Hub politely: paces within the advertised quota, retries what is
// worth retrying, follows redirects itself (so the token never leaves the endpoint's origin),
// caps body size and time. Everything is asynchronous; results arrive through callbacks.
class HubTransport : public QObject
{
    Q_OBJECT
public:
    HubTransport(QNetworkAccessManager *nam, Clock *clock, HubConfig config, QObject *parent = nullptr);

    using Callback = std::function<void(const HubResult<HubResponse> &)>;
    // done runs exactly once, on context's thread, unless context is destroyed first (then the
    // request is aborted).
    void get(const QUrl &url, QObject *context, Callback done);

    const HubConfig &config() const { return m_config; }
    // A token found later (the desktop's keychain answers asynchronously).
    void setToken(const QString &token) { m_config.token = token; }
    // Another endpoint chosen in Settings: used from the next request on.
    void setEndpoint(const QUrl &endpoint, HubConfig::Source source)
    {
        m_config.endpoint = endpoint;
        m_config.endpointSource = source;
        m_config.endpointFromEnvironment = source == HubConfig::Source::Environment;
    }
    Clock *clock() const { return m_clock; }
    QNetworkAccessManager *networkManager() const { return m_nam; }
    RateLimitState &rateLimit() { return m_rateLimit; }
    RetryPolicy &retryPolicy() { return m_retry; }
    static QByteArray userAgent();

Q_SIGNALS:
    // The client is waiting for the quota to reset; for the status bar.
    void rateLimitedUntil(const QDateTime &until);
    void requestStarted(const QUrl &url);
    // A request failed and is tried again at `at` (attempt `attempt` of `attempts`): the UI can
    // say at once that the Hub cannot be reached, rather than only when every retry is spent.
    // requester: the context object the request was made for (who is retrying: a poll, a census).
    void retryScheduled(const hubwatch::HubError &failure, const QDateTime &at, int attempt, int attempts, const QObject *requester);

private:
    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    HubConfig m_config;
    RateLimitState m_rateLimit;
    RetryPolicy m_retry;
};

} // namespace hubwatch
