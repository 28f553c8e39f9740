// connect-sim as a client sees it: every request goes over a real loopback socket through a plain
// QNetworkAccessManager (no connect_core), so these tests pin the wire format other code relies on.
#include "ErrorTable.h"
#include "RouteTable.h"
#include "ScenarioInjector.h"
#include "SimFixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace cx::sim;

namespace {

struct Reply
{
    int status = 0; // 0: no HTTP response
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    QString message() const { return json().value(QStringLiteral("message")).toString(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", const QByteArray &authorization = {},
               int timeoutMs = 10000);
    Reply get(const QString &pathAndQuery, const QString &token)
    {
        return send("GET", pathAndQuery, {}, {}, "Bearer " + token.toLatin1());
    }
    QString token();
    void restart(const SimConfig &config = {});

    std::unique_ptr<ConnectSimulator> m_sim;
    QNetworkAccessManager m_nam;

private slots:
    void init();
    void cleanup();

    // OAuth
    void tokenFromJson();
    void tokenFromForm();
    void tokenFromBasicAuth();
    void tokenFailures_data();
    void tokenFailures();
    void introspect();
    void introspectFailures();
    void revokeThenRevoked();

    // Resources
    void resources_data();
    void resources();
    void itemsById();
    void pagination();
    void filtersAndDeterminism();
    void badQuery_data();
    void badQuery();
    void unknownAndMalformedIds();

    // Access
    void authErrors();
    void expiredToken();
    void missingScope();
    void rateLimit();

    // Scenarios and faults
    void startTimeScenario();
    void runTimeScenarioWithCount();
    void everyCatalogueCode();
    void oauthScenarioOnlyWhenPathSaysSo();
    void delayFault();
    void stallFault();
    void dropFault();
    void html502Fault();
    void controlApi();
    void controlCodes();

    // Routing and documentation
    void unknownPathAndWrongMethod();
    void openApiMatchesRoutes();
    void executablePrintsUrlAndAnswers();
};

void TestSimulator::init()
{
    restart();
}

void TestSimulator::cleanup()
{
    m_nam.clearConnectionCache(); // a fresh socket per test: drop/stall leave theirs behind
    m_sim.reset();
}

void TestSimulator::restart(const SimConfig &config)
{
    m_sim.reset();
    m_nam.clearConnectionCache();
    m_sim = cx::test::startSimulator(config);
}

Reply TestSimulator::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                          const QByteArray &contentType, const QByteArray &authorization, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 5000);
    Reply result;
    result.elapsedMs = clock.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

QString TestSimulator::token()
{
    const Reply reply = send("POST", QStringLiteral("/oauth/access-token"),
                             toJson({{"client_id", DemoClientId}, {"client_secret", DemoClientSecret}}));
    if (reply.status != 200)
        qWarning() << "token request failed" << reply.status << reply.body;
    return reply.json().value("token").toObject().value("access_token").toString();
}

// --- OAuth -----------------------------------------------------------------------------------------

void TestSimulator::tokenFromJson()
{
    const Reply reply = send("POST", "/oauth/access-token",
                             toJson({{"client_id", DemoClientId}, {"client_secret", DemoClientSecret}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    const QJsonObject body = reply.json();
    QCOMPARE(body.value("success").toBool(), true);
    const QJsonObject tokenObject = body.value("token").toObject();
    QCOMPARE(tokenObject.value("token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokenObject.value("expires_in").toInt(), 2592000);

    // JWT-shaped: three base64url parts; the payload carries client, scopes and a matching expiry.
    const QStringList parts = tokenObject.value("access_token").toString().split('.');
    QCOMPARE(parts.size(), 3);
    const auto decode = [](const QString &part) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    };
    QCOMPARE(decode(parts[0]).value("alg").toString(), QStringLiteral("HS256"));
    const QJsonObject payload = decode(parts[1]);
    QCOMPARE(payload.value("client_id").toString(), QString::fromLatin1(DemoClientId));
    QCOMPARE(payload.value("sub").toString(), QString::fromLatin1(DemoClientId));
    QCOMPARE(payload.value("scopes").toVariant().toStringList(), allScopes());
    QCOMPARE(payload.value("exp").toInteger() - payload.value("iat").toInteger(), 2592000);
    QVERIFY(!payload.value("jti").toString().isEmpty());
    QCOMPARE(m_sim->tokenRequestCount(), 1);
}

void TestSimulator::tokenFromForm()
{
    const Reply reply = send("POST", "/oauth/access-token",
                             "grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret",
                             "application/x-www-form-urlencoded");
    QCOMPARE(reply.status, 200);
    const QString accessToken = reply.json().value("token").toObject().value("access_token").toString();
    QCOMPARE(get("/api/templates", accessToken).status, 200);
}

void TestSimulator::tokenFromBasicAuth()
{
    const Reply reply = send("POST", "/oauth/access-token", "grant_type=client_credentials",
                             "application/x-www-form-urlencoded",
                             "Basic " + QByteArray("demo-client:demo-secret").toBase64());
    QCOMPARE(reply.status, 200);
}

void TestSimulator::tokenFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong secret") << QByteArray(R"({"client_id":"demo-client","client_secret":"nope"})")
                                  << QByteArray("application/json") << 401 << "invalid_client";
    QTest::newRow("wrong id, form") << QByteArray("client_id=other&client_secret=demo-secret")
                                    << QByteArray("application/x-www-form-urlencoded") << 401
                                    << "invalid_client";
    QTest::newRow("missing secret") << QByteArray(R"({"client_id":"demo-client"})")
                                    << QByteArray("application/json") << 422 << "invalid_request";
    QTest::newRow("empty body") << QByteArray() << QByteArray("application/json") << 422 << "invalid_request";
    QTest::newRow("bad json") << QByteArray("{\"client_id\":") << QByteArray("application/json") << 422
                              << "bad_request_body";
    QTest::newRow("json array") << QByteArray("[1]") << QByteArray("application/json") << 422
                                << "bad_request_body";
    QTest::newRow("password grant")
        << QByteArray("grant_type=password&client_id=demo-client&client_secret=demo-secret")
        << QByteArray("application/x-www-form-urlencoded") << 400 << "unsupported_grant_type";
}

void TestSimulator::tokenFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Reply reply = send("POST", "/oauth/access-token", body, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
    QVERIFY(!reply.message().isEmpty());
    QVERIFY(reply.header("content-type").startsWith("application/json"));
}

void TestSimulator::introspect()
{
    const QString accessToken = token();
    const QRegularExpression dateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
    for (const bool form : {false, true}) {
        const Reply reply = form ? send("POST", "/oauth/introspect", "token=" + accessToken.toLatin1(),
                                        "application/x-www-form-urlencoded")
                                 : send("POST", "/oauth/introspect", toJson({{"token", accessToken}}));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value("success").toBool(), true);
        QCOMPARE(body.value("message").toString(), QString());
        const QJsonObject data = body.value("data").toObject();
        QCOMPARE(data.value("active").toBool(), true);
        QCOMPARE(data.value("client_id").toString(), QString::fromLatin1(DemoClientId));
        QVERIFY(data.contains("user_id") && data.value("user_id").isNull());
        QCOMPARE(data.value("scopes").toVariant().toStringList(), allScopes());
        QVERIFY2(dateTime.match(data.value("expires_at").toString()).hasMatch(),
                 qPrintable(data.value("expires_at").toString()));
    }
}

void TestSimulator::introspectFailures()
{
    Reply reply = send("POST", "/oauth/introspect", "{}");
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), QStringLiteral("missing_field"));
    QVERIFY(reply.message().contains("'token'"));
    reply = send("POST", "/oauth/introspect", toJson({{"token", "not.a.token"}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), QStringLiteral("invalid_access_token"));
}

void TestSimulator::revokeThenRevoked()
{
    const QString accessToken = token();
    QCOMPARE(get("/api/templates", accessToken).status, 200);

    Reply reply = send("POST", "/oauth/revoke", toJson({{"token", accessToken}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(),
             (QJsonObject{
                 {"success", true}, {"message", "Token successfully revoked."}, {"data", QJsonValue::Null}}));

    reply = get("/api/templates", accessToken);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), QStringLiteral("revoked_access_token"));

    // Unknown or already revoked: 422, as documented.
    QCOMPARE(send("POST", "/oauth/revoke", toJson({{"token", accessToken}})).status, 422);
    QCOMPARE(send("POST", "/oauth/revoke", "token=garbage", "application/x-www-form-urlencoded").status, 422);
    reply = send("POST", "/oauth/introspect", toJson({{"token", accessToken}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), QStringLiteral("revoked_access_token"));
}

// --- Resources -------------------------------------------------------------------------------------

void TestSimulator::resources_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("total");
    QTest::newRow("templates") << "/api/templates" << 240;
    QTest::newRow("template tags") << "/api/templates/tags" << 15;
    QTest::newRow("assets") << "/api/assets" << 320;
    QTest::newRow("asset tags") << "/api/assets/tags" << 14;
    QTest::newRow("folders") << "/api/folders" << 30;
    QTest::newRow("logos") << "/api/brandkit/logos" << 6;
    QTest::newRow("colors") << "/api/brandkit/colors" << 10;
}

void TestSimulator::resources()
{
    QFETCH(QString, path);
    QFETCH(int, total);
    const Reply reply = get(path, token());
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    const QJsonArray data = body.value("data").toArray();
    QCOMPARE(data.size(), qMin(total, 20));
    QVERIFY(data.first().toObject().value("id").toInteger() > 0);
    QVERIFY(!data.first().toObject().value("name").toString().isEmpty());
    const QJsonObject meta = body.value("meta").toObject();
    QCOMPARE(meta.value("current_page").toInt(), 1);
    QCOMPARE(meta.value("per_page").toInt(), 20);
    QCOMPARE(meta.value("total").toInt(), total);
    QCOMPARE(meta.value("last_page").toInt(), (total + 19) / 20);
    QVERIFY(reply.header("x-ratelimit-limit").isEmpty()); // no limit set, no headers
}

void TestSimulator::itemsById()
{
    const QString accessToken = token();
    Reply reply = get("/api/templates/1001", accessToken);
    QCOMPARE(reply.status, 200);
    QJsonObject item = reply.json().value("data").toObject();
    QCOMPARE(item.value("id").toInt(), 1001);
    for (const char *field : {"name", "tags", "folder_id", "created_at", "thumbnail_url", "dimensions"})
        QVERIFY2(item.contains(field), field);

    reply = get("/api/assets/5001", accessToken);
    QCOMPARE(reply.status, 200);
    item = reply.json().value("data").toObject();
    QCOMPARE(item.value("id").toInt(), 5001);
    for (const char *field : {"name", "type", "mime_type", "file_size", "url", "thumbnail_url", "folder_id"})
        QVERIFY2(item.contains(field), field);

    reply = get("/api/brandkit", accessToken);
    QCOMPARE(reply.status, 200);
    const QJsonObject kit = reply.json().value("data").toObject();
    QCOMPARE(kit.value("logos").toArray().size(), 6);
    QCOMPARE(kit.value("colors").toArray().size(), 10);
}

void TestSimulator::pagination()
{
    const QString accessToken = token();
    Reply reply = get("/api/templates?page=3&per_page=100", accessToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("data").toArray().size(), 40);
    QCOMPARE(reply.json().value("meta").toObject(),
             (QJsonObject{{"current_page", 3}, {"per_page", 100}, {"total", 240}, {"last_page", 3}}));
    QCOMPARE(reply.json().value("data").toArray().first().toObject().value("id").toInt(), 1201);

    reply = get("/api/templates?page=4&per_page=100", accessToken); // past the end: empty, not an error
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("data").toArray().size(), 0);

    reply = get("/api/assets?per_page=1", accessToken); // bounds are inclusive
    QCOMPARE(reply.json().value("data").toArray().size(), 1);
    QCOMPARE(reply.json().value("meta").toObject().value("last_page").toInt(), 320);
}

void TestSimulator::filtersAndDeterminism()
{
    QString accessToken = token();
    const QJsonArray firstRun =
        get("/api/assets?per_page=100&page=2", accessToken).json().value("data").toArray();

    Reply reply = get("/api/templates?tag=social&per_page=100", accessToken);
    const int tagged = reply.json().value("meta").toObject().value("total").toInt();
    QVERIFY(tagged > 0 && tagged < 240);
    for (const QJsonValue &item : reply.json().value("data").toArray())
        QVERIFY(item.toObject().value("tags").toArray().contains(QStringLiteral("social")));

    reply = get("/api/templates?search=SALE", accessToken);
    QVERIFY(reply.json().value("meta").toObject().value("total").toInt() > 0);
    for (const QJsonValue &item : reply.json().value("data").toArray())
        QVERIFY(item.toObject().value("name").toString().contains("sale", Qt::CaseInsensitive));

    reply = get("/api/assets?folder_id=101&per_page=100", accessToken);
    for (const QJsonValue &item : reply.json().value("data").toArray())
        QCOMPARE(item.toObject().value("folder_id").toInt(), 101);

    // Same seed, same data; another seed, other data.
    restart();
    accessToken = token();
    QCOMPARE(get("/api/assets?per_page=100&page=2", accessToken).json().value("data").toArray(), firstRun);
    SimConfig other;
    other.seed = 7;
    restart(other);
    accessToken = token();
    QVERIFY(get("/api/assets?per_page=100&page=2", accessToken).json().value("data").toArray() != firstRun);
}

void TestSimulator::badQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("per_page 0") << "per_page=0"
                                << "per_page";
    QTest::newRow("per_page 101") << "per_page=101"
                                  << "per_page";
    QTest::newRow("per_page text") << "per_page=ten"
                                   << "per_page";
    QTest::newRow("per_page empty") << "per_page="
                                    << "per_page";
    QTest::newRow("page 0") << "page=0"
                            << "page";
    QTest::newRow("page negative") << "page=-2"
                                   << "page";
    QTest::newRow("page fraction") << "page=1.5"
                                   << "page";
    QTest::newRow("folder_id text") << "folder_id=x"
                                    << "folder_id";
}

