// connect-cli check and CheckupRunner against the in-process simulator (scopes, rate limit, scenarios),
// an unreachable port, and a raw server that only speaks the documented API. Each test is one support
// story: what the account has, what the check-up says, which exit code.
#include "CliProcess.h"
#include "HttpFraming.h"
#include "SimFixture.h"
#include "auth/Session.h"
#include "checkup/CheckComparison.h"
#include "checkup/CheckReportRenderer.h"
#include "checkup/CheckupRunner.h"
#include "har/HarReader.h"
#include "net/ApiClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cx;

namespace {

const char CanarySecret[] = "canary-secret-5d1e8b";
const char ForeignToken[] = "foreign-token-q9w8e7r6";

using test::CliRun;

CliRun runCli(const QStringList &arguments, const QString &secret = QString::fromLatin1(CanarySecret))
{
    test::CliOptions options;
    options.environment.insert(QStringLiteral("TEST_SECRET"), secret);
    return test::runCli(arguments, options);
}

QJsonObject checkById(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &value : report.value(QStringLiteral("checks")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

QJsonObject missingScope(const QJsonObject &report, const QString &scope)
{
    for (const QJsonValue &value : report.value(QStringLiteral("missing_scopes")).toArray()) {
        if (value.toObject().value(QStringLiteral("scope")).toString() == scope)
            return value.toObject();
    }
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

// A server we did not write, speaking only the documented API: the token endpoint, introspection (newer
// shape), a template list and item, an asset list refused for a missing scope (named only in the message),
// and a brand-kit logo list that fails with a 500 whose message echoes the bearer token. No rate-limit
// headers, no /_sim, no openapi.json.
class DocumentedServer : public QTcpServer
{
public:
    DocumentedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const std::optional<QByteArray> complete = test::takeRequest(m_buffer[socket]);
                    if (!complete)
                        return;
                    const QByteArray &request = *complete;
                    const qsizetype end = request.indexOf("\r\n\r\n");
                    m_buffer.remove(socket);
                    socket->write(answer(request.left(end)));
                });
            }
        });
    }
    QStringList paths;

private:
    QByteArray answer(const QByteArray &head)
    {
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QByteArray path = requestLine.value(1);
        paths << QString::fromLatin1(requestLine.value(0) + ' ' + path);
        const bool authorized = head.contains("Bearer " + QByteArray(ForeignToken));
        if (path == "/oauth/access-token") {
            return httpResponse(
                200, "OK",
                R"({"success":true,"token":{"token_type":"Bearer","expires_in":31536000,"access_token":")" +
                    QByteArray(ForeignToken) + R"("}})");
        }
        if (path == "/oauth/introspect") {
            return httpResponse(
                200, "OK",
                R"({"success":true,"message":"","data":{"active":true,"client_id":"foreign-client","user_id":42,"scopes":["templates:read","brandkit:read"],"expires_at":"2027-11-26 07:00:00"}})");
        }
        if (!authorized)
            return httpResponse(401, "Unauthorized",
                                R"({"code":"invalid_access_token","message":"Bad token."})");
        if (path == "/api/templates")
            return httpResponse(200, "OK", R"({"data":[{"id":77,"name":"Flyer"},{"id":78,"name":"Card"}]})");
        if (path == "/api/templates/77")
            return httpResponse(200, "OK", R"({"data":{"id":77,"name":"Flyer"}})");
        if (path == "/api/assets")
            return httpResponse(
                403, "Forbidden",
                R"({"code":"missing_scope","message":"This token lacks the 'assets:read' scope."})");
        if (path == "/api/brandkit/logos") {
            return httpResponse(500, "Internal Server Error",
                                R"({"code":"internal_error","message":"Backend failed for Bearer )" +
                                    QByteArray(ForeignToken) + R"("})");
        }
        return httpResponse(404, "Not Found",
                            R"({"code":"endpoint_not_found","message":"No such endpoint."})");
    }

    QHash<QTcpSocket *, QByteArray> m_buffer;
};

