// The code each libFuzzer target runs on one input, shared with tst_fuzzreplay (which replays the seed
// corpora and every kept crash through the same functions in the normal build). Each function also
// checks the invariants its parser promises, and traps when one breaks, so a fuzzer finds more than
// crashes. Inputs are read as the parsers' callers would hand them over.
#pragma once

#include "catalog/EndpointCatalog.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "errors/RetryPolicy.h"
#include "export/CurlParser.h"
#include "har/HarPortable.h"
#include "har/HarReader.h"
#include "net/ApiClient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace cx::fuzz {

// Not assert(): it must fire in release builds too, and tell the replay test what broke.
#define CX_FUZZ_CHECK(condition)                                                                             \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            qCritical("fuzz invariant failed: %s (%s:%d)", #condition, __FILE__, __LINE__);                  \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Input: "STATUS\nCONTENT-TYPE\nWWW-AUTHENTICATE\nBODY..." (the body keeps its own newlines). A
// missing line is empty; a status that is not a number is 0.
inline int apiErrorBody(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    QList<QByteArray> parts;
    qsizetype at = 0;
    for (int i = 0; i < 3; ++i) {
        const qsizetype end = input.indexOf('\n', at);
        if (end < 0) {
            parts.append(input.mid(at));
            at = input.size();
            continue;
        }
        parts.append(input.mid(at, end - at));
        at = end + 1;
    }
    while (parts.size() < 3)
        parts.append(QByteArray());
    const QByteArray body = at < input.size() ? input.mid(at) : QByteArray();
    const int status = parts.at(0).trimmed().toInt();
    const QByteArray contentType = parts.at(1);
    const QByteArray wwwAuthenticate = parts.at(2);

    const ApiError error = ApiError::fromBody(status, contentType, body, wwwAuthenticate);
    CX_FUZZ_CHECK(error.isError());
    CX_FUZZ_CHECK(!error.code.isEmpty());
    CX_FUZZ_CHECK(!error.message.trimmed().isEmpty());
    const ErrorInfo info = ErrorCatalog::decide(error);
    CX_FUZZ_CHECK(info.code == error.code || !info.known);
    (void)ErrorCatalog::actionName(info.action);
    (void)ApiError::shapeName(error.shape);

    // The same bytes as a whole response: a 2xx is no error, anything else is one.
    ApiResponse response;
    response.status = status;
    response.headers = {{"Content-Type", contentType},
                        {"WWW-Authenticate", wwwAuthenticate},
                        {"Retry-After", wwwAuthenticate}};
    response.body = body;
    const ApiError fromResponse = ApiError::fromResponse(response);
    CX_FUZZ_CHECK(fromResponse.isError() == !(status >= 200 && status < 300));
    if (fromResponse.isError())
        (void)ErrorCatalog::decide(fromResponse);
    return 0;
}

// Input: a Retry-After header value. "Now" is fixed so a finding replays the same way.
inline int retryAfter(const uint8_t *data, size_t size)
{
    const QByteArray value = bytes(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, QTimeZone::utc()); // 2026-01-01
    const std::optional<RetryPolicy::Millis> delay = RetryPolicy::parseRetryAfter(value, now);
    if (delay) {
        CX_FUZZ_CHECK(delay->count() >= 0);
        CX_FUZZ_CHECK(*delay <= RetryPolicy::maxRetryAfter);
    }
    RetryPolicy policy;
    const int attempt = size > 0 ? int(data[0]) - 64 : 1; // also odd attempt numbers
    const RetryPolicy::Millis chosen = policy.delayFor(value, attempt, now);
    CX_FUZZ_CHECK(chosen.count() >= 0);
    CX_FUZZ_CHECK(chosen <= std::max(policy.maxDelay, RetryPolicy::maxRetryAfter));
    return 0;
}

