// A clock for tests: while one exists it is the process-wide cx::Clock, standing still until the
// test sets or advances it (so token expiry and renewal can be tested without waiting). The clock it
// replaced comes back when it is destroyed. Create it before the objects that read the time and keep
// it alive while they may still read it.
#pragma once

#include "time/Clock.h"

#include <QDateTime>
#include <mutex>

namespace cx::test {

class MockClock final : public cx::Clock
{
public:
    // Starts at `start` (by default the real time now, so servers that keep real time agree with it).
    explicit MockClock(const QDateTime &start = QDateTime::currentDateTimeUtc()) : m_now(start.toUTC())
    {
        m_replaced = setInstance(this);
    }
    ~MockClock() override { setInstance(m_replaced); }

    QDateTime now() const
    {
        const std::lock_guard lock(m_mutex);
        return m_now;
    }
    void setNow(const QDateTime &now)
    {
        const std::lock_guard lock(m_mutex);
        m_now = now.toUTC();
    }
    void advanceMSecs(qint64 msecs)
    {
        const std::lock_guard lock(m_mutex);
        m_now = m_now.addMSecs(msecs);
    }
    void advanceSecs(qint64 secs) { advanceMSecs(secs * 1000); }

protected:
    QDateTime nowUtc() const override { return now(); }

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
    Clock *m_replaced = nullptr;
};

} // namespace cx::test
