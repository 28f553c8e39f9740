// RetryPolicy: Retry-After in every form RFC 9110 allows (and the ones it does not), backoff, idempotency.
#include "MockClock.h"
#include "errors/RetryPolicy.h"

#include <QTest>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

using cx::RetryPolicy;
using namespace std::chrono_literals;

namespace {

// Thu, 26 Nov 2026 06:30:00 GMT: every date below is relative to this instant.
QDateTime fixedNow()
{
    return QDateTime::fromString(QStringLiteral("2026-11-26T06:30:00Z"), Qt::ISODate);
}

constexpr qint64 none = -1;
constexpr qint64 day = 24 * 3600 * 1000;

// min(max, base * 2^(attempt-1)) computed independently of the implementation.
qint64 ceilingFor(const RetryPolicy &policy, int attempt)
{
    const double raw = double(policy.baseDelay.count()) * std::pow(2.0, std::max(attempt, 1) - 1);
    return qint64(std::min(raw, double(policy.maxDelay.count())));
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parseRetryAfter_data();
    void parseRetryAfter();
    void dateIsIndependentOfNowsTimeZone();
    void invalidNowFallsBackToTheClock();
    void dateWithoutNowIsRelativeToTheClock();
    void parsesDatesOnSeveralThreadsAtOnce();
    void benchmarkDateParsing_data();
    void benchmarkDateParsing();
    void backoffBounds_data();
    void backoffBounds();
    void backoffJitterEdges();
    void randomBackoffStaysInBounds();
    void backoffWithOtherSettings();
    void delayForPrefersRetryAfter();
    void delayWithSourceSaysWhereTheDelayCameFrom();
    void idempotency_data();
    void idempotency();
    void automaticRetries_data();
    void automaticRetries();
};

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // `none` for nullopt

    // delay-seconds
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("leading zeros") << QByteArray("007") << qint64(7000);
    QTest::newRow("surrounding spaces and tabs") << QByteArray(" \t60\t ") << qint64(60000);
    QTest::newRow("just under the cap") << QByteArray("86399") << qint64(86399000);
    QTest::newRow("exactly the cap") << QByteArray("86400") << day;
    QTest::newRow("over the cap") << QByteArray("86401") << day;
    QTest::newRow("huge") << QByteArray("999999999999") << day;
    QTest::newRow("more digits than any integer") << QByteArray(40, '9') << day;

    // not delay-seconds, not a date
    QTest::newRow("empty") << QByteArray() << none;
    QTest::newRow("blank") << QByteArray("   ") << none;
    QTest::newRow("negative") << QByteArray("-5") << none;
    QTest::newRow("plus sign") << QByteArray("+5") << none;
    QTest::newRow("fraction") << QByteArray("1.5") << none;
    QTest::newRow("unit") << QByteArray("5s") << none;
    QTest::newRow("inner space") << QByteArray("1 20") << none;
    QTest::newRow("list") << QByteArray("120, 60") << none;
    QTest::newRow("newline inside") << QByteArray("12\n0") << none;
    QTest::newRow("garbage") << QByteArray("soon") << none;
    QTest::newRow("hex") << QByteArray("0x10") << none;
    QTest::newRow("NUL") << QByteArray("1\0", 2) << none;
    QTest::newRow("ISO date") << QByteArray("2026-11-26T06:31:00Z") << none;

