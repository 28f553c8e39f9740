// The simulator's scenarios as a demo shows them, over real loopback sockets and a plain
// QNetworkAccessManager: a simulated missing_scope really withholds the scope the endpoint needs (its
// 403, the token's introspection and later requests agree), a dropped connection counted once reaches
// the client although Qt resends the request by itself, and a simulated field error names an input the
// endpoint really takes, so the app's FaultLocator points at it (a body field of a POST, a query
// parameter of a GET).
#include "ConnectSimulator.h"
#include "ScenarioInjector.h"
#include "SimFixture.h"
#include "errors/ApiError.h"
#include "errors/FaultLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    QString message() const { return json().value(QStringLiteral("message")).toString(); }
};

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimDemo : public QObject
{
    Q_OBJECT

private:
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QString &token = {});
    Reply get(const QString &pathAndQuery, const QString &token)
    {
        return send("GET", pathAndQuery, {}, token);
    }
    QString token();
    QStringList introspectedScopes(const QString &token);
    void simulate(const QString &code, const QString &path, int count = 1);
    int apiRequests();
    cx::FaultTarget locate(const QByteArray &method, const QString &path, const QByteArray &body,
                           const Reply &reply);

    std::unique_ptr<ConnectSimulator> m_sim;
    QNetworkAccessManager m_nam;

private slots:
    void init();
    void cleanup();

    void missingScopeWithholdsTheScopeTheEndpointNeeds_data();
    void missingScopeWithholdsTheScopeTheEndpointNeeds();
    void missingScopeUnderTheAllScopeModel();
    void droppedOnceStaysDroppedThroughQtsResends_data();
    void droppedOnceStaysDroppedThroughQtsResends();
    void dropUntilClearedAndOtherRequestsAreUntouched();
    void fieldErrorsNameWhatTheEndpointTakes_data();
    void fieldErrorsNameWhatTheEndpointTakes();
};

void TestSimDemo::init()
{
    m_nam.clearConnectionCache();
    m_sim = cx::test::startSimulator();
}

void TestSimDemo::cleanup()
{
    m_nam.clearConnectionCache();
    m_sim.reset();
}

Reply TestSimDemo::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                        const QString &token)
{
    QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + pathAndQuery));
    request.setTransferTimeout(10000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

QString TestSimDemo::token()
{
    const Reply reply = send("POST", QStringLiteral("/oauth/access-token"),
                             toJson({{"client_id", DemoClientId}, {"client_secret", DemoClientSecret}}));
    return reply.json().value("token").toObject().value("access_token").toString();
}

QStringList TestSimDemo::introspectedScopes(const QString &token)
{
    const Reply reply = send("POST", QStringLiteral("/oauth/introspect"), toJson({{"token", token}}));
    return reply.json().value("data").toObject().value("scopes").toVariant().toStringList();
}

void TestSimDemo::simulate(const QString &code, const QString &path, int count)
{
    QJsonObject scenario{{"code", code}, {"count", count}};
    if (!path.isNull())
        scenario.insert("path", path);
    QCOMPARE(send("POST", QStringLiteral("/_sim/scenario"), toJson(scenario)).status, 200);
}

int TestSimDemo::apiRequests()
{
    return send("GET", QStringLiteral("/_sim/state")).json().value("requests").toInt();
}

cx::FaultTarget TestSimDemo::locate(const QByteArray &method, const QString &path, const QByteArray &body,
                                    const Reply &reply)
{
    cx::ApiRequest request;
    request.method = method;
    const QUrl url(path);
    request.path = url.path();
    for (const auto &[name, value] : QUrlQuery(url).queryItems())
        request.query.append({name, value});
    request.body = body;
    cx::ApiResponse response;
    response.status = reply.status;
    response.body = reply.body;
    response.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return cx::FaultLocator::locate(cx::ApiError::fromResponse(response), request,
                                    path.contains(QLatin1String("/5001")) ? QStringList{"id"}
                                                                          : QStringList{});
}

// --- missing_scope ---------------------------------------------------------------------------------

void TestSimDemo::missingScopeWithholdsTheScopeTheEndpointNeeds_data()
{
    QTest::addColumn<QString>("scenarioPath"); // null: the default, every /api path
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("otherPath"); // needs another scope: still answers

    // The tour's step 6: "Without brandkit:read the API answers 403 missing_scope".
    QTest::newRow("brand kit (the tour)")
        << QStringLiteral("/api/brandkit") << QStringLiteral("/api/brandkit")
        << QStringLiteral("brandkit:read") << QStringLiteral("/api/templates");
    // The Simulate menu: no path, the next request whatever it is.
    QTest::newRow("templates (Simulate menu)")
        << QString() << QStringLiteral("/api/templates?per_page=5") << QStringLiteral("templates:read")
        << QStringLiteral("/api/assets");
    QTest::newRow("folders") << QString() << QStringLiteral("/api/folders") << QStringLiteral("assets:read")
                             << QStringLiteral("/api/brandkit/colors");
}

void TestSimDemo::missingScopeWithholdsTheScopeTheEndpointNeeds()
{
    QFETCH(QString, scenarioPath);
    QFETCH(QString, path);
    QFETCH(QString, scope);
    QFETCH(QString, otherPath);

    const QString accessToken = token();
    QVERIFY(introspectedScopes(accessToken).contains(scope));
    simulate(QStringLiteral("missing_scope"), scenarioPath);
    const Reply refused = get(path, accessToken);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), QStringLiteral("missing_scope"));
    // It names the endpoint's own scope, not profile:read, which the token keeps.
    QCOMPARE(refused.message(), QStringLiteral("This token lacks the '%1' scope.").arg(scope));

    // The token's granted scopes (what the error panel lists) agree: the named one is gone, the rest stay.
    const QStringList granted = introspectedScopes(accessToken);
    QVERIFY2(!granted.contains(scope), qPrintable(granted.join(',')));
    QStringList expected = allScopes();
    expected.removeAll(scope);
    QCOMPARE(granted, expected);

    // The scenario was for one request; what it took stays taken, like a real missing scope: another
    // endpoint answers, the same one refuses for real, and a new token (sign in again) has it back.
    QCOMPARE(get(otherPath, accessToken).status, 200);
    const Reply again = get(path, accessToken);
    QCOMPARE(again.status, 403);
    QCOMPARE(again.message(), refused.message());
    const QString renewed = token();
    QCOMPARE(introspectedScopes(renewed), allScopes());
    QCOMPARE(get(path, renewed).status, 200);
    // Clearing the simulated errors gives the first token its scope back too.
    QCOMPARE(send("DELETE", QStringLiteral("/_sim/scenario")).status, 200);
    QCOMPARE(introspectedScopes(accessToken), allScopes());
    QCOMPARE(get(path, accessToken).status, 200);
}