void TestSimulator::badQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const Reply reply = get("/api/assets?" + query, token());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("bad_query_params"));
    QVERIFY2(reply.message().startsWith(QStringLiteral("Query parameter '%1' ").arg(parameter)),
             qPrintable(reply.message()));
}

void TestSimulator::unknownAndMalformedIds()
{
    const QString accessToken = token();
    Reply reply = get("/api/templates/99999", accessToken);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), QStringLiteral("not_found"));
    QCOMPARE(reply.message(), QStringLiteral("No template with id '99999' exists."));

    reply = get("/api/assets/99999", accessToken);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), QStringLiteral("asset_not_found"));
    QCOMPARE(reply.message(), QStringLiteral("No asset with id '99999' exists."));

    for (const char *bad : {"abc", "0", "-3", "12x"}) {
        reply = get(QStringLiteral("/api/templates/") + bad, accessToken);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("bad_request_params"));
        QVERIFY(reply.message().contains("'id'"));
    }
}

// --- Access ----------------------------------------------------------------------------------------

void TestSimulator::authErrors()
{
    Reply reply = send("GET", "/api/templates", {}, {});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), QStringLiteral("missing_access_token"));
    QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
    QVERIFY(reply.header("content-type").startsWith("application/json"));

    reply = send("GET", "/api/templates", {}, {}, "Basic ZGVtbzpkZW1v");
    QCOMPARE(reply.code(), QStringLiteral("missing_access_token"));

    reply = send("GET", "/api/templates", {}, {}, "Bearer garbage");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), QStringLiteral("invalid_access_token"));
    QVERIFY(reply.header("www-authenticate").contains("error=\"invalid_token\""));

    // A valid token with one character of its signature changed.
    QString tampered = token();
    tampered[tampered.size() - 2] =
        tampered[tampered.size() - 2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    reply = get("/api/templates", tampered);
    QCOMPARE(reply.code(), QStringLiteral("invalid_access_token"));

    // A token signed by another simulator instance (another key) is invalid here.
    auto other = cx::test::startSimulator();
    std::swap(other, m_sim);
    const QString foreign = token();
    std::swap(other, m_sim);
    QCOMPARE(get("/api/templates", foreign).code(), QStringLiteral("invalid_access_token"));
}

