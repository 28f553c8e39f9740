// ApiError: every body shape a server or a proxy in front of it may send, and the transport failures.
#include "errors/ApiError.h"

#include <QElapsedTimer>
#include <QTest>

using cx::ApiError;
using cx::ApiResponse;
using cx::NetworkFailure;

namespace {

QByteArray nested(int depth, const QByteArray &open, const QByteArray &inner, const QByteArray &close)
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

ApiResponse response(int status, const QByteArray &body, cx::HeaderList headers = {})
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void fromBody_data();
    void fromBody();
    void requiredScope_data();
    void requiredScope();
    void longMessagesAreShortened_data();
    void longMessagesAreShortened();
    void hugeBodiesAreReadFromAPrefix();
    void problemStatusMemberFillsMissingStatus();
    void successIsNotAnError_data();
    void successIsNotAnError();
    void transportFailureIsAnErrorEvenAfter200();
    void everyFailureNamesItsCode_data();
    void everyFailureNamesItsCode();
    void missingStatusWithoutFailureIsNetwork();
    void failureWithoutDetailStillHasAMessage();
    void httpErrorsKeepRetryAfterAndReadWwwAuthenticate_data();
    void httpErrorsKeepRetryAfterAndReadWwwAuthenticate();
    void shapeNamesAreDistinct();
    // The shapes the newer public docs show, each read with the endpoint that answered.
    void documentedShapes_data();
    void documentedShapes();
    void layerOfPath_data();
    void layerOfPath();
    void responseUrlSetsTheLayer();
};

