#include "RateLimitState.h"

#include <QList>

#include <algorithm>

namespace hubwatch {

namespace {
// Reads `key=<int>` items from a `;`-separated structured-field list; the rest is ignored.
int intParam(const QList<QByteArray> &items, const char *key)
{
    for (const QByteArray &raw : items) {
        const QByteArray item = raw.trimmed();
        const int eq = item.indexOf('=');
        if (eq <= 0 || item.left(eq).trimmed() != key)
            continue;
        bool ok = false;
        const int v = item.mid(eq + 1).trimmed().toInt(&ok);
        return ok && v >= 0 ? v : -1;
    }
    return -1;
}
} // namespace

RateLimitState::Parsed RateLimitState::parseRateLimit(const QByteArray &value)
{
    const QList<QByteArray> items = value.split(';');
    Parsed p;
    p.remaining = intParam(items, "r");
    p.resetSeconds = intParam(items, "t");
    p.valid = p.remaining >= 0 && p.resetSeconds >= 0;
    return p;
}

RateLimitState::Policy RateLimitState::parsePolicy(const QByteArray &value)
{
    const QList<QByteArray> items = value.split(';');
    Policy p;
    p.quota = intParam(items, "q");
    p.windowSeconds = intParam(items, "w");
    p.valid = p.quota > 0 && p.windowSeconds > 0;
    return p;
}

void RateLimitState::update(const QByteArray &rateLimit, const QByteArray &policy, qint64 nowMs)
{
    const Parsed p = parseRateLimit(rateLimit);
    if (p.valid) {
        m_remaining = p.remaining;
        m_resetAtMs = nowMs + qint64(p.resetSeconds) * 1000;
    }
    const Policy pol = parsePolicy(policy);
    if (pol.valid)
        m_quota = pol.quota;
}

void RateLimitState::noteRequestSent(qint64 nowMs)
{
    if (m_remaining < 0)
        return;
    if (nowMs >= m_resetAtMs) {
        // The window we knew about is over; the next response tells us the new one.
        m_remaining = -1;
        return;
    }
    m_remaining = std::max(0, m_remaining - 1);
}

std::chrono::milliseconds RateLimitState::delayBeforeNext(qint64 nowMs) const
{
    using std::chrono::milliseconds;
    if (m_remaining == 0) {
        // Nothing left: wait for the reset plus one second, as the official client does, even
        // if the reset looks imminent (t is rounded, and clocks and networks lag).
        return milliseconds(std::max<qint64>(0, m_resetAtMs + 1000 - nowMs));
    }
    if (m_remaining < 0 || nowMs >= m_resetAtMs)
        return milliseconds(0);
    const qint64 untilReset = m_resetAtMs - nowMs;
    // Keep a small reserve (5 % of the quota, at least 1) for other clients on the same token
    // or IP: once inside it, pace evenly to the end of the window instead of bursting.
    const int reserve = std::max(1, m_quota > 0 ? m_quota / 20 : 1);
    if (m_remaining > reserve)
        return milliseconds(0);
    return milliseconds(untilReset / (m_remaining + 1));
}

std::chrono::milliseconds RateLimitState::waitFor429(const QByteArray &rateLimit, const QByteArray &retryAfter)
{
    const Parsed p = parseRateLimit(rateLimit);
    if (p.valid && p.remaining == 0) {
        // In 64 bits: t may be INT_MAX, and t + 1 in int overflows (UBSan in fuzz_ratelimit;
        // the input is tests/fuzz/corpus/ratelimit/regression-t-int-max).
        return std::chrono::seconds(qint64(p.resetSeconds) + 1);
    }
    bool ok = false;
    const int secs = retryAfter.trimmed().toInt(&ok);
    if (ok && secs >= 0)
        return std::chrono::seconds(secs);
    return std::chrono::milliseconds(-1);
}

} // namespace hubwatch
