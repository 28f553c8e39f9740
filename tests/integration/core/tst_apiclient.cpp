// ApiClient against real loopback sockets: a raw FaultServer that misbehaves on purpose (redirects,
// stalls, cut bodies, broken framing, resets) — the cases QtHttpServer cannot produce.
#include "FaultServer.h"
#include "Gzip.h"
#include "auth/Session.h"
#include "net/ApiClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <array>

using namespace std::chrono_literals;
using cx::ApiCall;
using cx::ApiClient;
using cx::ApiRequest;
using cx::ApiResponse;
using cx::NetworkFailure;
using cx::test::Behaviour;
using cx::test::FaultServer;

Q_DECLARE_METATYPE(cx::NetworkFailure)
Q_DECLARE_METATYPE(cx::test::Behaviour)

namespace {

ApiRequest get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    request.authenticated = false;
    return request;
}

// Sends and waits for finished(); checks it is emitted exactly once.
ApiResponse run(ApiClient &client, const ApiRequest &request, int waitMs = 10000, ApiCall **callOut = nullptr)
{
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(waitMs))
        qWarning("call did not finish within %d ms", waitMs);
    QTest::qWait(20); // a second finished() would show up here
    if (finished.size() != 1)
        qWarning("finished() emitted %d times", int(finished.size()));
    if (callOut)
        *callOut = call;
    return call->response();
}

// A JSON body of at least `bytes` bytes whose strings hold brackets and escaped quotes, so a scan that
// loses its place at a read boundary sees the document end too early or never.
QByteArray bigJson(qsizetype bytes)
{
    const QByteArray item = R"({"text":"brackets ]}[{ and an escaped quote \" inside","n":[1,{"m":[]}]})";
    QByteArray body = "{\"items\":[";
    body.reserve(bytes + item.size() + 8);
    for (bool first = true; body.size() < bytes; first = false) {
        if (!first)
            body += ',';
        body += item;
    }
    return body + "]}\n";
}

// Chunked framing of `body` in chunks of `chunk` bytes, with the last (0) chunk.
QByteArray chunkedFraming(const QByteArray &body, qsizetype chunk)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += chunk) {
        const QByteArray piece = body.mid(at, chunk);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    return out + "0\r\n\r\n";
}

// Fast compression: these bodies are megabytes.
QByteArray gzip(const QByteArray &data)
{
    return cx::test::gzip(data, 1);
}

QByteArray tokenBody(const QByteArray &token, int expiresIn = 3600)
{
    return "{\"success\":true,\"token\":{\"token_type\":\"Bearer\",\"expires_in\":" +
           QByteArray::number(expiresIn) + ",\"access_token\":\"" + token + "\"}}";
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_client = std::make_unique<ApiClient>();
        m_client->setTransferTimeout(2000ms);
    }
    void cleanup() { m_client.reset(); }

    void buildsRequest();
    void successIsComplete();
    void crossOriginRedirectDropsAuthorization_data();
    void crossOriginRedirectDropsAuthorization();
    void crossOriginRedirectDropsSessionBearer();
    void sameOriginRedirectKeepsAuthorization();
    void redirectMethodRules_data();
    void redirectMethodRules();
    void redirectLoop();
    void sensitiveBodyStaysOnOrigin();
    void redirectToOtherScheme_data();
    void redirectToOtherScheme();
    void stalledServerTimesOut();
    void stalledMidBodyTimesOut();
    void slowButSteadyIsNoTimeout();
    void tricklingHeaders();
    void damagedFraming_data();
    void damagedFraming();
    void chunkedWithoutLastChunkIsInvisible();
    void validFramingIsSuccess_data();
    void validFramingIsSuccess();
    void largeBodyArrivesWhole_data();
    void largeBodyArrivesWhole();
    void largeBodyCutOff_data();
    void largeBodyCutOff();
    void jsonEndScanIgnoresReadBoundaries_data();
    void jsonEndScanIgnoresReadBoundaries();
    void connectionRefused();
    void closedBeforeAnswer();
    void uploadsEveryBodyExactlyOnce_data();
    void uploadsEveryBodyExactlyOnce();
    void bigBodyFollows307();
    void hostNotFound();
    void tlsHandshakeFailure();
    void cancelWhileWaitingForToken();
    void bodyOverLimit_data();
    void bodyOverLimit();
    void announcedLengthIsNotTakenOnTrust();
    void cancelWhileStalled();
    void cancelBeforeStart();
    void downloadProgress();
    void deleteCallWhileRunning();
    void destroyClientWhileRunning();
    void renewOnceOn401();
    void signInFailureFinishesWithTokenResponse();
    void renewalFailureFinishesWithTokenResponse();
    void ownAuthorizationHeaderIsNotReplaced();

private:
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClient::buildsRequest()
{
    FaultServer server;
    m_client->setBaseUrl(server.url(QStringLiteral("/base/")));
    ApiRequest request = get(QStringLiteral("/api/templates/a b"));
    request.method = "POST";
    request.query = {{QStringLiteral("q"), QStringLiteral("a+b c&d=e/ü")},
                     {QStringLiteral("page"), QStringLiteral("2")}};
    request.body = "{\"x\":1}";
    const ApiResponse response = run(*m_client, request);
    QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
    QCOMPARE(server.requests().size(), 1);
    const auto &seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.target, QByteArray("/base/api/templates/a%20b?q=a%2Bb%20c%26d%3De%2F%C3%BC&page=2"));
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
    QVERIFY(seen.header("User-Agent").startsWith("ConnectExplorer/"));
    QCOMPARE(seen.body, QByteArray("{\"x\":1}"));
    QVERIFY(!seen.hasHeader("Authorization"));
}