void TestSimulator::expiredToken()
{
    // The simulator's clock, moved on by hand: expiry is tested without waiting for it.
    qint64 now = QDateTime::currentSecsSinceEpoch();
    m_sim->setClock([&now] { return now; });
    const auto machineClock = qScopeGuard([this] { m_sim->setClock({}); }); // before `now` goes
    m_sim->setTokenLifetime(1);
    const QString accessToken = token();
    QCOMPARE(get("/api/templates", accessToken).status, 200); // good for its one second
    now += 1;                                                 // and not a second longer
    const Reply reply = get("/api/templates", accessToken);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), QStringLiteral("expired_access_token"));
    QCOMPARE(send("POST", "/oauth/introspect", toJson({{"token", accessToken}})).code(),
             QStringLiteral("expired_access_token"));
}

void TestSimulator::missingScope()
{
    m_sim->setScopes({QStringLiteral("profile:read"), QStringLiteral("templates:read")});
    QString accessToken = token();
    QCOMPARE(get("/api/templates", accessToken).status, 200);
    Reply reply = get("/api/folders", accessToken);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.code(), QStringLiteral("missing_scope"));
    QCOMPARE(reply.message(), QStringLiteral("This token lacks the 'assets:read' scope."));
    QCOMPARE(get("/api/brandkit/colors", accessToken).message(),
             QStringLiteral("This token lacks the 'brandkit:read' scope."));

    m_sim->setScopes({QStringLiteral("templates:read")});
    accessToken = token();
    QCOMPARE(get("/api/templates", accessToken).message(),
             QStringLiteral("This token lacks the 'profile:read' scope."));
}

