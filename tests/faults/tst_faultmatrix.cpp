// The fault matrix (issue 5, item 1): every way a server or the network can misbehave that we know of,
// each played by a raw loopback server (tests/support/FaultServer.h) for GET and POST, through ApiClient
// with a signed-in Session, and through the real connect-cli executable (--json). Every row asserts the
// defined outcome (NetworkFailure or status, ApiError code, ErrorCatalog action; for the CLI the exit
// code and error.action), and for every row: no hang beyond the transfer timeout + 1 s, no false
// success, and no Authorization (or Cookie) seen by another origin.
//
// Where Qt 6.4 decides the outcome (not us), the row says so in its comment; ApiClient.cpp's header
// comment lists what Qt does with damaged framing.
#include "FaultServer.h"
#include "Gzip.h"
#include "auth/Session.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "errors/RetryPolicy.h"
#include "net/ApiClient.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <array>
#include <functional>
#include <memory>

using namespace cx;
using namespace cx::test;
using Then = Behaviour::Then;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

constexpr int TimeoutMs = 500;        // transfer timeout for every row
constexpr int HangSlackMs = 1000;     // "no hang beyond the timeout + 1 s"
constexpr qint64 BodyLimit = 1 << 20; // ApiClient's body limit in the matrix (the CLI keeps its 256 MiB)
const QByteArray ApiPath = "/api/fault";
const QByteArray TokenPath = "/oauth/access-token";
const QByteArray PostBody = "{\"name\":\"fault\",\"n\":1}";

// --- Server building blocks ---------------------------------------------------------------------

QByteArray response(int status, const QByteArray &body, Headers headers = {},
                    const QByteArray &contentType = "application/json")
{
    headers.prepend({"Connection", "close"});
    headers.prepend({"Content-Length", QByteArray::number(body.size())});
    if (!contentType.isEmpty())
        headers.prepend({"Content-Type", contentType});
    return FaultServer::head(status, headers) + body;
}

Behaviour answer(int status, const QByteArray &body, const Headers &headers = {},
                 const QByteArray &contentType = "application/json")
{
    return FaultServer::reply(response(status, body, headers, contentType));
}

QByteArray errorBody(const char *code, const char *message)
{
    return QByteArray("{\"code\":\"") + code + "\",\"message\":\"" + message + "\"}";
}

// A token endpoint that hands out tok-1, tok-2, ... (a new one for each request).
Behaviour tokenEndpoint()
{
    auto counter = std::make_shared<int>(0);
    Behaviour behaviour;
    behaviour.respond = [counter](const RecordedRequest &) {
        const QByteArray body = "{\"access_token\":\"tok-" + QByteArray::number(++*counter) +
                                "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
        return QList<Behaviour::Segment>{{response(200, body), 0}};
    };
    return behaviour;
}

using cx::test::gzip;

// 1 GiB of zeros as gzip (about 1 MB): over ApiClient's limit in the matrix, over the CLI's 256 MiB,
// and over anything a client should hold in memory. Built once, in 64 MiB steps of the same block.
const QByteArray &gzipBomb()
{
    static const QByteArray bomb = [] {
        // Compressing 1 GiB would take seconds: gzip members may be concatenated (RFC 1952 §2.2), and
        // each member here is 64 MiB of zeros.
        const QByteArray member = gzip(QByteArray(64 << 20, '\0'));
        QByteArray all;
        for (int i = 0; i < 16; ++i)
            all += member;
        return all;
    }();
    return bomb;
}

// --- The matrix -----------------------------------------------------------------------------------

struct Env
{
    FaultServer *api = nullptr;   // the API's origin (also the token endpoint)
    FaultServer *other = nullptr; // another origin (a different port)
    QUrl baseUrl;                 // where requests go (a closed port for "refused")
    QByteArray method;            // GET or POST
    bool cli = false;
};

// What one run produced, from ApiClient or from connect-cli's --json.
struct Outcome
{
    int status = 0;
    NetworkFailure failure = NetworkFailure::None; // ApiClient only
    QString code;
    QString action;
    QByteArray retryAfter;
    QByteArray body; // ApiClient: the bytes; CLI: the JSON "body" re-serialised
    int headerCount = 0;
    int exitCode = -1; // CLI only
    bool success = false;
    qint64 elapsedMs = 0;
};

struct Expect
{
    NetworkFailure failure = NetworkFailure::None;
    int status = 0;
    QString code; // empty: a success, no error
    ErrorAction action = ErrorAction::Notice;
    int cliExit = 0;
};

Expect success(int status = 200)
{
    return {NetworkFailure::None, status, {}, ErrorAction::Notice, 0};
}
Expect network(NetworkFailure failure, int cliExit = 2)
{
    return {failure, 0, networkFailureName(failure), ErrorAction::Network, cliExit};
}
// A response whose compressed body could not be decoded: the status is the server's, exit 1.
Expect undecodable(int status = 200)
{
    return {NetworkFailure::UndecodableBody, status, networkFailureName(NetworkFailure::UndecodableBody),
            ErrorAction::Network, 1};
}
Expect httpError(int status, const char *code, ErrorAction action, int cliExit = 1)
{
    return {NetworkFailure::None, status, QString::fromLatin1(code), action, cliExit};
}

struct Fault
{
    const char *name;
    std::function<void(Env &)> setup;
    Expect expect;
    std::optional<Expect> cliExpect =
        std::nullopt; // when the CLI differs (it has no option for the body limit)
    std::function<void(const Env &, const Outcome &)> check = nullptr; // more, per row
    bool apiClientOnly = false;
    qint64 maxBody = BodyLimit;
    int timeoutMs = TimeoutMs; // the transfer timeout (and the hang bound is this + 1 s)
    int designedMs = 0;        // how long the server takes on purpose (a drip): added to the bound
    int maxTimeMs = 0;         // the overall deadline (ApiClient::setMaxTime, --max-time); 0 = none
};

QList<RecordedRequest> apiRequests(const FaultServer &server)
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &request : server.requests()) {
        if (request.target.startsWith("/api"))
            out.append(request);
    }
    return out;
}

Behaviour redirectTo(int status, const QByteArray &location)
{
    return answer(status, {}, {{"Location", location}}, {});
}

