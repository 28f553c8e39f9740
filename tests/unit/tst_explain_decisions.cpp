// `connect-cli explain`'s decision without the process around it: every catalogue code as the simulator
// sends it, the odd body shapes (OAuth, problem+json, HTML, empty with WWW-Authenticate, truncated JSON),
// and Retry-After as seconds, HTTP-date and garbage.
#include "CliOutput.h"
#include "ErrorTable.h"
#include "ExplainCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace cx;
using namespace cx::cli;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 26), QTime(7, 0, 0), QTimeZone::utc());

QString httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

HeaderList headersFrom(const QStringList &lines)
{
    HeaderList headers;
    for (const QString &line : lines) {
        QPair<QByteArray, QByteArray> header;
        if (parseHeaderArgument(line, &header))
            headers.append(header);
    }
    return headers;
}

} // namespace

class TestExplainDecisions : public QObject
{
    Q_OBJECT
private slots:
    void everyCatalogueCodeAsTheSimulatorSendsIt_data();
    void everyCatalogueCodeAsTheSimulatorSendsIt();
    void theObjectHasExactlyTheDocumentedKeys();
    void oddBodies_data();
    void oddBodies();
    void retryAfter_data();
    void retryAfter();
    void successIsNotAnError();
    void headerArguments();
    // The endpoint that answered (explain --path) decides what the docs' shapes mean.
    void documentedShapesWithPath_data();
    void documentedShapesWithPath();
    void validationNamesItsFields();
    void missingScopesFromTheCatalog();
};

void TestExplainDecisions::everyCatalogueCodeAsTheSimulatorSendsIt_data()
{
    QTest::addColumn<QString>("code");
    for (const ErrorInfo &info : ErrorCatalog::all())
        QTest::newRow(qPrintable(info.code)) << info.code;
}

void TestExplainDecisions::everyCatalogueCodeAsTheSimulatorSendsIt()
{
    QFETCH(QString, code);
    const sim::ErrorSpec *spec = sim::ErrorTable::find(code);
    QVERIFY2(spec, "the simulator knows every catalogue code");
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), spec->message}})
            .toJson(QJsonDocument::Compact);
    HeaderList headers{{"Content-Type", "application/json"}};
    if (spec->retryAfterSeconds > 0)
        headers.append({"Retry-After", QByteArray::number(spec->retryAfterSeconds)});
    const Explanation explanation = explainResponse(spec->status, headers, body, Now);
    const QJsonObject json = explanationToJson(explanation);
    QCOMPARE(json.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(json.value(QStringLiteral("action")).toString(),
             ErrorCatalog::actionName(ErrorCatalog::lookup(code).action));
    QCOMPARE(json.value(QStringLiteral("status")).toInt(), spec->status);
    QCOMPARE(json.value(QStringLiteral("message")).toString(), spec->message);
    QVERIFY(!json.value(QStringLiteral("meaning")).toString().isEmpty());
    QVERIFY(!json.value(QStringLiteral("hint")).toString().isEmpty());
    if (spec->retryAfterSeconds > 0)
        QCOMPARE(json.value(QStringLiteral("retry_after_s")).toInt(), spec->retryAfterSeconds);
    else
        QVERIFY(json.value(QStringLiteral("retry_after_s")).isNull());
    // A bare code decides the same.
    QCOMPARE(explainCode(0, code).info.action, ErrorCatalog::lookup(code).action);
}

void TestExplainDecisions::theObjectHasExactlyTheDocumentedKeys()
{
    const QJsonObject json = explanationToJson(
        explainResponse(404, {}, R"({"code":"not_found","message":"No template 9."})", Now));
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("action"), QStringLiteral("code"),
                                QStringLiteral("code_from_server"), QStringLiteral("fields"),
                                QStringLiteral("hint"), QStringLiteral("layer"), QStringLiteral("meaning"),
                                QStringLiteral("message"), QStringLiteral("missing_scopes"),
                                QStringLiteral("retry_after_s"), QStringLiteral("status")}));
    QCOMPARE(json.value(QStringLiteral("fields")).toArray(), QJsonArray());
    QCOMPARE(json.value(QStringLiteral("missing_scopes")).toArray(), QJsonArray());
}

