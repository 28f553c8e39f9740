#include "RetryPolicy.h"

#include "time/Clock.h"

#include <QDate>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace cx {

namespace {

using Millis = RetryPolicy::Millis;

// RFC 9110 §5.6.3: optional whitespace around a field value is spaces and tabs only.
QByteArray trimOws(const QByteArray &value)
{
    qsizetype begin = 0, end = value.size();
    while (begin < end && (value.at(begin) == ' ' || value.at(begin) == '\t'))
        ++begin;
    while (end > begin && (value.at(end - 1) == ' ' || value.at(end - 1) == '\t'))
        --end;
    return value.mid(begin, end - begin);
}

bool allDigits(const QByteArray &value)
{
    return !value.isEmpty() &&
           std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// delay-seconds = 1*DIGIT. Too many digits for any integer type is still a valid, huge value.
Millis parseDeltaSeconds(const QByteArray &digits)
{
    constexpr qint64 maxSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(RetryPolicy::maxRetryAfter).count();
    bool ok = false;
    const qulonglong seconds = digits.toULongLong(&ok);
    if (!ok || seconds > qulonglong(maxSeconds))
        return RetryPolicy::maxRetryAfter;
    return std::chrono::seconds(qint64(seconds));
}

int monthNumber(const QString &name)
{
    static const QStringList months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                       QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                       QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                       QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    // RFC 9110 calls HTTP-date case-sensitive, but RFC 9111 §4.2 lets recipients relax that, and a
    // server writing "NOV" clearly means November.
    for (int i = 0; i < months.size(); ++i) {
        if (months.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// Milliseconds since the epoch for a UTC calendar time, or nullopt when it is no real date. Computed by
// hand so the result never depends on the machine's time zone or Qt's time-zone API.
std::optional<qint64> utcMillis(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    // 60 is a leap second (RFC 9110 allows it); treat it as the last second of the minute.
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return ((days * 24 + hour) * 60 + minute) * 60000LL + qMin(second, 59) * 1000LL;
}

// RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is the most recent past year
// with those digits.
int fullYear(int twoDigits, int currentYear)
{
    const int year = currentYear - currentYear % 100 + twoDigits;
    return year > currentYear + 50 ? year - 100 : year;
}

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and
// asctime ("Sun Nov  6 08:49:37 1994"), the three forms recipients must accept.
std::optional<qint64> parseHttpDate(const QByteArray &value, int currentYear)
{
    // Shared, compiled once: compiling (and JIT-compiling) the three patterns on every call limited
    // parsing to a few hundred headers a second. Sharing them is safe on any thread: the statics are
    // initialised thread-safely, QRegularExpression compiles under its own mutex, and match() is const
    // with per-call match data.
    static const QRegularExpression imf(
        QStringLiteral(R"(^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression rfc850(
        QStringLiteral(R"(^[A-Za-z]{6,9}, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression asctime(
        QStringLiteral(R"(^[A-Za-z]{3} ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));

    const QString text = QString::fromLatin1(value);
    auto number = [](const QRegularExpressionMatch &m, int group) {
        return m.captured(group).trimmed().toInt();
    };
    if (const auto m = imf.match(text); m.hasMatch()) {
        return utcMillis(number(m, 3), monthNumber(m.captured(2)), number(m, 1), number(m, 4), number(m, 5),
                         number(m, 6));
    }
    if (const auto m = rfc850.match(text); m.hasMatch()) {
        return utcMillis(fullYear(number(m, 3), currentYear), monthNumber(m.captured(2)), number(m, 1),
                         number(m, 4), number(m, 5), number(m, 6));
    }
    if (const auto m = asctime.match(text); m.hasMatch()) {
        return utcMillis(number(m, 6), monthNumber(m.captured(1)), number(m, 2), number(m, 3), number(m, 4),
                         number(m, 5));
    }
    return std::nullopt;
}

} // namespace

std::optional<Millis> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = trimOws(value);
    if (allDigits(trimmed))
        return parseDeltaSeconds(trimmed);

    // Without a valid clock reading a date cannot be turned into a wait; the process-wide clock (the
    // machine's, or a test's) is the best stand-in.
    const QDateTime reference = now.isValid() ? now : Clock::currentDateTimeUtc();
    const std::optional<qint64> when = parseHttpDate(trimmed, reference.toUTC().date().year());
    if (!when)
        return std::nullopt; // garbage, a sign, a fraction ("1.5"), or an empty value
    const qint64 wait = *when - reference.toMSecsSinceEpoch();
    return std::clamp(Millis(wait), Millis(0), maxRetryAfter);
}

RetryPolicy::Millis RetryPolicy::backoff(int attempt, double jitter01) const
{
    // The ceiling doubles per attempt up to maxDelay; shifting stops early so it can never overflow.
    const qint64 base = qMax<qint64>(0, baseDelay.count());
    const qint64 cap = qMax<qint64>(0, maxDelay.count());
    qint64 ceiling = qMin(base, cap);
    for (int i = 1; i < attempt && ceiling > 0 && ceiling < cap; ++i)
        ceiling = qMin(cap, ceiling * 2);
    // Half fixed, half random: far enough apart that clients that failed together do not retry
    // together, yet never shorter than half the intended wait.
    const double jitter = std::isnan(jitter01) ? 0.0 : std::clamp(jitter01, 0.0, 1.0);
    const qint64 half = ceiling / 2;
    return Millis(half + qint64(std::llround(jitter * double(ceiling - half))));
}

RetryPolicy::Millis RetryPolicy::backoff(int attempt) const
{
    return backoff(attempt, QRandomGenerator::global()->generateDouble());
}

RetryPolicy::Millis RetryPolicy::delayFor(const QByteArray &retryAfterHeader, int attempt,
                                          const QDateTime &now) const
{
    return delayWithSource(retryAfterHeader, attempt, now).delay;
}

RetryPolicy::Delay RetryPolicy::delayWithSource(const QByteArray &retryAfterHeader, int attempt,
                                                const QDateTime &now) const
{
    const QByteArray header = retryAfterHeader.trimmed();
    // The server's own word beats our guess; it is capped by maxRetryAfter, not maxDelay, because
    // retrying earlier than asked only earns another 429.
    if (const std::optional<Millis> wait = parseRetryAfter(retryAfterHeader, now)) {
        const bool seconds = !header.isEmpty() && std::all_of(header.begin(), header.end(),
                                                              [](char c) { return c >= '0' && c <= '9'; });
        return {*wait, seconds ? DelaySource::Seconds : DelaySource::Date};
    }
    return {backoff(attempt), header.isEmpty() ? DelaySource::Backoff : DelaySource::Unreadable};
}

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    // Method names are case-sensitive (RFC 9110 §9.1): "get" is not GET, so it is not assumed safe.
    static const QList<QByteArray> idempotent = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"};
    return idempotent.contains(method);
}

bool RetryPolicy::mayRetryAutomatically(const QByteArray &method, int attempt) const
{
    return isIdempotent(method) && attempt <= maxAttempts;
}

} // namespace cx
