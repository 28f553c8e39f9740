// connect-sim's documented dialect over real loopback sockets: the shapes it answers per layer, the real
// connect-cli deciding every error the same way (same action) in both dialects, the token endpoint taking
// only one request format (at most one extra token request per sign-in) and the two scope models.
#include "CliProcess.h"
#include "SimFixture.h"
#include "auth/Session.h"
#include "net/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using cx::ApiCall;
using cx::ApiClient;
using cx::ApiRequest;
using cx::ApiResponse;
using cx::Session;
using cx::sim::ConnectSimulator;
using cx::sim::Dialect;
using cx::sim::Scenario;
using cx::sim::ScopeModel;
using cx::sim::SimConfig;
using cx::sim::TokenFormat;
using cx::test::CliRun;
using cx::test::runCli;

namespace {

ApiResponse wait(ApiCall *call)
{
    if (!call->isFinished()) {
        QSignalSpy finished(call, &ApiCall::finished);
        finished.wait(10000);
    }
    return call->response();
}

std::unique_ptr<ConnectSimulator> simulator(Dialect dialect, TokenFormat format = TokenFormat::Both)
{
    SimConfig config;
    config.dialect = dialect;
    config.tokenFormat = format;
    return cx::test::startSimulator(config);
}

} // namespace

class TestSimDialect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentedShapes_data();
    void documentedShapes();
    void callDecidesAlikeInBothDialects_data();
    void callDecidesAlikeInBothDialects();
    void tokenFormat_data();
    void tokenFormat();
    void cliSignsInWithEitherFormat_data();
    void cliSignsInWithEitherFormat();
    void scopeModels();
    void configSwitchesAtRunTime();
    void executableTakesTheOptions();

private:
    ApiResponse send(ConnectSimulator *sim, const QByteArray &method, const QString &path,
                     const QByteArray &authorization = {}, const QByteArray &body = {},
                     const QByteArray &contentType = "application/json");
    QByteArray token(ConnectSimulator *sim);
    CliRun call(ConnectSimulator *sim, const QString &method, const QString &path,
                const QString &secret = QStringLiteral("demo-secret"));

    QTemporaryDir m_home;
};

void TestSimDialect::initTestCase()
{
    // Session remembers the token format per base URL in QSettings: keep the tests' out of the user's,
    // and give each connect-cli run a home of its own.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("TokenRequestFormat"));
    QVERIFY(m_home.isValid());
}

ApiResponse TestSimDialect::send(ConnectSimulator *sim, const QByteArray &method, const QString &path,
                                 const QByteArray &authorization, const QByteArray &body,
                                 const QByteArray &contentType)
{
    ApiClient client;
    client.setBaseUrl(sim->baseUrl());
    client.setTransferTimeout(5000ms);
    ApiRequest request;
    request.method = method;
    request.path = path.section(QLatin1Char('?'), 0, 0);
    if (path.contains(QLatin1Char('?'))) {
        const QStringList pair = path.section(QLatin1Char('?'), 1).split(QLatin1Char('='));
        request.query.append({pair.value(0), pair.value(1)});
    }
    request.authenticated = false;
    if (!authorization.isEmpty())
        request.headers.append({QByteArray("Authorization"), authorization});
    if (!body.isEmpty())
        request.headers.append({QByteArray("Content-Type"), contentType});
    request.body = body;
    return wait(client.send(request));
}

QByteArray TestSimDialect::token(ConnectSimulator *sim)
{
    const ApiResponse response = send(sim, "POST", QStringLiteral("/oauth/access-token"), {},
                                      R"({"client_id":"demo-client","client_secret":"demo-secret"})");
    return "Bearer " + QJsonDocument::fromJson(response.body)
                           .object()
                           .value(QStringLiteral("token"))
                           .toObject()
                           .value(QStringLiteral("access_token"))
                           .toString()
                           .toUtf8();
}

CliRun TestSimDialect::call(ConnectSimulator *sim, const QString &method, const QString &path,
                            const QString &secret)
{
    cx::test::CliOptions options;
    options.environment.insert(QStringLiteral("TEST_SECRET"), secret);
    options.environment.insert(QStringLiteral("HOME"), m_home.path());
    options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    return runCli({QStringLiteral("call"), method, path, QStringLiteral("--base-url"),
                   sim->baseUrl().toString(), QStringLiteral("--client-id"), QStringLiteral("demo-client"),
                   QStringLiteral("--client-secret-env"), QStringLiteral("TEST_SECRET"),
                   QStringLiteral("--json")},
                  options);
}