    // IMF-fixdate
    QTest::newRow("date 90 s ahead") << QByteArray("Thu, 26 Nov 2026 06:31:30 GMT") << qint64(90000);
    QTest::newRow("date now") << QByteArray("Thu, 26 Nov 2026 06:30:00 GMT") << qint64(0);
    QTest::newRow("date 1 s ago") << QByteArray("Thu, 26 Nov 2026 06:29:59 GMT") << qint64(0);
    QTest::newRow("date long past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0);
    QTest::newRow("date next day") << QByteArray("Fri, 27 Nov 2026 06:00:00 GMT") << qint64(84600000);
    QTest::newRow("date far future, clamped") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << day;
    QTest::newRow("date with spaces around")
        << QByteArray("  Thu, 26 Nov 2026 06:31:30 GMT ") << qint64(90000);
    QTest::newRow("date month upper case") << QByteArray("Thu, 26 NOV 2026 06:31:30 GMT") << qint64(90000);
    QTest::newRow("date leap second") << QByteArray("Thu, 26 Nov 2026 06:31:60 GMT") << qint64(119000);
    QTest::newRow("date 31 Feb") << QByteArray("Thu, 31 Feb 2026 06:31:30 GMT") << none;
    QTest::newRow("date hour 25") << QByteArray("Thu, 26 Nov 2026 25:00:00 GMT") << none;
    QTest::newRow("date minute 61") << QByteArray("Thu, 26 Nov 2026 06:61:00 GMT") << none;
    QTest::newRow("date unknown month") << QByteArray("Thu, 26 Nox 2026 06:31:30 GMT") << none;
    QTest::newRow("date without zone") << QByteArray("Thu, 26 Nov 2026 06:31:30") << none;
    QTest::newRow("date in UTC, not GMT") << QByteArray("Thu, 26 Nov 2026 06:31:30 UTC") << none;
    QTest::newRow("date with offset") << QByteArray("Thu, 26 Nov 2026 06:31:30 +0000") << none;
    QTest::newRow("date one-digit day") << QByteArray("Thu, 6 Nov 2026 06:31:30 GMT") << none;
    QTest::newRow("date trailing junk") << QByteArray("Thu, 26 Nov 2026 06:31:30 GMT; x") << none;

    // obsolete RFC 850 (two-digit year) and asctime forms
    QTest::newRow("rfc850 ahead") << QByteArray("Thursday, 26-Nov-26 06:32:00 GMT") << qint64(120000);
    QTest::newRow("rfc850 past (94 is 1994)") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(0);
    QTest::newRow("rfc850 50 years ahead stays ahead")
        << QByteArray("Thursday, 26-Nov-76 06:30:00 GMT") << day;
    QTest::newRow("rfc850 51 years ahead means the past")
        << QByteArray("Friday, 26-Nov-77 06:30:00 GMT") << qint64(0);
    QTest::newRow("rfc850 four-digit year") << QByteArray("Thursday, 26-Nov-2026 06:32:00 GMT") << none;
    QTest::newRow("asctime ahead") << QByteArray("Thu Nov 26 06:30:10 2026") << qint64(10000);
    QTest::newRow("asctime one-digit day, past") << QByteArray("Sun Nov  6 08:49:37 1994") << qint64(0);
    QTest::newRow("asctime with GMT") << QByteArray("Thu Nov 26 06:30:10 2026 GMT") << none;
    QTest::newRow("asctime single space before one-digit day")
        << QByteArray("Sun Nov 6 08:49:37 1994") << none;
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const std::optional<RetryPolicy::Millis> parsed = RetryPolicy::parseRetryAfter(value, fixedNow());
    if (expectedMs == none) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed ? parsed->count() : 0)));
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->count(), expectedMs);
}

void TestRetryPolicy::dateIsIndependentOfNowsTimeZone()
{
    // The same instant seen from UTC+2 and as local time: the wait must not move by the offset.
    const QByteArray date = "Thu, 26 Nov 2026 06:31:30 GMT";
    for (const QDateTime &now : {fixedNow().toOffsetFromUtc(2 * 3600), fixedNow().toLocalTime()}) {
        const auto parsed = RetryPolicy::parseRetryAfter(date, now);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->count(), qint64(90000));
    }
}

void TestRetryPolicy::invalidNowFallsBackToTheClock()
{
    // A date far ahead of any real clock is clamped; one in the past is 0; seconds need no clock.
    QCOMPARE(RetryPolicy::parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", QDateTime()),
             std::optional(RetryPolicy::maxRetryAfter));
    QCOMPARE(RetryPolicy::parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", QDateTime()),
             std::optional(RetryPolicy::Millis(0)));
    QCOMPARE(RetryPolicy::parseRetryAfter("3", QDateTime()), std::optional(RetryPolicy::Millis(3000)));
}

