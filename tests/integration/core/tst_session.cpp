// Session + ApiClient against the in-process Connect simulator over real loopback sockets: sign-in,
// introspection, revocation, every resource, pagination, every error status, renewal on expiry and
// the single-flight rule (100 concurrent 401s -> one token request).
//
// The client side's time is a MockClock (tests/support/MockClock.h): expiry and renewal are tested by
// moving it on, not by waiting. The simulator keeps real time.
#include "FaultServer.h"
#include "MockClock.h"
#include "SimFixture.h"
#include "auth/Session.h"
#include "errors/ApiError.h"
#include "export/Redactor.h"
#include "net/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace std::chrono_literals;
using cx::ApiCall;
using cx::ApiClient;
using cx::ApiError;
using cx::ApiRequest;
using cx::ApiResponse;
using cx::Session;

namespace {

ApiResponse wait(ApiCall *call, int waitMs = 10000)
{
    if (!call->isFinished()) {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(waitMs))
            qWarning("call did not finish within %d ms", waitMs);
    }
    return call->response();
}

QJsonObject json(const ApiResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString code(const ApiResponse &response)
{
    return ApiError::fromResponse(response).code;
}

QByteArray describe(const ApiResponse &response)
{
    return QByteArray::number(response.status) + ' ' + cx::networkFailureName(response.failure).toUtf8() +
           ' ' + response.failureDetail.toUtf8() + ' ' + response.body.left(300);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInOk();
    void signInInvalidClient();
    void requestWithBadCredentialsGetsTokenResponse();
    void introspect();
    void revokeThenOldTokenIsRevoked();
    void resources_data();
    void resources();
    void resourceById_data();
    void resourceById();
    void pagination();
    void missingToken();
    void invalidToken();
    void expiredToken();
    void missingScope();
    void notFound_data();
    void notFound();
    void badQueryParams();
    void badHttpMethod();
    void rateLimited();
    void renewOnExpiry();
    void renewOnceAfterServerRevocation();
    void secretsHoldEveryTokenAndTheClientSecret();
    void hundredConcurrent401sOneTokenRequest();

    // The older and RFC shapes the docs also show, from a scripted server.
    void bareTokenShape();
    void tokenWithoutExpiresIn();
    void tokenAnswerWithoutToken();
    void tokenThatWouldSplitAHeaderIsRefused();
    void expiresEarlyForClockSkew();
    void olderIntrospectShape();
    void introspectSurvivesClosedKeepAlive();
    void olderRevokeShape();
    void revokeRefusedStillForgetsToken();
    void concurrentSignInsJoin();
    void signOutWhileSigningIn();

    // Proactive renewal (setAutoRenew): before expiry, visible, never in a loop, cancelled on sign-out.
    void autoRenewBeforeExpiry_data();
    void autoRenewBeforeExpiry();
    void autoRenewFailureIsNotRetried();
    void autoRenewCancelledBySignOut();
    void autoRenewCancelledByNewCredentials();
    void autoRenewOffByDefault();

    // The token request's two documented formats: a server that refuses one gets the other, once.
    void tokenFormatFallback_data();
    void tokenFormatFallback();
    void tokenFormatIsRemembered();
    void rememberedFormatRefusedFallsBackOnce();
    void bothFormatsRefusedReportsTheFirst();
    void otherFailuresAreNotRetriedInTheOtherFormat_data();
    void otherFailuresAreNotRetriedInTheOtherFormat();

private:
    ApiResponse get(const QString &path, const cx::QueryList &query = {});
    ApiResponse raw(const QByteArray &method, const QString &path, const QByteArray &authorization = {},
                    const QByteArray &body = {});
    QByteArray freshToken();
    void signIn();

    std::unique_ptr<cx::test::MockClock> m_clock; // before the session reads it, gone after it
    std::unique_ptr<cx::sim::ConnectSimulator> m_sim;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;
};

void TestSession::initTestCase()
{
    // The token format is remembered per base URL in QSettings: keep the tests' out of the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("TokenRequestFormat"));
}

void TestSession::init()
{
    m_clock = std::make_unique<cx::test::MockClock>(); // starts at the real time, then stands still
    m_sim = cx::test::startSimulator();
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_sim->baseUrl());
    m_client->setTransferTimeout(5000ms);
    m_session = std::make_unique<Session>(m_client.get());
    m_session->setCredentials(QString::fromLatin1(cx::sim::DemoClientId),
                              QString::fromLatin1(cx::sim::DemoClientSecret));
    m_client->setSession(m_session.get());
}

void TestSession::cleanup()
{
    m_client->setSession(nullptr);
    m_session.reset();
    m_client.reset();
    m_sim.reset();
    m_clock.reset();
}

ApiResponse TestSession::get(const QString &path, const cx::QueryList &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return wait(m_client->send(request));
}

// A request past the session: our own Authorization header (or none), never renewed.
ApiResponse TestSession::raw(const QByteArray &method, const QString &path, const QByteArray &authorization,
                             const QByteArray &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.authenticated = false;
    if (!authorization.isEmpty())
        request.headers.append(qMakePair(QByteArray("Authorization"), authorization));
    request.body = body;
    return wait(m_client->send(request));
}

QByteArray TestSession::freshToken()
{
    const ApiResponse response =
        raw("POST", QStringLiteral("/oauth/access-token"), {},
            R"({"grant_type":"client_credentials","client_id":"demo-client","client_secret":"demo-secret"})");
    return json(response).value("token").toObject().value("access_token").toString().toUtf8();
}

void TestSession::signIn()
{
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    m_session->signIn();
    QVERIFY(signedIn.wait(5000));
}