// clang-format off
const char DocumentedSpec[] = R"json({
  "openapi": "3.0.3",
  "info": {"title": "Connect (documented part)", "version": "1"},
  "paths": {
    "/oauth/access-token": {"post": {"security": [], "responses": {"200": {"description": "token"}}}},
    "/api/templates": {"get": {"tags": ["Templates"], "security": [{"oauth": ["profile:read", "templates:read"]}],
                               "responses": {"200": {"description": "list"}}}},
    "/api/templates/{id}": {"get": {"tags": ["Templates"],
                                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                                    "security": [{"oauth": ["profile:read", "templates:read"]}],
                                    "responses": {"200": {"description": "item"}}}},
    "/api/assets": {"get": {"tags": ["Assets"], "security": [{"oauth": ["profile:read", "assets:read"]}],
                            "responses": {"200": {"description": "list"}}}},
    "/api/brandkit/logos": {"get": {"tags": ["Brand Kit"], "security": [{"oauth": ["profile:read", "brandkit:read"]}],
                                    "responses": {"200": {"description": "list"}}}}
  }
})json";
// clang-format on

} // namespace

class TestCheckup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::ConnectSimulator> m_sim;
    QTemporaryDir m_dir;

    QStringList check(const QStringList &extra = {}, const QString &baseUrl = {}) const
    {
        return QStringList{QStringLiteral("check"),
                           QStringLiteral("--base-url"),
                           baseUrl.isEmpty() ? m_sim->baseUrl().toString() : baseUrl,
                           QStringLiteral("--client-id"),
                           QStringLiteral("demo-client"),
                           QStringLiteral("--client-secret-env"),
                           QStringLiteral("TEST_SECRET")} +
               extra;
    }
    static void verifyNoSecrets(const CliRun &run, const QByteArray &token = {})
    {
        for (const QByteArray &output : {run.out, run.err}) {
            QVERIFY2(!output.contains(CanarySecret), "the secret was printed");
            QVERIFY2(!output.contains("eyJ"), "a simulator token was printed");
            QVERIFY2(!output.contains(ForeignToken), "the foreign server's token was printed");
            if (!token.isEmpty())
                QVERIFY2(!output.contains(token), "the token was printed");
        }
    }
    QString saveReport(const QString &name, const QByteArray &json)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write the report");
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CONNECT_CLI")), "CONNECT_CLI must name connect-cli");
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        sim::SimConfig config;
        config.clientSecret = QString::fromLatin1(CanarySecret);
        m_sim = test::startSimulator(config);
    }
    void cleanup() { m_sim.reset(); }

    void healthyDemoAccountPasses()
    {
        const CliRun run = runCli(check());
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QVERIFY(run.out.contains("PASS  Token endpoint reachable"));
        QVERIFY(run.out.contains("PASS  Credentials accepted"));
        QVERIFY(run.out.contains("PASS  Introspection"));
        QVERIFY(run.out.contains("GET /api/templates/{id}"));
        QVERIFY(!run.out.contains("FAIL"));
        QVERIFY(run.out.contains("Result: PASS"));
        verifyNoSecrets(run);
    }

    void jsonReportHasTheDocumentedSchema()
    {
        const CliRun run = runCli(check({QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QStringLiteral("schema_version")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("connect-checkup"));
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        QCOMPARE(report.value(QStringLiteral("client_id")).toString(), QStringLiteral("demo-client"));
        const QJsonObject token = report.value(QStringLiteral("token")).toObject();
        QCOMPARE(token.value(QStringLiteral("lifetime_seconds")).toInt(), 2592000);
        QCOMPARE(token.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(strings(token.value(QStringLiteral("scopes"))).size(), 4);
        const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
        QVERIFY(checks.size() >= 15);
        for (const QJsonValue &value : checks) {
            const QJsonObject check = value.toObject();
            for (const char *key :
                 {"id", "kind", "name", "verdict", "code", "action", "diagnosis", "fix", "status",
                  "latency_ms", "method", "path", "required_scopes", "missing_scopes"})
                QVERIFY2(check.contains(QLatin1String(key)), key);
            QVERIFY(!check.value(QStringLiteral("diagnosis")).toString().isEmpty());
        }
        const QJsonObject item = checkById(report, QStringLiteral("GET /api/assets/{id}"));
        QCOMPARE(item.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        QVERIFY(item.value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/api/assets/")));
        QVERIFY(!item.value(QStringLiteral("path")).toString().contains(QLatin1Char('{')));
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("fail")).toInt(), 0);
        // The report reads back through the core class.
        QString error;
        const auto parsed = CheckReport::fromJsonBytes(run.out, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->checks.size(), checks.size());
        verifyNoSecrets(run);
    }

    void missingScopeIsNamedWithTheEndpointsItBlocks()
    {
        QStringList scopes = sim::allScopes();
        scopes.removeAll(QStringLiteral("assets:read"));
        m_sim->setScopes(scopes);

        const CliRun run = runCli(check({QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.json();
        const QJsonObject missing = missingScope(report, QStringLiteral("assets:read"));
        QCOMPARE(missing.value(QStringLiteral("source")).toString(), QStringLiteral("both"));
        const QStringList blocked = strings(missing.value(QStringLiteral("endpoints")));
        for (const char *endpoint :
             {"GET /api/assets", "GET /api/assets/tags", "GET /api/assets/{id}", "GET /api/folders"})
            QVERIFY2(blocked.contains(QLatin1String(endpoint)), endpoint);
        QVERIFY(!blocked.contains(QStringLiteral("GET /api/templates")));
        QCOMPARE(report.value(QStringLiteral("missing_scopes")).toArray().size(), 1);

        const QJsonObject assets = checkById(report, QStringLiteral("GET /api/assets"));
        QCOMPARE(assets.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QCOMPARE(assets.value(QStringLiteral("code")).toString(), QStringLiteral("missing_scope"));
        QCOMPARE(assets.value(QStringLiteral("action")).toString(), QStringLiteral("permission"));
        QCOMPARE(assets.value(QStringLiteral("status")).toInt(), 403);
        QVERIFY(assets.value(QStringLiteral("diagnosis"))
                    .toString()
                    .contains(QStringLiteral("lacks assets:read")));
        // The item of a refused list is not checked (there is no ID), but it is named among the blocked.
        QCOMPARE(checkById(report, QStringLiteral("GET /api/assets/{id}"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("skip"));
        QCOMPARE(checkById(report, QStringLiteral("GET /api/templates"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("pass"));
        const QJsonObject scopeRow = checkById(report, QStringLiteral("scope:assets:read"));
        QCOMPARE(scopeRow.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QVERIFY(
            scopeRow.value(QStringLiteral("fix")).toString().contains(QStringLiteral("developer portal")));

        const CliRun text = runCli(check());
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(
            text.out.contains("This client lacks assets:read, so every Assets call fails with missing_scope"),
            text.out);
        QVERIFY(text.out.contains("assets:read -> GET /api/assets"));
        verifyNoSecrets(run);
        verifyNoSecrets(text);
    }

    void wrongSecretFailsAtSignInWithRelogin()
    {
        const CliRun run = runCli(check({QStringLiteral("--json")}), QStringLiteral("not-the-secret"));
        QCOMPARE(run.exitCode, 3);
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("sign_in_failed"));
        QCOMPARE(
            checkById(report, QStringLiteral("token_endpoint")).value(QStringLiteral("verdict")).toString(),
            QStringLiteral("pass"));
        const QJsonObject credentials = checkById(report, QStringLiteral("credentials"));
        QCOMPARE(credentials.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QCOMPARE(credentials.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_client"));
        QCOMPARE(credentials.value(QStringLiteral("action")).toString(), QStringLiteral("relogin"));
        QCOMPARE(m_sim->requestCount(), 0); // nothing else was tried without a token
        QVERIFY(!run.out.contains("not-the-secret"));

        const CliRun text = runCli(check(), QStringLiteral("not-the-secret"));
        QCOMPARE(text.exitCode, 3);
        QVERIFY(text.out.contains("FAIL  Credentials accepted"));
        QVERIFY(!text.out.contains("not-the-secret") && !text.err.contains("not-the-secret"));
    }

    void unreachableServerIsANetworkFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const CliRun run = runCli(check({QStringLiteral("--json")}, url));
        QCOMPARE(run.exitCode, 2);
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("unreachable"));
        const QJsonObject reachable = checkById(report, QStringLiteral("token_endpoint"));
        QCOMPARE(reachable.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QCOMPARE(reachable.value(QStringLiteral("action")).toString(), QStringLiteral("network"));
        QCOMPARE(reachable.value(QStringLiteral("code")).toString(), QStringLiteral("connection_refused"));
        verifyNoSecrets(run);
    }

    void revokedTokensFailEveryCallWithRelogin()
    {
        // The server takes the credentials but refuses every token it issued (revoked as soon as issued).
        m_sim->setScenario({QStringLiteral("revoked_access_token"), QStringLiteral("/api"), 0, -1});
        const CliRun run = runCli(check({QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.json();
        const QJsonObject templates = checkById(report, QStringLiteral("GET /api/templates"));
        QCOMPARE(templates.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QCOMPARE(templates.value(QStringLiteral("code")).toString(), QStringLiteral("revoked_access_token"));
        QCOMPARE(templates.value(QStringLiteral("action")).toString(), QStringLiteral("relogin"));
        QCOMPARE(checkById(report, QStringLiteral("credentials")).value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("pass"));
        verifyNoSecrets(run);
    }

    void tightRateLimitIsRespected()
    {
        m_sim->setRateLimit(2);
        const CliRun run = runCli(check({QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        const QJsonObject report = run.json();
        const QJsonObject requests = report.value(QStringLiteral("requests")).toObject();
        const int sent = requests.value(QStringLiteral("sent")).toInt();
        QVERIFY(requests.value(QStringLiteral("rate_limited")).toInt() <= 1);
        QVERIFY(requests.value(QStringLiteral("waited_ms")).toInt() > 0); // it did pace itself
        // The simulator's own counter: no storm, at most one request more than the report's (a 429 retried).
        QVERIFY2(m_sim->requestCount() <= sent + 1,
                 qPrintable(QStringLiteral("%1 answered, %2 sent").arg(m_sim->requestCount()).arg(sent)));
        const QString outcome = report.value(QStringLiteral("outcome")).toString();
        if (outcome == QLatin1String("completed")) {
            QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("skip")).toInt(),
                     0);
        } else {
            QCOMPARE(outcome, QStringLiteral("rate_limited"));
            QCOMPARE(
                checkById(report, QStringLiteral("rate_limit")).value(QStringLiteral("verdict")).toString(),
                QStringLiteral("warn"));
        }
    }

    void rateLimitLongerThanTheBudgetStopsWithAWarnRow()
    {
        m_sim->setRateLimit(1);
        // One request per second and a budget of a second and a half: it must stop, not hammer.
        const CliRun run =
            runCli(check({QStringLiteral("--json"), QStringLiteral("--budget"), QStringLiteral("1.5")}));
        QVERIFY2(run.exitCode == 0, run.out + run.err); // warnings only
        const QJsonObject report = run.json();
        QVERIFY(report.value(QStringLiteral("requests"))
                    .toObject()
                    .value(QStringLiteral("rate_limited"))
                    .toInt() <= 1);
        const QString outcome = report.value(QStringLiteral("outcome")).toString();
        QVERIFY2(outcome == QLatin1String("rate_limited") || outcome == QLatin1String("out_of_budget"),
                 qPrintable(outcome));
        QVERIFY(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("skip")).toInt() > 0);
        QVERIFY(run.elapsedMs < 15000);
    }

    void aStalledEndpointEndsWithinTheBudget()
    {
        m_sim->setScenario({QStringLiteral("stall"), QStringLiteral("/api/brandkit"), 0, -1});
        const CliRun run =
            runCli(check({QStringLiteral("--json"), QStringLiteral("--budget"), QStringLiteral("3")}));
        QVERIFY2(run.exitCode == 0, run.out + run.err); // a warning, not a verdict on the account
        QVERIFY2(run.elapsedMs < 12000, QByteArray::number(run.elapsedMs));
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("out_of_budget"));
        const QJsonObject budget = checkById(report, QStringLiteral("budget"));
        QCOMPARE(budget.value(QStringLiteral("verdict")).toString(), QStringLiteral("warn"));
        QVERIFY(budget.value(QStringLiteral("diagnosis"))
                    .toString()
                    .contains(QStringLiteral("GET /api/brandkit")));
        QCOMPARE(
            checkById(report, QStringLiteral("GET /api/assets")).value(QStringLiteral("verdict")).toString(),
            QStringLiteral("pass"));
        QCOMPARE(checkById(report, QStringLiteral("GET /api/brandkit"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("skip"));
    }

    void injectedServerErrorFailsOnlyThatRow()
    {
        m_sim->setScenario({QStringLiteral("internal_error"), QStringLiteral("/api/templates/tags"), 0, -1});
        const CliRun run = runCli(check({QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.json();
        int failures = 0;
        for (const QJsonValue &value : report.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = value.toObject();
            if (check.value(QStringLiteral("verdict")).toString() == QLatin1String("fail")) {
                ++failures;
                QCOMPARE(check.value(QStringLiteral("id")).toString(),
                         QStringLiteral("GET /api/templates/tags"));
                QCOMPARE(check.value(QStringLiteral("code")).toString(), QStringLiteral("internal_error"));
                QCOMPARE(check.value(QStringLiteral("action")).toString(), QStringLiteral("retry"));
                QCOMPARE(check.value(QStringLiteral("status")).toInt(), 500);
            } else {
                QCOMPARE(check.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
            }
        }
        QCOMPARE(failures, 1);
        QVERIFY(report.value(QStringLiteral("missing_scopes")).toArray().isEmpty());
    }

    void compareNamesTheDifference()
    {
        const CliRun healthy = runCli(check({QStringLiteral("--json")}));
        QCOMPARE(healthy.exitCode, 0);
        const CliRun healthyAgain = runCli(check({QStringLiteral("--json")}));
        QStringList scopes = sim::allScopes();
        scopes.removeAll(QStringLiteral("assets:read"));
        m_sim->setScopes(scopes);
        const CliRun limited = runCli(check({QStringLiteral("--json")}));
        QCOMPARE(limited.exitCode, 1);
        const QString a = saveReport(QStringLiteral("a.json"), healthy.out);
        const QString a2 = saveReport(QStringLiteral("a2.json"), healthyAgain.out);
        const QString b = saveReport(QStringLiteral("b.json"), limited.out);

        const CliRun same = runCli({QStringLiteral("check"), QStringLiteral("--compare"), a, a2});
        QVERIFY2(same.exitCode == 0, same.out + same.err);
        QVERIFY(same.out.contains("The reports agree."));

        const CliRun differ = runCli({QStringLiteral("check"), QStringLiteral("--compare"), a, b});
        QCOMPARE(differ.exitCode, 1);
        QVERIFY2(differ.out.contains("works for A, fails for B because missing_scope assets:read"),
                 differ.out);
        QVERIFY(differ.out.contains("* assets:read"));

        const CliRun json =
            runCli({QStringLiteral("check"), QStringLiteral("--compare"), a, b, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject comparison = json.json();
        QCOMPARE(comparison.value(QStringLiteral("identical")).toBool(), false);
        bool scopeDiffers = false;
        for (const QJsonValue &value : comparison.value(QStringLiteral("scopes")).toArray()) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("scope")).toString() == QLatin1String("assets:read")) {
                scopeDiffers =
                    row.value(QStringLiteral("a")).toBool() && !row.value(QStringLiteral("b")).toBool();
            } else {
                QVERIFY(!row.value(QStringLiteral("differs")).toBool());
            }
        }
        QVERIFY(scopeDiffers);

        const CliRun bad = runCli({QStringLiteral("check"), QStringLiteral("--compare"), a,
                                   m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(bad.exitCode, 64);
    }

    void usageErrorsExit64()
    {
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--base-url"), m_sim->baseUrl().toString()})
                     .exitCode,
                 64);
        QCOMPARE(runCli(check({QStringLiteral("--budget"), QStringLiteral("zero")})).exitCode, 64);
        QCOMPARE(
            runCli({QStringLiteral("check"), QStringLiteral("--compare"), QStringLiteral("only-one.json")})
                .exitCode,
            64);
        QCOMPARE(
            runCli(check({QStringLiteral("--spec"), m_dir.filePath(QStringLiteral("nope.json"))})).exitCode,
            64);
    }

    void revokeOptionRevokesOnlyTheCheckupsToken()
    {
        const CliRun run = runCli(check({QStringLiteral("--json"), QStringLiteral("--revoke")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(checkById(run.json(), QStringLiteral("revoke")).value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("pass"));
        const CliRun without = runCli(check({QStringLiteral("--json")}));
        QVERIFY(checkById(without.json(), QStringLiteral("revoke")).isEmpty());
    }

    void documentedApiOnlyServer()
    {
        DocumentedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString spec = saveReport(QStringLiteral("documented.json"), DocumentedSpec);
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const QStringList args{QStringLiteral("check"),
                               QStringLiteral("--base-url"),
                               url,
                               QStringLiteral("--client-id"),
                               QStringLiteral("foreign-client"),
                               QStringLiteral("--client-secret-env"),
                               QStringLiteral("TEST_SECRET"),
                               QStringLiteral("--spec"),
                               spec};
        const CliRun run = runCli(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        QCOMPARE(report.value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("lifetime_seconds"))
                     .toInt(),
                 31536000);
        QCOMPARE(report.value(QStringLiteral("token")).toObject().value(QStringLiteral("user_id")).toInt(),
                 42);
        QCOMPARE(checkById(report, QStringLiteral("GET /api/templates"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("pass"));
        const QJsonObject item = checkById(report, QStringLiteral("GET /api/templates/{id}"));
        QCOMPARE(item.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        QCOMPARE(item.value(QStringLiteral("path")).toString(), QStringLiteral("/api/templates/77"));
        const QJsonObject assets = checkById(report, QStringLiteral("GET /api/assets"));
        QCOMPARE(assets.value(QStringLiteral("code")).toString(), QStringLiteral("missing_scope"));
        QCOMPARE(strings(assets.value(QStringLiteral("missing_scopes"))),
                 QStringList{QStringLiteral("assets:read")});
        QCOMPARE(
            missingScope(report, QStringLiteral("assets:read")).value(QStringLiteral("source")).toString(),
            QStringLiteral("both"));
        // The docs disagree on profile:read: this server does not grant it, yet does not enforce it either.
        const QJsonObject profile = checkById(report, QStringLiteral("scope:profile:read"));
        QCOMPARE(profile.value(QStringLiteral("verdict")).toString(), QStringLiteral("warn"));
        QVERIFY(profile.value(QStringLiteral("diagnosis"))
                    .toString()
                    .contains(QStringLiteral("does not enforce")));
        QCOMPARE(checkById(report, QStringLiteral("scope:assets:read"))
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("fail"));
        const QJsonObject logos = checkById(report, QStringLiteral("GET /api/brandkit/logos"));
        QCOMPARE(logos.value(QStringLiteral("code")).toString(), QStringLiteral("internal_error"));
        QVERIFY(logos.value(QStringLiteral("diagnosis")).toString().contains(QStringLiteral("[redacted]")));
        // Only documented paths were asked for: no /_sim, no openapi.json.
        for (const QString &path : std::as_const(server.paths))
            QVERIFY2(path.contains(QLatin1String(" /api/")) || path.contains(QLatin1String(" /oauth/")),
                     qPrintable(path));
        verifyNoSecrets(run, ForeignToken);

        const CliRun text = runCli(args);
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("This client lacks assets:read"));
        verifyNoSecrets(text, ForeignToken);
    }

    // --- CheckupRunner in process: the API the GUI builds on ---------------------------------------

    void runnerReportsProgressAndRendersWithoutSecrets()
    {
        QString error;
        auto catalog = CheckupRunner::bundledCatalog(&error);
        QVERIFY2(catalog, qPrintable(error));
        ApiClient client;
        client.setBaseUrl(m_sim->baseUrl());
        Session session(&client);
        session.setCredentials(QStringLiteral("demo-client"), QString::fromLatin1(CanarySecret));
        client.setSession(&session);
        CheckupRunner runner(&client, &session, *catalog);
        QSignalSpy progress(&runner, &CheckupRunner::progress);
        QSignalSpy rows(&runner, &CheckupRunner::checkFinished);
        QSignalSpy finished(&runner, &CheckupRunner::finished);
        runner.start();
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!runner.isRunning());
        const CheckReport report = runner.report();
        QCOMPARE(rows.size(), report.checks.size());
        QVERIFY(progress.size() >= report.checks.size());
        QCOMPARE(progress.last().at(0).toInt(), runner.totalSteps());
        int previous = -1;
        for (const QList<QVariant> &step : std::as_const(progress)) {
            QVERIFY(step.at(0).toInt() >= previous);
            previous = step.at(0).toInt();
        }
        QCOMPARE(report.overall(), Verdict::Pass);
        QVERIFY(runner.exchange(QStringLiteral("GET /api/templates")).has_value());
        QCOMPARE(runner.exchange(QStringLiteral("GET /api/templates"))->response.status, 200);

        const QByteArray token = session.accessToken();
        QVERIFY(!token.isEmpty());
        Redactor redactor;
        redactor.addSecret(QString::fromLatin1(CanarySecret));
        redactor.addSecret(QString::fromUtf8(token));
        const QString markdown = CheckReportRenderer::toMarkdown(report, runner.redactor());
        const QString html = CheckReportRenderer::toHtml(report, runner.redactor());
        const QString text = CheckReportRenderer::toText(report, runner.redactor(), true);
        const QByteArray json = report.toJsonBytes();
        QVERIFY(markdown.contains(QStringLiteral("| Verdict |")));
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QVERIFY(text.contains(QStringLiteral("\u2714 PASS")));
        for (const QString &output : {markdown, html, text, QString::fromUtf8(json)}) {
            QVERIFY(!output.contains(QString::fromLatin1(CanarySecret)));
            QVERIFY(!output.contains(QString::fromUtf8(token)));
        }
        // The runner's redactor knows both.
        QVERIFY(runner.redactor().redactText(QString::fromUtf8(token)) == Redactor::mask());
    }

    void harReplayUsesTheCurrentProfilesToken()
    {
        // A customer's Chrome export, replayed against our server: the customer's token in the file is
        // never sent (it would be refused, renewed and replayed: the call must go out once, with ours).
        QFile file(QFINDTESTDATA("../../core-extra/har/chrome-connect.har"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto log = HarReader::read(file.readAll(), &error);
        QVERIFY2(log, qPrintable(error));
        ApiClient client;
        client.setBaseUrl(m_sim->baseUrl());
        Session session(&client);
        session.setCredentials(QStringLiteral("demo-client"), QString::fromLatin1(CanarySecret));
        client.setSession(&session);
        int replayed = 0;
        for (const HarEntry &entry : HarReader::connectCalls(log->entries)) {
            if (entry.method != "GET" || entry.path() != QLatin1String("/api/templates"))
                continue;
            ApiCall *call = client.send(entry.requestForReplay());
            QSignalSpy done(call, &ApiCall::finished);
            QVERIFY(done.wait(10000));
            QCOMPARE(call->response().status, 200);
            QVERIFY(!call->wasReplayedAfterRenewal());
            for (const auto &[name, value] : call->request().headers) {
                QVERIFY2(name.compare("Authorization", Qt::CaseInsensitive) != 0, value.constData());
                QVERIFY(!value.contains("eyJ"));
            }
            ++replayed;
            call->deleteLater();
        }
        QCOMPARE(replayed, 1);
        QCOMPARE(session.tokenRequestCount(), 1);
    }

    void runnerMasksATokenTheServerEchoes()
    {
        // A report built from server text that carries the secret or token keeps neither.
        CheckReport report;
        CheckResult row;
        row.id = QStringLiteral("GET /api/x");
        row.verdict = Verdict::Fail;
        row.diagnosis =
            QStringLiteral("Server said: token abc.def.ghi and secret ") + QString::fromLatin1(CanarySecret);
        report.checks.append(row);
        Redactor redactor;
        redactor.addSecret(QStringLiteral("abc.def.ghi"));
        redactor.addSecret(QString::fromLatin1(CanarySecret));
        for (const QString &output :
             {CheckReportRenderer::toMarkdown(report, redactor),
              CheckReportRenderer::toHtml(report, redactor), CheckReportRenderer::toText(report, redactor)}) {
            QVERIFY(!output.contains(QStringLiteral("abc.def.ghi")));
            QVERIFY(!output.contains(QString::fromLatin1(CanarySecret)));
        }
    }

    void runnerCanBeCancelled()
    {
        QString error;
        auto catalog = CheckupRunner::bundledCatalog(&error);
        QVERIFY(catalog);
        m_sim->setScenario({QStringLiteral("delay"), QStringLiteral("/api"), 400, -1});
        CheckupRunner runner(m_sim->baseUrl(), QStringLiteral("demo-client"),
                             QString::fromLatin1(CanarySecret), *catalog);
        QSignalSpy finished(&runner, &CheckupRunner::finished);
        connect(&runner, &CheckupRunner::checkFinished, &runner, [&runner](const CheckResult &result) {
            if (result.id == QLatin1String("introspection"))
                QTimer::singleShot(50, &runner, [&runner] { runner.cancel(); });
        });
        runner.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(runner.report().outcome, CheckReport::Outcome::Cancelled);
        QVERIFY(runner.report().requestsSent <= 2);
        QTest::qWait(500); // the abandoned request's answer (loopback, milliseconds) must not revive the run
        QCOMPARE(finished.size(), 1);
    }

    void reportJsonRoundTripsAndRefusesNewerSchemas()
    {
        CheckReport report;
        report.baseUrl = QStringLiteral("https://oauth.cliquify.me");
        report.clientId = QStringLiteral("c1");
        report.startedAt =
            QDateTime::fromString(QStringLiteral("2026-11-26T07:00:00.125Z"), Qt::ISODateWithMs);
        report.finishedAt = report.startedAt.addMSecs(900);
        report.outcome = CheckReport::Outcome::RateLimited;
        report.tokenLifetimeSeconds = 3600;
        report.introspected = true;
        report.tokenActive = true;
        report.userId = 42;
        report.grantedScopes = {QStringLiteral("templates:read")};
        report.requestsSent = 7;
        report.rateLimitedResponses = 1;
        report.waitedMs = 1050;
        report.missingScopes = {
            {QStringLiteral("assets:read"), {QStringLiteral("GET /api/assets")}, QStringLiteral("both")}};
        CheckResult row;
        row.id = QStringLiteral("GET /api/assets");
        row.kind = QStringLiteral("endpoint");
        row.name = row.id;
        row.verdict = Verdict::Fail;
        row.code = QStringLiteral("missing_scope");
        row.action = QStringLiteral("permission");
        row.status = 403;
        row.latencyMs = 12;
        row.method = "GET";
        row.path = QStringLiteral("/api/assets");
        row.requiredScopes = {QStringLiteral("profile:read"), QStringLiteral("assets:read")};
        row.missingScopes = {QStringLiteral("assets:read")};
        report.checks = {row};

        QString error;
        const auto back = CheckReport::fromJsonBytes(report.toJsonBytes(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), report.toJson());
        QCOMPARE(back->outcome, CheckReport::Outcome::RateLimited);
        QCOMPARE(back->checks.first().missingScopes, row.missingScopes);
        QCOMPARE(back->startedAt, report.startedAt);

        QJsonObject newer = report.toJson();
        newer.insert(QStringLiteral("schema_version"), 2);
        QVERIFY(!CheckReport::fromJson(newer, &error));
        QVERIFY2(error.contains(QStringLiteral("schema_version 2")), qPrintable(error));
        QVERIFY(!CheckReport::fromJsonBytes("{\"checks\": []}", &error));
        QVERIFY(error.contains(QStringLiteral("schema_version")));
        QVERIFY(!CheckReport::fromJsonBytes("not json", &error));
        QVERIFY(error.contains(QStringLiteral("offset")));
        QJsonObject noVerdict = report.toJson();
        QJsonArray checks = noVerdict.value(QStringLiteral("checks")).toArray();
        QJsonObject first = checks.first().toObject();
        first.insert(QStringLiteral("verdict"), QStringLiteral("great"));
        checks[0] = first;
        noVerdict.insert(QStringLiteral("checks"), checks);
        QVERIFY(!CheckReport::fromJson(noVerdict, &error));
        QVERIFY(error.contains(QStringLiteral("GET /api/assets")));
    }

    void comparisonExplainsInWords()
    {
        CheckReport a;
        a.introspected = true;
        a.grantedScopes = {QStringLiteral("assets:read"), QStringLiteral("templates:read")};
        CheckResult row;
        row.id = QStringLiteral("GET /api/assets");
        row.name = row.id;
        a.checks.append(row);
        CheckReport b = a;
        b.grantedScopes = {QStringLiteral("templates:read")};
        b.checks[0].verdict = Verdict::Fail;
        b.checks[0].code = QStringLiteral("missing_scope");
        b.checks[0].missingScopes = {QStringLiteral("assets:read")};
        const CheckComparison comparison = CheckComparison::compare(a, b);
        QVERIFY(!comparison.identical());
        QCOMPARE(comparison.differenceCount(), 2);
        QCOMPARE(comparison.checks.first().explanation,
                 QStringLiteral("works for A, fails for B because missing_scope assets:read"));
        QVERIFY(CheckComparison::compare(a, a).identical());
    }
};

QTEST_GUILESS_MAIN(TestCheckup)
#include "tst_checkup.moc"