void TestApiError::fromBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("wwwAuthenticate");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("codeFromServer");
    QTest::addColumn<QString>("message");

    const QByteArray json = "application/json";
    const QByteArray problem = "application/problem+json";
    const QByteArray html = "text/html; charset=utf-8";
    const QByteArray text = "text/plain";

    // The Connect API's own shape.
    QTest::newRow("code/message") << 401 << json
                                  << QByteArray(
                                         R"({"code":"invalid_access_token","message":"Token is invalid"})")
                                  << QByteArray() << "code_message"
                                  << "invalid_access_token" << true << "Token is invalid";
    QTest::newRow("code/message, content-type with parameters")
        << 404 << QByteArray("Application/JSON; charset=UTF-8")
        << QByteArray(R"({"code":"asset_not_found","message":"No asset 7"})") << QByteArray()
        << "code_message"
        << "asset_not_found" << true << "No asset 7";
    QTest::newRow("code/message, no content-type")
        << 422 << QByteArray() << QByteArray(R"(  {"message":"Bad field","code":"invalid_field"})")
        << QByteArray() << "code_message"
        << "invalid_field" << true << "Bad field";
    QTest::newRow("code without message -> status line")
        << 404 << json << QByteArray(R"({"code":"not_found"})") << QByteArray() << "code_message"
        << "not_found" << true << "HTTP 404 Not Found";
    QTest::newRow("code with blank message -> status line")
        << 404 << json << QByteArray(R"({"code":"not_found","message":"   "})") << QByteArray()
        << "code_message"
        << "not_found" << true << "HTTP 404 Not Found";
    QTest::newRow("code with surrounding blanks is trimmed")
        << 404 << json << QByteArray(R"({"code":"  not_found\n","message":"m"})") << QByteArray()
        << "code_message"
        << "not_found" << true << "m";
    QTest::newRow("unknown code kept verbatim")
        << 409 << json << QByteArray(R"({"code":"Frobnicated.Twice","message":"m"})") << QByteArray()
        << "code_message"
        << "Frobnicated.Twice" << true << "m";
    QTest::newRow("message verbatim, newlines and all")
        << 400 << json << QByteArray(R"({"code":"invalid_request","message":"line one\nline two"})")
        << QByteArray() << "code_message"
        << "invalid_request" << true << "line one\nline two";
    QTest::newRow("code/message wins over WWW-Authenticate")
        << 401 << json << QByteArray(R"({"code":"expired_access_token","message":"Expired"})")
        << QByteArray(R"(Bearer error="invalid_token")") << "code_message"
        << "expired_access_token" << true << "Expired";
    QTest::newRow("code wins over error member")
        << 401 << json
        << QByteArray(R"({"code":"revoked_access_token","error":"invalid_token","message":"m"})")
        << QByteArray() << "code_message"
        << "revoked_access_token" << true << "m";
    QTest::newRow("UTF-8 BOM before JSON")
        << 401 << json
        << QByteArray("\xEF\xBB\xBF{\"code\":\"missing_access_token\",\"message\":\"No token\"}")
        << QByteArray() << "code_message"
        << "missing_access_token" << true << "No token";
    QTest::newRow("non-ASCII message")
        << 403 << json << QByteArray(R"({"code":"unauthorized_user","message":"Zugriff verweigert – Ä"})")
        << QByteArray() << "code_message"
        << "unauthorized_user" << true << QString::fromUtf8("Zugriff verweigert – Ä");
    QTest::newRow("nesting 1000 deep still parses")
        << 400 << json
        << QByteArray(R"({"code":"invalid_field","message":"m","x":)") + nested(1000, "[", "1", "]") + "}"
        << QByteArray() << "code_message"
        << "invalid_field" << true << "m";

    // OAuth token endpoint style.
    QTest::newRow("oauth")
        << 401 << json
        << QByteArray(R"({"error":"invalid_client","error_description":"Client authentication failed"})")
        << QByteArray() << "oauth"
        << "invalid_client" << true << "Client authentication failed";
    QTest::newRow("oauth with message instead of description")
        << 400 << json
        << QByteArray(R"({"error":"unsupported_grant_type","message":"Use client_credentials"})")
        << QByteArray() << "oauth"
        << "unsupported_grant_type" << true << "Use client_credentials";
    QTest::newRow("oauth without description -> status line")
        << 400 << json << QByteArray(R"({"error":"invalid_grant"})") << QByteArray() << "oauth"
        << "invalid_grant" << true << "HTTP 400 Bad Request";

    // RFC 9457 problem details.
    QTest::newRow("problem with code extension")
        << 403 << problem
        << QByteArray(R"({"type":"https://x.test/p/forbidden","title":"Forbidden","status":403,)"
                      R"("detail":"Scope assets:read is missing","code":"missing_scope"})")
        << QByteArray() << "problem"
        << "missing_scope" << true << "Scope assets:read is missing";
    QTest::newRow("problem type URI last segment")
        << 404 << problem
        << QByteArray(R"({"type":"https://errors.example.com/problems/asset_not_found","title":"Not there"})")
        << QByteArray() << "problem"
        << "asset_not_found" << true << "Not there";
    QTest::newRow("problem type with trailing slash and query")
        << 429 << problem
        << QByteArray(R"({"type":"https://x.test/too_many_requests/?lang=en","title":"Slow down"})")
        << QByteArray() << "problem"
        << "too_many_requests" << true << "Slow down";
    QTest::newRow("problem type fragment")
        << 404 << problem << QByteArray(R"({"type":"https://x.test/errors#not_found","detail":"d"})")
        << QByteArray() << "problem"
        << "not_found" << true << "d";
    QTest::newRow("problem type URN")
        << 500 << problem << QByteArray(R"({"type":"urn:problem:internal_error","title":"Oops"})")
        << QByteArray() << "problem"
        << "internal_error" << true << "Oops";
    QTest::newRow("problem about:blank -> code from status")
        << 404 << problem << QByteArray(R"({"type":"about:blank","title":"Not Found","status":404})")
        << QByteArray() << "problem"
        << "not_found" << false << "Not Found";
    QTest::newRow("problem without type -> code from status")
        << 503 << problem << QByteArray(R"({"title":"Maintenance","status":503})") << QByteArray()
        << "problem"
        << "service_unavailable" << false << "Maintenance";
    QTest::newRow("problem detail preferred over title")
        << 400 << problem
        << QByteArray(
               R"({"type":"https://x.test/invalid_field","title":"Invalid","detail":"per_page must be <= 100"})")
        << QByteArray() << "problem"
        << "invalid_field" << true << "per_page must be <= 100";
    QTest::newRow("problem shape served as application/json")
        << 422 << json
        << QByteArray(R"({"type":"https://x.test/missing_field","title":"Missing","status":422})")
        << QByteArray() << "problem"
        << "missing_field" << true << "Missing";
    QTest::newRow("problem without title or detail -> status line")
        << 400 << problem << QByteArray(R"({"type":"https://x.test/bad_query_params"})") << QByteArray()
        << "problem"
        << "bad_query_params" << true << "HTTP 400 Bad Request";

    // HTML pages from proxies and load balancers.
    QTest::newRow("html title") << 502 << html
                                << QByteArray("<html><head><title>\n  502 Bad Gateway  \n</title></head>"
                                              "<body><center><h1>502 Bad Gateway</h1></center></body></html>")
                                << QByteArray() << "html"
                                << "bad_gateway" << false << "502 Bad Gateway";
    QTest::newRow("html title with attributes, entities and upper case")
        << 503 << html
        << QByteArray(
               "<!DOCTYPE html><HTML><HEAD><TITLE lang=\"en\">Down &amp; out &#8212; back &lt;soon&gt;&#x21;"
               "</TITLE></HEAD></HTML>")
        << QByteArray() << "html"
        << "service_unavailable" << false << QString::fromUtf8("Down & out \u2014 back <soon>!");
    QTest::newRow("html heading when no title")
        << 504 << html << QByteArray("<html><body><h1>Gateway <b>Time-out</b></h1><p>later</p></body></html>")
        << QByteArray() << "html"
        << "gateway_timeout" << false << "Gateway Time-out";
    QTest::newRow("html first heading of any level")
        << 500 << html
        << QByteArray("<body><h2 class=x>Second level first</h2><h1>First level later</h1></body>")
        << QByteArray() << "html"
        << "internal_error" << false << "Second level first";
    QTest::newRow("html empty title falls back to heading")
        << 500 << html << QByteArray("<html><title>  </title><h3>Real words</h3></html>") << QByteArray()
        << "html"
        << "internal_error" << false << "Real words";
    QTest::newRow("html without title or heading -> status line")
        << 503 << html << QByteArray("<html><body><p>nothing</p></body></html>") << QByteArray() << "html"
        << "service_unavailable" << false << "HTTP 503 Service Unavailable";
    QTest::newRow("html unclosed title")
        << 502 << html << QByteArray("<html><title>Cut off here") << QByteArray() << "html"
        << "bad_gateway" << false << "Cut off here";
    QTest::newRow("html <titles> is not a title")
        << 502 << html << QByteArray("<html><titles>no</titles><h1>yes</h1></html>") << QByteArray() << "html"
        << "bad_gateway" << false << "yes";
    QTest::newRow("html without content-type, sniffed")
        << 502 << QByteArray() << QByteArray("\n<!doctype html>\n<title>Proxy error</title>") << QByteArray()
        << "html"
        << "bad_gateway" << false << "Proxy error";
    QTest::newRow("html labelled text/plain, sniffed")
        << 500 << text << QByteArray("<html><head><title>Whoops</title></head></html>") << QByteArray()
        << "html"
        << "internal_error" << false << "Whoops";
    QTest::newRow("html with WWW-Authenticate decides the code")
        << 403 << html << QByteArray("<title>Forbidden</title>")
        << QByteArray(R"(Bearer error="insufficient_scope", scope="assets:read")") << "html"
        << "missing_scope" << false << "Forbidden";

    // Plain text and JSON in no known shape.
    QTest::newRow("text first line") << 500 << text
                                     << QByteArray("upstream connect error\nreset reason: overflow")
                                     << QByteArray() << "text"
                                     << "internal_error" << false << "upstream connect error";
    QTest::newRow("text skips blank lines, collapses blanks")
        << 429 << text << QByteArray("\r\n\r\n  Rate   limit\texceeded  \r\nmore") << QByteArray() << "text"
        << "too_many_requests" << false << "Rate limit exceeded";
    QTest::newRow("text drops control characters")
        << 400 << text << QByteArray("evil \x1b[31mred\x07 text") << QByteArray() << "text"
        << "invalid_request" << false << "evil [31mred text";
    QTest::newRow("text with invalid UTF-8")
        << 500 << text << QByteArray("bad \xff\xfe bytes") << QByteArray() << "text"
        << "internal_error" << false << QString::fromUtf8("bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");
    QTest::newRow("text starting with NUL is not empty")
        << 500 << QByteArray("application/octet-stream") << QByteArray("\0\0\0binary", 9) << QByteArray()
        << "text"
        << "internal_error" << false << "binary";
    QTest::newRow("json array") << 400 << json << QByteArray(R"([{"code":"invalid_field"}])") << QByteArray()
                                << "text"
                                << "invalid_request" << false << R"([{"code":"invalid_field"}])";
    QTest::newRow("json object in no known shape")
        << 500 << json << QByteArray(R"({"status":"fail","data":null})") << QByteArray() << "text"
        << "internal_error" << false << R"({"status":"fail","data":null})";
    QTest::newRow("json non-string code keeps the message")
        << 401 << json << QByteArray(R"({"code":401,"message":"Unauthenticated."})") << QByteArray() << "text"
        << "invalid_access_token" << false << "Unauthenticated.";
    QTest::newRow("json empty code keeps the message")
        << 404 << json << QByteArray(R"({"code":"","message":"Gone missing"})") << QByteArray() << "text"
        << "not_found" << false << "Gone missing";
    QTest::newRow("json object code")
        << 400 << json << QByteArray(R"({"code":{"x":1},"error":["y"]})") << QByteArray() << "text"
        << "invalid_request" << false << R"({"code":{"x":1},"error":["y"]})";
    QTest::newRow("json code too long to be a code")
        << 400 << json << QByteArray(R"({"code":")" + QByteArray(200, 'a') + R"(","message":"m"})")
        << QByteArray() << "text"
        << "invalid_request" << false << "m";
    QTest::newRow("malformed json") << 422 << json << QByteArray(R"({"code":"invalid_field","message":)")
                                    << QByteArray() << "text"
                                    << "invalid_request" << false << R"({"code":"invalid_field","message":)";
    QTest::newRow("json content-type, not json")
        << 502 << json << QByteArray("Bad gateway, sorry") << QByteArray() << "text"
        << "bad_gateway" << false << "Bad gateway, sorry";
    QTest::newRow("json with invalid UTF-8 in a string")
        << 422 << json << QByteArray("{\"code\":\"invalid_field\xff\",\"message\":\"m\"}") << QByteArray()
        << "text"
        << "invalid_request" << false
        << QString::fromUtf8("{\"code\":\"invalid_field\xEF\xBF\xBD\",\"message\":\"m\"}");
    QTest::newRow("json scalar") << 500 << json << QByteArray("\"just a string\"") << QByteArray() << "text"
                                 << "internal_error" << false << "\"just a string\"";
    QTest::newRow("nesting over 1024 (arrays)")
        << 400 << json << nested(1100, "[", "", "]") << QByteArray() << "text"
        << "invalid_request" << false
        << QString(QString(ApiError::maxMessageChars - 1, QLatin1Char('[')) + QChar(0x2026));
    QTest::newRow("nesting over 1024 (objects)")
        << 400 << json
        << QByteArray(R"({"code":"invalid_field","x":)") + nested(1100, R"({"a":)", "1", "}") + "}"
        << QByteArray() << "text"
        << "invalid_request" << false
        << QString(QString::fromLatin1(
                       (QByteArray(R"({"code":"invalid_field","x":)") + nested(200, R"({"a":)", "", ""))
                           .left(ApiError::maxMessageChars - 1)) +
                   QChar(0x2026));

    // No body: the status and WWW-Authenticate decide.
    const QList<std::pair<int, const char *>> bare = {
        {400, "invalid_request"},
        {401, "invalid_access_token"},
        {403, "permission_denied"},
        {404, "not_found"},
        {405, "bad_http_method"},
        {413, "request_too_large"},
        {415, "unsupported_content_type"},
        {422, "invalid_request"},
        {429, "too_many_requests"},
        {500, "internal_error"},
        {502, "bad_gateway"},
        {503, "service_unavailable"},
        {504, "gateway_timeout"},
        {418, "http_418"},
        {501, "http_501"},
        {302, "http_302"},
    };
    for (const auto &[status, code] : bare) {
        const QString line = status == 418   ? QStringLiteral("HTTP 418")
                             : status == 302 ? QStringLiteral("HTTP 302")
                                             : QString();
        QTest::addRow("empty %d", status)
            << status << QByteArray() << QByteArray() << QByteArray() << "empty" << code << false << line;
    }
    QTest::newRow("empty, whitespace only")
        << 404 << json << QByteArray(" \r\n\t ") << QByteArray() << "empty"
        << "not_found" << false << "HTTP 404 Not Found";
    QTest::newRow("empty, BOM only") << 500 << text << QByteArray("\xEF\xBB\xBF") << QByteArray() << "empty"
                                     << "internal_error" << false << "HTTP 500 Internal Server Error";
    QTest::newRow("empty, Bearer invalid_token")
        << 401 << QByteArray() << QByteArray()
        << QByteArray(
               R"(Bearer realm="connect", error="invalid_token", error_description="The access token expired")")
        << "empty"
        << "invalid_access_token" << false << "The access token expired";
    QTest::newRow("empty, Bearer insufficient_scope")
        << 403 << QByteArray() << QByteArray()
        << QByteArray(R"(Bearer error="insufficient_scope", scope="assets:read")") << "empty"
        << "missing_scope" << false << "Required scope: assets:read.";
    QTest::newRow("empty, insufficient_scope with description")
        << 403 << QByteArray() << QByteArray()
        << QByteArray(
               R"(Bearer error="insufficient_scope", error_description="Not allowed", scope="templates:read")")
        << "empty"
        << "missing_scope" << false << "Not allowed. Required scope: templates:read.";
    QTest::newRow("empty, description already names the scope")
        << 403 << QByteArray() << QByteArray()
        << QByteArray(
               R"(Bearer error="insufficient_scope", error_description="Need assets:read", scope="assets:read")")
        << "empty"
        << "missing_scope" << false << "Need assets:read";
    QTest::newRow("empty, Bearer invalid_request")
        << 400 << QByteArray() << QByteArray() << QByteArray(R"(Bearer error="invalid_request")") << "empty"
        << "invalid_request" << false << "HTTP 400 Bad Request";
    QTest::newRow("empty, bare Bearer challenge -> status")
        << 401 << QByteArray() << QByteArray() << QByteArray(R"(Bearer realm="connect")") << "empty"
        << "invalid_access_token" << false << "HTTP 401 Unauthorized";
    QTest::newRow("empty, Bearer after Basic challenge")
        << 401 << QByteArray() << QByteArray()
        << QByteArray(R"(Basic realm="legacy", charset="UTF-8", Bearer realm="api", error="invalid_token")")
        << "empty"
        << "invalid_access_token" << false << "HTTP 401 Unauthorized";
    QTest::newRow("empty, token68 challenge first, unquoted params")
        << 403 << QByteArray() << QByteArray()
        << QByteArray(R"(Negotiate YIIB/x+a==, Bearer error=insufficient_scope, scope=assets:read)")
        << "empty"
        << "missing_scope" << false << "Required scope: assets:read.";
    QTest::newRow("empty, escaped quotes in description")
        << 401 << QByteArray() << QByteArray()
        << QByteArray(R"(Bearer error="invalid_token", error_description="token \"abc\" unknown")") << "empty"
        << "invalid_access_token" << false << R"(token "abc" unknown)";
    QTest::newRow("empty, lower-case scheme and extension error kept verbatim")
        << 401 << QByteArray() << QByteArray() << QByteArray(R"(bearer error="use_dpop_nonce")") << "empty"
        << "use_dpop_nonce" << false << "HTTP 401 Unauthorized";
    QTest::newRow("empty, error value that is no code")
        << 401 << QByteArray() << QByteArray() << QByteArray("Bearer error=\"\xEF\xBB\xBF\"") << "empty"
        << "invalid_access_token" << false << "HTTP 401 Unauthorized";
    QTest::newRow("empty, garbage WWW-Authenticate")
        << 401 << QByteArray() << QByteArray() << QByteArray("\"\"\"=,,==\x01 error") << "empty"
        << "invalid_access_token" << false << "HTTP 401 Unauthorized";
}

void TestApiError::fromBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, wwwAuthenticate);
    QFETCH(QString, shape);
    QFETCH(QString, code);
    QFETCH(bool, codeFromServer);
    QFETCH(QString, message);

    const ApiError error = ApiError::fromBody(status, contentType, body, wwwAuthenticate);
    QCOMPARE(ApiError::shapeName(error.shape), shape);
    QCOMPARE(error.code, code);
    QCOMPARE(error.codeFromServer, codeFromServer);
    QCOMPARE(error.status, status);
    QVERIFY(error.isError());
    QCOMPARE(error.failure, NetworkFailure::None);
    if (message.isEmpty()) // bare statuses: the status line, checked for its number
        QVERIFY2(error.message.startsWith(QStringLiteral("HTTP %1 ").arg(status)), qPrintable(error.message));
    else
        QCOMPARE(error.message, message);
}

void TestApiError::requiredScope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("wwwAuthenticate");
    QTest::addColumn<QString>("scope");

    QTest::newRow("from challenge") << QByteArray()
                                    << QByteArray(R"(Bearer error="insufficient_scope", scope="a:b c:d")")
                                    << "a:b c:d";
    QTest::newRow("kept when the body has the code")
        << QByteArray(R"({"code":"missing_scope","message":"m"})")
        << QByteArray(R"(Bearer error="insufficient_scope", scope="assets:read")") << "assets:read";
    QTest::newRow("none without a challenge")
        << QByteArray(R"({"code":"missing_scope"})") << QByteArray() << "";
}

void TestApiError::requiredScope()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, wwwAuthenticate);
    QFETCH(QString, scope);
    QCOMPARE(ApiError::fromBody(403, "application/json", body, wwwAuthenticate).requiredScope, scope);
}