void TestApiClient::successIsComplete()
{
    FaultServer server;
    server.enqueue(
        FaultServer::reply(FaultServer::http(200, "{\"a\":1}", {{"X-Test", "one"}, {"X-Test", "two"}})));
    m_client->setBaseUrl(server.baseUrl());
    const ApiResponse response = run(*m_client, get(QStringLiteral("/x")));
    QVERIFY(response.isSuccess());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.reason, QByteArray("OK"));
    QCOMPARE(response.body, QByteArray("{\"a\":1}"));
    // Qt joins repeated headers into one pair ("one, two").
    QVERIFY(response.header("x-test").startsWith("one"));
    QCOMPARE(response.url, server.url(QStringLiteral("/x")));
    QCOMPARE(response.redirectCount, 0);
    QVERIFY(response.elapsedMs >= 0);
}

void TestApiClient::crossOriginRedirectDropsAuthorization_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("303") << 303;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

// Qt 6.4 would carry Authorization along; we must not. Also not when the chain comes back.
void TestApiClient::crossOriginRedirectDropsAuthorization()
{
    QFETCH(int, status);
    FaultServer first;
    FaultServer other;
    first.enqueue(FaultServer::redirect(status, other.url(QStringLiteral("/elsewhere")).toEncoded()));
    other.enqueue(FaultServer::redirect(status, first.url(QStringLiteral("/back")).toEncoded()));
    first.enqueue(FaultServer::ok());
    m_client->setBaseUrl(first.baseUrl());
    ApiRequest request = get(QStringLiteral("/start"));
    request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer secret-token")));
    request.headers.append(qMakePair(QByteArray("Cookie"), QByteArray("session=abc")));
    request.headers.append(qMakePair(QByteArray("X-Trace"), QByteArray("kept")));
    const ApiResponse response = run(*m_client, request);
    QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
    QCOMPARE(response.redirectCount, 2);
    QVERIFY(!other.requests().at(0).hasHeader("Cookie"));
    QCOMPARE(other.requests().at(0).header("X-Trace"), QByteArray("kept"));
    QCOMPARE(first.requests().at(0).header("Cookie"), QByteArray("session=abc"));
    QCOMPARE(response.url, first.url(QStringLiteral("/back")));
    QCOMPARE(first.requests().size(), 2);
    QCOMPARE(other.requests().size(), 1);
    QCOMPARE(first.requests().at(0).header("Authorization"), QByteArray("Bearer secret-token"));
    QVERIFY(!other.requests().at(0).hasHeader("Authorization"));
    QVERIFY2(!first.requests().at(1).hasHeader("Authorization"),
             "credentials came back after leaving the origin");
}

void TestApiClient::crossOriginRedirectDropsSessionBearer()
{
    FaultServer api;
    FaultServer other;
    api.enqueue(FaultServer::reply(FaultServer::http(200, tokenBody("tok-1"))));
    api.enqueue(FaultServer::redirect(302, other.url(QStringLiteral("/x")).toEncoded()));
    m_client->setBaseUrl(api.baseUrl());
    cx::Session session(m_client.get());
    session.setCredentials(QStringLiteral("id"), QStringLiteral("secret"));
    m_client->setSession(&session);
    ApiRequest request = get(QStringLiteral("/api/templates"));
    request.authenticated = true;
    const ApiResponse response = run(*m_client, request);
    QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
    QCOMPARE(api.requests().size(), 2);
    QCOMPARE(api.requests().at(1).header("Authorization"), QByteArray("Bearer tok-1"));
    QCOMPARE(other.requests().size(), 1);
    QVERIFY(!other.requests().at(0).hasHeader("Authorization"));
    QVERIFY(!other.requests().at(0).target.contains("tok-1"));
}

void TestApiClient::sameOriginRedirectKeepsAuthorization()
{
    FaultServer server;
    server.enqueue(FaultServer::redirect(307, "/moved")); // relative Location
    server.enqueue(FaultServer::ok());
    m_client->setBaseUrl(server.baseUrl());
    ApiRequest request = get(QStringLiteral("/start"));
    request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer secret-token")));
    const ApiResponse response = run(*m_client, request);
    QVERIFY(response.isSuccess());
    QCOMPARE(response.redirectCount, 1);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).target, QByteArray("/moved"));
    QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer secret-token"));
}

void TestApiClient::redirectMethodRules_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expectedMethod");
    QTest::addColumn<bool>("keepsBody");
    QTest::newRow("POST 301") << QByteArray("POST") << 301 << QByteArray("GET") << false;
    QTest::newRow("POST 302") << QByteArray("POST") << 302 << QByteArray("GET") << false;
    QTest::newRow("POST 303") << QByteArray("POST") << 303 << QByteArray("GET") << false;
    QTest::newRow("PUT 303") << QByteArray("PUT") << 303 << QByteArray("GET") << false;
    QTest::newRow("POST 307") << QByteArray("POST") << 307 << QByteArray("POST") << true;
    QTest::newRow("POST 308") << QByteArray("POST") << 308 << QByteArray("POST") << true;
    QTest::newRow("PUT 302") << QByteArray("PUT") << 302 << QByteArray("PUT") << true;
    QTest::newRow("DELETE 307") << QByteArray("DELETE") << 307 << QByteArray("DELETE") << false;
}