void TestExplainDecisions::oddBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("messageHas");

    QTest::newRow("code/message") << 403 << QStringList{}
                                  << QByteArray(R"({"code":"missing_scope","message":"lacks 'assets:read'"})")
                                  << "missing_scope"
                                  << "permission"
                                  << "assets:read";
    QTest::newRow("oauth invalid_client")
        << 401 << QStringList{QStringLiteral("Content-Type: application/json")}
        << QByteArray(R"({"error":"invalid_client","error_description":"Client authentication failed."})")
        << "invalid_client"
        << "relogin"
        << "Client authentication failed.";
    QTest::newRow("oauth invalid_grant")
        << 400 << QStringList{} << QByteArray(R"({"error":"invalid_grant"})") << "invalid_grant"
        << "relogin"
        << "";
    QTest::newRow("oauth alias invalid_token")
        << 401 << QStringList{} << QByteArray(R"({"error":"invalid_token","error_description":"bad"})")
        << "invalid_token"
        << "relogin"
        << "bad";
    QTest::newRow("problem+json type")
        << 422 << QStringList{QStringLiteral("Content-Type: application/problem+json")}
        << QByteArray(
               R"({"type":"https://api.example/problems/missing_field","title":"Missing","status":422,)"
               R"("detail":"The field 'name' is required."})")
        << "missing_field"
        << "fix_request"
        << "'name'";
    QTest::newRow("problem+json about:blank 429")
        << 429 << QStringList{QStringLiteral("Content-Type: application/problem+json")}
        << QByteArray(R"({"type":"about:blank","title":"Too Many Requests","status":429})")
        << "too_many_requests"
        << "retry"
        << "Too Many Requests";
    QTest::newRow("html 502") << 502 << QStringList{QStringLiteral("Content-Type: text/html")}
                              << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>"
                                            "<h1>Bad Gateway</h1></body></html>")
                              << "bad_gateway"
                              << "retry"
                              << "502 Bad Gateway";
    QTest::newRow("html 503 without content type")
        << 503 << QStringList{} << QByteArray("<!DOCTYPE html><h1>Down for maintenance</h1>")
        << "service_unavailable"
        << "retry"
        << "maintenance";
    QTest::newRow("html 504") << 504 << QStringList{} << QByteArray("<html><body>timeout</body></html>")
                              << "gateway_timeout"
                              << "retry"
                              << "";
    QTest::newRow("empty 401 with invalid_token challenge")
        << 401
        << QStringList{QStringLiteral(R"(WWW-Authenticate: Bearer realm="connect", error="invalid_token")")}
        << QByteArray() << "invalid_access_token"
        << "relogin"
        << "";
    QTest::newRow("empty 403 with insufficient_scope challenge")
        << 403
        << QStringList{QStringLiteral(
               R"(WWW-Authenticate: Bearer error="insufficient_scope", scope="assets:read")")}
        << QByteArray() << "missing_scope"
        << "permission"
        << "assets:read";
    QTest::newRow("empty 401 bare") << 401 << QStringList{} << QByteArray() << "invalid_access_token"
                                    << "relogin"
                                    << "401";
    QTest::newRow("empty 404") << 404 << QStringList{} << QByteArray() << "not_found"
                               << "not_found"
                               << "404";
    QTest::newRow("truncated json 404")
        << 404 << QStringList{QStringLiteral("Content-Type: application/json")}
        << QByteArray(R"({"code":"asset_not_fo)") << "not_found"
        << "not_found"
        << "";
    QTest::newRow("truncated json 500")
        << 500 << QStringList{} << QByteArray(R"({"code":"internal_e)") << "internal_error"
        << "retry"
        << "";
    QTest::newRow("truncated json 401")
        << 401 << QStringList{} << QByteArray(R"({"code":)") << "invalid_access_token"
        << "relogin"
        << "";
    QTest::newRow("garbage 400") << 400 << QStringList{} << QByteArray("\x01\x02 not json at all")
                                 << "invalid_request"
                                 << "fix_request"
                                 << "not json";
    QTest::newRow("unknown code") << 418 << QStringList{}
                                  << QByteArray(R"({"code":"teapot_mode","message":"I am a teapot."})")
                                  << "teapot_mode"
                                  << "notice"
                                  << "teapot";
    QTest::newRow("unknown code on 503 still retries")
        << 503 << QStringList{} << QByteArray(R"({"code":"maintenance_window","message":"Back soon."})")
        << "maintenance_window"
        << "retry"
        << "Back soon.";
}