void TestSimulator::rateLimit()
{
    m_sim->setRateLimit(3);
    const QString accessToken = token();
    for (int i = 0; i < 3; ++i) {
        const Reply reply = get("/api/templates?per_page=1", accessToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("x-ratelimit-limit"), QByteArray("3"));
        QCOMPARE(reply.header("x-ratelimit-remaining").toInt(), 2 - i);
        QVERIFY(!reply.header("x-ratelimit-reset").isEmpty());
    }
    const Reply limited = get("/api/assets", accessToken);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), QStringLiteral("too_many_requests"));
    const int retryAfter = limited.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 1, limited.header("retry-after").constData());
    QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
    QCOMPARE(limited.header("x-ratelimit-reset").toInt(), retryAfter);

    QTest::qWait(retryAfter * 1000 + 50);
    QCOMPARE(get("/api/assets", accessToken).status, 200);

    m_sim->setRateLimit(0);
    QVERIFY(get("/api/assets", accessToken).header("x-ratelimit-limit").isEmpty());
}

// --- Scenarios and faults --------------------------------------------------------------------------

void TestSimulator::startTimeScenario()
{
    SimConfig config;
    Scenario scenario;
    QString error;
    QVERIFY(parseScenario(QStringLiteral("internal_error@/api/templates"), &scenario, &error));
    config.scenarios << scenario;
    QVERIFY(!parseScenario(QStringLiteral("internal_error@api"), &scenario, &error));
    QVERIFY(error.contains("'api'"));
    restart(config);

    const QString accessToken = token();
    const Reply reply = get("/api/templates/1001", accessToken);
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.code(), QStringLiteral("internal_error"));
    QCOMPARE(reply.header("retry-after"), QByteArray("1"));
    QCOMPARE(get("/api/assets", accessToken).status, 200);
}

