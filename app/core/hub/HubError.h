#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hubwatch {

// What went wrong talking to the Hub, as a value. The client never throws and never hands
// on a half-parsed result: a failed operation yields exactly one HubError.
class HubError
{
    Q_DECLARE_TR_FUNCTIONS(HubError)
public:
    enum class Kind {
        None,
        Offline,        // HF_HUB_OFFLINE / --offline: no request was made
        InvalidRequest, // bad repo id, bad endpoint: refused before sending
        NotFound,
        Gated,
        BadToken,
        Forbidden,
        RateLimited,
        Server,           // 5xx after all retries
        Network,          // refused, reset, timed out, DNS… after all retries
        Truncated,        // the answer began, then ended early (closed before Content-Length,
                          // chunked or gzip stream cut off), after all retries
        Malformed,        // the body is not what the API promises
        TooLarge,         // body over the size cap
        InsecureRedirect, // a redirect we will not follow
        Http,             // any other HTTP status
    };

    HubError() = default;
    HubError(Kind kind, QString detail, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_status; }
    // Technical detail: server message, URL path, JSON location. Never contains the token.
    QString detail() const { return m_detail; }
    // For RateLimited: when the quota resets, if the server said.
    QDateTime retryAt() const { return m_retryAt; }
    void setRetryAt(const QDateTime &at) { m_retryAt = at; }
    // For Truncated: how much of the body arrived, and how much Content-Length announced (-1
    // when it did not say: chunked).
    static HubError truncated(qint64 received, qint64 expected, QString detail);
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesExpected() const { return m_expected; }

    // One translated sentence for the user, with the detail appended.
    QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_status = 0;
    QDateTime m_retryAt;
    qint64 m_received = -1;
    qint64 m_expected = -1;
};

// Either a value or an error; the value is only meaningful when ok().
template <typename T> struct HubResult
{
    T value{};
    HubError error;
    bool ok() const { return !error.isError(); }
};

} // namespace hubwatch
