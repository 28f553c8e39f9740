// connect-cli end to end: the real executable against the in-process simulator (and a foreign server)
// over loopback sockets. Each test reads like what a user types and what they get back.
#include "CliProcess.h"
#include "HttpFraming.h"
#include "SimFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace cx;

namespace {

const char CanarySecret[] = "canary-secret-7f3a9c";

using test::CliRun;

CliRun runCli(const QStringList &arguments, const QString &secret = QString::fromLatin1(CanarySecret))
{
    test::CliOptions options;
    options.timeoutMs = 60000;
    if (!secret.isNull())
        options.environment.insert(QStringLiteral("TEST_SECRET"), secret);
    return test::runCli(arguments, options);
}

// A server we did not write that speaks this API: it issues a token, then answers every other request
// with one canned error response. Checks that decisions come from the catalogue, not from our simulator.
class ForeignServer : public QTcpServer
{
public:
    explicit ForeignServer(QByteArray errorResponse) : m_errorResponse(std::move(errorResponse))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const std::optional<QByteArray> complete = test::takeRequest(m_buffer[socket]);
                    if (!complete)
                        return;
                    const QByteArray &request = *complete;
                    if (request.startsWith("POST /oauth/access-token")) {
                        const QByteArray body =
                            R"({"success":true,"token":{"token_type":"Bearer","expires_in":3600,"access_token":"foreign-token"}})";
                        socket->write(
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    } else {
                        socket->write(m_errorResponse);
                    }
                    m_buffer.remove(socket);
                });
            }
        });
    }