void TestApiError::longMessagesAreShortened_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    const QByteArray words = QByteArray("word ").repeated(100);
    QTest::newRow("html title") << QByteArray("text/html") << "<title>" + words + "</title>";
    QTest::newRow("text line") << QByteArray("text/plain") << words;
    QTest::newRow("json in no known shape")
        << QByteArray("application/json") << R"({"error_description":")" + words + R"(","n":1})";
}

void TestApiError::longMessagesAreShortened()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const ApiError error = ApiError::fromBody(500, contentType, body);
    QCOMPARE(error.message.size(), ApiError::maxMessageChars);
    QVERIFY(error.message.startsWith(QStringLiteral("word word")));
    QVERIFY(error.message.endsWith(QChar(0x2026)));
}

void TestApiError::hugeBodiesAreReadFromAPrefix()
{
    // 8 MiB: a title beyond the prefix is not searched for, and no part of the call stalls.
    const QByteArray padding(8 * 1024 * 1024, 'x');
    QElapsedTimer timer;
    timer.start();

    const ApiError lateTitle =
        ApiError::fromBody(502, "text/html", "<html><body>" + padding + "<title>late</title>");
    QCOMPARE(lateTitle.shape, ApiError::Shape::Html);
    QCOMPARE(lateTitle.message, QStringLiteral("HTTP 502 Bad Gateway"));

    const ApiError oneLongLine = ApiError::fromBody(500, "text/plain", padding);
    QCOMPARE(oneLongLine.message.size(), ApiError::maxMessageChars);

    // JSON past the parse bound is shown as text, never handed to QJsonDocument.
    const QByteArray bigJson = R"({"code":"invalid_field","message":"m","pad":")" + padding + R"("})";
    const ApiError json = ApiError::fromBody(400, "application/json", bigJson);
    QCOMPARE(json.shape, ApiError::Shape::Text);
    QCOMPARE(json.code, QStringLiteral("invalid_request"));
    QVERIFY(json.message.startsWith(QStringLiteral(R"({"code":"invalid_field")")));

    const QByteArray withinBound = R"({"code":"invalid_field","message":"m","pad":")" +
                                   QByteArray(ApiError::maxParsedBody - 100, 'x') + R"("})";
    QCOMPARE(ApiError::fromBody(400, "application/json", withinBound).shape, ApiError::Shape::CodeMessage);

    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestApiError::problemStatusMemberFillsMissingStatus()
{
    // `connect-cli explain` may read a saved body without its status line.
    const ApiError error =
        ApiError::fromBody(0, "application/problem+json", R"({"title":"Slow down","status":429})");
    QCOMPARE(error.status, 429);
    QCOMPARE(error.code, QStringLiteral("too_many_requests"));
    // ...but never overrides the real one.
    QCOMPARE(ApiError::fromBody(503, "application/problem+json", R"({"title":"t","status":429})").status,
             503);
}