void TestSession::signInOk()
{
    QSignalSpy states(m_session.get(), &Session::stateChanged);
    QSignalSpy failed(m_session.get(), &Session::signInFailed);
    signIn();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_session->state(), Session::State::SignedIn);
    QVERIFY(m_session->hasValidToken());
    QVERIFY(!m_session->accessToken().isEmpty());
    QCOMPARE(m_session->tokenType().toLower(), QStringLiteral("bearer"));
    // expires_in trusted: the simulator's default lifetime is 30 days.
    const qint64 seconds = m_clock->now().secsTo(m_session->expiresAt());
    QVERIFY2(seconds > 2592000 - 60 && seconds <= 2592000, qPrintable(QString::number(seconds)));
    QCOMPARE(m_session->tokenRequestCount(), 1);
    QCOMPARE(m_sim->tokenRequestCount(), 1);
    QCOMPARE(states.first().first().value<Session::State>(), Session::State::SigningIn);
}

void TestSession::signInInvalidClient()
{
    m_session->setCredentials(QStringLiteral("demo-client"), QStringLiteral("wrong-secret"));
    QSignalSpy failed(m_session.get(), &Session::signInFailed);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_session->state(), Session::State::Failed);
    QVERIFY(!m_session->hasValidToken());
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.code, QStringLiteral("invalid_client"));
    QCOMPARE(error.status, 401);
    QCOMPARE(m_session->lastError().code, QStringLiteral("invalid_client"));
}

void TestSession::requestWithBadCredentialsGetsTokenResponse()
{
    m_session->setCredentials(QStringLiteral("demo-client"), QStringLiteral("wrong-secret"));
    ApiCall *call = m_client->send(ApiRequest{"GET", QStringLiteral("/api/templates"), {}, {}, {}, true});
    const ApiResponse response = wait(call);
    QCOMPARE(response.status, 401);
    QCOMPARE(code(response), QStringLiteral("invalid_client"));
    QVERIFY(response.url.path().endsWith(QLatin1String("/oauth/access-token")));
    QCOMPARE(m_sim->tokenRequestCount(), 1);
    QCOMPARE(m_sim->requestCount(), 0); // no resource request went out
}

void TestSession::introspect()
{
    signIn();
    QSignalSpy introspected(m_session.get(), &Session::introspected);
    QSignalSpy failed(m_session.get(), &Session::introspectFailed);
    m_session->introspect();
    QVERIFY(introspected.wait(5000));
    QCOMPARE(failed.size(), 0);
    const cx::TokenInfo info = introspected.first().first().value<cx::TokenInfo>();
    QVERIFY(info.active);
    QCOMPARE(info.clientId, QStringLiteral("demo-client"));
    QCOMPARE(info.scopes, cx::sim::allScopes());
    QVERIFY(info.expiresAt.isValid());
    QCOMPARE(info.expiresAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(info.expiresAt.secsTo(m_session->expiresAt())) <= 2);
}

void TestSession::revokeThenOldTokenIsRevoked()
{
    signIn();
    const QByteArray oldToken = m_session->accessToken();
    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    QSignalSpy revokeFailed(m_session.get(), &Session::revokeFailed);
    m_session->signOut();
    QVERIFY(signedOut.wait(5000));
    QCOMPARE(revokeFailed.size(), 0);
    QVERIFY(m_session->accessToken().isEmpty());
    QCOMPARE(m_session->state(), Session::State::SignedOut);
    const ApiResponse response = raw("GET", QStringLiteral("/api/templates"), "Bearer " + oldToken);
    QCOMPARE(response.status, 401);
    QCOMPARE(code(response), QStringLiteral("revoked_access_token"));

    // Revoking again: the server no longer knows it (422) -> revokeFailed, still signed out.
    const ApiResponse again =
        raw("POST", QStringLiteral("/oauth/revoke"), {}, R"({"token":")" + oldToken + R"("})");
    QCOMPARE(again.status, 422);
}

void TestSession::resources_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"/api/templates", "/api/templates/tags", "/api/assets", "/api/assets/tags",
                             "/api/folders", "/api/brandkit", "/api/brandkit/logos", "/api/brandkit/colors"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestSession::resources()
{
    QFETCH(QString, path);
    const ApiResponse response = get(path);
    QVERIFY2(response.isSuccess(), describe(response));
    QCOMPARE(response.status, 200);
    QVERIFY(response.contentType().contains("application/json"));
    QVERIFY(json(response).contains("data"));
    QVERIFY(!ApiError::fromResponse(response).isError());
    QCOMPARE(m_session->tokenRequestCount(), 1); // signed in on demand
}

void TestSession::resourceById_data()
{
    QTest::addColumn<QString>("list");
    QTest::newRow("template") << QStringLiteral("/api/templates");
    QTest::newRow("asset") << QStringLiteral("/api/assets");
}

void TestSession::resourceById()
{
    QFETCH(QString, list);
    const QJsonArray items = json(get(list)).value("data").toArray();
    QVERIFY(!items.isEmpty());
    const QJsonValue id = items.first().toObject().value("id");
    const QString idText = id.isString() ? id.toString() : QString::number(id.toInteger());
    const ApiResponse response = get(list + QLatin1Char('/') + idText);
    QVERIFY2(response.isSuccess(), describe(response));
    QCOMPARE(json(response).value("data").toObject().value("id"), id);
}