void TestApiClient::redirectMethodRules()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QByteArray, expectedMethod);
    QFETCH(bool, keepsBody);
    FaultServer server;
    server.enqueue(FaultServer::redirect(status, "/next"));
    server.enqueue(FaultServer::ok());
    m_client->setBaseUrl(server.baseUrl());
    ApiRequest request = get(QStringLiteral("/first"));
    request.method = method;
    if (method != "DELETE")
        request.body = "{\"name\":\"x\"}";
    const ApiResponse response = run(*m_client, request);
    QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
    QCOMPARE(server.requests().size(), 2);
    const auto &second = server.requests().at(1);
    QCOMPARE(second.method, expectedMethod);
    if (keepsBody) {
        QCOMPARE(second.body, QByteArray("{\"name\":\"x\"}"));
        QCOMPARE(second.header("Content-Type"), QByteArray("application/json"));
    } else {
        QVERIFY(second.body.isEmpty());
        QVERIFY(!second.hasHeader("Content-Type"));
    }
}

void TestApiClient::redirectLoop()
{
    FaultServer server;
    server.setDefault(FaultServer::redirect(302, "/loop"));
    m_client->setBaseUrl(server.baseUrl());
    m_client->setMaxRedirects(5);
    const ApiResponse response = run(*m_client, get(QStringLiteral("/loop")));
    QCOMPARE(response.failure, NetworkFailure::TooManyRedirects);
    QVERIFY(!response.isSuccess());
    QCOMPARE(server.requests().size(), 6); // the first request and 5 redirects
}

// The token request's body holds the client secret: a 307 to another origin must not get it.
void TestApiClient::sensitiveBodyStaysOnOrigin()
{
    FaultServer api;
    FaultServer other;
    api.enqueue(FaultServer::redirect(307, other.url(QStringLiteral("/oauth/access-token")).toEncoded()));
    m_client->setBaseUrl(api.baseUrl());
    cx::Session session(m_client.get());
    session.setCredentials(QStringLiteral("id"), QStringLiteral("the-secret"));
    QSignalSpy failed(&session, &cx::Session::signInFailed);
    session.signIn();
    QVERIFY(failed.wait(5000));
    QCOMPARE(session.lastTokenResponse().failure, NetworkFailure::UnsupportedRedirect);
    QCOMPARE(other.requests().size(), 0);
    QVERIFY(api.requests().first().body.contains("the-secret"));
}

void TestApiClient::redirectToOtherScheme_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("ftp") << QByteArray("ftp://127.0.0.1/file.json");
    QTest::newRow("file") << QByteArray("file:///etc/passwd");
    QTest::newRow("data") << QByteArray("data:application/json,{}");
}

void TestApiClient::redirectToOtherScheme()
{
    QFETCH(QByteArray, location);
    FaultServer server;
    server.enqueue(FaultServer::redirect(302, location));
    m_client->setBaseUrl(server.baseUrl());
    const ApiResponse response = run(*m_client, get(QStringLiteral("/x")));
    QCOMPARE(response.failure, NetworkFailure::UnsupportedRedirect);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClient::stalledServerTimesOut()
{
    FaultServer server;
    server.setDefault(FaultServer::stall());
    m_client->setBaseUrl(server.baseUrl());
    m_client->setTransferTimeout(500ms);
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response = run(*m_client, get(QStringLiteral("/slow")), 5000);
    QCOMPARE(response.failure, NetworkFailure::Timeout);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() >= 450);
}

void TestApiClient::stalledMidBodyTimesOut()
{
    FaultServer server;
    server.enqueue(FaultServer::truncated(200, "{\"items\":[1,2,3,4,5,6]}", 8, Behaviour::Then::Stall));
    m_client->setBaseUrl(server.baseUrl());
    m_client->setTransferTimeout(500ms);
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response = run(*m_client, get(QStringLiteral("/slow")), 5000);
    QCOMPARE(response.failure, NetworkFailure::Timeout);
    QVERIFY(!response.isSuccess());
    QCOMPARE(response.status, 200); // the status line arrived, the body did not
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
}

// The transfer timeout measures silence, not the whole transfer: a body that keeps trickling in
// for longer than the timeout still succeeds.
void TestApiClient::slowButSteadyIsNoTimeout()
{
    FaultServer server;
    const QByteArray body = "{\"items\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]}";
    Behaviour behaviour = FaultServer::drip(body, 16, 150);
    behaviour.segments.prepend({FaultServer::head(200, {{"Content-Type", "application/json"},
                                                        {"Content-Length", QByteArray::number(body.size())}}),
                                300});
    server.enqueue(behaviour);
    m_client->setBaseUrl(server.baseUrl());
    m_client->setTransferTimeout(500ms);
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response = run(*m_client, get(QStringLiteral("/slow")));
    QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
    QCOMPARE(response.body, body);
    QVERIFY(timer.elapsed() > 700); // longer than the timeout in total
}