void TestApiError::successIsNotAnError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("200 with JSON") << 200 << QByteArray(R"({"data":[]})");
    QTest::newRow("200 whose body looks like an error") << 200 << QByteArray(R"({"code":"not_found"})");
    QTest::newRow("201") << 201 << QByteArray("{}");
    QTest::newRow("204 empty") << 204 << QByteArray();
    QTest::newRow("299") << 299 << QByteArray();
}

void TestApiError::successIsNotAnError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const ApiError error = ApiError::fromResponse(response(status, body, {{"Retry-After", "5"}}));
    QCOMPARE(error.shape, ApiError::Shape::None);
    QVERIFY(!error.isError());
    QCOMPARE(error.status, status);
    QVERIFY(error.code.isEmpty());
    QCOMPARE(error.retryAfter, QByteArray("5"));
}

void TestApiError::transportFailureIsAnErrorEvenAfter200()
{
    // Qt reports a body cut short as HTTP 200 plus an error: the half body must not pass for success.
    ApiResponse r = response(200, R"({"data":[{"id":1},{"id")", {{"Content-Type", "application/json"}});
    r.failure = NetworkFailure::TruncatedBody;
    r.failureDetail = QStringLiteral("Expected 4096 bytes, got 21");

    const ApiError error = ApiError::fromResponse(r);
    QVERIFY(error.isError());
    QCOMPARE(error.shape, ApiError::Shape::Network);
    QCOMPARE(error.code, QStringLiteral("truncated_body"));
    QCOMPARE(error.failure, NetworkFailure::TruncatedBody);
    QCOMPARE(error.status, 200);
    QVERIFY(!error.codeFromServer);
    QCOMPARE(error.message, r.failureDetail);
}