void TestSimulator::runTimeScenarioWithCount()
{
    const QString accessToken = token();
    Reply reply = send("POST", "/_sim/scenario", toJson({{"code", "too_many_requests"}, {"count", 2}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("scenarios").toArray().size(), 1);

    for (int i = 0; i < 2; ++i) {
        reply = get("/api/folders", accessToken);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.code(), QStringLiteral("too_many_requests"));
        QCOMPARE(reply.header("retry-after"), QByteArray("2"));
    }
    QCOMPARE(get("/api/folders", accessToken).status, 200);

    // Until cleared, and cleared by DELETE.
    QCOMPARE(send("POST", "/_sim/scenario", toJson({{"code", "permission_denied"}, {"path", "/api/assets"}}))
                 .status,
             200);
    QCOMPARE(get("/api/assets/5001", accessToken).status, 403);
    QCOMPARE(get("/api/assets/5001", accessToken).code(), QStringLiteral("permission_denied"));
    QCOMPARE(get("/api/templates", accessToken).status, 200);
    QCOMPARE(send("DELETE", "/_sim/scenario").json().value("scenarios").toArray().size(), 0);
    QCOMPARE(get("/api/assets/5001", accessToken).status, 200);

    // The C++ API does the same.
    Scenario scenario;
    scenario.code = QStringLiteral("not_found");
    scenario.remaining = 1;
    m_sim->setScenario(scenario);
    QCOMPARE(get("/api/assets", accessToken).code(), QStringLiteral("not_found"));
    QCOMPARE(get("/api/assets", accessToken).status, 200);
}

void TestSimulator::everyCatalogueCode()
{
    const QString accessToken = token();
    for (const QString &code : ErrorTable::codes()) {
        const ErrorSpec *spec = ErrorTable::find(code);
        // A path of its own: without one, inactive_enterprise would go to the token endpoint.
        QCOMPARE(
            send("POST", "/_sim/scenario", toJson({{"code", code}, {"count", 1}, {"path", "/api/templates"}}))
                .status,
            200);
        const Reply reply = get("/api/templates", accessToken);
        QVERIFY2(reply.status == spec->status, qPrintable(code));
        QCOMPARE(reply.code(), code);
        QVERIFY(!reply.message().isEmpty());
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        QVERIFY(reply.status >= 400 && reply.status < 600);
    }
    Reply reply = send("POST", "/_sim/scenario", toJson({{"code", "no_such_code"}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), QStringLiteral("invalid_field"));
}

void TestSimulator::oauthScenarioOnlyWhenPathSaysSo()
{
    QCOMPARE(send("POST", "/_sim/scenario", toJson({{"code", "internal_error"}})).status, 200);
    QVERIFY(!token().isEmpty());                      // an /api scenario leaves /oauth alone
    QCOMPARE(send("GET", "/_sim/state").status, 200); // and /_sim always

    QCOMPARE(send("POST", "/_sim/scenario",
                  toJson({{"code", "invalid_client"}, {"path", "/oauth/access-token"}, {"count", 1}}))
                 .status,
             200);
    const Reply reply = send("POST", "/oauth/access-token",
                             toJson({{"client_id", DemoClientId}, {"client_secret", DemoClientSecret}}));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), QStringLiteral("invalid_client"));
    QVERIFY(!token().isEmpty());

    QCOMPARE(send("POST", "/_sim/scenario", toJson({{"code", "internal_error"}, {"path", "/"}})).status, 200);
    QCOMPARE(send("GET", "/_sim/state").status, 200);
}

