// When to try a failed request again, and whether we may do it without asking.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <optional>

namespace cx {

class RetryPolicy
{
public:
    using Millis = std::chrono::milliseconds;

    Millis baseDelay{1000};
    Millis maxDelay{60000};
    int maxAttempts = 5; // automatic attempts before we stop and ask the user

    // Retry-After as delta-seconds or HTTP-date (RFC 9110 §10.2.3), relative to `now` (when invalid or
    // left out: Clock::currentDateTimeUtc(), the process-wide clock tests can replace).
    // Garbage or negative values give nullopt (the caller then backs off); a date in the past gives 0;
    // huge values are clamped to maxRetryAfter.
    static std::optional<Millis> parseRetryAfter(const QByteArray &value, const QDateTime &now = {});
    static constexpr Millis maxRetryAfter{std::chrono::hours(24)};

    // Capped exponential backoff with jitter for attempt 1, 2, 3, ...: with c = min(max, base*2^(attempt-1)),
    // a delay in [c/2, c] (the lower bound is capped too). `jitter01` in [0,1] picks the point, which makes
    // it testable: 0 gives c/2, 1 gives c; values outside [0,1] are clamped. Attempts below 1 count as 1.
    Millis backoff(int attempt, double jitter01) const;
    Millis backoff(int attempt) const; // with a random jitter

    // The delay before attempt `attempt` after a response carrying `retryAfterHeader`: the server's
    // Retry-After when it parses, else backoff(attempt).
    Millis delayFor(const QByteArray &retryAfterHeader, int attempt, const QDateTime &now = {}) const;

    // Where delayFor's delay came from: Retry-After as delta-seconds or as an HTTP-date, backoff for
    // lack of one, or backoff because the one sent was unreadable.
    enum class DelaySource { Seconds, Date, Backoff, Unreadable };
    struct Delay
    {
        Millis delay{0};
        DelaySource source = DelaySource::Backoff;
    };
    // delayFor, saying where the delay came from (for a countdown that tells the user why).
    Delay delayWithSource(const QByteArray &retryAfterHeader, int attempt, const QDateTime &now = {}) const;

    // GET, HEAD, OPTIONS, PUT, DELETE, TRACE (RFC 9110 §9.2.2).
    static bool isIdempotent(const QByteArray &method);
    // Only idempotent methods are ever replayed without the user asking, and only up to maxAttempts.
    // `attempt` counts like backoff's: the number of the retry about to be made, from 1.
    bool mayRetryAutomatically(const QByteArray &method, int attempt) const;
};

} // namespace cx
