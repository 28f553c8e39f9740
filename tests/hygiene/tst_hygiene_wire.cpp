// On the wire: a request that cannot be sent as written (the reported attack: a header value holding
// "\r\n\r\nGET /smuggled ...", which let the server read a second request carrying our Authorization
// header) sends nothing at all — no token request, no connection, not one byte — and fails with
// NetworkFailure::InvalidRequest naming the header. Through ApiClient with a Session, and through
// connect-cli (call, tour validate, tour run, check --compare).
#include "CliProcess.h"
#include "RawLogServer.h"
#include "TempFile.h"
#include "auth/Session.h"
#include "net/ApiClient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(cx::ApiRequest)

using namespace cx;
using cx::test::CliOptions;
using cx::test::CliRun;
using cx::test::RawLogServer;
using cx::test::runCli;

namespace {

constexpr char Smuggle[] = "a\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil.example";

ApiResponse sendAndWait(ApiClient &client, const ApiRequest &request)
{
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(10000))
        qFatal("the call did not finish");
    const ApiResponse response = call->response();
    call->deleteLater();
    return response;
}

ApiRequest smuggling()
{
    ApiRequest request;
    request.path = QStringLiteral("/api/ok");
    request.headers = {{"X-Inj", Smuggle}};
    return request;
}

} // namespace