void TestSimDemo::missingScopeUnderTheAllScopeModel()
{
    // The newer overview: every route needs profile:read, templates:read and assets:read, and brandkit:read
    // none, so taking brandkit:read away would not refuse anything: a scope the route requires goes.
    m_sim->setScopeModel(ScopeModel::All);
    const QString accessToken = token();
    simulate(QStringLiteral("missing_scope"), QStringLiteral("/api/brandkit"));
    const Reply refused = get(QStringLiteral("/api/brandkit"), accessToken);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.message(), QStringLiteral("This token lacks the 'assets:read' scope."));
    QVERIFY(!introspectedScopes(accessToken).contains(QStringLiteral("assets:read")));
    QCOMPARE(get(QStringLiteral("/api/brandkit"), accessToken).status, 403);
}

// --- drop --------------------------------------------------------------------------------------------

void TestSimDemo::droppedOnceStaysDroppedThroughQtsResends_data()
{
    QTest::addColumn<bool>("warm"); // a keep-alive connection exists before the drop
    QTest::newRow("on a reused connection") << true;
    QTest::newRow("on a fresh connection") << false;
}

void TestSimDemo::droppedOnceStaysDroppedThroughQtsResends()
{
    QFETCH(bool, warm);
    const QString accessToken = token();
    if (warm)
        QCOMPARE(get(QStringLiteral("/api/templates"), accessToken).status, 200);
    else
        m_nam.clearConnectionCache();
    // "Next request only", as the Simulate menu sets it.
    simulate(QStringLiteral("drop"), QString(), 1);
    const int before = apiRequests();
    const Reply dropped = get(QStringLiteral("/api/templates"), accessToken);
    // The user's request fails as a dropped connection, not with the 200 of Qt's silent resend.
    QCOMPARE(dropped.status, 0);
    QVERIFY2(dropped.error == QNetworkReply::RemoteHostClosedError,
             QByteArray::number(dropped.error).constData());
    QVERIFY(dropped.body.isEmpty());
    const int attempts = apiRequests() - before;
    QVERIFY2(attempts >= 1 && attempts <= 1 + ScenarioInjector::MaxResends, QByteArray::number(attempts));
    qInfo("Qt sent the dropped GET %d time(s)", attempts);

    // The scenario is spent: the user's next request (not Qt's immediate resend) is answered.
    QTest::qWait(ScenarioInjector::ResendWindowMs + 100);
    QCOMPARE(get(QStringLiteral("/api/templates"), accessToken).status, 200);
    QCOMPARE(get(QStringLiteral("/api/templates"), accessToken).status, 200);
    QVERIFY(send("GET", QStringLiteral("/_sim/state")).json().value("scenarios").toArray().isEmpty());
}