void checkRetryAfter(const Outcome &outcome, const QByteArray &raw, std::optional<RetryPolicy::Millis> parsed)
{
    QCOMPARE(outcome.retryAfter, raw);
    const auto now = QDateTime::currentDateTimeUtc();
    const auto got = RetryPolicy::parseRetryAfter(raw, now);
    QCOMPARE(got.has_value(), parsed.has_value());
    if (parsed) // a date in the past gives 0; clamped values give maxRetryAfter
        QCOMPARE(got->count(), parsed->count());
    // Garbage or negative: the client falls back on its own backoff, never "retry at once, forever".
    RetryPolicy policy;
    QVERIFY(policy.delayFor(raw, 1, now).count() >=
            (parsed ? parsed->count() : policy.baseDelay.count() / 2));
}

// One redirect with status `status` on the same origin; the target must see the right method and body.
Fault redirectRule(const char *name, int status)
{
    return Fault{
        name,
        [status](Env &env) {
            env.api->enqueue(redirectTo(status, "/api/target"));
            Behaviour echo;
            echo.respond = [](const RecordedRequest &request) {
                return QList<Behaviour::Segment>{
                    {response(200, "{\"method\":\"" + request.method + "\"}"), 0}};
            };
            env.api->enqueue(echo);
        },
        success(),
        std::nullopt,
        [status](const Env &env, const Outcome &) {
            const QList<RecordedRequest> requests = apiRequests(*env.api);
            QCOMPARE(requests.size(), 2);
            const RecordedRequest &target = requests.at(1);
            QCOMPARE(target.target, QByteArray("/api/target"));
            // RFC 9110 §15.4: 301/302 turn POST into GET (as browsers and curl do), 303 turns anything
            // but HEAD into GET; 307/308 keep method and body.
            const bool keeps = status == 307 || status == 308 || env.method == "GET";
            QCOMPARE(target.method, keeps ? env.method : QByteArray("GET"));
            QCOMPARE(target.body, keeps && env.method == "POST" ? PostBody : QByteArray());
            if (!keeps)
                QVERIFY(!target.hasHeader("Content-Type"));
            // Same origin: the bearer stays.
            QVERIFY(target.header("Authorization").startsWith("Bearer tok-"));
        },
    };
}

void retryAfterRow(QList<Fault> &faults, const char *name, int status, const QByteArray &value,
                   std::optional<RetryPolicy::Millis> parsed)
{
    const QByteArray body = status == 429 ? errorBody("too_many_requests", "Slow down") : QByteArray();
    faults.append(Fault{
        name,
        [status, value, body](Env &env) {
            env.api->enqueue(
                answer(status, body, {{"Retry-After", value}}, body.isEmpty() ? "" : "application/json"));
        },
        httpError(status, status == 429 ? "too_many_requests" : "service_unavailable", ErrorAction::Retry),
        std::nullopt,
        [value, parsed](const Env &, const Outcome &outcome) { checkRetryAfter(outcome, value, parsed); },
    });
}

