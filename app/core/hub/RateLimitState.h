#pragma once

#include <QByteArray>

#include <chrono>

namespace hubwatch {

// What the Hub told us about its quota, from the IETF draft headers it sends on every response:
//   RateLimit: "api";r=<remaining>;t=<seconds to reset>
//   RateLimit-Policy: "fixed window";"api";q=<quota>;w=<window seconds>
// and how long to wait before the next request so we stay inside it.
class RateLimitState
{
public:
    struct Parsed
    {
        bool valid = false;
        int remaining = -1;
        int resetSeconds = -1;
    };
    struct Policy
    {
        bool valid = false;
        int quota = -1;
        int windowSeconds = -1;
    };
    static Parsed parseRateLimit(const QByteArray &value);
    static Policy parsePolicy(const QByteArray &value);

    // Records a response's headers received at nowMs (empty values are ignored).
    void update(const QByteArray &rateLimit, const QByteArray &policy, qint64 nowMs);
    // A request is about to go out: spend one from what we believe remains.
    void noteRequestSent(qint64 nowMs);
    // Wait before sending the next request at nowMs. Zero while comfortably inside the quota;
    // spreads the last few requests over the rest of the window; waits for the reset (+1 s, as
    // the official client does) once nothing remains.
    std::chrono::milliseconds delayBeforeNext(qint64 nowMs) const;
    // The moment the current window resets, or 0 if unknown.
    qint64 resetAtMs() const { return m_resetAtMs; }
    // For a 429: how long the headers say to wait (t+1 s when r=0), or -1 if they don't say.
    static std::chrono::milliseconds waitFor429(const QByteArray &rateLimit, const QByteArray &retryAfter);

    int remaining() const { return m_remaining; }
    int quota() const { return m_quota; }

private:
    int m_remaining = -1; // -1: unknown, be optimistic
    qint64 m_resetAtMs = 0;
    int m_quota = -1;
};

} // namespace hubwatch