void TestSession::pagination()
{
    const ApiResponse first =
        get(QStringLiteral("/api/templates"), {{QStringLiteral("page"), QStringLiteral("1")},
                                               {QStringLiteral("per_page"), QStringLiteral("5")}});
    const ApiResponse second =
        get(QStringLiteral("/api/templates"), {{QStringLiteral("page"), QStringLiteral("2")},
                                               {QStringLiteral("per_page"), QStringLiteral("5")}});
    QVERIFY2(second.isSuccess(), describe(second));
    const QJsonObject meta = json(second).value("meta").toObject();
    QCOMPARE(meta.value("current_page").toInteger(), 2);
    QCOMPARE(meta.value("per_page").toInteger(), 5);
    const qint64 total = meta.value("total").toInteger();
    QVERIFY(total > 10);
    QCOMPARE(meta.value("last_page").toInteger(), (total + 4) / 5);
    QCOMPARE(json(second).value("data").toArray().size(), 5);
    QVERIFY(json(first).value("data").toArray().first() != json(second).value("data").toArray().first());
}

void TestSession::missingToken()
{
    const ApiResponse response = raw("GET", QStringLiteral("/api/templates"));
    QCOMPARE(response.status, 401);
    QCOMPARE(code(response), QStringLiteral("missing_access_token"));
}

void TestSession::invalidToken()
{
    const ApiResponse response = raw("GET", QStringLiteral("/api/templates"), "Bearer not-a-token");
    QCOMPARE(response.status, 401);
    QCOMPARE(code(response), QStringLiteral("invalid_access_token"));
}

void TestSession::expiredToken()
{
    // The simulator keeps real time: rather than wait for a token to lapse, have it issue one whose
    // lifetime ended a second before it was issued.
    m_sim->setTokenLifetime(-1);
    const QByteArray token = freshToken();
    QVERIFY(!token.isEmpty());
    const ApiResponse response = raw("GET", QStringLiteral("/api/templates"), "Bearer " + token);
    QCOMPARE(response.status, 401);
    QCOMPARE(code(response), QStringLiteral("expired_access_token"));
}

void TestSession::missingScope()
{
    // The simulator follows the newer overview: every protected route also needs profile:read.
    m_sim->setScopes({QStringLiteral("profile:read"), QStringLiteral("assets:read")});
    const ApiResponse response = get(QStringLiteral("/api/templates"));
    QCOMPARE(response.status, 403);
    const ApiError error = ApiError::fromResponse(response);
    QCOMPARE(error.code, QStringLiteral("missing_scope"));
    QVERIFY2(error.message.contains(QLatin1String("templates:read")), qPrintable(error.message));
    QVERIFY(get(QStringLiteral("/api/assets")).isSuccess());
    QCOMPARE(m_session->tokenRequestCount(), 1); // a 403 is not a reason to renew
}

void TestSession::notFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("template id") << QStringLiteral("/api/templates/99999999") << QStringLiteral("not_found");
    QTest::newRow("asset id") << QStringLiteral("/api/assets/99999999") << QStringLiteral("asset_not_found");
    QTest::newRow("unknown path") << QStringLiteral("/api/nothing-here")
                                  << QStringLiteral("endpoint_not_found");
}

void TestSession::notFound()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    const ApiResponse response = get(path);
    QCOMPARE(response.status, 404);
    QCOMPARE(::code(response), code);
}

void TestSession::badQueryParams()
{
    const ApiResponse response =
        get(QStringLiteral("/api/templates"), {{QStringLiteral("per_page"), QStringLiteral("many")}});
    QCOMPARE(response.status, 400);
    QCOMPARE(code(response), QStringLiteral("bad_query_params"));
}

void TestSession::badHttpMethod()
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/templates");
    const ApiResponse response = wait(m_client->send(request));
    QCOMPARE(response.status, 405);
    QCOMPARE(code(response), QStringLiteral("bad_http_method"));
}

void TestSession::rateLimited()
{
    signIn();
    m_sim->setRateLimit(2);
    QList<ApiCall *> calls;
    for (int i = 0; i < 6; ++i) {
        ApiRequest request;
        request.path = QStringLiteral("/api/folders");
        calls << m_client->send(request);
    }
    int limited = 0;
    for (ApiCall *call : std::as_const(calls)) {
        const ApiResponse response = wait(call);
        if (response.status != 429) {
            QVERIFY2(response.isSuccess(), describe(response));
            continue;
        }
        ++limited;
        const ApiError error = ApiError::fromResponse(response);
        QCOMPARE(error.code, QStringLiteral("too_many_requests"));
        QVERIFY(!response.header("Retry-After").isEmpty());
        QCOMPARE(error.retryAfter, response.header("Retry-After"));
        QVERIFY(!response.header("X-RateLimit-Limit").isEmpty());
    }
    QVERIFY(limited >= 1);
    QCOMPARE(m_session->tokenRequestCount(), 1);
}

void TestSession::renewOnExpiry()
{
    m_sim->setTokenLifetime(2);
    signIn();
    const QByteArray first = m_session->accessToken();
    QVERIFY(m_session->hasValidToken());
    m_clock->advanceMSecs(2200);
    QVERIFY(!m_session->hasValidToken());
    QSignalSpy renewed(m_session.get(), &Session::renewed);
    ApiCall *call = m_client->send(ApiRequest{"GET", QStringLiteral("/api/templates"), {}, {}, {}, true});
    const ApiResponse response = wait(call);
    QVERIFY2(response.isSuccess(), describe(response));
    QCOMPARE(m_session->tokenRequestCount(), 2); // exactly one renewal
    QCOMPARE(m_sim->tokenRequestCount(), 2);
    QCOMPARE(renewed.size(), 1);
    QVERIFY(m_session->accessToken() != first);
    QVERIFY(!call->wasReplayedAfterRenewal()); // renewed before sending, nothing was refused
}