QList<Fault> buildFaults()
{
    QList<Fault> f;
    const QByteArray okBody = "{\"items\":[1,2,3],\"total\":3}";

    // 1. Nothing listens: the token request is refused, and so would the call be.
    f.append({"refused",
              [](Env &env) {
                  env.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(FaultServer::closedPort()));
              },
              network(NetworkFailure::ConnectionRefused)});
    // 2. A reset before any header byte.
    //    Qt 6.4 sends the request once more on a fresh connection when one dies before any response
    //    byte, whatever the method. ApiClient gives bodies of methods that are not safe a device Qt
    //    cannot rewind, so a POST reaches the server exactly once
    //    (closedKeepAliveConnectionReplaysOnlySafeCalls has the details, and the one POST that may go twice:
    //    token introspection, marked replayable); a GET may go twice, never more.
    f.append({"reset before headers",
              [](Env &env) { env.api->setDefault(FaultServer::reply({}, Then::Reset)); },
              network(NetworkFailure::ConnectionLost), std::nullopt,
              [](const Env &env, const Outcome &) {
                  const QList<RecordedRequest> requests = apiRequests(*env.api);
                  qInfo("%s reached the server %d times", env.method.constData(), int(requests.size()));
                  if (env.method == "POST")
                      QCOMPARE(requests.size(), 1);
                  QVERIFY(requests.size() >= 1 && requests.size() <= 2);
                  for (const RecordedRequest &request : requests)
                      QCOMPARE(request.body, env.method == "POST" ? PostBody : QByteArray());
              }});
    // 3. A reset in the middle of a Content-Length body.
    f.append({"reset mid-body",
              [okBody](Env &env) { env.api->enqueue(FaultServer::truncated(200, okBody, 10, Then::Reset)); },
              network(NetworkFailure::TruncatedBody)});
    // 4. The request is read and never answered.
    f.append({"stalled headers",
              [](Env &env) { env.api->enqueue(FaultServer::stall()); },
              {NetworkFailure::Timeout, 0, QStringLiteral("response_timeout"), ErrorAction::Network, 2}});
    // 5. Headers and half a body, then silence.
    f.append({"stalled body",
              [okBody](Env &env) { env.api->enqueue(FaultServer::truncated(200, okBody, 10, Then::Stall)); },
              network(NetworkFailure::Timeout)});
    // 6. Fewer bytes than Content-Length, then a clean close.
    f.append({"truncated content-length",
              [okBody](Env &env) { env.api->enqueue(FaultServer::truncated(200, okBody, 10)); },
              network(NetworkFailure::TruncatedBody)});
    // 7. A chunk-size line that is not hex: Qt 6.4 takes it for the last chunk and says 200 with an
    //    empty body; ApiClient calls an empty chunked JSON body truncated.
    f.append(
        {"broken chunked framing",
         [](Env &env) { env.api->enqueue(FaultServer::chunked(200, "zz\r\n{\"items\":[]}\r\n0\r\n\r\n")); },
         network(NetworkFailure::TruncatedBody)});
    // 8-9. Content-Length framing RFC 9112 §6.3 calls unrecoverable (Qt 6.4 reads to the close).
    f.append({"negative content-length",
              [okBody](Env &env) {
                  env.api->enqueue(FaultServer::raw(
                      200, {{"Content-Type", "application/json"}, {"Content-Length", "-5"}}, okBody));
              },
              network(NetworkFailure::TruncatedBody)});
    f.append({"duplicate differing content-length",
              [okBody](Env &env) {
                  env.api->enqueue(
                      FaultServer::raw(200,
                                       {{"Content-Type", "application/json"},
                                        {"Content-Length", QByteArray::number(okBody.size())},
                                        {"Content-Length", QByteArray::number(okBody.size() + 7)}},
                                       okBody));
              },
              network(NetworkFailure::TruncatedBody)});
    // 10. Content-Encoding: gzip over bytes that are not gzip: Qt 6.4 fails the reply after the 200 with
    //     UnknownContentError "Decompression failed" and an empty body; ApiClient maps that to
    //     UndecodableBody (it once took the code for an HTTP error status and passed the 200 as success):
    //     the server did answer, so the status stays and the CLI exits 1, not 2 "no response".
    f.append({"invalid gzip",
              [](Env &env) {
                  env.api->setDefault(
                      answer(200, "this is not gzip at all, just text", {{"Content-Encoding", "gzip"}}));
              },
              undecodable()});
    // 11. 1 MB of gzip expanding to 1 GiB (16 concatenated members of 64 MiB of zeros). ApiClient
    //     (limit 32 KiB for this row) stops at its body limit; the CLI (256 MiB limit) meets Qt's own
    //     decompression-bomb check first, which Qt 6.4 reports as UnknownContentError "Decompression
    //     failed" with a partial body (about 900 KB here): UndecodableBody. Either way no success, and
    //     the time bound shows nothing inflated a gigabyte.
    f.append(Fault{.name = "gzip bomb",
                   .setup =
                       [](Env &env) {
                           env.api->setDefault(answer(200, gzipBomb(), {{"Content-Encoding", "gzip"}}));
                       },
                   .expect = network(NetworkFailure::BodyTooLarge),
                   .cliExpect = undecodable(),
                   .maxBody = 32 << 10,
                   .designedMs = 1000}); // inflating up to the limit is CPU work (1.5 s on a loaded box)
    // 12. 1 MB of headers (1,000 fields of 1,000 bytes). Qt 6.4 keeps no header at all of a response
    //     with more than 100 fields (measured: 100 kept, 101 -> none; one 70 KB field is kept) and reads
    //     the body to the close. Without Content-Length or Content-Type nothing vouches for the body,
    //     so ApiClient refuses a header-less response that has a body (NetworkFailure::HeadersTooLarge). Qt
    //     takes about 0.6 ms per header line here and its transfer timer does not restart on header
    //     bytes, so this row gets a 30 s timeout (a bound on the whole header phase): with 500 ms the
    //     outcome would depend on the machine (0.6 s for the lot when idle, 12 s under ASan with the
    //     two cores six times oversubscribed).
    f.append(Fault{.name = "1 MB of headers",
                   .setup =
                       [okBody](Env &env) {
                           Headers headers;
                           for (int i = 0; i < 1000; ++i)
                               headers.append({"X-Pad-" + QByteArray::number(i), QByteArray(990, 'h')});
                           env.api->setDefault(answer(200, okBody, headers));
                       },
                   .expect = network(NetworkFailure::HeadersTooLarge),
                   .timeoutMs = 30000});
    // 13. ... and the false success it hid: 101 small fields, a Content-Length, half the body, close.
    f.append({"101 header fields, body cut short",
              [okBody](Env &env) {
                  Headers headers{{"Content-Type", "application/json"},
                                  {"Content-Length", QByteArray::number(okBody.size())}};
                  for (int i = 0; i < 99; ++i)
                      headers.append({"X-F" + QByteArray::number(i), "v"});
                  env.api->setDefault(FaultServer::raw(200, headers, okBody.left(10)));
              },
              network(NetworkFailure::HeadersTooLarge)});
    // 14. A 204 that sends a body anyway: 204 has no body (RFC 9110 §15.3.5); the bytes are ignored.
    f.append({"204 with a body",
              [](Env &env) {
                  env.api->enqueue(FaultServer::reply(FaultServer::head(204, {{"Content-Length", "11"}}) +
                                                      "{\"x\":true}\n"));
              },
              success(204), std::nullopt,
              [](const Env &env, const Outcome &outcome) {
                  if (!env.cli)
                      QCOMPARE(outcome.body, QByteArray());
                  else
                      QCOMPARE(outcome.body, QByteArray("null"));
              }});
    // 15. A body delimited by the connection closing (valid HTTP/1.1): success, complete.
    f.append({"close-delimited body",
              [okBody](Env &env) {
                  env.api->enqueue(FaultServer::raw(200, {{"Content-Type", "application/json"}}, okBody));
              },
              success(), std::nullopt,
              [okBody](const Env &, const Outcome &outcome) { QCOMPARE(outcome.body, okBody); }});
    // 16. Drip-fed body, 1 byte per 20 ms (64 bytes: 1.26 s, over twice the timeout): a success. The
    //     transfer timeout means "no progress for 500 ms", and every byte is progress; the hang bound
    //     for this row is the drip's own 1.26 s + the timeout + 1 s.
    f.append(Fault{.name = "drip-fed body",
                   .setup =
                       [](Env &env) {
                           const QByteArray body = "{\"items\":[\"" + QByteArray(44, 'd') + "\"],\"n\":1}";
                           Behaviour behaviour = FaultServer::drip(body, 1, 20);
                           behaviour.segments.prepend(
                               {FaultServer::head(200, {{"Content-Type", "application/json"},
                                                        {"Content-Length", QByteArray::number(body.size())},
                                                        {"Connection", "close"}}),
                                0});
                           env.api->enqueue(behaviour);
                       },
                   .expect = success(),
                   .check =
                       [](const Env &, const Outcome &outcome) {
                           QVERIFY2(outcome.elapsedMs >= 1200, "the drip took less than its 1.26 s");
                           QVERIFY(outcome.body.contains("dddd"));
                       },
                   .designedMs = 1260});
    // 16b. Slowloris body (issue 18): a byte every 200 ms, never 500 ms without progress, for 20 s. The
    //      transfer timeout never fires; the overall deadline (1.5 s) ends it as a Timeout.
    f.append(Fault{.name = "slowloris body under an overall deadline",
                   .setup =
                       [](Env &env) {
                           Behaviour behaviour = FaultServer::drip(QByteArray(100, 'd'), 1, 200);
                           behaviour.segments.prepend({FaultServer::head(200, {{"Content-Type", "text/plain"},
                                                                               {"Content-Length", "100"},
                                                                               {"Connection", "close"}}),
                                                       0});
                           env.api->enqueue(behaviour);
                       },
                   .expect = network(NetworkFailure::Timeout),
                   .check =
                       [](const Env &, const Outcome &outcome) {
                           QVERIFY2(outcome.elapsedMs >= 1400, "ended before the overall deadline");
                       },
                   .designedMs = 1500,
                   .maxTimeMs = 1500});
    // 17. Drip-fed headers, 1 byte per 20 ms: Qt 6.4 restarts the transfer timer on body bytes only, so
    //     headers still arriving after 500 ms time out. A defined outcome, and a bound on slowloris.
    f.append({"drip-fed headers",
              [okBody](Env &env) { env.api->enqueue(FaultServer::drip(response(200, okBody), 1, 20)); },
              {NetworkFailure::Timeout, 0, QStringLiteral("response_timeout"), ErrorAction::Network, 2}});
    // 18. Every answer redirects to itself.
    f.append({"redirect loop", [](Env &env) { env.api->setDefault(redirectTo(302, ApiPath)); },
              network(NetworkFailure::TooManyRedirects), std::nullopt,
              [](const Env &env, const Outcome &) { QCOMPARE(apiRequests(*env.api).size(), 11); }});
    // 19. 307 to another origin: the method and body go, the bearer does not.
    f.append({"cross-origin redirect",
              [](Env &env) {
                  env.api->enqueue(
                      redirectTo(307, env.other->url(QStringLiteral("/api/elsewhere")).toEncoded()));
                  env.other->enqueue(answer(200, "{\"elsewhere\":true}"));
              },
              success(), std::nullopt,
              [](const Env &env, const Outcome &) {
                  QCOMPARE(env.other->requests().size(), 1);
                  QCOMPARE(env.other->requests().at(0).method, env.method);
                  QVERIFY(apiRequests(*env.api).at(0).header("Authorization").startsWith("Bearer tok-"));
              }});
    // 20-21. Redirects to schemes we never follow.
    f.append(
        {"redirect to ftp:", [](Env &env) { env.api->enqueue(redirectTo(302, "ftp://127.0.0.1/x.json")); },
         network(NetworkFailure::UnsupportedRedirect)});
    f.append({"redirect to file:", [](Env &env) { env.api->enqueue(redirectTo(301, "file:///etc/passwd")); },
              network(NetworkFailure::UnsupportedRedirect)});
    // 22-26. Method rules.
    f.append(redirectRule("301 method rule", 301));
    f.append(redirectRule("302 method rule", 302));
    f.append(redirectRule("303 method rule", 303));
    f.append(redirectRule("307 method rule", 307));
    f.append(redirectRule("308 method rule", 308));
    // 27. Invalid UTF-8 inside a 200's JSON string: the response is the server's, complete; we keep the
    //     bytes exactly (the viewer shows them raw), we do not make up an error.
    f.append({"invalid UTF-8 in a 200 body",
              [](Env &env) { env.api->enqueue(answer(200, "{\"name\":\"\xff\xfe\xc3\x28\"}")); }, success(),
              std::nullopt,
              [](const Env &env, const Outcome &outcome) {
                  if (!env.cli)
                      QCOMPARE(outcome.body, QByteArray("{\"name\":\"\xff\xfe\xc3\x28\"}"));
              }});
    // 28. Invalid UTF-8 inside an error body: QJsonDocument refuses it, so the code comes from the status.
    f.append({"invalid UTF-8 in an error body",
              [](Env &env) {
                  env.api->enqueue(answer(422, "{\"code\":\"invalid_field\",\"message\":\"\xff\xfe\"}"));
              },
              httpError(422, "invalid_request", ErrorAction::FixRequest)});
    // 29. Nesting over QJsonDocument's 1,024 levels in a 200: a success shown raw, no crash.
    f.append({"JSON nesting 2000 deep (200)",
              [](Env &env) { env.api->enqueue(answer(200, QByteArray(2000, '[') + QByteArray(2000, ']'))); },
              success(), std::nullopt,
              [](const Env &env, const Outcome &outcome) {
                  if (!env.cli)
                      QCOMPARE(outcome.body.size(), 4000);
              }});
    // 30. ... and in an error body: shown as text, the status decides.
    f.append({"JSON nesting 2000 deep (400)",
              [](Env &env) {
                  env.api->enqueue(
                      answer(400, "{\"code\":" + QByteArray(2000, '[') + QByteArray(2000, ']') + "}"));
              },
              httpError(400, "invalid_request", ErrorAction::FixRequest)});
    // 31. A 2 MB body announced by Content-Length: refused from the headers. The CLI has no option for
    //     the limit (256 MiB), so for it the row announces 300 MiB and sends 1 KB.
    f.append({"body over the limit (announced)",
              [](Env &env) {
                  const QByteArray big = "[\"" + QByteArray(2 << 20, 'b') + "\"]";
                  if (env.cli)
                      env.api->enqueue(FaultServer::truncated(200, QByteArray(300 << 20, ' '), 1024));
                  else
                      env.api->enqueue(answer(200, big));
              },
              network(NetworkFailure::BodyTooLarge)});
    // 32. 2 MB chunked (no length to refuse early): aborted when the limit is crossed. For the CLI
    //     (limit 256 MiB) 2 MB is a plain, complete success.
    f.append({"body over the limit (chunked)",
              [](Env &env) {
                  const QByteArray piece = QByteArray(65536, 'c');
                  QByteArray framing;
                  for (int i = 0; i < 32; ++i)
                      framing += "10000\r\n" + piece + "\r\n";
                  env.api->enqueue(FaultServer::chunked(200, framing + "0\r\n\r\n"));
              },
              network(NetworkFailure::BodyTooLarge), success()});
    // 33. The real thing: 100 MB streamed (close-delimited) against a 64 MiB limit, ApiClient only (the
    //     CLI would have to print 100 MB). Must stop at the limit. Moving 64 MiB through loopback takes
    //     time of its own (0.2 s idle, 3 s under ASan on a loaded machine): 3 s are added to the bound.
    f.append(Fault{.name = "100 MB body over a 64 MiB limit",
                   .setup =
                       [](Env &env) {
                           env.api->enqueue(FaultServer::raw(200,
                                                             {{"Content-Type", "application/octet-stream"}},
                                                             QByteArray(100 << 20, 'x')));
                       },
                   .expect = network(NetworkFailure::BodyTooLarge),
                   .apiClientOnly = true,
                   .maxBody = qint64(64) << 20,
                   .designedMs = 3000});
    // 34-41. Retry-After that is garbage, negative, huge or in the past, on 429 and 503.
    retryAfterRow(f, "429 Retry-After garbage", 429, "soon-ish", std::nullopt);
    retryAfterRow(f, "503 Retry-After garbage", 503, "\x01\xff 12", std::nullopt);
    retryAfterRow(f, "429 Retry-After negative", 429, "-30", std::nullopt);
    retryAfterRow(f, "503 Retry-After negative", 503, "-1", std::nullopt);
    retryAfterRow(f, "429 Retry-After huge", 429, "99999999999999999999", RetryPolicy::maxRetryAfter);
    retryAfterRow(f, "503 Retry-After huge", 503, "31536000", RetryPolicy::maxRetryAfter);
    retryAfterRow(f, "429 Retry-After past date", 429, "Wed, 21 Oct 2015 07:28:00 GMT",
                  RetryPolicy::Millis(0));
    retryAfterRow(f, "503 Retry-After past date", 503, "Sun, 06 Nov 1994 08:49:37 GMT",
                  RetryPolicy::Millis(0));
    // 42. 401 after every renewal: renew once, replay once, then relogin. No loop.
    f.append({"401 after every renewal",
              [](Env &env) {
                  env.api->setDefault(answer(401, errorBody("invalid_access_token", "Token is invalid"),
                                             {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}}));
              },
              httpError(401, "invalid_access_token", ErrorAction::Relogin), std::nullopt,
              [](const Env &env, const Outcome &) {
                  QCOMPARE(env.api->requestCount(TokenPath), 2); // sign-in + one renewal
                  const QList<RecordedRequest> requests = apiRequests(*env.api);
                  QCOMPARE(requests.size(), 2); // the call + one replay
                  QCOMPARE(requests.at(0).header("Authorization"), QByteArray("Bearer tok-1"));
                  QCOMPARE(requests.at(1).header("Authorization"), QByteArray("Bearer tok-2"));
              }});
    // 43. A 429 storm: every answer is 429. One call is one request: nothing retries on its own.
    f.append({"429 storm",
              [](Env &env) {
                  env.api->setDefault(answer(429, errorBody("too_many_requests", "Rate limit exceeded"),
                                             {{"Retry-After", "1"}}));
              },
              httpError(429, "too_many_requests", ErrorAction::Retry), std::nullopt,
              [](const Env &env, const Outcome &) {
                  QCOMPARE(apiRequests(*env.api).size(), 1);
                  QCOMPARE(env.api->requestCount(TokenPath), 1);
              }});
    // 44. A proxy's login page (200, text/html) where the token should be: sign-in fails, and the call
    //     must not pass the page off as its own 200.
    f.append({"HTML (200) from the token endpoint",
              [](Env &env) {
                  env.api->setRoute(TokenPath,
                                    answer(200,
                                           "<!DOCTYPE html><html><title>Sign in to the proxy</title></html>",
                                           {}, "text/html"));
              },
              network(NetworkFailure::Other), std::nullopt,
              [](const Env &env, const Outcome &) { QCOMPARE(apiRequests(*env.api).size(), 0); }});
    // 45. A 502 HTML page from the token endpoint: sign-in failed with an HTTP answer (CLI exit 3), retry.
    f.append({"HTML (502) from the token endpoint",
              [](Env &env) {
                  env.api->setRoute(
                      TokenPath,
                      answer(502,
                             "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", {},
                             "text/html"));
              },
              httpError(502, "bad_gateway", ErrorAction::Retry, 3), std::nullopt,
              [](const Env &env, const Outcome &) { QCOMPARE(apiRequests(*env.api).size(), 0); }});
    // 46-48. Wrong Content-Type: JSON labelled text/plain (success and error), error JSON labelled text/html.
    f.append({"JSON labelled text/plain (200)",
              [okBody](Env &env) { env.api->enqueue(answer(200, okBody, {}, "text/plain")); }, success(),
              std::nullopt,
              [okBody](const Env &env, const Outcome &outcome) {
                  if (!env.cli)
                      QCOMPARE(outcome.body, okBody);
              }});
    f.append({"error JSON labelled text/plain",
              [](Env &env) {
                  env.api->enqueue(
                      answer(400, errorBody("invalid_field", "name is too long"), {}, "text/plain"));
              },
              httpError(400, "invalid_field", ErrorAction::FixRequest)});
    f.append({"error JSON labelled text/html",
              [](Env &env) {
                  env.api->enqueue(
                      answer(404, errorBody("asset_not_found", "No such asset"), {}, "text/html"));
              },
              httpError(404, "asset_not_found", ErrorAction::NotFound)});
    // 49. An empty 500.
    f.append({"empty 500", [](Env &env) { env.api->enqueue(answer(500, {}, {}, {})); },
              httpError(500, "internal_error", ErrorAction::Retry)});
    // 50. A proxy's 502 page.
    f.append({"502 HTML from a proxy",
              [](Env &env) {
                  env.api->enqueue(answer(502,
                                          "<html><body><h1>502 Bad Gateway</h1><hr>nginx/1.22</body></html>",
                                          {}, "text/html"));
              },
              httpError(502, "bad_gateway", ErrorAction::Retry)});
    // 51. An HTTP/1.0 answer, no Content-Length, body to the close: valid, a success.
    f.append({"HTTP/1.0 response",
              [okBody](Env &env) {
                  env.api->enqueue(FaultServer::reply(
                      "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + okBody));
              },
              success(), std::nullopt,
              [okBody](const Env &env, const Outcome &outcome) {
                  if (!env.cli)
                      QCOMPARE(outcome.body, okBody);
              }});
    // 52. A status line that is not HTTP at all (something else listens on the port).
    f.append({"status line garbage",
              [](Env &env) {
                  env.api->setDefault(FaultServer::reply("SSH-2.0-OpenSSH_9.2p1 Debian\r\nbanana\r\n\r\n"));
              },
              network(NetworkFailure::ConnectionLost), std::nullopt,
              [](const Env &env, const Outcome &) {
                  // Qt 6.4 takes it for a dead connection and tries up to 4 times in all (measured).
                  const int attempts = int(apiRequests(*env.api).size());
                  qInfo("%s reached the server %d times", env.method.constData(), attempts);
                  QVERIFY(attempts >= 1 && attempts <= 4);
              }});
    return f;
}

const QList<Fault> &faults()
{
    static const QList<Fault> all = buildFaults();
    return all;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void apiClient_data() { rows(false); }
    void apiClient();
    void cli_data() { rows(true); }
    void cli();
    void concurrent401CauseOneTokenRequest();
    void concurrent401AfterEveryRenewalStop();
    void concurrent429StormIsNotRetried();
    void qtReplaysABufferedPost();
    void closedKeepAliveConnectionReplaysOnlySafeCalls_data();
    void closedKeepAliveConnectionReplaysOnlySafeCalls();

private:
    void rows(bool cli);
    void prepare(Env &env, FaultServer &api, FaultServer &other, bool cli);
    void verify(const Fault &fault, const Env &env, const Outcome &outcome);
    QString m_cli;
    qint64 m_launchMs = 0; // twice the slowest of three `connect-cli --version` runs
};

void TestFaultMatrix::initTestCase()
{
    m_cli = qEnvironmentVariable("CONNECT_CLI");
    QVERIFY2(QFileInfo::exists(m_cli), "CONNECT_CLI must name the connect-cli executable");
    QVERIFY(faults().size() >= 30);
    for (int i = 0; i < 3; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(m_cli, {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        m_launchMs = qMax(m_launchMs, 2 * timer.elapsed());
    }
    qInfo("connect-cli starts and exits in %lld ms here (x2)", m_launchMs);
    (void)gzipBomb(); // built once, outside every row's clock
}

void TestFaultMatrix::rows(bool cli)
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("method");
    for (int i = 0; i < faults().size(); ++i) {
        if (cli && faults().at(i).apiClientOnly)
            continue;
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")})
            QTest::addRow("%s %s", faults().at(i).name, method.constData()) << i << method;
    }
}

void TestFaultMatrix::prepare(Env &env, FaultServer &api, FaultServer &other, bool cli)
{
    env.api = &api;
    env.other = &other;
    env.baseUrl = api.baseUrl();
    env.cli = cli;
    api.setRoute(TokenPath, tokenEndpoint());
}

void TestFaultMatrix::verify(const Fault &fault, const Env &env, const Outcome &outcome)
{
    const Expect expect = env.cli && fault.cliExpect ? *fault.cliExpect : fault.expect;
    const bool expectSuccess = expect.failure == NetworkFailure::None && expect.code.isEmpty();

    // No hang: everything ends within the transfer timeout + 1 s.
    // For connect-cli, the time to start a process on this machine (measured in initTestCase) is not
    // the client hanging.
    const qint64 launchMs = env.cli ? m_launchMs : 0;
    QVERIFY2(outcome.elapsedMs <= launchMs + fault.designedMs + fault.timeoutMs + HangSlackMs,
             qPrintable(QStringLiteral("took %1 ms").arg(outcome.elapsedMs)));
    // No false success.
    QCOMPARE(outcome.success, expectSuccess);
    if (!env.cli)
        QCOMPARE(outcome.failure, expect.failure);
    else
        QCOMPARE(outcome.exitCode, expect.cliExit);
    // connect-cli's JSON keeps the status line it saw even when the body then failed (a 200 before a
    // truncation); the exit code and error say the rest.
    if (!env.cli || expect.failure == NetworkFailure::None)
        QCOMPARE(outcome.status, expect.status);
    QCOMPARE(outcome.code, expect.code);
    if (!expect.code.isEmpty())
        QCOMPARE(outcome.action, ErrorCatalog::actionName(expect.action));
    else
        QCOMPARE(outcome.action, QString());

    // No credentials seen by another origin, whatever the row.
    for (const RecordedRequest &request : env.other->requests()) {
        QVERIFY2(!request.hasHeader("Authorization"), request.header("Authorization").constData());
        QVERIFY(!request.hasHeader("Cookie"));
        QVERIFY(!request.body.contains("secret"));
    }
    if (fault.check)
        fault.check(env, outcome);
}

void TestFaultMatrix::apiClient()
{
    QFETCH(int, index);
    QFETCH(QByteArray, method);
    const Fault &fault = faults().at(index);

    FaultServer api;
    FaultServer other;
    Env env;
    env.method = method;
    prepare(env, api, other, false);
    fault.setup(env);

    ApiClient client;
    client.setBaseUrl(env.baseUrl);
    client.setTransferTimeout(std::chrono::milliseconds(fault.timeoutMs));
    client.setMaxBodyBytes(fault.maxBody);
    client.setMaxTime(std::chrono::milliseconds(fault.maxTimeMs));
    Session session(&client);
    session.setCredentials(QStringLiteral("fault-client"), QStringLiteral("fault-secret"));
    client.setSession(&session);

    ApiRequest request;
    request.method = method;
    request.path = QString::fromLatin1(ApiPath);
    if (method == "POST")
        request.body = PostBody;

    QElapsedTimer timer;
    timer.start();
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(fault.designedMs + fault.timeoutMs + HangSlackMs + 2000));
    Outcome outcome;
    outcome.elapsedMs = timer.elapsed();
    QTest::qWait(20); // anything that would still arrive (a second finished(), a late request)
    QCOMPARE(finished.size(), 1);

    const ApiResponse &response = call->response();
    const ApiError error = ApiError::fromResponse(response);
    qInfo("status %d, %d body bytes, failure %s (%s), %lld ms, %d API requests", response.status,
          int(response.body.size()), qPrintable(networkFailureName(response.failure)),
          qPrintable(response.failureDetail.left(120)), timer.elapsed(), int(apiRequests(api).size()));
    outcome.status = response.hasHttpResponse() ? response.status : 0;
    outcome.failure = response.failure;
    outcome.success = response.isSuccess();
    QCOMPARE(error.isError(), !outcome.success);
    if (error.isError()) {
        outcome.code = error.code;
        outcome.action = ErrorCatalog::actionName(ErrorCatalog::decide(error).action);
    }
    outcome.retryAfter = error.retryAfter;
    outcome.body = response.body;
    outcome.headerCount = int(response.headers.size());
    verify(fault, env, outcome);
}

void TestFaultMatrix::cli()
{
    QFETCH(int, index);
    QFETCH(QByteArray, method);
    const Fault &fault = faults().at(index);

    FaultServer api;
    FaultServer other;
    Env env;
    env.method = method;
    prepare(env, api, other, true);
    fault.setup(env);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONNECT_CLIENT_SECRET"), QStringLiteral("fault-secret"));
    process.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("call"),         QString::fromLatin1(method),
                          QString::fromLatin1(ApiPath),   QStringLiteral("--base-url"),
                          env.baseUrl.toString(),         QStringLiteral("--client-id"),
                          QStringLiteral("fault-client"), QStringLiteral("--json"),
                          QStringLiteral("--timeout"),    QString::number(fault.timeoutMs / 1000.0)};
    if (method == "POST")
        arguments << QStringLiteral("--data") << QString::fromLatin1(PostBody);
    if (fault.maxTimeMs > 0)
        arguments << QStringLiteral("--max-time") << QString::number(fault.maxTimeMs / 1000.0);

    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(m_cli, arguments);
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    const bool ended = finished.wait(m_launchMs + fault.designedMs + fault.timeoutMs + HangSlackMs + 5000);
    Outcome outcome;
    outcome.elapsedMs = timer.elapsed();
    if (!ended) {
        process.kill();
        process.waitForFinished(2000);
        QFAIL("connect-cli hung");
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // no crash
    outcome.exitCode = process.exitCode();
    const QByteArray out = process.readAllStandardOutput();
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError,
             qPrintable(parseError.errorString() + QLatin1Char(' ') + QString::fromUtf8(out.left(300)) +
                        QString::fromUtf8(process.readAllStandardError().left(300))));
    outcome.status = json.value(QLatin1String("status")).toInt(0);
    const QJsonValue error = json.value(QLatin1String("error"));
    outcome.success = outcome.exitCode == 0;
    QCOMPARE(error.isNull(), outcome.success); // exit 0 exactly when there is no error
    outcome.code = error.toObject().value(QLatin1String("code")).toString();
    outcome.action = error.toObject().value(QLatin1String("action")).toString();
    outcome.retryAfter = error.toObject().value(QLatin1String("retry_after")).toString().toLatin1();
    const QJsonValue body = json.value(QLatin1String("body"));
    outcome.body = body.isNull() ? QByteArray("null")
                   : body.isString()
                       ? body.toString().toUtf8()
                       : QJsonDocument::fromVariant(body.toVariant()).toJson(QJsonDocument::Compact);
    outcome.headerCount = int(json.value(QLatin1String("headers")).toObject().size());
    // The secret never shows in what the CLI prints.
    QVERIFY(!out.contains("fault-secret"));
    verify(fault, env, outcome);
}