void TestSimDialect::documentedShapes_data()
{
    QTest::addColumn<QString>("scenario"); // "" = none
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("keys"); // the body's members, sorted

    const QByteArray wrongSecret = R"({"client_id":"demo-client","client_secret":"nope"})";
    const QByteArray noSecret = R"({"client_id":"demo-client"})";
    // "Errors and troubleshooting" (developer.cliquify.me/errors-2072699m0): each layer's shape.
    QTest::newRow("api 401 {message}") << QString() << QByteArray("GET") << QStringLiteral("/api/templates")
                                       << false << QByteArray() << 401 << QStringList{"message"};
    QTest::newRow("api 404 {message}")
        << QString() << QByteArray("GET") << QStringLiteral("/api/templates/999999") << true << QByteArray()
        << 404 << QStringList{"message"};
    QTest::newRow("api 422 laravel (path)")
        << QString() << QByteArray("GET") << QStringLiteral("/api/assets/abc") << true << QByteArray() << 422
        << QStringList{"errors", "message"};
    QTest::newRow("api 422 laravel (query)")
        << QString() << QByteArray("GET") << QStringLiteral("/api/templates?page=0") << true << QByteArray()
        << 422 << QStringList{"errors", "message"};
    QTest::newRow("company_not_found")
        << QStringLiteral("company_not_found") << QByteArray("GET") << QStringLiteral("/api/folders") << true
        << QByteArray() << 404 << QStringList{"message"};
    QTest::newRow("token 401 {success,message,details}")
        << QString() << QByteArray("POST") << QStringLiteral("/oauth/access-token") << false << wrongSecret
        << 401 << QStringList{"details", "message", "success"};
    QTest::newRow("token 422 missing field")
        << QString() << QByteArray("POST") << QStringLiteral("/oauth/access-token") << false << noSecret
        << 422 << QStringList{"details", "message", "success"};
    QTest::newRow("inactive_enterprise") << QStringLiteral("inactive_enterprise") << QByteArray("POST")
                                         << QStringLiteral("/oauth/access-token") << false << wrongSecret
                                         << 403 << QStringList{"details", "message", "success"};
    QTest::newRow("introspect 422 {success,message,data}")
        << QString() << QByteArray("POST") << QStringLiteral("/oauth/introspect") << false
        << QByteArray(R"({"token":"x"})") << 422 << QStringList{"data", "message", "success"};
}

void TestSimDialect::documentedShapes()
{
    QFETCH(QString, scenario);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, withToken);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QStringList, keys);

    const auto sim = simulator(Dialect::Documented);
    const QByteArray authorization = withToken ? token(sim.get()) : QByteArray();
    if (!scenario.isEmpty()) {
        Scenario injected;
        QString error;
        QVERIFY(cx::sim::parseScenario(scenario, &injected, &error));
        sim->setScenario(injected);
    }
    const ApiResponse response = send(sim.get(), method, path, authorization, body);
    QCOMPARE(response.status, status);
    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(object.keys(), keys);
    if (keys.contains(QStringLiteral("success")))
        QCOMPARE(object.value(QStringLiteral("success")), QJsonValue(false));
    if (keys.contains(QStringLiteral("errors"))) {
        QCOMPARE(object.value(QStringLiteral("message")).toString(),
                 QStringLiteral("The given data was invalid."));
        const QJsonObject errors = object.value(QStringLiteral("errors")).toObject();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.begin()->toArray().first().isString());
    }
    if (scenario == QLatin1String("company_not_found"))
        QCOMPARE(object.value(QStringLiteral("message")).toString(), QStringLiteral("Company not found"));
    if (scenario == QLatin1String("inactive_enterprise"))
        QCOMPARE(object.value(QStringLiteral("message")).toString(), QStringLiteral("Inactive enterprise"));

    // The default dialect still answers {"code","message"} for the same request.
    const auto plain = simulator(Dialect::CodeMessage);
    if (!scenario.isEmpty()) {
        Scenario injected;
        cx::sim::parseScenario(scenario, &injected, nullptr);
        plain->setScenario(injected);
    }
    const ApiResponse before =
        send(plain.get(), method, path, withToken ? token(plain.get()) : QByteArray(), body);
    QCOMPARE(QJsonDocument::fromJson(before.body).object().keys(), (QStringList{"code", "message"}));
}