// Qt 6.4 restarts the transfer timer on body bytes, not on header bytes: a status line and headers
// trickling in for longer than the timeout in total end as Timeout. Recorded, not required.
void TestApiClient::tricklingHeaders()
{
    FaultServer server;
    server.enqueue(FaultServer::drip(FaultServer::http(200, "{}"), 8, 150));
    m_client->setBaseUrl(server.baseUrl());
    m_client->setTransferTimeout(500ms);
    const ApiResponse response = run(*m_client, get(QStringLiteral("/slow")));
    qInfo("headers in 8-byte pieces every 150 ms, 500 ms timeout: %s",
          qPrintable(cx::networkFailureName(response.failure)));
    QVERIFY(response.isSuccess() || response.failure == NetworkFailure::Timeout);
}

void TestApiClient::damagedFraming_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<NetworkFailure>("expected");
    const QByteArray body = "{\"items\":[1,2,3,4,5,6,7,8,9]}";
    QTest::newRow("content-length short, close")
        << FaultServer::truncated(200, body, 10) << NetworkFailure::TruncatedBody;
    QTest::newRow("content-length short, reset")
        << FaultServer::truncated(200, body, 10, Behaviour::Then::Reset) << NetworkFailure::TruncatedBody;
    QTest::newRow("content-length short, no body, close")
        << FaultServer::truncated(200, body, 0) << NetworkFailure::TruncatedBody;
    QTest::newRow("chunked, bad size line")
        << FaultServer::chunked(200, "zz\r\n" + body + "\r\n0\r\n\r\n") << NetworkFailure::TruncatedBody;
    QTest::newRow("chunked, closed inside a chunk")
        << FaultServer::chunked(200, "40\r\n" + body.left(15)) << NetworkFailure::TruncatedBody;
    QTest::newRow("chunked, reset inside a chunk")
        << FaultServer::chunked(200, "40\r\n" + body.left(15), Behaviour::Then::Reset)
        << NetworkFailure::TruncatedBody;
    QTest::newRow("chunked, no last chunk, close")
        << FaultServer::chunked(200, "f\r\n" + body.left(15) + "\r\n") << NetworkFailure::TruncatedBody;
    QTest::newRow("close-delimited JSON cut off")
        << FaultServer::raw(200, {{"Content-Type", "application/json"}, {"Connection", "close"}},
                            body.left(15))
        << NetworkFailure::TruncatedBody;
    QTest::newRow("negative content-length")
        << FaultServer::raw(200, {{"Content-Type", "application/json"}, {"Content-Length", "-5"}}, body)
        << NetworkFailure::TruncatedBody;
    QTest::newRow("two different content-lengths")
        << FaultServer::raw(200,
                            {{"Content-Type", "application/json"},
                             {"Content-Length", QByteArray::number(body.size())},
                             {"Content-Length", "5"}},
                            body)
        << NetworkFailure::TruncatedBody;
    QTest::newRow("content-length not a number")
        << FaultServer::raw(200, {{"Content-Type", "application/json"}, {"Content-Length", "12abc"}}, body)
        << NetworkFailure::TruncatedBody;
    QTest::newRow("reset before the status line")
        << FaultServer::reply({}, Behaviour::Then::Reset) << NetworkFailure::ConnectionLost;
    QTest::newRow("half a status line, close")
        << FaultServer::reply("HTTP/1.1 20", Behaviour::Then::Close) << NetworkFailure::ConnectionLost;
}

// None of these may ever look like a success. The qInfo lines record what Qt itself reported.
void TestApiClient::damagedFraming()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(NetworkFailure, expected);
    FaultServer server;
    server.setDefault(behaviour); // also when Qt retries on a fresh connection (it does, once)
    m_client->setBaseUrl(server.baseUrl());
    const ApiResponse response = run(*m_client, get(QStringLiteral("/x")));
    qInfo("status %d, %d body bytes, failure %s: %s", response.status, int(response.body.size()),
          qPrintable(cx::networkFailureName(response.failure)), qPrintable(response.failureDetail));
    QVERIFY(!response.isSuccess());
    QVERIFY(!response.hasHttpResponse());
    QCOMPARE(response.failure, expected);
}

// Qt 6.4 finishes most of these runs with 200 and NoError (now and then RemoteHostClosedError): a
// chunked body whose last chunk never came, but whose JSON happens to be complete, cannot be told
// from a good one through QNetworkReply. Recorded here so a Qt upgrade that starts reporting it shows.
void TestApiClient::chunkedWithoutLastChunkIsInvisible()
{
    const QByteArray body = "{\"items\":[1,2,3]}";
    FaultServer server;
    server.setDefault(
        FaultServer::chunked(200, QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n"));
    m_client->setBaseUrl(server.baseUrl());
    const ApiResponse response = run(*m_client, get(QStringLiteral("/x")));
    qInfo("complete JSON, no last chunk: status %d, failure %s", response.status,
          qPrintable(cx::networkFailureName(response.failure)));
    QVERIFY(response.failure == NetworkFailure::None || response.failure == NetworkFailure::TruncatedBody);
}

void TestApiClient::validFramingIsSuccess_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<QByteArray>("body");
    const QByteArray body = "{\"items\":[1,2,3]}";
    QTest::newRow("chunked") << FaultServer::chunked(200, "5\r\n" + body.left(5) + "\r\n" +
                                                              QByteArray::number(body.size() - 5, 16) +
                                                              "\r\n" + body.mid(5) + "\r\n0\r\n\r\n")
                             << body;
    QTest::newRow("empty 200") << FaultServer::reply(FaultServer::http(200)) << QByteArray();
    QTest::newRow("204") << FaultServer::reply(FaultServer::head(204, {})) << QByteArray();
    QTest::newRow("close-delimited")
        << FaultServer::raw(200, {{"Content-Type", "application/json"}, {"Connection", "close"}}, body)
        << body;
    QTest::newRow("same content-length twice")
        << FaultServer::raw(200,
                            {{"Content-Type", "application/json"},
                             {"Content-Length", QByteArray::number(body.size())},
                             {"Content-Length", QByteArray::number(body.size())}},
                            body)
        << body;
}

void TestApiClient::validFramingIsSuccess()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(QByteArray, body);
    FaultServer server;
    server.enqueue(behaviour);
    m_client->setBaseUrl(server.baseUrl());
    const ApiResponse response = run(*m_client, get(QStringLiteral("/x")));
    QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
    QCOMPARE(response.body, body);
}