// Input: an OpenAPI document (JSON). Loaded endpoints are then looked up by their own paths with
// their parameters filled in, as the endpoint browser and "check the ID" do.
inline int endpointCatalog(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<EndpointCatalog> catalog = EndpointCatalog::fromJson(bytes(data, size), &error);
    if (!catalog) {
        CX_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    (void)catalog->tags();
    int looked = 0;
    for (const Endpoint &endpoint : catalog->endpoints()) {
        if (++looked > 64)
            break;
        QString concrete = endpoint.path;
        for (const EndpointParameter &parameter : endpoint.parameters) {
            if (parameter.location == QLatin1String("path"))
                concrete.replace(QLatin1Char('{') + parameter.name + QLatin1Char('}'), QStringLiteral("42"));
        }
        (void)endpoint.matches(concrete);
        (void)catalog->find(endpoint.method, concrete);
        (void)catalog->find(endpoint.method, endpoint.path);
        (void)catalog->listEndpointFor(concrete);
    }
    return 0;
}

// Input: a command line pasted into "new tab from cURL" (UTF-8).
inline int curlParser(const uint8_t *data, size_t size)
{
    const QString command = QString::fromUtf8(bytes(data, size));
    QString error;
    int position = -1;
    const QStringList words = CurlParser::tokenize(command, &error, &position);
    if (!error.isEmpty())
        CX_FUZZ_CHECK(words.isEmpty() && position >= -1 && position <= command.size());
    const CurlParseResult result = CurlParser::parse(command, {QStringLiteral("https://api.example.com/v1")});
    if (!result.ok) {
        CX_FUZZ_CHECK(!result.error.isEmpty());
        CX_FUZZ_CHECK(result.errorPosition >= -1 && result.errorPosition <= command.size());
    } else {
        CX_FUZZ_CHECK(!result.request.method.isEmpty());
    }
    return 0;
}

// Input: a response body as it arrives, in pieces. ApiClient's JsonEndScanner decides, byte by byte,
// whether a body without Content-Length ended where its JSON closed; a wrong "complete" would show a
// cut body as a success, a wrong "cut" would fail a good one. Invariants: the verdict does not depend
// on where the reads split the body; a JSON object or array that QJsonDocument accepts is complete;
// any prefix of it that stops before its last bracket is not.
inline int jsonEnd(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    JsonEndScanner whole;
    whole.feed(body.constData(), body.size());
    CX_FUZZ_CHECK(whole.scannedBytes() == body.size());

    // Two split points taken from the input itself, so the fuzzer explores them too.
    const qsizetype first = body.isEmpty() ? 0 : qsizetype(quint8(body.front())) % (body.size() + 1);
    const qsizetype second =
        body.isEmpty() ? 0 : first + (qsizetype(quint8(body.back())) % (body.size() - first + 1));
    JsonEndScanner split;
    split.feed(body.constData(), first);
    split.feed(body.constData() + first, second - first);
    split.feed(body.constData() + second, body.size() - second);
    CX_FUZZ_CHECK(split.looksComplete() == whole.looksComplete());
    CX_FUZZ_CHECK(split.scannedBytes() == whole.scannedBytes());

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        CX_FUZZ_CHECK(whole.looksComplete());
        // The last bracket of a valid document is its closing one.
        qsizetype close = body.size() - 1;
        while (close > 0 && body.at(close) != '}' && body.at(close) != ']')
            --close;
        qsizetype open = 0;
        while (open < body.size() && body.at(open) != '{' && body.at(open) != '[')
            ++open;
        if (close > open) {
            const qsizetype cut = open + 1 + (qsizetype(quint8(body.at(open + 1))) % (close - open));
            JsonEndScanner prefix;
            prefix.feed(body.constData(), cut);
            CX_FUZZ_CHECK(!prefix.looksComplete());
        }
    }
    return 0;
}

// Input: a HAR file as a customer sends it. HarReader and the converter's HAR side must agree on the
// entries, never crash, and every replay stays on the entry's own path (no second request line, no other
// host); what HarPortable writes reads back as the same requests (method, url, headers, body).
inline int harReader(const uint8_t *data, size_t size)
{
    const QByteArray json = bytes(data, size);
    QString error;
    const std::optional<HarLog> log = HarReader::read(json, &error);
    const PortableReadResult portable =
        HarPortable::read(json, QStringLiteral("https://oauth.cliquify.me/v1"));
    if (!log) {
        CX_FUZZ_CHECK(!error.isEmpty());
        CX_FUZZ_CHECK(!portable.ok && !portable.error.isEmpty());
        return 0;
    }
    int looked = 0;
    for (const HarEntry &entry : log->entries) {
        if (++looked > 64)
            break;
        CX_FUZZ_CHECK(entry.target.startsWith(QLatin1Char('/')));
        CX_FUZZ_CHECK(!entry.target.contains(QLatin1Char('#')));
        (void)HarReader::whyNotConnect(entry, QUrl(QStringLiteral("https://oauth.cliquify.me/v1")));
        (void)entry.toResponse();
        for (const bool thirdParty : {false, true}) {
            const ApiRequest request =
                entry.requestForReplay(QUrl(QStringLiteral("https://oauth.cliquify.me/v1")), thirdParty);
            CX_FUZZ_CHECK(!thirdParty || !request.authenticated);
            for (const auto &[name, value] : request.headers)
                CX_FUZZ_CHECK(name.compare("Authorization", Qt::CaseInsensitive) != 0 &&
                              name.compare("Cookie", Qt::CaseInsensitive) != 0);
            const QUrl sent = requestUrl(QUrl(entry.origin()), request);
            CX_FUZZ_CHECK(!sent.isValid() || sent.host() == entry.url.host() || entry.url.host().isEmpty() ||
                          !QUrl(entry.origin()).isValid());
        }
    }
    if (!portable.ok)
        return 0;
    CX_FUZZ_CHECK(portable.set.requests.size() == log->entries.size());
    QStringList notes;
    const QByteArray written = HarPortable::write(portable.set, true, &notes);
    const PortableReadResult again = HarPortable::read(written, QString());
    CX_FUZZ_CHECK(again.ok);
    CX_FUZZ_CHECK(again.set.requests.size() == portable.set.requests.size());
    for (qsizetype i = 0; i < again.set.requests.size() && i < 64; ++i) {
        const PortableRequest &a = portable.set.requests.at(i);
        const PortableRequest &b = again.set.requests.at(i);
        CX_FUZZ_CHECK(a.method == b.method);
        CX_FUZZ_CHECK(a.url == b.url);
        CX_FUZZ_CHECK(a.headers == b.headers);
        CX_FUZZ_CHECK(a.body == b.body);
    }
    (void)HarPortable::write(portable.set, false, nullptr);
    return 0;
}

} // namespace cx::fuzz