void TestSimDialect::callDecidesAlikeInBothDialects_data()
{
    QTest::addColumn<QString>("scenario"); // CODE[@PATH] or ""
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("field"); // the field the documented answer names, "" = none

    const QString ok = QStringLiteral("demo-secret");
    const QString get = QStringLiteral("GET");
    QTest::newRow("bad path parameter") << QString() << get << QStringLiteral("/api/assets/abc") << ok
                                        << QStringLiteral("fix_request") << QStringLiteral("id");
    QTest::newRow("bad query parameter") << QString() << get << QStringLiteral("/api/templates?page=0") << ok
                                         << QStringLiteral("fix_request") << QStringLiteral("page");
    // A simulated field error on a GET names the query parameter it would be about (a GET has no body).
    QTest::newRow("invalid_field") << QStringLiteral("invalid_field") << get
                                   << QStringLiteral("/api/templates") << ok << QStringLiteral("fix_request")
                                   << QStringLiteral("per_page");
    QTest::newRow("missing_field") << QStringLiteral("missing_field") << get
                                   << QStringLiteral("/api/templates") << ok << QStringLiteral("fix_request")
                                   << QStringLiteral("per_page");
    QTest::newRow("unknown id") << QString() << get << QStringLiteral("/api/templates/999999") << ok
                                << QStringLiteral("not_found") << QString();
    QTest::newRow("unknown asset") << QString() << get << QStringLiteral("/api/assets/999999") << ok
                                   << QStringLiteral("not_found") << QString();
    QTest::newRow("unknown endpoint") << QString() << get << QStringLiteral("/api/nothing") << ok
                                      << QStringLiteral("not_found") << QString();
    QTest::newRow("wrong method") << QString() << QStringLiteral("DELETE") << QStringLiteral("/api/templates")
                                  << ok << QStringLiteral("report") << QString();
    QTest::newRow("missing scope") << QStringLiteral("missing_scope") << get
                                   << QStringLiteral("/api/templates") << ok << QStringLiteral("permission")
                                   << QString();
    QTest::newRow("revoked token") << QStringLiteral("revoked_access_token") << get
                                   << QStringLiteral("/api/templates") << ok << QStringLiteral("relogin")
                                   << QString();
    QTest::newRow("rate limit") << QStringLiteral("too_many_requests") << get
                                << QStringLiteral("/api/templates") << ok << QStringLiteral("retry")
                                << QString();
    QTest::newRow("server error") << QStringLiteral("internal_error") << get
                                  << QStringLiteral("/api/templates") << ok << QStringLiteral("retry")
                                  << QString();
    QTest::newRow("company_not_found")
        << QStringLiteral("company_not_found") << get << QStringLiteral("/api/templates") << ok
        << QStringLiteral("notice") << QString();
    QTest::newRow("inactive_enterprise")
        << QStringLiteral("inactive_enterprise") << get << QStringLiteral("/api/templates") << ok
        << QStringLiteral("notice") << QString();
    QTest::newRow("wrong secret") << QString() << get << QStringLiteral("/api/templates")
                                  << QStringLiteral("wrong") << QStringLiteral("relogin") << QString();
}