// Bodies many times ApiClient's read chunk (Qt hands them over a piece at a time): every framing and
// gzip still arrive whole, and the JSON end check fed piece by piece agrees.
void TestApiClient::largeBodyArrivesWhole_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<QByteArray>("body");
    const QByteArray body = bigJson(6 << 20);
    const QByteArray json = "application/json";
    QTest::newRow("content-length") << FaultServer::raw(200,
                                                        {{"Content-Type", json},
                                                         {"Content-Length", QByteArray::number(body.size())}},
                                                        body)
                                    << body;
    QTest::newRow("chunked") << FaultServer::chunked(200, chunkedFraming(body, 100000)) << body;
    QTest::newRow("close-delimited") << FaultServer::raw(
                                            200, {{"Content-Type", json}, {"Connection", "close"}}, body)
                                     << body;
    const QByteArray zipped = gzip(body);
    QTest::newRow("gzip, content-length")
        << FaultServer::raw(200,
                            {{"Content-Type", json},
                             {"Content-Encoding", "gzip"},
                             {"Content-Length", QByteArray::number(zipped.size())}},
                            zipped)
        << body;
    QTest::newRow("gzip, chunked") << FaultServer::raw(200,
                                                       {{"Content-Type", json},
                                                        {"Content-Encoding", "gzip"},
                                                        {"Transfer-Encoding", "chunked"}},
                                                       chunkedFraming(zipped, 4096))
                                   << body;
    const QByteArray text(5 << 20, 'x');
    QTest::newRow("not JSON, close-delimited")
        << FaultServer::raw(200, {{"Content-Type", "text/plain"}, {"Connection", "close"}}, text) << text;
}

void TestApiClient::largeBodyArrivesWhole()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(QByteArray, body);
    FaultServer server;
    server.enqueue(behaviour);
    m_client->setBaseUrl(server.baseUrl());
    const ApiResponse response = run(*m_client, get(QStringLiteral("/big")), 30000);
    QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
    QCOMPARE(response.body.size(), body.size());
    QVERIFY(response.body == body);
}

void TestApiClient::largeBodyCutOff_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<qint64>("maxBody");
    QTest::addColumn<NetworkFailure>("expected");
    const QByteArray body = bigJson(6 << 20);
    const QByteArray json = "application/json";
    const qint64 noLimit = 256ll << 20;
    QTest::newRow("content-length short")
        << FaultServer::truncated(200, body, body.size() - 100) << noLimit << NetworkFailure::TruncatedBody;
    QTest::newRow("close-delimited JSON cut before its end")
        << FaultServer::raw(200, {{"Content-Type", json}, {"Connection", "close"}},
                            body.left(body.size() - 3))
        << noLimit << NetworkFailure::TruncatedBody;
    QTest::newRow("chunked JSON, no last chunk, cut")
        << FaultServer::chunked(200, chunkedFraming(body.left(body.size() - 3), 100000).chopped(5)) << noLimit
        << NetworkFailure::TruncatedBody;
    QTest::newRow("close-delimited over the limit")
        << FaultServer::raw(200, {{"Content-Type", json}, {"Connection", "close"}}, body) << qint64(3 << 20)
        << NetworkFailure::BodyTooLarge;
    QTest::newRow("chunked over the limit") << FaultServer::chunked(200, chunkedFraming(body, 100000))
                                            << qint64(3 << 20) << NetworkFailure::BodyTooLarge;
    const QByteArray zipped = gzip(body);
    QTest::newRow("gzip over the limit")
        << FaultServer::raw(200,
                            {{"Content-Type", json},
                             {"Content-Encoding", "gzip"},
                             {"Content-Length", QByteArray::number(zipped.size())}},
                            zipped)
        << qint64(3 << 20) << NetworkFailure::BodyTooLarge;
}

void TestApiClient::largeBodyCutOff()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(qint64, maxBody);
    QFETCH(NetworkFailure, expected);
    FaultServer server;
    server.setDefault(behaviour); // also when Qt retries on a fresh connection
    m_client->setBaseUrl(server.baseUrl());
    m_client->setMaxBodyBytes(maxBody);
    const ApiResponse response = run(*m_client, get(QStringLiteral("/big")), 30000);
    QCOMPARE(response.failure, expected);
    QVERIFY(response.body.size() <= maxBody);
}