// The one secret set: a Redactor made before the sign-in masks the client secret, the first token and the
// renewed one, without anyone registering them.
void TestSession::secretsHoldEveryTokenAndTheClientSecret()
{
    const cx::Redactor redactor(m_session->secrets());
    const QString secret = QString::fromLatin1(cx::sim::DemoClientSecret);
    QCOMPARE(redactor.redactText(secret), cx::Redactor::mask());
    signIn();
    const QString first = QString::fromUtf8(m_session->accessToken());
    QVERIFY(!first.isEmpty());
    QCOMPARE(redactor.redactText(QStringLiteral("Bearer ") + first), QStringLiteral("Bearer [redacted]"));
    m_sim->setTokenLifetime(2);
    signIn();
    m_clock->advanceMSecs(2200);
    ApiCall *call = m_client->send(ApiRequest{"GET", QStringLiteral("/api/templates"), {}, {}, {}, true});
    QVERIFY(wait(call).isSuccess());
    const QString renewed = QString::fromUtf8(m_session->accessToken());
    QVERIFY(renewed != first);
    QCOMPARE(redactor.redactText(first + QLatin1Char(' ') + renewed),
             QStringLiteral("[redacted] [redacted]"));
    QVERIFY(m_session->secrets()->contains(secret));
}

void TestSession::renewOnceAfterServerRevocation()
{
    signIn();
    const QByteArray token = m_session->accessToken();
    QCOMPARE(raw("POST", QStringLiteral("/oauth/revoke"), {}, R"({"token":")" + token + R"("})").status, 200);
    ApiCall *call = m_client->send(ApiRequest{"GET", QStringLiteral("/api/assets"), {}, {}, {}, true});
    const ApiResponse response = wait(call);
    QVERIFY2(response.isSuccess(), describe(response));
    QVERIFY(call->wasReplayedAfterRenewal());
    QCOMPARE(m_session->tokenRequestCount(), 2);
    QVERIFY(m_session->accessToken() != token);
}

void TestSession::hundredConcurrent401sOneTokenRequest()
{
    signIn();
    const QByteArray token = m_session->accessToken();
    // Invalidate the token at the server behind the session's back.
    QCOMPARE(raw("POST", QStringLiteral("/oauth/revoke"), {}, R"({"token":")" + token + R"("})").status, 200);
    const int before = m_sim->tokenRequestCount();
    QList<ApiCall *> calls;
    for (int i = 0; i < 100; ++i)
        calls << m_client->send(ApiRequest{"GET", QStringLiteral("/api/folders"), {}, {}, {}, true});
    int ok = 0;
    int replayed = 0;
    for (ApiCall *call : std::as_const(calls)) {
        const ApiResponse response = wait(call, 30000);
        if (response.isSuccess())
            ++ok;
        else
            qWarning("%s", describe(response).constData());
        if (call->wasReplayedAfterRenewal())
            ++replayed;
    }
    QCOMPARE(ok, 100);
    QCOMPARE(replayed, 100); // every one was refused once, then replayed with the new token
    QCOMPARE(m_sim->tokenRequestCount() - before, 1);
    QCOMPARE(m_session->tokenRequestCount(), 2);
}

namespace {

using cx::test::Behaviour;
using cx::test::FaultServer;

Behaviour answer(int status, const QByteArray &body)
{
    return FaultServer::reply(FaultServer::http(status, body), Behaviour::Then::KeepAlive);
}

} // namespace

void TestSession::bareTokenShape()
{
    FaultServer server;
    server.enqueue(answer(200, R"({"access_token":"bare-token","token_type":"bearer","expires_in":3600})"));
    m_client->setBaseUrl(server.baseUrl());
    signIn();
    QCOMPARE(m_session->accessToken(), QByteArray("bare-token"));
    QCOMPARE(m_session->tokenType(), QStringLiteral("bearer"));
    QVERIFY(qAbs(m_clock->now().secsTo(m_session->expiresAt()) - 3600) <= 2);
    const QJsonObject sent = QJsonDocument::fromJson(server.requests().first().body).object();
    QCOMPARE(sent.value("grant_type").toString(), QStringLiteral("client_credentials"));
    QCOMPARE(server.requests().first().target, QByteArray("/oauth/access-token"));
    QCOMPARE(server.requests().first().header("Content-Type"), QByteArray("application/json"));
}

void TestSession::tokenWithoutExpiresIn()
{
    FaultServer server;
    server.enqueue(answer(200, R"({"success":true,"token":{"token_type":"Bearer","access_token":"t"}})"));
    m_client->setBaseUrl(server.baseUrl());
    signIn();
    QVERIFY(m_session->hasValidToken());
    QVERIFY(!m_session->expiresAt().isValid());
}

void TestSession::tokenAnswerWithoutToken()
{
    FaultServer server;
    server.enqueue(answer(200, R"({"success":true,"token":{}})"));
    m_client->setBaseUrl(server.baseUrl());
    QSignalSpy failed(m_session.get(), &Session::signInFailed);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_session->state(), Session::State::Failed);
    QVERIFY(m_session->lastError().isError());
    QVERIFY(!m_session->hasValidToken());
}

// A token endpoint (or a proxy in front of it) answering with a token holding CR LF could smuggle headers
// or a second request into every call that carries it: the sign-in fails, nothing is sent with it.
void TestSession::tokenThatWouldSplitAHeaderIsRefused()
{
    FaultServer server;
    server.enqueue(answer(
        200,
        R"({"success":true,"token":{"token_type":"Bearer","expires_in":60,"access_token":"t\r\nX-Evil: 1"}})"));
    m_client->setBaseUrl(server.baseUrl());
    QSignalSpy failed(m_session.get(), &Session::signInFailed);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_session->state(), Session::State::Failed);
    QVERIFY(m_session->accessToken().isEmpty());
    QVERIFY2(m_session->lastError().message.contains(QStringLiteral("line break")),
             qPrintable(m_session->lastError().message));

    QVERIFY(!m_session->hasValidToken());
}