// 100 requests in flight, all answered 401 for the first token: exactly one token request renews it
// for all of them, and every replay succeeds with the new token.
void TestFaultMatrix::concurrent401CauseOneTokenRequest()
{
    FaultServer api;
    api.setRoute(TokenPath, tokenEndpoint());
    Behaviour byToken;
    byToken.respond = [](const RecordedRequest &request) {
        const bool fresh = request.header("Authorization") == "Bearer tok-2";
        return QList<Behaviour::Segment>{
            {fresh ? response(200, "{\"ok\":true}")
                   : response(401, errorBody("expired_access_token", "Token expired"),
                              {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}}),
             0}};
    };
    api.setDefault(byToken);

    ApiClient client;
    client.setBaseUrl(api.baseUrl());
    client.setTransferTimeout(std::chrono::milliseconds(5000));
    Session session(&client);
    session.setCredentials(QStringLiteral("c"), QStringLiteral("s"));
    client.setSession(&session);
    session.signIn();
    QTRY_COMPARE(session.state(), Session::State::SignedIn);
    QCOMPARE(session.accessToken(), QByteArray("tok-1"));

    QList<ApiCall *> calls;
    for (int i = 0; i < 100; ++i) {
        ApiRequest request;
        request.method = i % 2 ? "POST" : "GET";
        request.path = QStringLiteral("/api/item/%1").arg(i);
        if (i % 2)
            request.body = PostBody;
        calls.append(client.send(request));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(calls.cbegin(), calls.cend(), [](ApiCall *c) { return c->isFinished(); }), 20000);
    QCOMPARE(api.requestCount(TokenPath), 2); // the sign-in and exactly one renewal
    QCOMPARE(session.tokenRequestCount(), 2);
    for (ApiCall *call : std::as_const(calls)) {
        QVERIFY(call->response().isSuccess());
        QVERIFY(call->wasReplayedAfterRenewal());
    }
    QCOMPARE(apiRequests(api).size(), 200);
}