void TestApiClient::jsonEndScanIgnoresReadBoundaries_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("complete");
    QTest::newRow("object") << QByteArray(R"( {"a":"x\"}]","b":[1,{}]} )") << true;
    QTest::newRow("object cut in a string") << QByteArray(R"({"a":"x\"}]")") << false;
    QTest::newRow("escaped backslash ends the string") << QByteArray(R"(["\\"])") << true;
    QTest::newRow("array, trailing newline") << QByteArray("[1,[2]]\r\n") << true;
    QTest::newRow("two documents") << QByteArray("[1] [2]") << false;
    QTest::newRow("bytes after the end") << QByteArray("{}x") << false;
    QTest::newRow("never closed") << QByteArray("[[[]]") << false;
    QTest::newRow("scalar") << QByteArray("42") << true;
    QTest::newRow("whitespace only") << QByteArray(" \n") << true;
    QTest::newRow("empty") << QByteArray() << true;
}

void TestApiClient::jsonEndScanIgnoresReadBoundaries()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, complete);
    for (qsizetype split = 0; split <= body.size(); ++split) {
        cx::JsonEndScanner scan;
        scan.feed(body.constData(), split);
        scan.feed(body.constData() + split, body.size() - split);
        QVERIFY2(scan.looksComplete() == complete, qPrintable(QStringLiteral("split at %1").arg(split)));
        QCOMPARE(scan.scannedBytes(), body.size());
    }
    cx::JsonEndScanner byteByByte;
    for (const char &byte : body)
        byteByByte.feed(&byte, 1);
    QCOMPARE(byteByByte.looksComplete(), complete);
}

void TestApiClient::connectionRefused()
{
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(FaultServer::closedPort())));
    const ApiResponse response = run(*m_client, get(QStringLiteral("/x")));
    QCOMPARE(response.failure, NetworkFailure::ConnectionRefused);
    QCOMPARE(response.status, 0);
    QVERIFY(!response.failureDetail.isEmpty());
}

void TestApiClient::closedBeforeAnswer()
{
    FaultServer server;
    server.enqueue(FaultServer::reply({}, Behaviour::Then::Close));
    server.enqueue(FaultServer::reply({}, Behaviour::Then::Close)); // Qt retries once on a fresh connection
    m_client->setBaseUrl(server.baseUrl());
    const ApiResponse response = run(*m_client, get(QStringLiteral("/x")));
    QCOMPARE(response.failure, NetworkFailure::ConnectionLost);
}

// Methods that are not safe send their body through a device Qt cannot rewind (so it can never replay
// them): every byte still arrives, once, with the right Content-Length, small or large.
void TestApiClient::uploadsEveryBodyExactlyOnce_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char('a' + i % 26);
    QTest::newRow("POST empty") << QByteArray("POST") << QByteArray();
    QTest::newRow("POST small") << QByteArray("POST") << QByteArray("{\"x\":1}");
    QTest::newRow("POST 3 MB") << QByteArray("POST") << big;
    QTest::newRow("PATCH small") << QByteArray("PATCH") << QByteArray("{\"x\":2}");
    QTest::newRow("PUT 3 MB") << QByteArray("PUT") << big;
    QTest::newRow("DELETE empty") << QByteArray("DELETE") << QByteArray();
    QTest::newRow("custom verb") << QByteArray("PURGE") << QByteArray("{}");
}

void TestApiClient::uploadsEveryBodyExactlyOnce()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    FaultServer server;
    m_client->setBaseUrl(server.baseUrl());
    ApiRequest request = get(QStringLiteral("/upload"));
    request.method = method;
    request.body = body;
    const ApiResponse response = run(*m_client, request, 10000);
    QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
    QTest::qWait(50);
    QCOMPARE(server.requests().size(), 1);
    const cx::test::RecordedRequest &seen = server.requests().first();
    QCOMPARE(seen.method, method);
    QCOMPARE(seen.header("Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(seen.body.size(), body.size());
    QVERIFY(seen.body == body);
    if (!body.isEmpty())
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
}

// A 307 keeps method and body: the next hop gets a fresh one-shot copy of the whole body.
void TestApiClient::bigBodyFollows307()
{
    FaultServer server;
    server.enqueue(FaultServer::redirect(307, "/target"));
    m_client->setBaseUrl(server.baseUrl());
    ApiRequest request = get(QStringLiteral("/start"));
    request.method = "POST";
    request.body = QByteArray(1024 * 1024, 'b');
    const ApiResponse response = run(*m_client, request, 10000);
    QVERIFY2(response.isSuccess(), qPrintable(response.failureDetail));
    QCOMPARE(response.redirectCount, 1);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).target, QByteArray("/target"));
    QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
    QVERIFY(server.requests().at(0).body == request.body);
    QVERIFY(server.requests().at(1).body == request.body);
}

void TestApiClient::hostNotFound()
{
    m_client->setBaseUrl(QUrl(QStringLiteral("http://connect-explorer-test.invalid")));
    const ApiResponse response = run(*m_client, get(QStringLiteral("/x")));
    QCOMPARE(response.failure, NetworkFailure::HostNotFound);
}

// https to a server that answers in plain HTTP: the handshake cannot succeed.
void TestApiClient::tlsHandshakeFailure()
{
    FaultServer server;
    Behaviour plain = FaultServer::reply(FaultServer::http(400, "not tls"));
    plain.answerOnConnect = true;
    server.setDefault(plain);
    server.enqueue(plain);
    m_client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port())));
    const ApiResponse response = run(*m_client, get(QStringLiteral("/x")));
    qInfo("%s: %s", qPrintable(cx::networkFailureName(response.failure)), qPrintable(response.failureDetail));
    QCOMPARE(response.failure, NetworkFailure::Tls);
    QCOMPARE(response.status, 0);
}