// min(60 s, 10% of the lifetime) before expires_in runs out, the token counts as expired.
void TestSession::expiresEarlyForClockSkew()
{
    FaultServer server;
    server.enqueue(
        answer(200, R"({"success":true,"token":{"token_type":"Bearer","expires_in":2,"access_token":"t"}})"));
    m_client->setBaseUrl(server.baseUrl());
    const QDateTime signedInAt = m_clock->now();
    signIn();
    QVERIFY(m_session->hasValidToken());
    // expires_in counts from when the request went out: 2 s after it, less the time the answer took.
    const QDateTime expiresAt = m_session->expiresAt();
    QVERIFY(expiresAt <= signedInAt.addMSecs(2000));
    QVERIFY(expiresAt > signedInAt.addMSecs(2000 - 5000));
    m_clock->setNow(expiresAt.addMSecs(-201)); // just before the 200 ms margin
    QVERIFY(m_session->hasValidToken());
    m_clock->setNow(expiresAt.addMSecs(-200)); // inside it, before the 2 s are over
    QVERIFY(!m_session->hasValidToken());
}

void TestSession::olderIntrospectShape()
{
    FaultServer server;
    server.enqueue(answer(
        200, R"({"success":true,"token":{"token_type":"Bearer","expires_in":60,"access_token":"t"}})"));
    server.enqueue(answer(200, R"({"active":true,"client_id":"old-client","user_id":42,)"
                               R"("scopes":["templates:read"],"expires_at":"2030-01-02 03:04:05"})"));
    m_client->setBaseUrl(server.baseUrl());
    signIn();
    QSignalSpy introspected(m_session.get(), &Session::introspected);
    m_session->introspect();
    QVERIFY(introspected.wait(5000));
    const cx::TokenInfo info = introspected.first().first().value<cx::TokenInfo>();
    QVERIFY(info.active);
    QCOMPARE(info.clientId, QStringLiteral("old-client"));
    QCOMPARE(info.userId.toLongLong(), 42);
    QCOMPARE(info.scopes, QStringList{QStringLiteral("templates:read")});
    QCOMPARE(info.expiresAt, QDateTime::fromString(QStringLiteral("2030-01-02T03:04:05Z"), Qt::ISODate));
    QCOMPARE(QJsonDocument::fromJson(server.requests().at(1).body).object().value("token").toString(),
             QStringLiteral("t"));
    QCOMPARE(server.requests().at(1).target, QByteArray("/oauth/introspect"));
}

// The server closes the kept-alive connection as the introspection arrives, before any byte of the
// answer: introspection changes nothing, so it is sent again on a fresh connection and succeeds.
void TestSession::introspectSurvivesClosedKeepAlive()
{
    FaultServer server;
    server.enqueue(answer(
        200, R"({"success":true,"token":{"token_type":"Bearer","expires_in":60,"access_token":"t"}})"));
    server.enqueue(FaultServer::reply({}, Behaviour::Then::Close)); // read, closed, not answered
    server.enqueue(answer(200, R"({"success":true,"data":{"active":true,"client_id":"c"}})"));
    m_client->setBaseUrl(server.baseUrl());
    signIn();
    QSignalSpy introspected(m_session.get(), &Session::introspected);
    QSignalSpy failed(m_session.get(), &Session::introspectFailed);
    m_session->introspect();
    QTRY_VERIFY_WITH_TIMEOUT(!introspected.isEmpty() || !failed.isEmpty(), 5000);
    if (!failed.isEmpty())
        QFAIL(qPrintable(QStringLiteral("introspection failed: ") +
                         failed.first().first().value<ApiError>().code));
    QCOMPARE(introspected.size(), 1);
    QVERIFY(introspected.first().first().value<cx::TokenInfo>().active);
    QCOMPARE(server.requestCount("/oauth/introspect"), 2);
    QCOMPARE(server.requests().at(1).connection, 1); // first on the kept-alive connection
    QCOMPARE(server.requests().at(2).connection, 2); // then again on a fresh one
}

void TestSession::olderRevokeShape()
{
    FaultServer server;
    server.enqueue(answer(
        200, R"({"success":true,"token":{"token_type":"Bearer","expires_in":60,"access_token":"t"}})"));
    server.enqueue(answer(200, R"({"revoked":true})"));
    m_client->setBaseUrl(server.baseUrl());
    signIn();
    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    QSignalSpy revokeFailed(m_session.get(), &Session::revokeFailed);
    m_session->signOut();
    QVERIFY(signedOut.wait(5000));
    QCOMPARE(revokeFailed.size(), 0);
    QVERIFY(m_session->accessToken().isEmpty());
    QCOMPARE(server.requests().at(1).target, QByteArray("/oauth/revoke"));
}

void TestSession::revokeRefusedStillForgetsToken()
{
    FaultServer server;
    server.enqueue(answer(
        200, R"({"success":true,"token":{"token_type":"Bearer","expires_in":60,"access_token":"t"}})"));
    server.enqueue(answer(422, R"({"code":"invalid_access_token","message":"The token was not found."})"));
    m_client->setBaseUrl(server.baseUrl());
    signIn();
    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    QSignalSpy revokeFailed(m_session.get(), &Session::revokeFailed);
    m_session->signOut();
    QVERIFY(signedOut.wait(5000));
    QCOMPARE(revokeFailed.size(), 1);
    QCOMPARE(revokeFailed.first().first().value<ApiError>().status, 422);
    QVERIFY(m_session->accessToken().isEmpty());
    QVERIFY(!m_session->hasValidToken());
}