void TestSimulator::delayFault()
{
    const QString accessToken = token();
    QCOMPARE(
        send("POST", "/_sim/scenario", toJson({{"code", "delay"}, {"delay_ms", 400}, {"count", 1}})).status,
        200);
    Reply reply = get("/api/templates", accessToken);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 380, QByteArray::number(reply.elapsedMs).constData());
    QCOMPARE(reply.json().value("meta").toObject().value("total").toInt(), 240);
    reply = get("/api/templates", accessToken);
    QVERIFY(reply.elapsedMs < 380);
}

void TestSimulator::stallFault()
{
    const QString accessToken = token();
    QCOMPARE(send("POST", "/_sim/scenario", toJson({{"code", "stall"}, {"path", "/api/assets"}})).status,
             200);
    const Reply reply = send("GET", "/api/assets", {}, {}, "Bearer " + accessToken.toLatin1(), 500);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError); // the transfer timeout fired
    QVERIFY(reply.elapsedMs >= 450);
    QCOMPARE(get("/api/templates", accessToken).status, 200); // other paths still answer
}

void TestSimulator::dropFault()
{
    const QString accessToken = token();
    // Until cleared: QNetworkAccessManager resends an idempotent request once when a reused keep-alive
    // connection closes before any answer, so a count of 1 would be spent on the first attempt.
    QCOMPARE(send("POST", "/_sim/scenario", toJson({{"code", "drop"}, {"path", "/api/folders"}})).status,
             200);
    const Reply reply = get("/api/folders", accessToken);
    QCOMPARE(reply.status, 0);
    QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError,
             QByteArray::number(reply.error).constData());
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(get("/api/templates", accessToken).status, 200);
    QCOMPARE(send("DELETE", "/_sim/scenario").status, 200);
    QCOMPARE(get("/api/folders", accessToken).status, 200);
}

void TestSimulator::html502Fault()
{
    const QString accessToken = token();
    QCOMPARE(send("POST", "/_sim/scenario", toJson({{"code", "html_502"}, {"count", 1}})).status, 200);
    const Reply reply = get("/api/templates", accessToken);
    QCOMPARE(reply.status, 502);
    QVERIFY(reply.header("content-type").startsWith("text/html"));
    QVERIFY(reply.body.contains("<title>502 Bad Gateway</title>"));
}