void TestApiError::everyFailureNamesItsCode_data()
{
    QTest::addColumn<NetworkFailure>("failure");
    QTest::addColumn<QString>("code");
    QTest::newRow("refused") << NetworkFailure::ConnectionRefused << "connection_refused";
    QTest::newRow("host") << NetworkFailure::HostNotFound << "host_not_found";
    QTest::newRow("timeout") << NetworkFailure::Timeout << "timeout";
    QTest::newRow("tls") << NetworkFailure::Tls << "tls";
    QTest::newRow("lost") << NetworkFailure::ConnectionLost << "connection_lost";
    QTest::newRow("truncated") << NetworkFailure::TruncatedBody << "truncated_body";
    QTest::newRow("too large") << NetworkFailure::BodyTooLarge << "body_too_large";
    QTest::newRow("redirects") << NetworkFailure::TooManyRedirects << "too_many_redirects";
    QTest::newRow("unsupported redirect") << NetworkFailure::UnsupportedRedirect << "unsupported_redirect";
    QTest::newRow("cancelled") << NetworkFailure::Cancelled << "cancelled";
    QTest::newRow("other") << NetworkFailure::Other << "network_error";
}

void TestApiError::everyFailureNamesItsCode()
{
    QFETCH(NetworkFailure, failure);
    QFETCH(QString, code);
    // A 503 status line with an error body, then a failure: the failure decides.
    ApiResponse r = response(503, R"({"code":"internal_error"})");
    r.failure = failure;
    r.failureDetail = QStringLiteral("detail");
    const ApiError error = ApiError::fromResponse(r);
    QCOMPARE(error.shape, ApiError::Shape::Network);
    QCOMPARE(error.code, code);
    QCOMPARE(error.failure, failure);
}