void TestExplainDecisions::oddBodies()
{
    QFETCH(int, status);
    QFETCH(QStringList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, action);
    QFETCH(QString, messageHas);
    const QJsonObject json = explanationToJson(explainResponse(status, headersFrom(headers), body, Now));
    QCOMPARE(json.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(json.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(json.value(QStringLiteral("action")).toString(), action);
    QVERIFY2(json.value(QStringLiteral("message")).toString().contains(messageHas),
             qPrintable(json.value(QStringLiteral("message")).toString()));
}

void TestExplainDecisions::retryAfter_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("seconds"); // -1: null

    QTest::newRow("seconds") << QStringLiteral("7") << 7;
    QTest::newRow("zero") << QStringLiteral("0") << 0;
    QTest::newRow("http-date in 90 s") << httpDate(Now.addSecs(90)) << 90;
    QTest::newRow("http-date in the past") << httpDate(Now.addSecs(-3600)) << 0;
    QTest::newRow("rfc 850 date") << QLocale::c().toString(Now.addSecs(120),
                                                           QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"))
                                  << 120;
    QTest::newRow("garbage") << QStringLiteral("soon") << -1;
    QTest::newRow("fraction") << QStringLiteral("1.5") << -1;
    QTest::newRow("negative") << QStringLiteral("-3") << -1;
}

void TestExplainDecisions::retryAfter()
{
    QFETCH(QString, value);
    QFETCH(int, seconds);
    const QJsonObject json =
        explanationToJson(explainResponse(429, {{"Retry-After", value.toLatin1()}},
                                          R"({"code":"too_many_requests","message":"Slow down."})", Now));
    QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("retry"));
    if (seconds < 0)
        QVERIFY(json.value(QStringLiteral("retry_after_s")).isNull());
    else
        QCOMPARE(json.value(QStringLiteral("retry_after_s")).toInt(-1), seconds);
}

void TestExplainDecisions::successIsNotAnError()
{
    const QJsonObject json = explanationToJson(explainResponse(200, {}, R"({"data":[]})", Now));
    QCOMPARE(json.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(json.value(QStringLiteral("code")).isNull());
    QVERIFY(json.value(QStringLiteral("action")).isNull());
}

void TestExplainDecisions::headerArguments()
{
    QPair<QByteArray, QByteArray> header;
    QVERIFY(parseHeaderArgument(QStringLiteral("Retry-After:  5 "), &header));
    QCOMPARE(header.first, QByteArray("Retry-After"));
    QCOMPARE(header.second, QByteArray("5"));
    QVERIFY(parseHeaderArgument(QStringLiteral("WWW-Authenticate: Bearer error=\"a:b\""), &header));
    QCOMPARE(header.second, QByteArray("Bearer error=\"a:b\""));
    QVERIFY(!parseHeaderArgument(QStringLiteral("no colon"), &header));
    QVERIFY(!parseHeaderArgument(QStringLiteral(": value"), &header));
}

void TestExplainDecisions::documentedShapesWithPath_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("layer");

    // developer.cliquify.me "Errors and troubleshooting" (errors-2072699m0) and "Get an access token"
    // (get-an-access-token-32941867e0): the issue's four examples, each with the path that answered.
    QTest::newRow("inactive enterprise")
        << 403 << QByteArray(R"({"success":false,"message":"Inactive enterprise","details":[]})")
        << "/oauth/access-token"
        << "inactive_enterprise"
        << "notice"
        << "token";
    QTest::newRow("company not found")
        << 404 << QByteArray(R"({"message":"Company not found"})") << "/api/templates"
        << "company_not_found"
        << "notice"
        << "resource";
    QTest::newRow("validation, bare")
        << 422 << QByteArray(R"({"name":["The name field is required."]})") << "/api/templates"
        << "invalid_field"
        << "fix_request"
        << "resource";
    QTest::newRow("client authentication failed")
        << 401 << QByteArray(R"({"success":false,"message":"Client authentication failed"})")
        << "/oauth/access-token"
        << "invalid_client"
        << "relogin"
        << "token";
    // The same empty 401 means a bad token on /api/*, bad credentials at the token endpoint.
    QTest::newRow("empty 401 on /api") << 401 << QByteArray() << "/api/assets"
                                       << "invalid_access_token"
                                       << "relogin"
                                       << "resource";
    QTest::newRow("empty 401 at the token endpoint") << 401 << QByteArray() << "/oauth/access-token"
                                                     << "invalid_client"
                                                     << "relogin"
                                                     << "token";
    QTest::newRow("empty 403 at the token endpoint") << 403 << QByteArray() << "/oauth/access-token"
                                                     << "inactive_enterprise"
                                                     << "notice"
                                                     << "token";
}

void TestExplainDecisions::documentedShapesWithPath()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(QString, action);
    QFETCH(QString, layer);
    const QJsonObject json = explanationToJson(explainResponse(status, {}, body, Now, path));
    QCOMPARE(json.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(json.value(QStringLiteral("action")).toString(), action);
    QCOMPARE(json.value(QStringLiteral("layer")).toString(), layer);
    QCOMPARE(json.value(QStringLiteral("code_from_server")).toBool(true), false);
}

void TestExplainDecisions::validationNamesItsFields()
{
    // "Errors and troubleshooting": request validation 422 {"field": ["message"]}; the message is the
    // field's words, not the raw JSON.
    const Explanation explanation = explainResponse(
        422, {}, R"({"name":["The name field is required."],"tags":["Too many.","Bad."]})", Now);
    const QJsonObject json = explanationToJson(explanation);
    QCOMPARE(json.value(QStringLiteral("message")).toString(),
             QStringLiteral("The name field is required. Too many."));
    const QJsonArray fields = json.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("name"));
    QCOMPARE(fields.at(0).toObject().value(QStringLiteral("messages")).toArray(),
             QJsonArray{QStringLiteral("The name field is required.")});
    QCOMPARE(fields.at(1).toObject().value(QStringLiteral("messages")).toArray(),
             (QJsonArray{QStringLiteral("Too many."), QStringLiteral("Bad.")}));
}