void TestSimDialect::callDecidesAlikeInBothDialects()
{
    QFETCH(QString, scenario);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, secret);
    QFETCH(QString, action);
    QFETCH(QString, field);

    QHash<Dialect, QJsonObject> errors;
    QList<int> exitCodes;
    for (const Dialect dialect : {Dialect::CodeMessage, Dialect::Documented}) {
        const auto sim = simulator(dialect);
        if (!scenario.isEmpty()) {
            Scenario injected;
            QVERIFY(cx::sim::parseScenario(scenario, &injected, nullptr));
            sim->setScenario(injected);
        }
        const CliRun run = call(sim.get(), method, path, secret);
        QVERIFY2(run.exitCode == 1 || run.exitCode == 3, run.err.constData()); // 3: the sign-in failed
        exitCodes << run.exitCode;
        errors.insert(dialect, run.json().value(QStringLiteral("error")).toObject());
    }
    const QJsonObject plain = errors.value(Dialect::CodeMessage);
    const QJsonObject documented = errors.value(Dialect::Documented);
    QCOMPARE(exitCodes.first(), exitCodes.last());
    QCOMPARE(plain.value(QStringLiteral("action")).toString(), action);
    QCOMPARE(documented.value(QStringLiteral("action")).toString(), action);
    if (!field.isEmpty()) {
        const QJsonArray fields = documented.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().toObject().value(QStringLiteral("name")).toString(), field);
        QVERIFY(!fields.first().toObject().value(QStringLiteral("messages")).toArray().isEmpty());
    }
    // The account states are derived in the documented dialect, named by the server in the other.
    if (scenario == QLatin1String("company_not_found") || scenario == QLatin1String("inactive_enterprise")) {
        QCOMPARE(documented.value(QStringLiteral("code")).toString(), scenario);
        QCOMPARE(documented.value(QStringLiteral("code_from_server")), QJsonValue(false));
    }
}

void TestSimDialect::tokenFormat_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<TokenFormat>("format");
    QTest::addColumn<int>("maxTokenRequests");
    QTest::addColumn<QString>("taken");
    for (const Dialect dialect : {Dialect::CodeMessage, Dialect::Documented}) {
        const QByteArray name = cx::sim::dialectName(dialect).toLatin1();
        QTest::newRow(name + " json") << dialect << TokenFormat::Json << 1 << QStringLiteral("json");
        QTest::newRow(name + " form") << dialect << TokenFormat::Form << 2 << QStringLiteral("form");
        QTest::newRow(name + " both") << dialect << TokenFormat::Both << 1 << QStringLiteral("json");
    }
}

void TestSimDialect::tokenFormat()
{
    QFETCH(Dialect, dialect);
    QFETCH(TokenFormat, format);
    QFETCH(int, maxTokenRequests);
    QFETCH(QString, taken);

    QSettings().remove(QStringLiteral("TokenRequestFormat"));
    const auto sim = simulator(dialect, format);
    ApiClient client;
    client.setBaseUrl(sim->baseUrl());
    client.setTransferTimeout(5000ms);
    Session session(&client);
    session.setCredentials(QStringLiteral("demo-client"), QStringLiteral("demo-secret"));
    client.setSession(&session);
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.signIn();
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(sim->tokenRequestCount(), maxTokenRequests);
    QCOMPARE(cx::TokenRequestFormat::name(session.tokenFormat()), taken);

    ApiRequest request;
    request.path = QStringLiteral("/api/templates");
    QCOMPARE(wait(client.send(request)).status, 200);
    QCOMPARE(sim->tokenRequestCount(), maxTokenRequests);
    client.setSession(nullptr);
}

void TestSimDialect::cliSignsInWithEitherFormat_data()
{
    QTest::addColumn<TokenFormat>("format");
    QTest::newRow("json") << TokenFormat::Json;
    QTest::newRow("form") << TokenFormat::Form;
}