void TestRetryPolicy::dateWithoutNowIsRelativeToTheClock()
{
    // Without `now`, an HTTP-date is read against cx::Clock: the same header asks for less as it moves on.
    cx::test::MockClock clock(fixedNow());
    const QByteArray date = "Thu, 26 Nov 2026 06:31:30 GMT";
    QCOMPARE(RetryPolicy::parseRetryAfter(date), std::optional(RetryPolicy::Millis(90000)));
    QCOMPARE(RetryPolicy::parseRetryAfter(date, QDateTime()), std::optional(RetryPolicy::Millis(90000)));
    const RetryPolicy policy;
    QCOMPARE(policy.delayFor(date, 3), 90000ms);

    clock.advanceMSecs(30500);
    QCOMPARE(RetryPolicy::parseRetryAfter(date), std::optional(RetryPolicy::Millis(59500)));
    QCOMPARE(policy.delayFor(date, 3), 59500ms);
    // An explicit `now` still wins over the clock.
    QCOMPARE(RetryPolicy::parseRetryAfter(date, fixedNow()), std::optional(RetryPolicy::Millis(90000)));

    clock.advanceSecs(60); // the date has passed: at once
    QCOMPARE(RetryPolicy::parseRetryAfter(date), std::optional(RetryPolicy::Millis(0)));
    QCOMPARE(policy.delayFor(date, 3), 0ms);

    // A two-digit year (RFC 850) is read against the clock's year: "26" is 2026 with the clock in 2026;
    // "77" is 51 years ahead of 2026, so 1977, long past, but 50 years ahead of 2027, so 2077.
    clock.setNow(fixedNow());
    QCOMPARE(RetryPolicy::parseRetryAfter("Thursday, 26-Nov-26 06:32:00 GMT"),
             std::optional(RetryPolicy::Millis(120000)));
    QCOMPARE(RetryPolicy::parseRetryAfter("Friday, 26-Nov-77 06:30:00 GMT"),
             std::optional(RetryPolicy::Millis(0)));
    clock.setNow(fixedNow().addYears(1));
    QCOMPARE(RetryPolicy::parseRetryAfter("Friday, 26-Nov-77 06:30:00 GMT"),
             std::optional(RetryPolicy::maxRetryAfter));
    // ... and delta-seconds need no clock at all.
    clock.setNow(QDateTime::fromString(QStringLiteral("1990-01-01T00:00:00Z"), Qt::ISODate));
    QCOMPARE(RetryPolicy::parseRetryAfter("3"), std::optional(RetryPolicy::Millis(3000)));
    // The same date from a clock a day early is clamped to a day at most.
    clock.setNow(fixedNow().addDays(-2));
    QCOMPARE(RetryPolicy::parseRetryAfter(date), std::optional(RetryPolicy::maxRetryAfter));
}

void TestRetryPolicy::parsesDatesOnSeveralThreadsAtOnce()
{
    // The date patterns are shared by every caller; replies may be read on any thread, so parsing
    // from several threads at once must give each the same answer (and stay clean under the sanitizers).
    const QDateTime now = fixedNow();
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                if (RetryPolicy::parseRetryAfter("Thu, 26 Nov 2026 06:31:30 GMT", now) !=
                        RetryPolicy::Millis(90000) ||
                    RetryPolicy::parseRetryAfter("Thursday, 26-Nov-26 06:32:00 GMT", now) !=
                        RetryPolicy::Millis(120000) ||
                    RetryPolicy::parseRetryAfter("Thu Nov 26 06:30:10 2026", now) !=
                        RetryPolicy::Millis(10000))
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void TestRetryPolicy::benchmarkDateParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    // The last form is tried after the other two patterns failed, the slowest path.
    QTest::newRow("IMF-fixdate") << QByteArray("Thu, 26 Nov 2026 06:31:30 GMT");
    QTest::newRow("asctime") << QByteArray("Thu Nov 26 06:30:10 2026");
}

void TestRetryPolicy::benchmarkDateParsing()
{
    // Run alone (`tst_retrypolicy benchmarkDateParsing`) to see the cost per parse; under ctest it
    // runs a few iterations only and checks nothing about time.
    QFETCH(QByteArray, value);
    const QDateTime now = fixedNow();
    std::optional<RetryPolicy::Millis> parsed;
    QBENCHMARK
    {
        parsed = RetryPolicy::parseRetryAfter(value, now);
    }
    QVERIFY(parsed.has_value());
}

