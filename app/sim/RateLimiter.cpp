#include "RateLimiter.h"

namespace cx::sim {

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::setLimit(int perSecond)
{
    m_limit = qMax(0, perSecond);
    m_hits.clear();
}

RateDecision RateLimiter::take(const QString &key)
{
    RateDecision decision;
    decision.limit = m_limit;
    if (m_limit <= 0)
        return decision;

    const qint64 now = m_clock.elapsed();
    QList<qint64> &hits = m_hits[key];
    while (!hits.isEmpty() && now - hits.first() >= WindowMs)
        hits.removeFirst();

    decision.allowed = hits.size() < m_limit;
    if (decision.allowed)
        hits.append(now);
    decision.remaining = int(qMax<qsizetype>(0, m_limit - hits.size()));
    if (!hits.isEmpty() && decision.remaining == 0) {
        const qint64 waitMs = WindowMs - (now - hits.first());
        decision.resetSeconds = int(qMax<qint64>(1, (waitMs + 999) / 1000));
    }
    return decision;
}

} // namespace cx::sim
