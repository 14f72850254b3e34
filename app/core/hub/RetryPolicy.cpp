#include "RetryPolicy.h"

#include <algorithm>

namespace hubwatch {

RetryPolicy::RetryPolicy(std::chrono::milliseconds base, std::chrono::milliseconds cap, int maxRetries, quint32 seed)
    : m_base(base)
    , m_cap(cap)
    , m_maxRetries(maxRetries)
    , m_random(seed)
{}

bool RetryPolicy::isRetryableStatus(int s)
{
    // The set huggingface_hub retries.
    return s == 408 || s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure: // e.g. a body cut short of its Content-Length
        return true;
    default: return false;
    }
}

std::chrono::milliseconds RetryPolicy::ceiling(int retry) const
{
    const int shift = std::clamp(retry, 0, 20);
    const qint64 raw = m_base.count() << shift;
    return std::chrono::milliseconds(std::min<qint64>(raw, m_cap.count()));
}

std::chrono::milliseconds RetryPolicy::backoff(int retry)
{
    const qint64 top = ceiling(retry).count();
    const qint64 half = top / 2;
    return std::chrono::milliseconds(half + qint64(m_random.bounded(quint64(top - half) + 1)));
}

} // namespace hubwatch