void TestRetryPolicy::backoffBounds_data()
{
    QTest::addColumn<int>("attempt");
    for (int attempt = 1; attempt <= 20; ++attempt)
        QTest::addRow("attempt %d", attempt) << attempt;
}

void TestRetryPolicy::backoffBounds()
{
    QFETCH(int, attempt);
    const RetryPolicy policy; // 1 s base, 60 s cap
    const qint64 ceiling = ceilingFor(policy, attempt);
    QCOMPARE(policy.backoff(attempt, 0.0).count(), ceiling / 2);
    QCOMPARE(policy.backoff(attempt, 1.0).count(), ceiling);
    QVERIFY(policy.backoff(attempt, 1.0) <= policy.maxDelay);
    if (attempt > 1 && ceiling < policy.maxDelay.count()) // still doubling
        QCOMPARE(policy.backoff(attempt, 1.0).count(), 2 * policy.backoff(attempt - 1, 1.0).count());
}

void TestRetryPolicy::backoffJitterEdges()
{
    const RetryPolicy policy;
    QCOMPARE(policy.backoff(1, 0.0), 500ms);
    QCOMPARE(policy.backoff(1, 1.0), 1000ms);
    QCOMPARE(policy.backoff(3, 0.5), 3000ms);
    QCOMPARE(policy.backoff(7, 0.0), 30000ms); // 64 s capped to 60 s; the lower bound is capped too
    QCOMPARE(policy.backoff(7, 1.0), 60000ms);
    QCOMPARE(policy.backoff(1000, 1.0), 60000ms);
    QCOMPARE(policy.backoff(std::numeric_limits<int>::max(), 1.0), 60000ms);
    QCOMPARE(policy.backoff(0, 1.0), 1000ms); // attempts below 1 count as the first
    QCOMPARE(policy.backoff(-5, 1.0), 1000ms);
    QCOMPARE(policy.backoff(2, 7.0), 2000ms); // jitter clamped into [0, 1]
    QCOMPARE(policy.backoff(2, -1.0), 1000ms);
    QCOMPARE(policy.backoff(2, std::nan("")), 1000ms);
}

void TestRetryPolicy::randomBackoffStaysInBounds()
{
    const RetryPolicy policy;
    for (int attempt = 1; attempt <= 20; ++attempt) {
        const qint64 ceiling = ceilingFor(policy, attempt);
        qint64 lowest = ceiling, highest = 0;
        for (int draw = 0; draw < 200; ++draw) {
            const qint64 delay = policy.backoff(attempt).count();
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling, qPrintable(QString::number(delay)));
            lowest = std::min(lowest, delay);
            highest = std::max(highest, delay);
        }
        // Jitter really varies: 200 draws spread over more than a quarter of the range.
        QVERIFY(highest - lowest > (ceiling - ceiling / 2) / 4);
    }
}

void TestRetryPolicy::backoffWithOtherSettings()
{
    RetryPolicy policy;
    policy.baseDelay = 250ms;
    policy.maxDelay = 4000ms;
    QCOMPARE(policy.backoff(1, 1.0), 250ms);
    QCOMPARE(policy.backoff(5, 1.0), 4000ms);
    QCOMPARE(policy.backoff(6, 0.0), 2000ms);

    policy.baseDelay = 10000ms; // base above the cap: the cap wins from the first attempt
    QCOMPARE(policy.backoff(1, 1.0), 4000ms);

    policy.baseDelay = 0ms; // no waiting at all, and no endless doubling of zero
    QCOMPARE(policy.backoff(std::numeric_limits<int>::max(), 1.0), 0ms);
}