void TestApiError::missingStatusWithoutFailureIsNetwork()
{
    const ApiError error = ApiError::fromResponse(response(0, {}));
    QCOMPARE(error.shape, ApiError::Shape::Network);
    QCOMPARE(error.failure, NetworkFailure::Other);
    QCOMPARE(error.code, QStringLiteral("network_error"));
}

void TestApiError::failureWithoutDetailStillHasAMessage()
{
    ApiResponse r;
    r.failure = NetworkFailure::Timeout;
    const ApiError error = ApiError::fromResponse(r);
    QVERIFY2(error.message.contains(QStringLiteral("timeout")), qPrintable(error.message));
}

void TestApiError::httpErrorsKeepRetryAfterAndReadWwwAuthenticate_data()
{
    QTest::addColumn<cx::HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("retryAfter");

    QTest::newRow("429 seconds") << cx::HeaderList{{"Content-Type", "application/json"},
                                                   {"Retry-After", "120"}}
                                 << QByteArray(R"({"code":"too_many_requests","message":"Slow down"})") << 429
                                 << "too_many_requests" << QByteArray("120");
    QTest::newRow("503 date, empty body")
        << cx::HeaderList{{"retry-after", "Thu, 26 Nov 2026 06:31:30 GMT"}} << QByteArray() << 503
        << "service_unavailable" << QByteArray("Thu, 26 Nov 2026 06:31:30 GMT");
    QTest::newRow("garbage kept raw") << cx::HeaderList{{"Retry-After", " soon-ish "}} << QByteArray() << 503
                                      << "service_unavailable" << QByteArray(" soon-ish ");
    QTest::newRow("lower-case www-authenticate")
        << cx::HeaderList{{"www-authenticate", R"(Bearer error="insufficient_scope", scope="brandkit:read")"}}
        << QByteArray() << 403 << "missing_scope" << QByteArray();
    QTest::newRow("redirect that reached us")
        << cx::HeaderList{{"Location", "/elsewhere"}} << QByteArray() << 302 << "http_302" << QByteArray();
}

void TestApiError::httpErrorsKeepRetryAfterAndReadWwwAuthenticate()
{
    QFETCH(cx::HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QByteArray, retryAfter);
    const ApiError error = ApiError::fromResponse(response(status, body, headers));
    QVERIFY(error.isError());
    QCOMPARE(error.status, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.retryAfter, retryAfter);
}

void TestApiError::shapeNamesAreDistinct()
{
    using S = ApiError::Shape;
    const QList<S> shapes = {S::None,    S::CodeMessage,    S::OAuth,      S::Problem,
                             S::Message, S::SuccessMessage, S::Validation, S::Html,
                             S::Text,    S::Empty,          S::Network};
    QStringList names;
    for (S shape : shapes)
        names << ApiError::shapeName(shape);
    QCOMPARE(names, (QStringList{"none", "code_message", "oauth", "problem", "message", "success_message",
                                 "validation", "html", "text", "empty", "network"}));
}