void TestSimDialect::cliSignsInWithEitherFormat()
{
    QFETCH(TokenFormat, format);
    const auto sim = simulator(Dialect::Documented, format);
    const CliRun run = call(sim.get(), QStringLiteral("GET"), QStringLiteral("/api/templates"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(sim->tokenRequestCount() <= 2);
}

void TestSimDialect::scopeModels()
{
    // A token without brandkit:read: per resource the brand kit is refused, with every route asking for
    // the newer overview's three scopes it is not.
    SimConfig config;
    config.scopes = {QStringLiteral("profile:read"), QStringLiteral("templates:read"),
                     QStringLiteral("assets:read")};
    const auto sim = cx::test::startSimulator(config);
    QCOMPARE(send(sim.get(), "GET", QStringLiteral("/api/brandkit"), token(sim.get())).status, 403);
    sim->setScopeModel(ScopeModel::All);
    QCOMPARE(send(sim.get(), "GET", QStringLiteral("/api/brandkit"), token(sim.get())).status, 200);

    // ...and a token with only the brand kit's scopes is refused the brand kit under "all".
    sim->setScopes({QStringLiteral("profile:read"), QStringLiteral("brandkit:read")});
    const ApiResponse refused = send(sim.get(), "GET", QStringLiteral("/api/brandkit"), token(sim.get()));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("templates:read"));
    sim->setScopeModel(ScopeModel::PerResource);
    QCOMPARE(send(sim.get(), "GET", QStringLiteral("/api/brandkit"), token(sim.get())).status, 200);
}

void TestSimDialect::configSwitchesAtRunTime()
{
    const auto sim = simulator(Dialect::CodeMessage);
    const ApiResponse before = send(sim.get(), "GET", QStringLiteral("/api/templates"));
    QVERIFY(QJsonDocument::fromJson(before.body).object().contains(QStringLiteral("code")));

    const ApiResponse configured =
        send(sim.get(), "POST", QStringLiteral("/_sim/config"), {},
             R"({"dialect":"documented","token_format":"form","scope_model":"all"})");
    QCOMPARE(configured.status, 200);
    const QJsonObject state = QJsonDocument::fromJson(configured.body).object();
    QCOMPARE(state.value(QStringLiteral("dialect")).toString(), QStringLiteral("documented"));
    QCOMPARE(state.value(QStringLiteral("token_format")).toString(), QStringLiteral("form"));
    QCOMPARE(state.value(QStringLiteral("scope_model")).toString(), QStringLiteral("all"));
    const ApiResponse after = send(sim.get(), "GET", QStringLiteral("/api/templates"));
    QCOMPARE(QJsonDocument::fromJson(after.body).object().keys(), QStringList{QStringLiteral("message")});

    // A bad value changes nothing, and the control API keeps its own {"code","message"}.
    const ApiResponse refused = send(sim.get(), "POST", QStringLiteral("/_sim/config"), {},
                                     R"({"dialect":"yaml","scope_model":"per-resource"})");
    QCOMPARE(refused.status, 422);
    QCOMPARE(QJsonDocument::fromJson(refused.body).object().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_field"));
    const ApiResponse state2 = send(sim.get(), "GET", QStringLiteral("/_sim/state"));
    QCOMPARE(QJsonDocument::fromJson(state2.body).object().value(QStringLiteral("scope_model")).toString(),
             QStringLiteral("all"));

    // POST /_sim/scenario without a path puts inactive_enterprise on the token endpoint.
    const ApiResponse scenario =
        send(sim.get(), "POST", QStringLiteral("/_sim/scenario"), {}, R"({"code":"inactive_enterprise"})");
    QCOMPARE(scenario.status, 200);
    QCOMPARE(QJsonDocument::fromJson(scenario.body)
                 .object()
                 .value(QStringLiteral("scenarios"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("path"))
                 .toString(),
             QStringLiteral("/oauth/access-token"));
}

void TestSimDialect::executableTakesTheOptions()
{
    QProcess process;
    process.start(qEnvironmentVariable("CONNECT_SIM"),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"),
                   QStringLiteral("documented"), QStringLiteral("--token-format"), QStringLiteral("form"),
                   QStringLiteral("--scope-model"), QStringLiteral("all"), QStringLiteral("--scenario"),
                   QStringLiteral("company_not_found")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() != QProcess::Running, 10000);
    const QUrl url(QString::fromUtf8(process.readLine().trimmed()));
    QVERIFY(url.isValid());
    QByteArray banner;
    QTRY_VERIFY_WITH_TIMEOUT(
        (banner += process.readAllStandardOutput()).contains("documented, token format form"), 5000);

    ApiClient client;
    client.setBaseUrl(url);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/oauth/access-token");
    request.authenticated = false;
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    request.body = R"({"client_id":"demo-client","client_secret":"demo-secret"})";
    const ApiResponse refused = wait(client.send(request));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("unsupported_grant_type"));

    for (const QStringList &bad : {QStringList{QStringLiteral("--dialect"), QStringLiteral("xml")},
                                   QStringList{QStringLiteral("--token-format"), QStringLiteral("jsn")},
                                   QStringList{QStringLiteral("--scope-model"), QStringLiteral("some")}}) {
        QProcess refusedStart;
        refusedStart.start(qEnvironmentVariable("CONNECT_SIM"),
                           QStringList{QStringLiteral("--port"), QStringLiteral("0")} + bad);
        QVERIFY(refusedStart.waitForFinished(10000));
        QCOMPARE(refusedStart.exitCode(), 2);
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestSimDialect)
#include "tst_sim_dialect.moc"