// The same 100, but the API refuses every token: one renewal, one replay each, then relogin for all.
void TestFaultMatrix::concurrent401AfterEveryRenewalStop()
{
    FaultServer api;
    api.setRoute(TokenPath, tokenEndpoint());
    api.setDefault(answer(401, errorBody("revoked_access_token", "Token revoked")));

    ApiClient client;
    client.setBaseUrl(api.baseUrl());
    client.setTransferTimeout(std::chrono::milliseconds(5000));
    Session session(&client);
    session.setCredentials(QStringLiteral("c"), QStringLiteral("s"));
    client.setSession(&session);

    QList<ApiCall *> calls;
    for (int i = 0; i < 100; ++i) {
        ApiRequest request;
        request.path = QStringLiteral("/api/item/%1").arg(i);
        calls.append(client.send(request));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(calls.cbegin(), calls.cend(), [](ApiCall *c) { return c->isFinished(); }), 20000);
    QTest::qWait(100);
    QCOMPARE(api.requestCount(TokenPath), 2); // sign-in (shared by all 100) + one renewal
    QCOMPARE(apiRequests(api).size(), 200);   // each call once, each replay once; no loop
    for (ApiCall *call : std::as_const(calls)) {
        QCOMPARE(call->response().status, 401);
        const ErrorInfo info = ErrorCatalog::decide(ApiError::fromResponse(call->response()));
        QCOMPARE(info.action, ErrorAction::Relogin);
    }
}