void TestSession::concurrentSignInsJoin()
{
    FaultServer server;
    Behaviour slow =
        answer(200, R"({"success":true,"token":{"token_type":"Bearer","expires_in":60,"access_token":"t"}})");
    slow.segments.first().delayMs = 200;
    server.enqueue(slow);
    m_client->setBaseUrl(server.baseUrl());
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    int ready = 0;
    for (int i = 0; i < 10; ++i) {
        m_session->signIn();
        m_session->withToken(this, [&ready](bool ok) { ready += ok ? 1 : 0; });
    }
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(ready, 10);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_session->tokenRequestCount(), 1);
    QCOMPARE(server.requests().size(), 1);
}

void TestSession::signOutWhileSigningIn()
{
    FaultServer server;
    Behaviour slow = answer(
        200, R"({"success":true,"token":{"token_type":"Bearer","expires_in":60,"access_token":"late"}})");
    slow.segments.first().delayMs = 200;
    server.enqueue(slow);
    m_client->setBaseUrl(server.baseUrl());
    ApiCall *call = m_client->send(ApiRequest{"GET", QStringLiteral("/api/templates"), {}, {}, {}, true});
    QTRY_COMPARE(server.requests().size(), 1);
    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    m_session->signOut();
    QVERIFY(signedOut.wait(5000));
    const ApiResponse response = wait(call);
    QCOMPARE(response.failure, cx::NetworkFailure::Cancelled);
    QTest::qWait(300);
    QVERIFY(m_session->accessToken().isEmpty());
    QCOMPARE(m_session->state(), Session::State::SignedOut);
    QCOMPARE(server.requests().size(), 1); // the resource request never went out
}

void TestSession::autoRenewBeforeExpiry_data()
{
    QTest::addColumn<int>("lifetime");
    QTest::newRow("2 s") << 2;
    QTest::newRow("3 s") << 3;
}

void TestSession::autoRenewBeforeExpiry()
{
    QFETCH(int, lifetime);
    m_sim->setTokenLifetime(lifetime);
    m_session->setAutoRenew(true);
    signIn();
    const QByteArray first = m_session->accessToken();
    const QDateTime firstExpiry = m_session->expiresAt();
    const QDateTime due = m_session->renewalDue();
    QVERIFY(due.isValid());
    // Due before the token counts as expired (the clock-skew margin) and before it really expires.
    QVERIFY(due < firstExpiry.addMSecs(-lifetime * 1000 / 10));
    QVERIFY(due > m_clock->now());
    // ... but not long before: a twentieth of the lifetime (the lead) before the margin.
    QVERIFY(due >= firstExpiry.addMSecs(-lifetime * 1000 / 10 - lifetime * 1000 / 20));

    QSignalSpy renewed(m_session.get(), &Session::renewed);
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    // Shortly before it is due nothing happens yet; the timer is set for the time left ...
    m_clock->setNow(due.addMSecs(-150));
    m_session->checkRenewalDue();
    QCOMPARE(m_session->tokenRequestCount(), 1);
    QCOMPARE(m_session->renewalDue(), due);
    // ... and when it fires with the renewal due, the token is renewed.
    m_clock->setNow(due);
    QVERIFY(renewed.wait(5000));
    QVERIFY(m_clock->now() < firstExpiry); // before it lapsed
    QVERIFY(m_session->hasValidToken());
    QVERIFY(m_session->accessToken() != first);
    QVERIFY(m_session->expiresAt() > firstExpiry); // the lifetime starts again
    QCOMPARE(m_session->state(), Session::State::SignedIn);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_session->tokenRequestCount(), 2);
    QCOMPARE(m_sim->tokenRequestCount(), 2);
    QVERIFY(m_session->renewalDue() > due); // and the next renewal is scheduled

    // The renewed token works, and a request never found the token expired.
    ApiCall *call = m_client->send(ApiRequest{"GET", QStringLiteral("/api/templates"), {}, {}, {}, true});
    const ApiResponse response = wait(call);
    QVERIFY2(response.isSuccess(), describe(response));
    QVERIFY(!call->wasReplayedAfterRenewal());

    // It keeps going: a second renewal one lifetime later.
    const QDateTime secondDue = m_session->renewalDue();
    QVERIFY(qAbs(due.msecsTo(secondDue) - lifetime * 1000) <= 1000);
    m_clock->setNow(secondDue);
    m_session->checkRenewalDue();
    QVERIFY(renewed.wait(5000));
    QCOMPARE(m_session->tokenRequestCount(), 3);
}

void TestSession::autoRenewFailureIsNotRetried()
{
    FaultServer server;
    server.enqueue(
        answer(200, R"({"success":true,"token":{"token_type":"Bearer","expires_in":2,"access_token":"t"}})"));
    server.enqueue(answer(401, R"({"error":"invalid_client","error_description":"Client revoked"})"));
    m_client->setBaseUrl(server.baseUrl());
    m_session->setAutoRenew(true);
    signIn();
    QSignalSpy failed(m_session.get(), &Session::signInFailed);
    QSignalSpy renewed(m_session.get(), &Session::renewed);
    QVERIFY(m_session->renewalDue().isValid());
    m_clock->setNow(m_session->renewalDue());
    m_session->checkRenewalDue();
    QVERIFY(failed.wait(4000));
    QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("invalid_client"));
    m_clock->advanceMSecs(2500); // long past the expiry: no second attempt on its own
    m_session->checkRenewalDue();
    QTest::qWait(200); // time for a request that should not be sent to reach the server
    QCOMPARE(failed.size(), 1);
    QCOMPARE(renewed.size(), 0);
    QCOMPARE(m_session->tokenRequestCount(), 2);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(!m_session->renewalDue().isValid());
    QCOMPARE(m_session->state(), Session::State::Failed);
}