void TestSimulator::controlApi()
{
    Reply reply = send("POST", "/_sim/config",
                       toJson({{"scopes", QJsonArray{"profile:read", "assets:read"}},
                               {"rate_limit", 5},
                               {"token_lifetime", 60}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_sim->config().rateLimitPerSecond, 5);

    const Reply tokenReply = send("POST", "/oauth/access-token",
                                  toJson({{"client_id", DemoClientId}, {"client_secret", DemoClientSecret}}));
    QCOMPARE(tokenReply.json().value("token").toObject().value("expires_in").toInt(), 60);
    const QString accessToken = tokenReply.json().value("token").toObject().value("access_token").toString();
    QCOMPARE(get("/api/assets", accessToken).header("x-ratelimit-limit"), QByteArray("5"));
    QCOMPARE(get("/api/templates", accessToken).code(), QStringLiteral("missing_scope"));

    reply = send("GET", "/_sim/state");
    QCOMPARE(reply.status, 200);
    const QJsonObject state = reply.json();
    QCOMPARE(state.value("scopes").toVariant().toStringList(), (QStringList{"profile:read", "assets:read"}));
    QCOMPARE(state.value("rate_limit").toInt(), 5);
    QCOMPARE(state.value("token_lifetime").toInt(), 60);
    QCOMPARE(state.value("token_requests").toInt(), 1);
    QCOMPARE(state.value("requests").toInt(), 2);
    QCOMPARE(m_sim->requestCount(), 2);

    // A bad field changes nothing.
    reply = send("POST", "/_sim/config", toJson({{"rate_limit", 1}, {"token_lifetime", "soon"}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), QStringLiteral("invalid_field"));
    QVERIFY(reply.message().contains("'token_lifetime'"));
    QCOMPARE(m_sim->config().rateLimitPerSecond, 5);
    QCOMPARE(send("POST", "/_sim/config", "nope").code(), QStringLiteral("bad_request_body"));
    QCOMPARE(send("POST", "/_sim/scenario", "{}").code(), QStringLiteral("missing_field"));
}

void TestSimulator::controlCodes()
{
    const Reply reply = send("GET", "/_sim/codes");
    QCOMPARE(reply.status, 200);
    QHash<QString, int> statuses;
    for (const QJsonValue &entry : reply.json().value("codes").toArray())
        statuses.insert(entry.toObject().value("code").toString(),
                        entry.toObject().value("status").toInt(-1));
    // Every catalogue code with the status a scenario answers it with, and the faults with 0.
    QCOMPARE(statuses.size(), ErrorTable::codes().size() + ScenarioInjector::faultCodes().size());
    QCOMPARE(statuses.value("expired_access_token"), 401);
    QCOMPARE(statuses.value("missing_scope"), 403);
    QCOMPARE(statuses.value("html_502"), 0);
    for (const QString &code : ErrorTable::codes())
        QCOMPARE(statuses.value(code, -1), ErrorTable::find(code)->status);
    // A scenario set with any of them is accepted.
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        QVERIFY2(send("POST", "/_sim/scenario", toJson({{"code", it.key()}, {"count", 1}})).status == 200,
                 qPrintable(it.key()));
    QCOMPARE(send("DELETE", "/_sim/scenario").status, 200);
}

// --- Routing and documentation ---------------------------------------------------------------------

void TestSimulator::unknownPathAndWrongMethod()
{
    const QString accessToken = token();
    for (const char *path : {"/", "/api/nothing", "/api/templates/1001/pages", "/oauth/token", "/api"}) {
        const Reply reply = get(QString::fromLatin1(path), accessToken);
        QVERIFY2(reply.status == 404, path);
        QCOMPARE(reply.code(), QStringLiteral("endpoint_not_found"));
        QVERIFY(reply.message().contains(QLatin1String(path)));
    }
    const struct
    {
        QByteArray method;
        const char *path;
        QByteArray allow;
    } wrong[] = {{"POST", "/api/templates", "GET"},
                 {"DELETE", "/api/assets/5001", "GET"},
                 {"GET", "/oauth/access-token", "POST"},
                 {"PUT", "/_sim/scenario", "POST, DELETE"},
                 {"PATCH", "/openapi.json", "GET"}};
    for (const auto &w : wrong) {
        const Reply reply = send(w.method, QString::fromLatin1(w.path), "{}", "application/json",
                                 "Bearer " + accessToken.toLatin1());
        QVERIFY2(reply.status == 405, w.path);
        QCOMPARE(reply.code(), QStringLiteral("bad_http_method"));
        QCOMPARE(reply.header("allow"), w.allow);
    }
}

void TestSimulator::openApiMatchesRoutes()
{
    const Reply reply = send("GET", "/openapi.json");
    QCOMPARE(reply.status, 200);
    const QJsonObject document = reply.json();
    QVERIFY(document.value("openapi").toString().startsWith("3.0"));
    QCOMPARE(document.value("servers").toArray().first().toObject().value("url").toString(),
             m_sim->baseUrl().toString());
    const QStringList tags = [&] {
        QStringList names;
        for (const QJsonValue &tag : document.value("tags").toArray())
            names << tag.toObject().value("name").toString();
        return names;
    }();
    for (const char *tag : {"Authentication", "Templates", "Assets", "Brand Kit"})
        QVERIFY2(tags.contains(tag), tag);
    QVERIFY(document.value("components")
                .toObject()
                .value("securitySchemes")
                .toObject()
                .value("connectOAuth")
                .toObject()
                .value("flows")
                .toObject()
                .contains("clientCredentials"));

    // Every documented operation is a route, with the same scopes, and the other way round.
    QSet<QString> documented;
    const QJsonObject paths = document.value("paths").toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            const QString signature = op.key().toUpper() + QLatin1Char(' ') + path.key();
            documented.insert(signature);
            const QJsonObject operation = op.value().toObject();
            for (const char *field : {"operationId", "summary", "description", "tags", "responses"})
                QVERIFY2(operation.contains(field), qPrintable(signature + " lacks " + field));
        }
    }
    QSet<QString> served;
    const QString accessToken = token();
    for (const Route &route : RouteTable::routes()) {
        const QString signature = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
        served.insert(signature);
        const QJsonObject operation = paths.value(route.pattern)
                                          .toObject()
                                          .value(QString::fromLatin1(route.method).toLower())
                                          .toObject();
        const QJsonArray security = operation.value("security").toArray();
        const QStringList documentedScopes =
            security.isEmpty() ? QStringList()
                               : security.first().toObject().value("connectOAuth").toVariant().toStringList();
        QVERIFY2(documentedScopes == route.scopes, qPrintable(signature));
        if (!route.scopes.isEmpty()) {
            const QJsonObject responses = operation.value("responses").toObject();
            for (const char *status : {"200", "401", "403", "429"})
                QVERIFY2(responses.contains(status), qPrintable(signature + " lacks " + status));
        }

        // And the server really answers it (not 404 endpoint_not_found, not 405).
        QString path = route.pattern;
        path.replace("{id}", route.pattern.startsWith("/api/assets") ? "5001" : "1001");
        const Reply answer = send(route.method, path, route.method == "POST" ? "{}" : QByteArray(),
                                  "application/json", "Bearer " + accessToken.toLatin1());
        QVERIFY2(answer.status != 405 && answer.code() != QLatin1String("endpoint_not_found"),
                 qPrintable(signature));
    }
    // The catalogue a scenario can answer with is documented with the statuses the simulator uses.
    QHash<QString, int> documentedCodes;
    for (const QJsonValue &entry : document.value("x-error-catalogue").toArray())
        documentedCodes.insert(entry.toObject().value("code").toString(),
                               entry.toObject().value("status").toInt());
    QCOMPARE(documentedCodes.size(), ErrorTable::codes().size());
    for (const QString &code : ErrorTable::codes())
        QVERIFY2(documentedCodes.value(code) == ErrorTable::find(code)->status, qPrintable(code));

    QCOMPARE(served - documented, QSet<QString>());
    QCOMPARE(documented - served, QSet<QString>());
}

void TestSimulator::executablePrintsUrlAndAnswers()
{
    const QString program = qEnvironmentVariable("CONNECT_SIM");
    if (program.isEmpty())
        QSKIP("CONNECT_SIM is not set (run through ctest)");
    QProcess process;
    process.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"),
                            QStringLiteral("not_found@/api/folders")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpression urlPattern(QStringLiteral("^http://127\\.0\\.0\\.1:(\\d+)$"));
    const auto match = urlPattern.match(firstLine);
    QVERIFY2(match.hasMatch(), qPrintable(firstLine));
    QVERIFY(match.captured(1).toInt() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(process.bytesAvailable() > 0 || process.waitForReadyRead(100), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(process.peek(4096)).contains("demo-secret"), 5000);

    // Talk to it like any client: the in-process simulator is not involved.
    QNetworkRequest request(QUrl(firstLine + QStringLiteral("/oauth/access-token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply =
        m_nam.post(request, toJson({{"client_id", DemoClientId}, {"client_secret", DemoClientSecret}}));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString accessToken = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value("token")
                                    .toObject()
                                    .value("access_token")
                                    .toString();
    reply->deleteLater();

    QNetworkRequest folders(QUrl(firstLine + QStringLiteral("/api/folders")));
    folders.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    reply = m_nam.get(folders);
    QSignalSpy folderFinished(reply, &QNetworkReply::finished);
    QVERIFY(folderFinished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404); // the --scenario
    reply->deleteLater();

    process.terminate(); // SIGTERM: a clean exit
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