// Fields are written "name=message|message", so a row reads like the body it comes from.
void TestApiError::documentedShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("codeFromServer");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QStringList>("fields");

    const QString token = QStringLiteral("/oauth/access-token");
    const QString templates = QStringLiteral("/api/templates");

    // "Get an access token" (developer.cliquify.me/get-an-access-token-32941867e0): 403 Inactive
    // enterprise, in the token endpoint's {success, message, details} ("Errors and troubleshooting",
    // developer.cliquify.me/errors-2072699m0, "Common response shapes").
    QTest::newRow("token 403 inactive enterprise")
        << 403 << QByteArray(R"({"success":false,"message":"Inactive enterprise","details":[]})") << token
        << "success_message"
        << "inactive_enterprise" << false << "Inactive enterprise"
        << "token" << QStringList{};
    // Same body, no path: the shape alone says it came from the token endpoint.
    QTest::newRow("token shape 403 without a path")
        << 403 << QByteArray(R"({"success":false,"message":"Inactive enterprise","details":[]})") << QString()
        << "success_message"
        << "inactive_enterprise" << false << "Inactive enterprise"
        << "token" << QStringList{};
    // "Get an access token": 401 Client authentication failed; "Errors and troubleshooting" quick
    // reference: 401 with invalid_client on the token request = wrong client ID or secret.
    QTest::newRow("token 401 client authentication failed")
        << 401 << QByteArray(R"({"success":false,"message":"Client authentication failed"})") << token
        << "success_message"
        << "invalid_client" << false << "Client authentication failed"
        << "token" << QStringList{};
    // "Get an access token": 401 Invalid client credentials.
    QTest::newRow("token 401 invalid client credentials")
        << 401 << QByteArray(R"({"success":false,"message":"Invalid client credentials","details":[]})")
        << token << "success_message"
        << "invalid_client" << false << "Invalid client credentials"
        << "token" << QStringList{};
    // "Errors and troubleshooting": 422 on the token request = missing required fields.
    QTest::newRow("token 422 with details naming fields")
        << 422
        << QByteArray(R"({"success":false,"message":"Validation failed","details":)"
                      R"({"client_id":["The client id field is required."]}})")
        << token << "success_message"
        << "invalid_field" << false << "Validation failed"
        << "token" << QStringList{"client_id=The client id field is required."};
    // "Errors and troubleshooting": introspect and revoke answer 422 as {success, message, data}.
    QTest::newRow("introspect 422")
        << 422 << QByteArray(R"({"success":false,"message":"Token is invalid or expired.","data":null})")
        << QStringLiteral("/oauth/introspect") << "success_message"
        << "invalid_access_token" << false << "Token is invalid or expired."
        << "token_helper" << QStringList{};
    // "Errors and troubleshooting": 404 on /api/* = the company linked to this client could not be found.
    QTest::newRow("api 404 company not found")
        << 404 << QByteArray(R"({"message":"Company not found"})") << templates << "message"
        << "company_not_found" << false << "Company not found"
        << "resource" << QStringList{};
    QTest::newRow("api 404 company not found, no path")
        << 404 << QByteArray(R"({"message":"Company not found"})") << QString() << "message"
        << "company_not_found" << false << "Company not found"
        << "unknown" << QStringList{};
    // A resource's own 404 in the same shape is still "check the ID".
    QTest::newRow("api 404 other message") << 404 << QByteArray(R"({"message":"Template 9 not found"})")
                                           << QStringLiteral("/api/templates/9") << "message"
                                           << "not_found" << false << "Template 9 not found"
                                           << "resource" << QStringList{};
    // "Errors and troubleshooting": 403 on /api/* = the token is missing required scopes.
    QTest::newRow("api 403 message") << 403 << QByteArray(R"({"message":"Forbidden."})") << templates
                                     << "message"
                                     << "missing_scope" << false << "Forbidden."
                                     << "resource" << QStringList{};
    QTest::newRow("api 403 message, no path")
        << 403 << QByteArray(R"({"message":"Forbidden."})") << QString() << "message"
        << "permission_denied" << false << "Forbidden."
        << "unknown" << QStringList{};
    // "Overview": 403 = missing scope, or inactive enterprise: the words decide on /api/* too.
    QTest::newRow("api 403 inactive enterprise")
        << 403 << QByteArray(R"({"message":"Inactive enterprise"})") << templates << "message"
        << "inactive_enterprise" << false << "Inactive enterprise"
        << "resource" << QStringList{};
    // "Errors and troubleshooting": 401 on /api/* = missing, invalid or expired token.
    QTest::newRow("api 401 message") << 401 << QByteArray(R"({"message":"Unauthenticated."})") << templates
                                     << "message"
                                     << "invalid_access_token" << false << "Unauthenticated."
                                     << "resource" << QStringList{};
    // "Errors and troubleshooting", request validation: 422 {"field": ["message"]}.
    QTest::newRow("bare validation") << 422 << QByteArray(R"({"name":["The name field is required."]})")
                                     << templates << "validation"
                                     << "invalid_field" << false << "The name field is required."
                                     << "resource" << QStringList{"name=The name field is required."};
    QTest::newRow("bare validation, two fields")
        << 422
        << QByteArray(R"({"per_page":["The per page must not be greater than 100."],)"
                      R"("page":["The page must be at least 1.","The page must be an integer."]})")
        << QString() << "validation"
        << "invalid_field" << false
        << "The page must be at least 1. The per page must not be greater than 100."
        << "unknown"
        << QStringList{"page=The page must be at least 1.|The page must be an integer.",
                       "per_page=The per page must not be greater than 100."};
    // The same web framework's default wrapping of that shape.
    QTest::newRow("wrapped validation")
        << 422
        << QByteArray(
               R"({"message":"The given data was invalid.","errors":{"name":["The name field is required."]}})")
        << templates << "validation"
        << "invalid_field" << false << "The given data was invalid."
        << "resource" << QStringList{"name=The name field is required."};
    // A code the server sent still wins, and its errors are read as fields.
    QTest::newRow("code/message with errors")
        << 422 << QByteArray(R"({"code":"missing_field","message":"m","errors":{"name":"required"}})")
        << templates << "code_message"
        << "missing_field" << true << "m"
        << "resource" << QStringList{"name=required"};
    // Not fields: an object of plain strings is no validation answer.
    QTest::newRow("object of strings is not fields")
        << 400 << QByteArray(R"({"status":"fail"})") << QString() << "text"
        << "invalid_request" << false << R"({"status":"fail"})"
        << "unknown" << QStringList{};
    // An OAuth-style body from the token endpoint names its own code.
    QTest::newRow("token oauth invalid_client")
        << 401
        << QByteArray(R"({"error":"invalid_client","error_description":"Client authentication failed"})")
        << token << "oauth"
        << "invalid_client" << true << "Client authentication failed"
        << "token" << QStringList{};
    // An empty 401 from the token endpoint: the credentials, not a token.
    QTest::newRow("token 401 empty") << 401 << QByteArray() << token << "empty"
                                     << "invalid_client" << false << "HTTP 401 Unauthorized"
                                     << "token" << QStringList{};
}