void TestSession::autoRenewCancelledBySignOut()
{
    m_sim->setTokenLifetime(2);
    m_session->setAutoRenew(true);
    signIn();
    QVERIFY(m_session->renewalDue().isValid());
    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    m_session->signOut();
    QVERIFY(signedOut.wait(5000));
    QVERIFY(!m_session->renewalDue().isValid());
    m_clock->advanceMSecs(2500); // past when it was due, and past the expiry
    m_session->checkRenewalDue();
    QCOMPARE(m_session->tokenRequestCount(), 1);
    QCOMPARE(m_session->state(), Session::State::SignedOut);
    QVERIFY(m_session->accessToken().isEmpty());
}

void TestSession::autoRenewCancelledByNewCredentials()
{
    m_sim->setTokenLifetime(2);
    m_session->setAutoRenew(true);
    signIn();
    QSignalSpy failed(m_session.get(), &Session::signInFailed);
    m_session->setCredentials(QStringLiteral("someone-else"), QStringLiteral("other-secret"));
    QVERIFY(!m_session->renewalDue().isValid());
    m_clock->advanceMSecs(2500); // past when it was due, and past the expiry
    m_session->checkRenewalDue();
    QTest::qWait(100);                           // a sign-in failure would be reported from the event loop
    QCOMPARE(m_session->tokenRequestCount(), 1); // never renewed with the new (wrong) credentials
    QCOMPARE(failed.size(), 0);
}

void TestSession::autoRenewOffByDefault()
{
    m_sim->setTokenLifetime(2);
    QVERIFY(!m_session->autoRenew());
    signIn();
    QVERIFY(!m_session->renewalDue().isValid());
    m_clock->advanceMSecs(2300); // past the expiry
    m_session->checkRenewalDue();
    QCOMPARE(m_session->tokenRequestCount(), 1);
    QVERIFY(!m_session->hasValidToken()); // it did lapse: renewed only when a request needs it
}

namespace {

using cx::TokenRequestFormat;
using cx::test::RecordedRequest;

const QByteArray TokenAnswer =
    R"({"success":true,"token":{"token_type":"Bearer","expires_in":31536000,"access_token":"format-token"}})";

bool isForm(const RecordedRequest &request)
{
    return request.header("Content-Type").startsWith("application/x-www-form-urlencoded");
}

// A raw token endpoint that answers `refusal` to a request in the refused format and a token otherwise.
Behaviour tokenEndpoint(bool refuseForm, const QByteArray &refusal)
{
    Behaviour behaviour;
    behaviour.then = Behaviour::Then::KeepAlive;
    behaviour.respond = [refuseForm, refusal](const RecordedRequest &request) {
        const bool refused = isForm(request) == refuseForm;
        return QList<Behaviour::Segment>{{refused ? refusal : FaultServer::http(200, TokenAnswer), 0}};
    };
    return behaviour;
}

QByteArray html(int status, const QByteArray &page)
{
    return FaultServer::head(
               status, {{"Content-Type", "text/html"}, {"Content-Length", QByteArray::number(page.size())}}) +
           page;
}

} // namespace

void TestSession::tokenFormatFallback_data()
{
    QTest::addColumn<bool>("refuseForm");
    QTest::addColumn<QByteArray>("refusal");
    QTest::addColumn<QString>("usedFormat");

    // JSON is what "Get an access token" (developer.cliquify.me/get-an-access-token-32941867e0) shows;
    // a server following oauth.cliquify.me/docs/access-token (form-urlencoded with grant_type) may refuse it.
    QTest::newRow("json refused: 415") << false << FaultServer::http(415) << "form";
    QTest::newRow("json refused: 400 unsupported_grant_type")
        << false
        << FaultServer::http(
               400,
               R"({"error":"unsupported_grant_type","error_description":"The authorization grant type is not supported by the authorization server."})")
        << "form";
    QTest::newRow("json refused: 400 invalid_request")
        << false
        << FaultServer::http(
               400,
               R"({"error":"invalid_request","error_description":"The request is missing a required parameter."})")
        << "form";
    // "Errors and troubleshooting" (errors-2072699m0): 422 on the token request = missing required fields.
    QTest::newRow("json refused: 422 naming client_id")
        << false
        << FaultServer::http(
               422,
               R"({"success":false,"message":"Validation failed","details":{"client_id":["The client id field is required."]}})")
        << "form";
    QTest::newRow("json refused: empty 400") << false << FaultServer::http(400) << "form";
    // connect-sim's own words for a body it cannot read (its OpenAPI document: 422 bad_request_body).
    QTest::newRow("json refused: 422 bad_request_body")
        << false
        << FaultServer::http(422, R"({"code":"bad_request_body","message":"The body is not form data."})")
        << "form";
    QTest::newRow("json refused: HTML about the content type")
        << false << html(400, "<html><title>Unsupported Content-Type</title></html>") << "form";
    // The other way round: a server reading JSON only refuses the form a remembered setting sent... or
    // here, any form: JSON (the first) works at once.
    QTest::newRow("form refused, json first works") << true << FaultServer::http(415) << "json";
}

