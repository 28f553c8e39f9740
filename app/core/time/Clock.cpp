#include "Clock.h"

#include <atomic>

namespace cx {

namespace {

// The machine's clock: what every reading uses unless a test installed another.
class SystemClock final : public Clock
{
};

SystemClock &systemClock()
{
    static SystemClock clock;
    return clock;
}

std::atomic<Clock *> installed{nullptr};

} // namespace

Clock::~Clock() = default;

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QDateTime Clock::currentDateTimeUtc()
{
    const Clock *clock = installed.load(std::memory_order_acquire);
    if (!clock)
        clock = &systemClock();
    return clock->nowUtc();
}

qint64 Clock::currentMSecsSinceEpoch()
{
    return currentDateTimeUtc().toMSecsSinceEpoch();
}

Clock *Clock::setInstance(Clock *clock)
{
    return installed.exchange(clock, std::memory_order_acq_rel);
}

} // namespace cx
