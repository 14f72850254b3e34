#pragma once

#include <QNetworkReply>
#include <QRandomGenerator>

#include <chrono>

namespace hubwatch {

// Which failures are worth another try, and how long to wait before it: capped exponential
// backoff with "equal jitter" (half fixed, half random) so many clients do not retry in step.
class RetryPolicy
{
public:
    RetryPolicy(std::chrono::milliseconds base, std::chrono::milliseconds cap, int maxRetries, quint32 seed);

    static bool isRetryableStatus(int httpStatus);
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);

    int maxRetries() const { return m_maxRetries; }
    // Delay before retry number `retry` (0 for the first retry).
    std::chrono::milliseconds backoff(int retry);
    // Upper bound of backoff(retry), for tests and messages.
    std::chrono::milliseconds ceiling(int retry) const;

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    int m_maxRetries;
    QRandomGenerator m_random;
};

} // namespace hubwatch