void TestSimDemo::dropUntilClearedAndOtherRequestsAreUntouched()
{
    const QString accessToken = token();
    QCOMPARE(get(QStringLiteral("/api/assets"), accessToken).status, 200);
    simulate(QStringLiteral("drop"), QStringLiteral("/api/folders"), 1);
    // Another request (another path) right after a drop is not taken for its resend.
    QCOMPARE(get(QStringLiteral("/api/folders"), accessToken).error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(get(QStringLiteral("/api/assets"), accessToken).status, 200);
    // Until cleared: every request dropped, then answered once cleared.
    simulate(QStringLiteral("drop"), QStringLiteral("/api/folders"), -1);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(get(QStringLiteral("/api/folders"), accessToken).error,
                 QNetworkReply::RemoteHostClosedError);
    QCOMPARE(send("DELETE", QStringLiteral("/_sim/scenario")).status, 200);
    QCOMPARE(get(QStringLiteral("/api/folders"), accessToken).status, 200);
}

// --- invalid_field / missing_field -------------------------------------------------------------------

void TestSimDemo::fieldErrorsNameWhatTheEndpointTakes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("kind"); // FaultTarget::kindName of what the app's FaultLocator finds
    QTest::addColumn<QString>("name");

    // A writable endpoint of the real API: introspection takes a JSON body with a required "token".
    const QByteArray withToken = R"({"token":"not-a-token"})";
    QTest::newRow("invalid body field")
        << QStringLiteral("invalid_field") << QByteArray("POST") << QStringLiteral("/oauth/introspect")
        << withToken << QStringLiteral("The field 'token' has invalid data.") << QStringLiteral("field")
        << QStringLiteral("token");
    QTest::newRow("missing body field")
        << QStringLiteral("missing_field") << QByteArray("POST") << QStringLiteral("/oauth/revoke")
        << QByteArray("{}") << QStringLiteral("The field 'token' is required.") << QStringLiteral("field")
        << QStringLiteral("token");
    // The token endpoint: the required field the body left out.
    QTest::newRow("missing client_secret")
        << QStringLiteral("missing_field") << QByteArray("POST") << QStringLiteral("/oauth/access-token")
        << QByteArray(R"({"client_id":"demo-client"})")
        << QStringLiteral("The field 'client_secret' is required.") << QStringLiteral("field")
        << QStringLiteral("client_secret");
    // A GET sends no body: its input is the query (the parameter it carries, else per_page) or the path.
    QTest::newRow("GET list, query sent")
        << QStringLiteral("invalid_field") << QByteArray("GET") << QStringLiteral("/api/templates?page=2")
        << QByteArray() << QStringLiteral("The query parameter 'page' has invalid data.")
        << QStringLiteral("query") << QStringLiteral("page");
    QTest::newRow("GET list, no query")
        << QStringLiteral("missing_field") << QByteArray("GET") << QStringLiteral("/api/assets")
        << QByteArray() << QStringLiteral("The query parameter 'per_page' is required.")
        << QStringLiteral("query") << QStringLiteral("per_page");
    QTest::newRow("GET by id") << QStringLiteral("invalid_field") << QByteArray("GET")
                               << QStringLiteral("/api/assets/5001") << QByteArray()
                               << QStringLiteral("The path parameter 'id' has invalid data.")
                               << QStringLiteral("path") << QStringLiteral("id");
}

void TestSimDemo::fieldErrorsNameWhatTheEndpointTakes()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, kind);
    QFETCH(QString, name);

    const QString accessToken = path.startsWith(QLatin1String("/api")) ? token() : QString();
    simulate(code, QUrl(path).path());
    const Reply reply = send(method, path, body, accessToken);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.message(), message);
    const cx::FaultTarget target = locate(method, path, body, reply);
    QCOMPARE(cx::FaultTarget::kindName(target.kind), kind);
    QCOMPARE(target.name, name);
}

QTEST_GUILESS_MAIN(TestSimDemo)
#include "tst_sim_demo.moc"