class TestHygieneWire : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        return test::writeTempFile(m_dir, name, data);
    }
    static QStringList connection(const RawLogServer &server)
    {
        return {QStringLiteral("--base-url"),          server.baseUrl().toString(),
                QStringLiteral("--client-id"),         QStringLiteral("raw-client"),
                QStringLiteral("--client-secret-env"), QStringLiteral("TEST_SECRET")};
    }
    static CliOptions cliOptions()
    {
        CliOptions options;
        options.environment.insert(QStringLiteral("TEST_SECRET"), QStringLiteral("raw-secret"));
        return options;
    }
    static QByteArray tourWithSmugglingHeader()
    {
        return QByteArray(R"({
  "format": "connect-tour/1",
  "title": "Smuggling",
  "steps": [
    {
      "id": "one",
      "title": "One",
      "narration": "n",
      "request": {
        "path": "/api/ok",
        "headers": {
          "X-Inj": "a\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil.example"
        }
      },
      "expect": {"status": 200}
    }
  ]
}
)");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("CONNECT_CLI")), "CONNECT_CLI must name connect-cli");
    }

    void refusedRequests_data()
    {
        QTest::addColumn<ApiRequest>("request");
        QTest::addColumn<QString>("named");
        QTest::newRow("smuggling header") << smuggling() << QStringLiteral("Header 'X-Inj'");
        ApiRequest lf = smuggling();
        lf.headers = {{"X-Inj", "a\nAuthorization: Bearer stolen"}};
        QTest::newRow("bare LF") << lf << QStringLiteral("Header 'X-Inj'");
        ApiRequest name = smuggling();
        name.headers = {{"X-Inj: a\r\nX-B", "c"}};
        QTest::newRow("header name") << name << QStringLiteral("its name");
        ApiRequest method = smuggling();
        method.headers.clear();
        method.method = "GET /smuggled HTTP/1.1\r\nHost: evil.example\r\n\r\nGET";
        QTest::newRow("method") << method << QStringLiteral("The method");
        ApiRequest path = smuggling();
        path.headers.clear();
        path.path = QStringLiteral("/api/ok HTTP/1.1\r\nX-A: b");
        QTest::newRow("path") << path << QStringLiteral("The path");
    }

    // Not signed in yet: not even the token request may go out for a request that will be refused.
    void refusedRequests()
    {
        QFETCH(ApiRequest, request);
        QFETCH(QString, named);
        RawLogServer server;
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        Session session(&client);
        session.setCredentials(QStringLiteral("raw-client"), QStringLiteral("raw-secret"));
        client.setSession(&session);

        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.failure, NetworkFailure::InvalidRequest);
        QCOMPARE(networkFailureName(response.failure), QStringLiteral("invalid_request"));
        QVERIFY2(response.failureDetail.contains(named), qPrintable(response.failureDetail));
        QCOMPARE(response.status, 0);
        QTest::qWait(200); // anything sent would have arrived by now
        QCOMPARE(server.connections(), 0);
        QCOMPARE(server.received(), QByteArray());
        QCOMPARE(session.tokenRequestCount(), 0);
    }

    // Signed in, with a token Qt would append after our headers: still nothing on the wire.
    void signedInSessionSendsNothing()
    {
        RawLogServer server;
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        Session session(&client);
        session.setCredentials(QStringLiteral("raw-client"), QStringLiteral("raw-secret"));
        client.setSession(&session);

        // The control: a good request arrives, with our token, as one request.
        ApiRequest good;
        good.path = QStringLiteral("/api/ok");
        good.headers = {{"X-Fine", "a\tb"}};
        good.query = {{QStringLiteral("q"), QStringLiteral("a\r\nb")}}; // data: sent percent-encoded
        const ApiResponse ok = sendAndWait(client, good);
        QVERIFY2(ok.isSuccess(), qPrintable(ok.failureDetail));
        QVERIFY(server.received().contains("Authorization: Bearer raw-token-123"));
        QVERIFY(server.requestLines().contains(QByteArray("GET /api/ok?q=a%0D%0Ab HTTP/1.1")));
        const int tokenRequests = session.tokenRequestCount();
        QCOMPARE(tokenRequests, 1);

        server.clear();
        const ApiResponse refused = sendAndWait(client, smuggling());
        QCOMPARE(refused.failure, NetworkFailure::InvalidRequest);
        QVERIFY2(refused.failureDetail.contains(QStringLiteral("X-Inj")), qPrintable(refused.failureDetail));
        QTest::qWait(200);
        QCOMPARE(server.received(), QByteArray());
        QVERIFY(server.requestLines().isEmpty());
        QVERIFY(!server.received().contains("/smuggled"));
        QVERIFY(!server.received().contains("Authorization"));
        QCOMPARE(session.tokenRequestCount(), tokenRequests);
    }

    // connect-cli call --header with the smuggling value: exit 64 naming the header, nothing at /api.
    void cliCallRefusesTheHeader()
    {
        RawLogServer server;
        const CliRun run = runCli(QStringList{QStringLiteral("call"), QStringLiteral("GET"),
                                              QStringLiteral("/api/ok"), QStringLiteral("--header"),
                                              QStringLiteral("X-Inj: ") + QString::fromLatin1(Smuggle)} +
                                      connection(server),
                                  cliOptions());
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("X-Inj"), run.err.constData());
        QVERIFY(!server.received().contains("/smuggled"));
        QVERIFY(!server.received().contains("/api/ok"));
        QVERIFY(!server.received().contains("evil.example"));
    }

    void cliTourValidateFailsNamingLineAndField()
    {
        const QString file = write(QStringLiteral("smuggling-tour.json"), tourWithSmugglingHeader());
        const CliRun validate = runCli({QStringLiteral("tour"), QStringLiteral("validate"), file});
        QCOMPARE(validate.exitCode, 64);
        QVERIFY2(validate.err.contains("line 12: steps[0].request.headers.X-Inj is not a valid header value"),
                 validate.err.constData());

        RawLogServer server;
        const CliRun played =
            runCli(QStringList{QStringLiteral("tour"), QStringLiteral("run"), file} + connection(server),
                   cliOptions());
        QCOMPARE(played.exitCode, 64);
        QVERIFY2(played.err.contains("steps[0].request.headers.X-Inj"), played.err.constData());
        QCOMPARE(server.received(), QByteArray()); // the file was refused before anything was sent
    }

#ifdef Q_OS_UNIX
    // The reported crash: 2.1 GB, then an abort. Now a refusal, at once.
    void cliTourValidateDevZeroIsRefused()
    {
        const CliRun run =
            runCli({QStringLiteral("tour"), QStringLiteral("validate"), QStringLiteral("/dev/zero")});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("4 MiB"), run.err.constData());
    }

    void cliCheckCompareIsBounded()
    {
        const CliRun run = runCli({QStringLiteral("check"), QStringLiteral("--compare"),
                                   QStringLiteral("/dev/zero"), QStringLiteral("/dev/zero")});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("16 MiB"), run.err.constData());
    }
#endif
};

QTEST_GUILESS_MAIN(TestHygieneWire)
#include "tst_hygiene_wire.moc"