void TestApiError::documentedShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, shape);
    QFETCH(QString, code);
    QFETCH(bool, codeFromServer);
    QFETCH(QString, message);
    QFETCH(QString, layer);
    QFETCH(QStringList, fields);
    const ApiError error = ApiError::fromBody(status, "application/json", body, {}, path);
    QCOMPARE(ApiError::shapeName(error.shape), shape);
    QCOMPARE(error.code, code);
    QCOMPARE(error.codeFromServer, codeFromServer);
    QCOMPARE(error.message, message);
    QCOMPARE(ApiError::layerName(error.layer), layer);
    QCOMPARE(error.path, path);
    QStringList read;
    for (const cx::FieldError &field : error.fields)
        read << field.name + QLatin1Char('=') + field.messages.join(QLatin1Char('|'));
    QCOMPARE(read, fields);
}

void TestApiError::layerOfPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("layer");
    QTest::newRow("token") << "/oauth/access-token"
                           << "token";
    QTest::newRow("token, trailing slash") << "/oauth/access-token/"
                                           << "token";
    QTest::newRow("token under a base path") << "/connect/oauth/access-token"
                                             << "token";
    QTest::newRow("introspect") << "/oauth/introspect"
                                << "token_helper";
    QTest::newRow("revoke") << "/oauth/revoke"
                            << "token_helper";
    QTest::newRow("api") << "/api/templates"
                         << "resource";
    QTest::newRow("api with query") << "/api/assets?page=2"
                                    << "resource";
    QTest::newRow("api without leading slash") << "api/brandkit/logos"
                                               << "resource";
    QTest::newRow("api under a base path") << "/v1/api/folders"
                                           << "resource";
    QTest::newRow("other") << "/health"
                           << "unknown";
    QTest::newRow("empty") << ""
                           << "unknown";
    QTest::newRow("api-like word") << "/apis"
                                   << "unknown";
}

void TestApiError::layerOfPath()
{
    QFETCH(QString, path);
    QFETCH(QString, layer);
    QCOMPARE(ApiError::layerName(ApiError::layerOf(path)), layer);
}

void TestApiError::responseUrlSetsTheLayer()
{
    ApiResponse r = response(403, R"({"success":false,"message":"Inactive enterprise","details":[]})");
    r.url = QUrl(QStringLiteral("https://oauth.cliquify.me/oauth/access-token"));
    ApiError error = ApiError::fromResponse(r);
    QCOMPARE(error.layer, ApiError::Layer::Token);
    QCOMPARE(error.path, QStringLiteral("/oauth/access-token"));
    QCOMPARE(error.code, QStringLiteral("inactive_enterprise"));

    r = response(401, {});
    r.url = QUrl(QStringLiteral("https://oauth.cliquify.me/oauth/access-token"));
    QCOMPARE(ApiError::fromResponse(r).code, QStringLiteral("invalid_client"));
    r.url = QUrl(QStringLiteral("https://oauth.cliquify.me/api/templates"));
    QCOMPARE(ApiError::fromResponse(r).code, QStringLiteral("invalid_access_token"));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
