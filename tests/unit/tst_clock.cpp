// cx::Clock, the seam for "now", and the MockClock tests put in its place (tests/support/MockClock.h).
#include "MockClock.h"
#include "time/Clock.h"

#include <QTest>
#include <thread>

using cx::Clock;
using cx::test::MockClock;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockByDefault();
    void mockClockStandsStillUntilMoved();
    void mockClockReadsInUtc();
    void mockClocksNestAndRestore();
    void mockClockSeenFromAnotherThread();
};

void TestClock::systemClockByDefault()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime reading = Clock::currentDateTimeUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(before <= reading && reading <= after);
    QCOMPARE(reading.timeSpec(), Qt::UTC);
    const qint64 ms = Clock::currentMSecsSinceEpoch();
    QVERIFY(ms >= before.toMSecsSinceEpoch() && ms <= QDateTime::currentMSecsSinceEpoch());
}

void TestClock::mockClockStandsStillUntilMoved()
{
    MockClock clock(at("2026-11-26T06:30:00Z"));
    QCOMPARE(Clock::currentDateTimeUtc(), at("2026-11-26T06:30:00Z"));
    QCOMPARE(Clock::currentDateTimeUtc(), at("2026-11-26T06:30:00Z")); // still: no real time counts
    QCOMPARE(Clock::currentMSecsSinceEpoch(), at("2026-11-26T06:30:00Z").toMSecsSinceEpoch());

    clock.advanceMSecs(1500);
    QCOMPARE(Clock::currentDateTimeUtc(), at("2026-11-26T06:30:01.500Z"));
    clock.advanceSecs(3600);
    QCOMPARE(Clock::currentDateTimeUtc(), at("2026-11-26T07:30:01.500Z"));
    clock.advanceMSecs(-1500); // a clock may also go back (NTP, a user changing the time)
    QCOMPARE(Clock::currentDateTimeUtc(), at("2026-11-26T07:30:00Z"));
    clock.setNow(at("2030-01-01T00:00:00Z"));
    QCOMPARE(Clock::currentDateTimeUtc(), at("2030-01-01T00:00:00Z"));
    QCOMPARE(clock.now(), at("2030-01-01T00:00:00Z"));
}

void TestClock::mockClockReadsInUtc()
{
    // Set from another offset, it reads the same instant, in UTC like the system clock.
    MockClock clock(at("2026-11-26T08:30:00+02:00"));
    QCOMPARE(Clock::currentDateTimeUtc().timeSpec(), Qt::UTC);
    QCOMPARE(Clock::currentDateTimeUtc(), at("2026-11-26T06:30:00Z"));
    QCOMPARE(Clock::currentDateTimeUtc().time(), QTime(6, 30));

    // By default it starts at the real time.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    MockClock real;
    QVERIFY(Clock::currentDateTimeUtc() >= before);
    QVERIFY(Clock::currentDateTimeUtc() <= QDateTime::currentDateTimeUtc());
}

void TestClock::mockClocksNestAndRestore()
{
    {
        MockClock outer(at("2026-01-01T00:00:00Z"));
        {
            MockClock inner(at("2027-01-01T00:00:00Z"));
            QCOMPARE(Clock::currentDateTimeUtc(), at("2027-01-01T00:00:00Z"));
        }
        QCOMPARE(Clock::currentDateTimeUtc(), at("2026-01-01T00:00:00Z")); // the outer one is back
    }
    // And then the machine's clock.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime reading = Clock::currentDateTimeUtc();
    QVERIFY(before <= reading && reading <= QDateTime::currentDateTimeUtc());
}

void TestClock::mockClockSeenFromAnotherThread()
{
    MockClock clock(at("2026-11-26T06:30:00Z"));
    QDateTime seen;
    std::thread reader([&seen] { seen = Clock::currentDateTimeUtc(); });
    reader.join();
    QCOMPARE(seen, at("2026-11-26T06:30:00Z"));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