// 50 calls into a 429 storm: 50 requests reach the server, no more (no automatic retry, no stampede).
void TestFaultMatrix::concurrent429StormIsNotRetried()
{
    FaultServer api;
    api.setRoute(TokenPath, tokenEndpoint());
    api.setDefault(
        answer(429, errorBody("too_many_requests", "Rate limit exceeded"), {{"Retry-After", "0"}}));
    ApiClient client;
    client.setBaseUrl(api.baseUrl());
    Session session(&client);
    session.setCredentials(QStringLiteral("c"), QStringLiteral("s"));
    client.setSession(&session);
    QList<ApiCall *> calls;
    for (int i = 0; i < 50; ++i) {
        ApiRequest request;
        request.path = QStringLiteral("/api/item/%1").arg(i);
        calls.append(client.send(request));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(calls.cbegin(), calls.cend(), [](ApiCall *c) { return c->isFinished(); }), 20000);
    QTest::qWait(200);
    QCOMPARE(apiRequests(api).size(), 50);
    QCOMPARE(api.requestCount(TokenPath), 1);
    for (ApiCall *call : std::as_const(calls)) {
        QCOMPARE(call->response().status, 429);
        QCOMPARE(ErrorCatalog::decide(ApiError::fromResponse(call->response())).action, ErrorAction::Retry);
    }
}