void TestApiClient::cancelWhileWaitingForToken()
{
    FaultServer api;
    api.setDefault(FaultServer::stall()); // the token endpoint never answers
    m_client->setBaseUrl(api.baseUrl());
    cx::Session session(m_client.get());
    session.setCredentials(QStringLiteral("id"), QStringLiteral("secret"));
    m_client->setSession(&session);
    ApiRequest request = get(QStringLiteral("/api/templates"));
    request.authenticated = true;
    ApiCall *call = m_client->send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE(api.requests().size(), 1); // the token request is out
    QCOMPARE(session.state(), cx::Session::State::SigningIn);
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->response().failure, NetworkFailure::Cancelled);
    // The token request then times out: the cancelled call stays finished once.
    QSignalSpy failed(&session, &cx::Session::signInFailed);
    QVERIFY(failed.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(session.lastTokenResponse().failure, NetworkFailure::Timeout);
}

void TestApiClient::bodyOverLimit_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    const QByteArray big(4096, 'x');
    QTest::newRow("announced") << FaultServer::truncated(200, QByteArray(100000, 'x'), 10,
                                                         Behaviour::Then::Stall);
    QTest::newRow("chunked stream") << FaultServer::chunked(200, "1000\r\n" + big + "\r\n0\r\n\r\n");
    QTest::newRow("close-delimited") << FaultServer::raw(200, {{"Connection", "close"}}, big);
}

void TestApiClient::bodyOverLimit()
{
    QFETCH(Behaviour, behaviour);
    FaultServer server;
    server.enqueue(behaviour);
    m_client->setBaseUrl(server.baseUrl());
    m_client->setMaxBodyBytes(1000);
    const ApiResponse response = run(*m_client, get(QStringLiteral("/big")));
    QCOMPARE(response.failure, NetworkFailure::BodyTooLarge);
    QVERIFY(response.body.size() <= 1000);
}

// Content-Length is the server's word: 200 MB announced (under the 256 MiB limit) and ten bytes sent
// must not leave a 200 MB buffer behind — the up-front reservation stops at 64 MiB.
void TestApiClient::announcedLengthIsNotTakenOnTrust()
{
    FaultServer server;
    server.enqueue(FaultServer::reply(
        FaultServer::head(200, {{"Content-Type", "application/json"}, {"Content-Length", "209715200"}}) +
        "{\"a\":1,\"b\""));
    m_client->setBaseUrl(server.baseUrl());
    const ApiResponse response = run(*m_client, get(QStringLiteral("/liar")));
    QCOMPARE(response.failure, NetworkFailure::TruncatedBody);
    QCOMPARE(response.body, QByteArray("{\"a\":1,\"b\""));
    QVERIFY2(response.body.capacity() <= 64 * 1024 * 1024,
             qPrintable(QString::number(response.body.capacity())));
}

void TestApiClient::cancelWhileStalled()
{
    FaultServer server;
    server.setDefault(FaultServer::stall());
    m_client->setBaseUrl(server.baseUrl());
    m_client->setTransferTimeout(400ms); // short, so waiting it out takes little time
    ApiCall *call = m_client->send(get(QStringLiteral("/slow")));
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    call->cancel();
    call->cancel(); // twice: still one finished()
    QTRY_COMPARE(finished.size(), 1);
    QTest::qWait(500); // past the transfer timeout: no second finished()
    QCOMPARE(finished.size(), 1);
    QVERIFY(call->isFinished());
    QCOMPARE(call->response().failure, NetworkFailure::Cancelled);
}

void TestApiClient::cancelBeforeStart()
{
    FaultServer server;
    m_client->setBaseUrl(server.baseUrl());
    ApiCall *call = m_client->send(get(QStringLiteral("/x")));
    QSignalSpy finished(call, &ApiCall::finished);
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->response().failure, NetworkFailure::Cancelled);
    QCOMPARE(server.requests().size(), 0);
}

void TestApiClient::downloadProgress()
{
    FaultServer server;
    const QByteArray body(20000, 'a');
    Behaviour behaviour;
    const QByteArray all = FaultServer::http(200, body);
    behaviour.segments = {{all.left(5000), 0}, {all.mid(5000), 50}};
    server.enqueue(behaviour);
    m_client->setBaseUrl(server.baseUrl());
    ApiCall *call = m_client->send(get(QStringLiteral("/x")));
    QSignalSpy progress(call, &ApiCall::downloadProgress);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(call->response().isSuccess());
    QVERIFY(progress.size() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(body.size()));
}

void TestApiClient::deleteCallWhileRunning()
{
    FaultServer server;
    server.setDefault(FaultServer::stall());
    m_client->setBaseUrl(server.baseUrl());
    ApiCall *call = m_client->send(get(QStringLiteral("/slow")));
    QTRY_COMPARE(server.requests().size(), 1);
    delete call;
    QTest::qWait(100);
    // The client still works.
    server.enqueue(FaultServer::ok());
    server.setDefault(FaultServer::ok());
    QVERIFY(run(*m_client, get(QStringLiteral("/x"))).isSuccess());
}

void TestApiClient::destroyClientWhileRunning()
{
    FaultServer server;
    server.setDefault(FaultServer::stall());
    m_client->setBaseUrl(server.baseUrl());
    QPointer<ApiCall> call = m_client->send(get(QStringLiteral("/slow")));
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    m_client.reset();
    QVERIFY(call.isNull());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    m_client = std::make_unique<ApiClient>();
}