private:
    QByteArray m_errorResponse;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &contentType,
                        const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::ConnectSimulator> m_sim;

    QStringList base(const QString &baseUrl = {}) const
    {
        return {
            QStringLiteral("--base-url"),          baseUrl.isEmpty() ? m_sim->baseUrl().toString() : baseUrl,
            QStringLiteral("--client-id"),         QStringLiteral("demo-client"),
            QStringLiteral("--client-secret-env"), QStringLiteral("TEST_SECRET")};
    }
    QStringList call(const QString &method, const QString &path, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("call"), method, path} + base() + extra;
    }
    void verifyNoSecrets(const CliRun &run)
    {
        QVERIFY2(!run.out.contains(CanarySecret) && !run.err.contains(CanarySecret),
                 "the secret was printed");
        QVERIFY2(!run.out.contains("eyJ") && !run.err.contains("eyJ"), "a token was printed");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CONNECT_CLI")),
                 "CONNECT_CLI must name the connect-cli binary");
    }

    void init()
    {
        sim::SimConfig config;
        config.clientSecret = QString::fromLatin1(CanarySecret);
        m_sim = test::startSimulator(config);
    }
    void cleanup() { m_sim.reset(); }

    void callPrintsTheBodyAndSucceeds()
    {
        const CliRun run = runCli(call(QStringLiteral("GET"), QStringLiteral("/api/templates"),
                                       {QStringLiteral("--query"), QStringLiteral("per_page=3")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject body = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(body.value(QStringLiteral("data")).toArray().size(), 3);
        QCOMPARE(body.value(QStringLiteral("meta")).toObject().value(QStringLiteral("per_page")).toInt(), 3);
        verifyNoSecrets(run);
    }

    void jsonOutputHasTheDocumentedShape()
    {
        const CliRun run =
            runCli(call(QStringLiteral("GET"), QStringLiteral("/api/assets"),
                        {QStringLiteral("--query"), QStringLiteral("page=2"), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(json.value(QStringLiteral("headers"))
                    .toObject()
                    .value(QStringLiteral("content-type"))
                    .toString()
                    .contains(QStringLiteral("application/json")));
        QVERIFY(json.value(QStringLiteral("body")).toObject().value(QStringLiteral("data")).isArray());
        QCOMPARE(json.value(QStringLiteral("body"))
                     .toObject()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("current_page"))
                     .toInt(),
                 2);
        QVERIFY(json.value(QStringLiteral("elapsed_ms")).toDouble() >= 0);
        QVERIFY(json.value(QStringLiteral("error")).isNull());
        verifyNoSecrets(run);
    }

    // --repeat N: N requests in a row after one sign-in, a summary instead of the bodies.
    void repeatPrintsASummary()
    {
        const int tokensBefore = m_sim->tokenRequestCount();
        const CliRun run =
            runCli(call(QStringLiteral("GET"), QStringLiteral("/api/templates"),
                        {QStringLiteral("--query"), QStringLiteral("per_page=1"), QStringLiteral("--repeat"),
                         QStringLiteral("20"), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = run.json();
        QCOMPARE(summary.value(QStringLiteral("count")).toInt(), 20);
        QCOMPARE(summary.value(QStringLiteral("ok")).toInt(), 20);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("statuses")).toObject().value(QStringLiteral("200")).toInt(),
                 20);
        QVERIFY(summary.value(QStringLiteral("total_ms")).toDouble() > 0);
        QVERIFY(summary.value(QStringLiteral("p50_ms")).toDouble() <=
                summary.value(QStringLiteral("p95_ms")).toDouble());
        QCOMPARE(m_sim->tokenRequestCount() - tokensBefore, 1);
        QVERIFY2(!run.out.contains("\"data\""), run.out.constData()); // no bodies
        verifyNoSecrets(run);

        const CliRun human = runCli(call(QStringLiteral("GET"), QStringLiteral("/api/assets/99999999"),
                                         {QStringLiteral("--repeat"), QStringLiteral("3")}));
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.out.startsWith("count 3  ok 0  failed 3"), human.out.constData());
        QVERIFY2(human.err.contains("asset_not_found"), human.err.constData());
        QCOMPARE(runCli(call(QStringLiteral("GET"), QStringLiteral("/api/templates"),
                             {QStringLiteral("--repeat"), QStringLiteral("0")}))
                     .exitCode,
                 64);
    }

    void everyResourceAnswers_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"/api/templates", "/api/templates/tags", "/api/assets", "/api/assets/tags", "/api/folders",
              "/api/brandkit", "/api/brandkit/logos", "/api/brandkit/colors"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }
    void everyResourceAnswers()
    {
        QFETCH(QString, path);
        const CliRun run = runCli(call(QStringLiteral("GET"), path, {QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("status")).toInt(), 200);
    }

    // Each documented failure ends in the catalogue's action, with exit code 1 (an HTTP error).
    void errorsAreDecidedByTheCatalogue_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("action");
        QTest::newRow("unknown asset") << "GET"
                                       << "/api/assets/99999999" << QStringList() << 404 << "asset_not_found"
                                       << "not_found";
        QTest::newRow("unknown template") << "GET"
                                          << "/api/templates/99999999" << QStringList() << 404 << "not_found"
                                          << "not_found";
        QTest::newRow("unknown path") << "GET"
                                      << "/api/nothing-here" << QStringList() << 404 << "endpoint_not_found"
                                      << "not_found";
        QTest::newRow("wrong method")
            << "POST"
            << "/api/templates" << QStringList{"--data", "{}"} << 405 << "bad_http_method"
            << "report";
        QTest::newRow("bad query") << "GET"
                                   << "/api/templates" << QStringList{"--query", "per_page=500"} << 400
                                   << "bad_query_params"
                                   << "fix_request";
        QTest::newRow("garbage token")
            << "GET"
            << "/api/templates" << QStringList{"--no-auth", "--header", "Authorization: Bearer nonsense"}
            << 401 << "invalid_access_token"
            << "relogin";
        QTest::newRow("no token") << "GET"
                                  << "/api/templates" << QStringList{"--no-auth"} << 401
                                  << "missing_access_token"
                                  << "relogin";
    }
    void errorsAreDecidedByTheCatalogue()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QStringList, extra);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, action);
        const CliRun run = runCli(call(method, path, extra + QStringList{QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("status")).toInt(), status);
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(error.value(QStringLiteral("action")).toString(), action);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        verifyNoSecrets(run);
    }

    void missingScopeIsAPermissionNotice()
    {
        m_sim->setScopes({QStringLiteral("profile:read"), QStringLiteral("templates:read")});
        const CliRun run =
            runCli(call(QStringLiteral("GET"), QStringLiteral("/api/assets"), {QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(run.json().value(QStringLiteral("status")).toInt(), 403);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("missing_scope"));
        QCOMPARE(error.value(QStringLiteral("action")).toString(), QStringLiteral("permission"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("assets:read")));
    }

    void rateLimitIsARetryWithRetryAfter()
    {
        sim::Scenario scenario;
        scenario.code = QStringLiteral("too_many_requests");
        m_sim->setScenario(scenario);
        const CliRun run =
            runCli(call(QStringLiteral("GET"), QStringLiteral("/api/templates"), {QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("status")).toInt(), 429);
        QVERIFY(!json.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("retry-after"))
                     .toString()
                     .isEmpty());
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("too_many_requests"));
        QCOMPARE(error.value(QStringLiteral("action")).toString(), QStringLiteral("retry"));
        QVERIFY(!error.value(QStringLiteral("retry_after")).toString().isEmpty());
    }

    void wrongSecretIsASignInFailure()
    {
        const CliRun run =
            runCli(call(QStringLiteral("GET"), QStringLiteral("/api/templates"), {QStringLiteral("--json")}),
                   QStringLiteral("not-the-secret"));
        QCOMPARE(run.exitCode, 3);
        const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_client"));
        QCOMPARE(error.value(QStringLiteral("action")).toString(), QStringLiteral("relogin"));
        QVERIFY(!run.out.contains("not-the-secret") && !run.err.contains("not-the-secret"));
    }

    void humanOutputSaysWhatToDo()
    {
        const CliRun run = runCli(call(QStringLiteral("GET"), QStringLiteral("/api/assets/99999999")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("asset_not_found"), run.out.constData()); // the body, as sent
        QVERIFY2(run.err.contains("HTTP 404") && run.err.contains("action: not_found"), run.err.constData());
        verifyNoSecrets(run);
    }

    void deadServerIsANetworkFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const CliRun run = runCli(QStringList{QStringLiteral("call"), QStringLiteral("GET"),
                                              QStringLiteral("/api/templates"), QStringLiteral("--json")} +
                                  base(url));
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = run.json();
        QVERIFY(json.value(QStringLiteral("status")).isNull());
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("network"));
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("connection_refused"));
    }

    void stalledServerTimesOut()
    {
        sim::Scenario scenario;
        scenario.code = QStringLiteral("stall");
        m_sim->setScenario(scenario);
        const CliRun run =
            runCli(call(QStringLiteral("GET"), QStringLiteral("/api/templates"),
                        {QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("1")}));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(
            run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("response_timeout"));
        QVERIFY2(run.elapsedMs < 10000, QByteArray::number(run.elapsedMs).constData());
    }

    void dataFromAFileIsSent()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"name":"from a file"})");
        file.flush();
        // The simulator's resources are read-only, so a POST is answered 405 — after the body was read.
        const CliRun run = runCli(
            call(QStringLiteral("POST"), QStringLiteral("/api/templates"),
                 {QStringLiteral("--data"), QLatin1Char('@') + file.fileName(), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(QStringLiteral("status")).toInt(), 405);
    }

    // Every verb's --help and --help-all (both offered in the help text) print help and succeed.
    void helpForEveryVerb_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("option");
        for (const char *verb : {"call", "explain", "check", "tour"}) {
            for (const char *option : {"--help", "--help-all"})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(verb), QLatin1String(option))))
                    << QString::fromLatin1(verb) << QString::fromLatin1(option);
        }
    }
    void helpForEveryVerb()
    {
        QFETCH(QString, verb);
        QFETCH(QString, option);
        const CliRun run = runCli({verb, option});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("--help-all"), run.out.constData());
    }

    void badCommandLinesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no secret variable") << QStringList{"call",
                                                           "GET",
                                                           "/api/templates",
                                                           "--base-url",
                                                           "http://127.0.0.1:1",
                                                           "--client-id",
                                                           "x",
                                                           "--client-secret-env",
                                                           "NO_SUCH_VARIABLE_X"}
                                            << "NO_SUCH_VARIABLE_X";
        QTest::newRow("no base url") << QStringList{"call", "GET", "/api/templates", "--client-id", "x"}
                                     << "--base-url";
        QTest::newRow("bad header")
            << QStringList{"call",      "GET",      "/x",         "--base-url", "http://127.0.0.1:1",
                           "--no-auth", "--header", "NoColonHere"}
            << "--header";
        QTest::newRow("bad url") << QStringList{"call",       "GET",           "/x",
                                                "--base-url", "ftp://example", "--no-auth"}
                                 << "http";
        QTest::newRow("missing path") << QStringList{"call", "GET"} << "METHOD and PATH";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
    }
    void badCommandLinesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    }

    // "Against any other server that speaks this API": decisions come from the catalogue.
    void foreignServerErrorsAreDecided_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("action");
        QTest::newRow("connect body")
            << httpResponse(403, "Forbidden", "application/json",
                            R"({"code":"permission_denied","message":"No access to folder 7"})")
            << "permission_denied"
            << "permission";
        QTest::newRow("oauth body") << httpResponse(
                                           400, "Bad Request", "application/json",
                                           R"({"error":"invalid_scope","error_description":"scope x"})")
                                    << "invalid_scope"
                                    << "permission";
        QTest::newRow("problem+json")
            << httpResponse(
                   422, "Unprocessable", "application/problem+json",
                   R"({"title":"Invalid field","status":422,"code":"invalid_field","detail":"'name' is too long"})")
            << "invalid_field"
            << "fix_request";
        QTest::newRow("html from a proxy")
            << httpResponse(502, "Bad Gateway", "text/html",
                            "<html><head><title>502 Bad Gateway</title></head></html>")
            << ""
            << "retry";
        QTest::newRow("unknown code")
            << httpResponse(409, "Conflict", "application/json",
                            R"({"code":"brand_new_code","message":"Something new"})")
            << "brand_new_code"
            << "notice";
        QTest::newRow("empty 401 with challenge")
            << httpResponse(401, "Unauthorized", "application/json", "",
                            "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n")
            << "invalid_access_token"
            << "relogin";
    }
    void foreignServerErrorsAreDecided()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, code);
        QFETCH(QString, action);
        ForeignServer server(response);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const CliRun run = runCli(QStringList{QStringLiteral("call"), QStringLiteral("GET"),
                                              QStringLiteral("/api/templates"), QStringLiteral("--json")} +
                                  base(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
        if (!code.isEmpty())
            QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(error.value(QStringLiteral("action")).toString(), action);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
