// The wall clock, as one seam. Whatever decides by the time of day (a token's expiry, when to renew
// it, how long a Retry-After date asks us to wait) reads Clock::currentDateTimeUtc() instead of
// QDateTime's, so a test can put a MockClock (tests/support/MockClock.h) in the system clock's place
// and move time on without waiting for it.
#pragma once

#include <QDateTime>

namespace cx {

class Clock
{
public:
    virtual ~Clock();

    // Now, in UTC (Qt::UTC, like QDateTime::currentDateTimeUtc()): the process-wide clock's reading.
    static QDateTime currentDateTimeUtc();
    // The same reading in milliseconds since 1970-01-01T00:00:00Z.
    static qint64 currentMSecsSinceEpoch();

protected:
    Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    // What this clock says it is now, in UTC. The system clock asks the machine.
    virtual QDateTime nowUtc() const;

    // For test clocks: makes `clock` the process-wide one (nullptr: the system clock again) and returns
    // the one it replaces, to be put back later. `clock` must stay alive while it is installed; install
    // it before the code under test runs on other threads.
    static Clock *setInstance(Clock *clock);
};

} // namespace cx