void TestExplainDecisions::missingScopesFromTheCatalog()
{
    // "Overview" (developer.cliquify.me/overview-2071247m0): protected routes require profile:read,
    // templates:read and assets:read; a 403 on /api/* in the {"message"} shape names none of them.
    const QByteArray body = R"({"message":"Forbidden."})";
    const QStringList required = requiredScopesFor(QStringLiteral("/api/templates"));
    QVERIFY2(!required.isEmpty(), "the bundled description names the scopes of /api/templates");
    QJsonObject json =
        explanationToJson(explainResponse(403, {}, body, Now, QStringLiteral("/api/templates")));
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("missing_scope"));
    QCOMPARE(json.value(QStringLiteral("missing_scopes")).toArray(), QJsonArray::fromStringList(required));

    // Granted scopes are taken off.
    QStringList granted = required;
    const QString lacking = granted.takeLast();
    json = explanationToJson(explainResponse(403, {}, body, Now, QStringLiteral("/api/templates"), granted));
    QCOMPARE(json.value(QStringLiteral("missing_scopes")).toArray(), QJsonArray{lacking});

    // A scope the answer names wins.
    json = explanationToJson(explainResponse(403, {},
                                             R"({"message":"The token lacks the 'brandkit:read' scope."})",
                                             Now, QStringLiteral("/api/templates")));
    QCOMPARE(json.value(QStringLiteral("missing_scopes")).toArray(),
             QJsonArray{QStringLiteral("brandkit:read")});

    // Not a permission decision: no scopes.
    json = explanationToJson(explainResponse(404, {}, R"({"message":"Company not found"})", Now,
                                             QStringLiteral("/api/templates")));
    QCOMPARE(json.value(QStringLiteral("missing_scopes")).toArray(), QJsonArray());
}

QTEST_GUILESS_MAIN(TestExplainDecisions)
#include "tst_explain_decisions.moc"