void TestRetryPolicy::delayForPrefersRetryAfter()
{
    const RetryPolicy policy;
    // The server's word, even beyond maxDelay and whatever the attempt.
    QCOMPARE(policy.delayFor("3", 1, fixedNow()), 3000ms);
    QCOMPARE(policy.delayFor("120", 9, fixedNow()), 120000ms);
    QCOMPARE(policy.delayFor("Thu, 26 Nov 2026 06:31:30 GMT", 1, fixedNow()), 90000ms);
    QCOMPARE(policy.delayFor("Sun, 06 Nov 1994 08:49:37 GMT", 4, fixedNow()), 0ms);
    // Otherwise backoff for that attempt.
    for (const QByteArray &header :
         {QByteArray(), QByteArray("later"), QByteArray("-1"), QByteArray("1.5")}) {
        const auto delay = policy.delayFor(header, 4, fixedNow());
        QVERIFY2(delay >= 4000ms && delay <= 8000ms, header.constData());
    }
}

void TestRetryPolicy::delayWithSourceSaysWhereTheDelayCameFrom()
{
    using Source = RetryPolicy::DelaySource;
    const RetryPolicy policy;
    const auto seconds = policy.delayWithSource(" 3 ", 1, fixedNow());
    QCOMPARE(seconds.delay, 3000ms);
    QCOMPARE(seconds.source, Source::Seconds);
    const auto date = policy.delayWithSource("Thu, 26 Nov 2026 06:31:30 GMT", 1, fixedNow());
    QCOMPARE(date.delay, 90000ms);
    QCOMPARE(date.source, Source::Date);
    const auto none = policy.delayWithSource(QByteArray(), 2, fixedNow());
    QCOMPARE(none.source, Source::Backoff);
    QVERIFY(none.delay >= 1000ms && none.delay <= 2000ms);
    const auto garbage = policy.delayWithSource("whenever you like", 2, fixedNow());
    QCOMPARE(garbage.source, Source::Unreadable);
    QVERIFY(garbage.delay >= 1000ms && garbage.delay <= 2000ms);
    // delayFor is the same delay.
    QCOMPARE(policy.delayFor(" 3 ", 1, fixedNow()), seconds.delay);
    // Without `now`, a date counts from cx::Clock.
    cx::test::MockClock clock(fixedNow());
    QCOMPARE(policy.delayWithSource("Thu, 26 Nov 2026 06:31:30 GMT", 1).delay, 90000ms);
    clock.advanceSecs(30);
    QCOMPARE(policy.delayWithSource("Thu, 26 Nov 2026 06:31:30 GMT", 1).delay, 60000ms);
}

void TestRetryPolicy::idempotency_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("idempotent");
    for (const char *method : {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
        QTest::newRow(method) << QByteArray(method) << true;
    for (const char *method : {"POST", "PATCH", "CONNECT"})
        QTest::newRow(method) << QByteArray(method) << false;
    QTest::newRow("lower-case get") << QByteArray("get") << false;
    QTest::newRow("mixed-case Put") << QByteArray("Put") << false;
    QTest::newRow("padded GET") << QByteArray("GET ") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("extension method") << QByteArray("PROPFIND") << false;
}

void TestRetryPolicy::idempotency()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, idempotent);
    QCOMPARE(RetryPolicy::isIdempotent(method), idempotent);
}

void TestRetryPolicy::automaticRetries_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("GET first") << QByteArray("GET") << 5 << 1 << true;
    QTest::newRow("GET last allowed") << QByteArray("GET") << 5 << 5 << true;
    QTest::newRow("GET one too many") << QByteArray("GET") << 5 << 6 << false;
    QTest::newRow("PUT third") << QByteArray("PUT") << 3 << 3 << true;
    QTest::newRow("DELETE over") << QByteArray("DELETE") << 3 << 4 << false;
    QTest::newRow("POST never") << QByteArray("POST") << 5 << 1 << false;
    QTest::newRow("PATCH never") << QByteArray("PATCH") << 5 << 1 << false;
    QTest::newRow("no automatic attempts") << QByteArray("GET") << 0 << 1 << false;
}

void TestRetryPolicy::automaticRetries()
{
    QFETCH(QByteArray, method);
    QFETCH(int, maxAttempts);
    QFETCH(int, attempt);
    QFETCH(bool, allowed);
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    QCOMPARE(policy.mayRetryAutomatically(method, attempt), allowed);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