void TestApiClient::renewOnceOn401()
{
    FaultServer api;
    const QByteArray unauthorized =
        FaultServer::http(401, "{\"code\":\"invalid_access_token\",\"message\":\"Invalid access token.\"}");
    api.enqueue(FaultServer::reply(FaultServer::http(200, tokenBody("tok-1")), Behaviour::Then::KeepAlive));
    api.enqueue(FaultServer::reply(unauthorized, Behaviour::Then::KeepAlive));
    api.enqueue(FaultServer::reply(FaultServer::http(200, tokenBody("tok-2")), Behaviour::Then::KeepAlive));
    api.enqueue(FaultServer::reply(unauthorized, Behaviour::Then::KeepAlive));
    m_client->setBaseUrl(api.baseUrl());
    cx::Session session(m_client.get());
    session.setCredentials(QStringLiteral("id"), QStringLiteral("secret"));
    m_client->setSession(&session);
    ApiRequest request = get(QStringLiteral("/api/templates"));
    request.authenticated = true;
    ApiCall *call = nullptr;
    const ApiResponse response = run(*m_client, request, 10000, &call);
    QCOMPARE(response.status, 401); // the second 401 is returned as it is
    QVERIFY(call->wasReplayedAfterRenewal());
    QCOMPARE(session.tokenRequestCount(), 2);
    QCOMPARE(api.requests().size(), 4);
    QCOMPARE(api.requests().at(1).header("Authorization"), QByteArray("Bearer tok-1"));
    QCOMPARE(api.requests().at(3).header("Authorization"), QByteArray("Bearer tok-2"));
    const QJsonObject tokenRequest = QJsonDocument::fromJson(api.requests().at(0).body).object();
    QCOMPARE(tokenRequest.value("grant_type").toString(), QStringLiteral("client_credentials"));
    QCOMPARE(tokenRequest.value("client_id").toString(), QStringLiteral("id"));
    QCOMPARE(tokenRequest.value("client_secret").toString(), QStringLiteral("secret"));
    QVERIFY(!api.requests().at(0).hasHeader("Authorization"));
}

void TestApiClient::signInFailureFinishesWithTokenResponse()
{
    FaultServer api;
    api.enqueue(FaultServer::reply(FaultServer::http(
        401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));
    m_client->setBaseUrl(api.baseUrl());
    cx::Session session(m_client.get());
    session.setCredentials(QStringLiteral("id"), QStringLiteral("wrong"));
    m_client->setSession(&session);
    ApiRequest request = get(QStringLiteral("/api/templates"));
    request.authenticated = true;
    ApiCall *call = nullptr;
    const ApiResponse response = run(*m_client, request, 10000, &call);
    QCOMPARE(response.status, 401);
    QVERIFY(response.body.contains("invalid_client"));
    QVERIFY(!call->wasReplayedAfterRenewal());
    QCOMPARE(api.requests().size(), 1); // no resource request without a token, no second sign-in
    QCOMPARE(session.tokenRequestCount(), 1);
    QCOMPARE(session.state(), cx::Session::State::Failed);
}

void TestApiClient::renewalFailureFinishesWithTokenResponse()
{
    FaultServer api;
    api.enqueue(FaultServer::reply(FaultServer::http(200, tokenBody("tok-1")), Behaviour::Then::KeepAlive));
    api.enqueue(FaultServer::reply(
        FaultServer::http(401, "{\"code\":\"revoked_access_token\",\"message\":\"Revoked.\"}"),
        Behaviour::Then::KeepAlive));
    api.enqueue(FaultServer::reply(
        FaultServer::http(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client disabled\"}"),
        Behaviour::Then::KeepAlive));
    m_client->setBaseUrl(api.baseUrl());
    cx::Session session(m_client.get());
    session.setCredentials(QStringLiteral("id"), QStringLiteral("secret"));
    m_client->setSession(&session);
    ApiRequest request = get(QStringLiteral("/api/templates"));
    request.authenticated = true;
    ApiCall *call = nullptr;
    const ApiResponse response = run(*m_client, request, 10000, &call);
    QCOMPARE(response.status, 401);
    QVERIFY(response.body.contains("invalid_client"));
    QVERIFY(!call->wasReplayedAfterRenewal());
    QCOMPARE(api.requests().size(), 3);
    QCOMPARE(session.state(), cx::Session::State::Failed);
    QVERIFY(session.accessToken().isEmpty()); // the refused token is forgotten
}

void TestApiClient::ownAuthorizationHeaderIsNotReplaced()
{
    FaultServer api;
    api.enqueue(
        FaultServer::reply(FaultServer::http(401, "{\"code\":\"invalid_access_token\",\"message\":\"x\"}")));
    m_client->setBaseUrl(api.baseUrl());
    cx::Session session(m_client.get());
    session.setCredentials(QStringLiteral("id"), QStringLiteral("secret"));
    m_client->setSession(&session);
    ApiRequest request = get(QStringLiteral("/api/templates"));
    request.authenticated = true;
    request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer mine")));
    const ApiResponse response = run(*m_client, request);
    QCOMPARE(response.status, 401);
    QCOMPARE(session.tokenRequestCount(), 0);
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().at(0).header("Authorization"), QByteArray("Bearer mine"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
