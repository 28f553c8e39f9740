// What ApiClient records of the exchange for the Request and Timing tabs (issues 16 and 17): each hop as
// it went on the wire (the first request, each redirect), and when the steps Qt reports happened.
// Against the in-process Connect simulator and a raw FaultServer for the redirect, on loopback.
#include "ConnectSimulator.h"
#include "FaultServer.h"
#include "SimFixture.h"
#include "auth/Session.h"
#include "net/ApiClient.h"

#include <QSignalSpy>
#include <QTest>

using cx::ApiCall;
using cx::ApiClient;
using cx::ApiRequest;
using cx::ApiResponse;
using cx::HopTiming;
using cx::SentHop;
using cx::test::FaultServer;

namespace {

ApiResponse run(ApiClient &client, const ApiRequest &request)
{
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(10000))
        qWarning("call did not finish");
    return call->response();
}

QByteArray headerOf(const SentHop &hop, const QByteArray &name)
{
    for (const auto &[key, value] : hop.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestApiClientWire : public QObject
{
    Q_OBJECT
private slots:
    void timingHasThePhasesQtReports()
    {
        auto sim = cx::test::startSimulator();
        ApiClient client; // a fresh client: its first request opens a connection
        client.setBaseUrl(sim->baseUrl());
        ApiRequest request;
        request.path = QStringLiteral("/_sim/state");
        request.authenticated = false;
        const ApiResponse response = run(client, request);
        QCOMPARE(response.status, 200);
        const HopTiming &t = response.timing;
        QVERIFY(t.recorded());
        QVERIFY2(t.connectStartUs > 0, qPrintable(QString::number(t.connectStartUs)));
        QVERIFY(t.requestSentUs >= t.connectStartUs);
        QVERIFY(t.firstByteUs >= t.requestSentUs);
        QVERIFY(t.finishedUs >= t.firstByteUs);
        QCOMPARE(t.encryptedUs, qint64(-1)); // plain HTTP
        // Before anything was sent nothing is recorded.
        QVERIFY(!HopTiming().recorded());
    }

    void theSentRequestIsRecordedWithItsToken()
    {
        auto sim = cx::test::startSimulator();
        ApiClient client;
        client.setBaseUrl(sim->baseUrl());
        cx::Session session(&client);
        session.setCredentials(QString::fromLatin1(cx::sim::DemoClientId),
                               QString::fromLatin1(cx::sim::DemoClientSecret));
        client.setSession(&session);
        QSignalSpy signedIn(&session, &cx::Session::signedIn);
        session.signIn();
        QVERIFY(signedIn.wait(5000));

        ApiRequest request;
        request.path = QStringLiteral("/api/templates");
        request.query = {{QStringLiteral("limit"), QStringLiteral("2")}};
        const ApiResponse response = run(client, request);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.sent.size(), 1);
        const SentHop &hop = response.sent.first();
        QCOMPARE(hop.reason, SentHop::Reason::First);
        QCOMPARE(hop.method, QByteArray("GET"));
        QCOMPARE(hop.url.path(), QStringLiteral("/api/templates"));
        QCOMPARE(hop.url.query(), QStringLiteral("limit=2"));
        QCOMPARE(hop.status, 200);
        QCOMPARE(headerOf(hop, "Authorization"), QByteArray("Bearer ") + session.accessToken());
        QCOMPARE(headerOf(hop, "Host"), QByteArray("127.0.0.1:") + QByteArray::number(sim->baseUrl().port()));
        QVERIFY(!headerOf(hop, "User-Agent").isEmpty());
        QVERIFY(hop.body.isEmpty());
        client.setSession(nullptr);
    }

    void eachRedirectHopIsListed()
    {
        FaultServer server;
        server.setRoute("/old", FaultServer::redirect(307, "/new"));
        server.setRoute("/new", FaultServer::ok());
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/old");
        request.authenticated = false;
        request.headers = {{"Authorization", "Bearer own-token"}};
        request.body = R"({"name":"x"})";
        const ApiResponse response = run(client, request);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.sent.size(), 2);
        const SentHop &first = response.sent.at(0);
        const SentHop &second = response.sent.at(1);
        QCOMPARE(first.reason, SentHop::Reason::First);
        QCOMPARE(first.status, 307);
        QCOMPARE(first.location, QByteArray("/new"));
        QCOMPARE(first.url.path(), QStringLiteral("/old"));
        QCOMPARE(second.reason, SentHop::Reason::Redirect);
        QCOMPARE(second.method, QByteArray("POST"));
        QCOMPARE(second.url.path(), QStringLiteral("/new"));
        QCOMPARE(second.body, request.body);                                         // 307 keeps the body
        QCOMPARE(headerOf(second, "Authorization"), QByteArray("Bearer own-token")); // same origin
        QCOMPARE(headerOf(second, "Content-Length"), QByteArray::number(request.body.size()));
        QCOMPARE(second.status, 200);
        // What the server read agrees with what was recorded.
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).body, second.body);
    }
};

QTEST_MAIN(TestApiClientWire)
#include "tst_apiclient_wire.moc"
