// A sliding one-second window per key (the token's client id): at most N requests in any 1000 ms.
// The docs name 429 but no numbers or headers; the X-RateLimit-* set is the simulator's assumption.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace cx::sim {

struct RateDecision
{
    bool allowed = true;
    int limit = 0;
    int remaining = 0;
    int resetSeconds = 0; // whole seconds (rounded up) until a request slot frees again; 0 = now
};

class RateLimiter
{
public:
    RateLimiter();

    void setLimit(int perSecond); // 0 = off; also forgets past requests
    int limit() const { return m_limit; }
    bool enabled() const { return m_limit > 0; }

    // Counts one request for `key` when allowed, and says how it stands.
    RateDecision take(const QString &key);

private:
    static constexpr qint64 WindowMs = 1000;
    int m_limit = 0;
    QElapsedTimer m_clock;                // monotonic: wall-clock jumps must not open or close the window
    QHash<QString, QList<qint64>> m_hits; // key -> times (ms on m_clock) inside the window, oldest first
};

} // namespace cx::sim