namespace {

// A server whose first request gets a keep-alive answer, whose second is read and then met with `then`
// (a FIN or a reset) before any response byte, and whose later requests get a plain 200.
void scriptDeadKeepAlive(FaultServer &server, Then then)
{
    server.enqueue(FaultServer::reply(FaultServer::http(200, "{\"warm\":true}"), Then::KeepAlive));
    server.enqueue(FaultServer::reply({}, then));
}

} // namespace

// The control for the next test: through QNetworkAccessManager alone (a buffered QByteArray body),
// Qt 6.4 sends a POST again on a fresh connection when the keep-alive one dies before the response.
void TestFaultMatrix::qtReplaysABufferedPost()
{
    FaultServer server;
    scriptDeadKeepAlive(server, Then::Close);
    QNetworkAccessManager nam;
    QNetworkReply *warm = nam.get(QNetworkRequest(server.url(QStringLiteral("/api/warm"))));
    QTRY_VERIFY_WITH_TIMEOUT(warm->isFinished(), 5000);
    QCOMPARE(warm->error(), QNetworkReply::NoError);
    QNetworkRequest request(server.url(QStringLiteral("/api/charge")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *post = nam.post(request, PostBody);
    QTRY_VERIFY_WITH_TIMEOUT(post->isFinished(), 5000);
    QTest::qWait(100);
    const int received = server.requestCount("/api/charge");
    qInfo("Qt alone: the POST reached the server %d times (%s)", received, qPrintable(post->errorString()));
    QCOMPARE(server.requests().at(1).connection, 1); // the warm connection was reused
    // Qt 6.4 sends it twice; should a later Qt stop, ApiClient's guard below is merely redundant.
    if (received < 2)
        qWarning("This Qt no longer replays a POST whose connection died: update ApiClient.cpp's comment");
    QVERIFY(received >= 1 && received <= 4);
    delete warm;
    delete post;
}

void TestFaultMatrix::closedKeepAliveConnectionReplaysOnlySafeCalls_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Then>("then");
    QTest::addColumn<bool>("replayable"); // ApiRequest::replayable
    QTest::newRow("POST, FIN") << QByteArray("POST") << PostBody << Then::Close << false;
    QTest::newRow("POST, reset") << QByteArray("POST") << PostBody << Then::Reset << false;
    QTest::newRow("POST without body, FIN") << QByteArray("POST") << QByteArray() << Then::Close << false;
    QTest::newRow("PATCH, FIN") << QByteArray("PATCH") << PostBody << Then::Close << false;
    QTest::newRow("PUT, FIN") << QByteArray("PUT") << PostBody << Then::Close << false;
    QTest::newRow("DELETE, FIN") << QByteArray("DELETE") << QByteArray() << Then::Close << false;
    QTest::newRow("DELETE, reset") << QByteArray("DELETE") << QByteArray() << Then::Reset << false;
    QTest::newRow("GET, FIN") << QByteArray("GET") << QByteArray() << Then::Close << false;
    QTest::newRow("GET, reset") << QByteArray("GET") << QByteArray() << Then::Reset << false;

    // A POST that only reads (RFC 7662 introspection) is marked replayable: Qt sends it again on a
    // fresh connection, where it succeeds.
    QTest::newRow("POST marked replayable, FIN") << QByteArray("POST") << PostBody << Then::Close << true;
}

// A keep-alive connection closed right after the request arrived, before any response byte: a method
// that is not safe reaches the server exactly once and ends with a defined ConnectionLost that says
// the request may have been applied; a GET may be sent once more (and then succeeds); a request marked
// replayable is sent once more on a fresh connection and succeeds.
void TestFaultMatrix::closedKeepAliveConnectionReplaysOnlySafeCalls()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(Then, then);
    QFETCH(bool, replayable);

    FaultServer server;
    scriptDeadKeepAlive(server, then);
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setTransferTimeout(std::chrono::milliseconds(5000));

    ApiRequest warm;
    warm.path = QStringLiteral("/api/warm");
    warm.authenticated = false;
    ApiCall *warmCall = client.send(warm);
    QTRY_VERIFY_WITH_TIMEOUT(warmCall->isFinished(), 5000);
    QVERIFY(warmCall->response().isSuccess());

    ApiRequest request;
    request.method = method;
    request.path = QStringLiteral("/api/charge");
    request.body = body;
    request.authenticated = false;
    request.replayable = replayable;
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(5000));
    QTest::qWait(200); // a replay would arrive now
    QCOMPARE(finished.size(), 1);

    const QList<RecordedRequest> requests = apiRequests(server);
    const int received = server.requestCount("/api/charge");
    const ApiResponse &response = call->response();
    qInfo("%s reached the server %d times: status %d, failure %s (%s)", method.constData(), received,
          response.status, qPrintable(networkFailureName(response.failure)),
          qPrintable(response.failureDetail));
    QVERIFY(requests.size() >= 2);
    QCOMPARE(requests.at(1).connection, 1); // sent on the reused keep-alive connection
    QCOMPARE(requests.at(1).method, method);
    QCOMPARE(requests.at(1).body, body);
    if (method != "GET")
        QCOMPARE(requests.at(1).header("Content-Length"), QByteArray::number(body.size()));

    if (replayable) {
        QCOMPARE(received, 2);
        QCOMPARE(requests.at(2).connection, 2); // sent again on a fresh one
        QVERIFY(requests.at(2).body == body);
        QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
        QCOMPARE(response.body, QByteArray("{\"ok\":true}")); // the server's default answer
    } else if (method == "GET") {
        QVERIFY(received >= 1 && received <= 2);
        if (received == 2)
            QVERIFY(response.isSuccess()); // Qt's replay on a fresh connection got the 200
        else
            QCOMPARE(response.failure, NetworkFailure::ConnectionLost);
    } else {
        QCOMPARE(received, 1);
        QVERIFY(!response.isSuccess());
        QCOMPARE(response.status, 0);
        QCOMPARE(response.failure, NetworkFailure::ConnectionLost);
        QVERIFY2(response.failureDetail.contains(QLatin1String("may or may not have been applied")),
                 qPrintable(response.failureDetail));
        const ApiError error = ApiError::fromResponse(response);
        QCOMPARE(error.code, QStringLiteral("connection_lost"));
        QCOMPARE(ErrorCatalog::decide(error).action, ErrorAction::Network);
    }

    // The client is not left broken: the next request goes out on a new connection and succeeds.
    ApiRequest after;
    after.path = QStringLiteral("/api/after");
    after.authenticated = false;
    ApiCall *afterCall = client.send(after);
    QTRY_VERIFY_WITH_TIMEOUT(afterCall->isFinished(), 5000);
    QVERIFY(afterCall->response().isSuccess());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