void TestSession::tokenFormatFallback()
{
    QFETCH(bool, refuseForm);
    QFETCH(QByteArray, refusal);
    QFETCH(QString, usedFormat);
    FaultServer server;
    server.setRoute("/oauth/access-token", tokenEndpoint(refuseForm, refusal));
    m_client->setBaseUrl(server.baseUrl());
    QSignalSpy changed(m_session.get(), &Session::tokenFormatChanged);
    signIn();
    QCOMPARE(m_session->accessToken(), QByteArray("format-token"));
    QCOMPARE(TokenRequestFormat::name(m_session->tokenFormat()), usedFormat);
    QCOMPARE(changed.size(), 1);
    const int expected = usedFormat == QLatin1String("form") ? 2 : 1; // never more than one extra
    QCOMPARE(server.requestCount("/oauth/access-token"), expected);
    QCOMPARE(m_session->tokenRequestCount(), expected);
    QVERIFY(!isForm(server.requests().first())); // the documented JSON goes first
    if (expected == 2) {
        const RecordedRequest &second = server.requests().at(1);
        QVERIFY(isForm(second));
        QCOMPARE(second.body, QByteArray("grant_type=client_credentials&client_id=") +
                                  QUrl::toPercentEncoding(m_session->clientId()) + "&client_secret=" +
                                  QUrl::toPercentEncoding(QString::fromLatin1(cx::sim::DemoClientSecret)));
    }
}

void TestSession::tokenFormatIsRemembered()
{
    FaultServer server;
    server.setRoute("/oauth/access-token", tokenEndpoint(false, FaultServer::http(415)));
    m_client->setBaseUrl(server.baseUrl());
    signIn();
    QCOMPARE(server.requestCount("/oauth/access-token"), 2);

    // A new session (the next start of the app) on the same base URL sends the form at once.
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    Session next(&client);
    next.setCredentials(m_session->clientId(), QString::fromLatin1(cx::sim::DemoClientSecret));
    QCOMPARE(next.tokenFormat(), TokenRequestFormat::Format::Form);
    QSignalSpy signedIn(&next, &Session::signedIn);
    next.signIn();
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(server.requestCount("/oauth/access-token"), 3);
    QVERIFY(isForm(server.requests().last()));
    QCOMPARE(next.tokenRequestCount(), 1);

    // Another base URL knows nothing of it.
    QCOMPARE(TokenRequestFormat::remembered(QUrl(QStringLiteral("http://127.0.0.1:1"))), std::nullopt);
}

void TestSession::rememberedFormatRefusedFallsBackOnce()
{
    FaultServer server;
    TokenRequestFormat::remember(server.baseUrl(), TokenRequestFormat::Format::Form);
    server.setRoute("/oauth/access-token", tokenEndpoint(true, FaultServer::http(415)));
    m_client->setBaseUrl(server.baseUrl());
    signIn();
    QCOMPARE(server.requestCount("/oauth/access-token"), 2);
    QVERIFY(isForm(server.requests().at(0)));
    QVERIFY(!isForm(server.requests().at(1)));
    QCOMPARE(m_session->tokenFormat(), TokenRequestFormat::Format::Json);
    QCOMPARE(TokenRequestFormat::remembered(server.baseUrl()), TokenRequestFormat::Format::Json);
}

void TestSession::bothFormatsRefusedReportsTheFirst()
{
    FaultServer server;
    Behaviour refuseAll;
    refuseAll.then = Behaviour::Then::KeepAlive;
    refuseAll.respond = [](const RecordedRequest &request) {
        return QList<Behaviour::Segment>{
            {isForm(request) ? FaultServer::http(400) : FaultServer::http(415), 0}};
    };
    server.setRoute("/oauth/access-token", refuseAll);
    m_client->setBaseUrl(server.baseUrl());
    QSignalSpy failed(m_session.get(), &Session::signInFailed);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    QTest::qWait(200); // nothing else is sent
    QCOMPARE(server.requestCount("/oauth/access-token"), 2);
    QCOMPARE(m_session->tokenRequestCount(), 2);
    QCOMPARE(m_session->lastTokenResponse().status, 415); // the documented format's answer
    QCOMPARE(TokenRequestFormat::remembered(server.baseUrl()), std::nullopt);

    // The next sign-in gets one fallback again, no more.
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    QTest::qWait(200);
    QCOMPARE(server.requestCount("/oauth/access-token"), 4);
}

void TestSession::otherFailuresAreNotRetriedInTheOtherFormat_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("code");
    // "Get an access token": 401 Invalid client credentials, 403 Inactive enterprise: the server read the
    // request; another format would be refused the same way.
    QTest::newRow("401 invalid client")
        << FaultServer::http(401, R"({"success":false,"message":"Client authentication failed"})")
        << "invalid_client";
    QTest::newRow("403 inactive enterprise")
        << FaultServer::http(403, R"({"success":false,"message":"Inactive enterprise","details":[]})")
        << "inactive_enterprise";
    QTest::newRow("500") << FaultServer::http(500) << "internal_error";
    // "Errors and troubleshooting": 400 on the token request = token invalid or expired, in words.
    QTest::newRow("400 with words of its own")
        << FaultServer::http(400,
                             R"({"success":false,"message":"Access token invalid or expired","details":[]})")
        << "invalid_request";
}

void TestSession::otherFailuresAreNotRetriedInTheOtherFormat()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, code);
    FaultServer server;
    Behaviour behaviour = FaultServer::reply(answer, Behaviour::Then::KeepAlive);
    server.setRoute("/oauth/access-token", behaviour);
    m_client->setBaseUrl(server.baseUrl());
    QSignalSpy failed(m_session.get(), &Session::signInFailed);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    QTest::qWait(200);
    QCOMPARE(server.requestCount("/oauth/access-token"), 1);
    QCOMPARE(m_session->lastError().code, code);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
