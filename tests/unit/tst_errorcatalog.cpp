// ErrorCatalog: every code of api/errors.md, the codes the client derives, and decide()'s fallbacks.
#include "errors/ErrorCatalog.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using cx::ApiError;
using cx::ErrorAction;
using cx::ErrorCatalog;
using cx::ErrorInfo;
using cx::NetworkFailure;

namespace {

// api/errors.md, copied row by row (code, action) in the document's order. When the document changes,
// this list changes with it, and the catalogue must follow.
const QList<std::pair<QString, QString>> documentedCodes = {
    {"invalid_access_token", "relogin"},
    {"missing_access_token", "relogin"},
    {"expired_access_token", "relogin"},
    {"revoked_access_token", "relogin"},
    {"invalid_client", "relogin"},
    {"unauthorized_client", "relogin"},
    {"invalid_grant", "relogin"},
    {"invalid_basic_header", "relogin"},
    {"permission_denied", "permission"},
    {"missing_scope", "permission"},
    {"invalid_scope", "permission"},
    {"unauthorized_user", "permission"},
    {"permission_not_found", "permission"},
    {"too_many_requests", "retry"},
    {"internal_error", "retry"},
    {"invalid_field", "fix_request"},
    {"missing_field", "fix_request"},
    {"bad_request_body", "fix_request"},
    {"bad_request_params", "fix_request"},
    {"bad_query_params", "fix_request"},
    {"invalid_header_value", "fix_request"},
    {"invalid_request", "fix_request"},
    {"invalid_file_format", "fix_request"},
    {"unsupported_content_type", "fix_request"},
    {"request_too_large", "fix_request"},
    {"not_found", "not_found"},
    {"asset_not_found", "not_found"},
    {"user_not_found", "not_found"},
    {"endpoint_not_found", "not_found"},
    {"bad_http_method", "report"},
    {"unsupported_version", "report"},
    {"unsupported_grant_type", "report"},
    {"max_limit_reached", "notice"},
    {"permission_exists", "notice"},
};

QString name(ErrorAction action)
{
    return ErrorCatalog::actionName(action);
}

ApiError serverError(int status, const QString &code)
{
    ApiError error;
    error.status = status;
    error.code = code;
    error.codeFromServer = true;
    error.shape = ApiError::Shape::CodeMessage;
    return error;
}

bool isSentence(const QString &text)
{
    return !text.isEmpty() && text.front().isUpper() && text.endsWith(QLatin1Char('.'));
}

// Translates every catalogue string to a marker, as a real .qm would to another language.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return QLatin1String(context) == QLatin1String("cx::ErrorCatalog")
                   ? QStringLiteral("[xx] ") + QString::fromUtf8(sourceText)
                   : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void documentedCode_data();
    void documentedCode();
    void allIsTheDocumentInItsOrder();
    void derivedCodesRetry_data();
    void derivedCodesRetry();
    void oauthAliases_data();
    void oauthAliases();
    void unknownCode_data();
    void unknownCode();
    void knownServerCodeWinsOverStatus_data();
    void knownServerCodeWinsOverStatus();
    void unknownServerCode_data();
    void unknownServerCode();
    void noCodeDecidedByStatus_data();
    void noCodeDecidedByStatus();
    void bareResponsesEndToEnd_data();
    void bareResponsesEndToEnd();
    void wwwAuthenticateScopeGivesPermission();
    void networkFailures_data();
    void networkFailures();
    void successIsNoError();
    void actionNames_data();
    void actionNames();
    void unknownActionName();
    void textsAreTranslatedAtLookup();
    // The public docs' shapes through ApiError to one decision, by the endpoint that answered.
    void documentedShapesDecide_data();
    void documentedShapesDecide();
    void accountStatesAreDerivedNotices_data();
    void accountStatesAreDerivedNotices();
};

void TestErrorCatalog::documentedCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("action");
    for (const auto &[code, action] : documentedCodes)
        QTest::newRow(qPrintable(code)) << code << action;
}

void TestErrorCatalog::documentedCode()
{
    QFETCH(QString, code);
    QFETCH(QString, action);

    const ErrorInfo info = ErrorCatalog::lookup(code);
    QCOMPARE(info.code, code);
    QCOMPARE(name(info.action), action);
    QVERIFY(info.known);
    QVERIFY2(isSentence(info.meaning), qPrintable(info.meaning));
    QVERIFY2(isSentence(info.hint), qPrintable(info.hint));

    // The server sending it decides the same, whatever the status.
    for (int status : {400, 401, 403, 404, 429, 500, 503}) {
        const ErrorInfo decided = ErrorCatalog::decide(serverError(status, code));
        QCOMPARE(name(decided.action), action);
        QVERIFY(decided.known);
    }
}

void TestErrorCatalog::allIsTheDocumentInItsOrder()
{
    QStringList expected, actual, meanings;
    for (const auto &entry : documentedCodes)
        expected << entry.first;
    for (const ErrorInfo &info : ErrorCatalog::all()) {
        actual << info.code;
        meanings << info.meaning;
        QVERIFY(info.known);
    }
    QCOMPARE(actual, expected);
    // Each row says something of its own: a copy-paste slip would show here.
    QCOMPARE(QSet<QString>(meanings.begin(), meanings.end()).size(), meanings.size());
}

void TestErrorCatalog::derivedCodesRetry_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("502") << "bad_gateway";
    QTest::newRow("503") << "service_unavailable";
    QTest::newRow("504") << "gateway_timeout";
}

void TestErrorCatalog::derivedCodesRetry()
{
    QFETCH(QString, code);
    const ErrorInfo info = ErrorCatalog::lookup(code);
    QCOMPARE(info.action, ErrorAction::Retry);
    QVERIFY(info.known);
    QVERIFY(isSentence(info.meaning));

    QStringList derived;
    for (const ErrorInfo &entry : ErrorCatalog::derived())
        derived << entry.code;
    QVERIFY(derived.contains(code));
    // Derived codes are the client's, not the document's.
    for (const ErrorInfo &entry : ErrorCatalog::all())
        QVERIFY(entry.code != code);
}

void TestErrorCatalog::oauthAliases_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("twin");
    QTest::newRow("invalid_token") << "invalid_token"
                                   << "relogin"
                                   << "invalid_access_token";
    QTest::newRow("insufficient_scope") << "insufficient_scope"
                                        << "permission"
                                        << "missing_scope";
    QTest::newRow("access_denied") << "access_denied"
                                   << "permission"
                                   << "permission_denied";
    QTest::newRow("server_error") << "server_error"
                                  << "retry"
                                  << "internal_error";
    QTest::newRow("temporarily_unavailable") << "temporarily_unavailable"
                                             << "retry"
                                             << "service_unavailable";
}

void TestErrorCatalog::oauthAliases()
{
    QFETCH(QString, code);
    QFETCH(QString, action);
    QFETCH(QString, twin);
    const ErrorInfo info = ErrorCatalog::lookup(code);
    QCOMPARE(info.code, code); // keeps its own name
    QCOMPARE(name(info.action), action);
    QVERIFY(info.known);
    QCOMPARE(info.meaning, ErrorCatalog::lookup(twin).meaning);
}

void TestErrorCatalog::unknownCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("new code") << "quota_frozen";
    QTest::newRow("empty") << "";
    QTest::newRow("case differs") << "INVALID_ACCESS_TOKEN";
    QTest::newRow("padded") << " not_found";
    QTest::newRow("network name is no server code") << "timeout";
    QTest::newRow("derived status name") << "http_418";
    QTest::newRow("odd characters") << QString::fromUtf8("c\u00f6de/\u2603");
}

void TestErrorCatalog::unknownCode()
{
    QFETCH(QString, code);
    const ErrorInfo info = ErrorCatalog::lookup(code);
    QCOMPARE(info.code, code);
    QCOMPARE(info.action, ErrorAction::Notice);
    QVERIFY(!info.known);
    QVERIFY(isSentence(info.meaning));
    QVERIFY(isSentence(info.hint));
}

void TestErrorCatalog::knownServerCodeWinsOverStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("action");
    QTest::newRow("too_many_requests on 400") << 400 << "too_many_requests"
                                              << "retry";
    QTest::newRow("not_found on 500") << 500 << "not_found"
                                      << "not_found";
    QTest::newRow("missing_scope on 401") << 401 << "missing_scope"
                                          << "permission";
    QTest::newRow("max_limit_reached on 429") << 429 << "max_limit_reached"
                                              << "notice";
    QTest::newRow("invalid_client on 403") << 403 << "invalid_client"
                                           << "relogin";
}

void TestErrorCatalog::knownServerCodeWinsOverStatus()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, action);
    QCOMPARE(name(ErrorCatalog::decide(serverError(status, code)).action), action);
}

void TestErrorCatalog::unknownServerCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("action");
    // 401, 429 and 5xx have one remedy whatever the code; elsewhere the code's meaning is the server's.
    QTest::newRow("401") << 401 << "relogin";
    QTest::newRow("429") << 429 << "retry";
    QTest::newRow("500") << 500 << "retry";
    QTest::newRow("502") << 502 << "retry";
    QTest::newRow("503") << 503 << "retry";
    QTest::newRow("504") << 504 << "retry";
    QTest::newRow("400") << 400 << "notice";
    QTest::newRow("403") << 403 << "notice";
    QTest::newRow("404") << 404 << "notice";
    QTest::newRow("405") << 405 << "notice";
    QTest::newRow("409") << 409 << "notice";
    QTest::newRow("422") << 422 << "notice";
}

void TestErrorCatalog::unknownServerCode()
{
    QFETCH(int, status);
    QFETCH(QString, action);
    const ErrorInfo info = ErrorCatalog::decide(serverError(status, QStringLiteral("account_suspended")));
    QCOMPARE(name(info.action), action);
    QVERIFY(!info.known);
    QCOMPARE(info.code, QStringLiteral("account_suspended"));
    QVERIFY(isSentence(info.meaning));
    QVERIFY(isSentence(info.hint));
}

void TestErrorCatalog::noCodeDecidedByStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("action");
    QTest::newRow("400") << 400 << "fix_request";
    QTest::newRow("401") << 401 << "relogin";
    QTest::newRow("403") << 403 << "permission";
    QTest::newRow("404") << 404 << "not_found";
    QTest::newRow("405") << 405 << "report";
    QTest::newRow("413") << 413 << "fix_request";
    QTest::newRow("415") << 415 << "fix_request";
    QTest::newRow("422") << 422 << "fix_request";
    QTest::newRow("429") << 429 << "retry";
    QTest::newRow("500") << 500 << "retry";
    QTest::newRow("501") << 501 << "retry";
    QTest::newRow("502") << 502 << "retry";
    QTest::newRow("503") << 503 << "retry";
    QTest::newRow("504") << 504 << "retry";
    QTest::newRow("599") << 599 << "retry";
    QTest::newRow("302") << 302 << "notice";
    QTest::newRow("408") << 408 << "notice";
    QTest::newRow("409") << 409 << "notice";
    QTest::newRow("418") << 418 << "notice";
    QTest::newRow("600") << 600 << "notice";
}

void TestErrorCatalog::noCodeDecidedByStatus()
{
    QFETCH(int, status);
    QFETCH(QString, action);
    QCOMPARE(name(ErrorCatalog::actionForStatus(status)), action);

    ApiError error;
    error.status = status;
    error.shape = ApiError::Shape::Empty;
    const ErrorInfo info = ErrorCatalog::decide(error);
    QCOMPARE(name(info.action), action);
    QVERIFY(info.meaning.contains(QString::number(status)));
    QVERIFY(isSentence(info.hint));
}

void TestErrorCatalog::bareResponsesEndToEnd_data()
{
    noCodeDecidedByStatus_data();
}

void TestErrorCatalog::bareResponsesEndToEnd()
{
    // What ApiError derives for a bare status must lead to the status's own action.
    QFETCH(int, status);
    QFETCH(QString, action);
    for (const QByteArray &body : {QByteArray(), QByteArray("<html><title>Proxy</title></html>"),
                                   QByteArray("oops"), QByteArray(R"({"code":7})")}) {
        const ApiError error = ApiError::fromBody(status, {}, body);
        QCOMPARE(name(ErrorCatalog::decide(error).action), action);
    }
}

void TestErrorCatalog::wwwAuthenticateScopeGivesPermission()
{
    // A 401 whose challenge says insufficient_scope is a scope problem, not a sign-in one.
    const ApiError error =
        ApiError::fromBody(401, {}, {}, R"(Bearer error="insufficient_scope", scope="assets:read")");
    const ErrorInfo info = ErrorCatalog::decide(error);
    QCOMPARE(info.action, ErrorAction::Permission);
    QCOMPARE(info.code, QStringLiteral("missing_scope"));
    QVERIFY(info.known);
}

void TestErrorCatalog::networkFailures_data()
{
    QTest::addColumn<NetworkFailure>("failure");
    QTest::newRow("refused") << NetworkFailure::ConnectionRefused;
    QTest::newRow("host") << NetworkFailure::HostNotFound;
    QTest::newRow("timeout") << NetworkFailure::Timeout;
    QTest::newRow("tls") << NetworkFailure::Tls;
    QTest::newRow("lost") << NetworkFailure::ConnectionLost;
    QTest::newRow("truncated") << NetworkFailure::TruncatedBody;
    QTest::newRow("too large") << NetworkFailure::BodyTooLarge;
    QTest::newRow("redirects") << NetworkFailure::TooManyRedirects;
    QTest::newRow("unsupported redirect") << NetworkFailure::UnsupportedRedirect;
    QTest::newRow("cancelled") << NetworkFailure::Cancelled;
    QTest::newRow("other") << NetworkFailure::Other;
}

void TestErrorCatalog::networkFailures()
{
    QFETCH(NetworkFailure, failure);
    cx::ApiResponse response;
    response.status = 200; // a truncated 200 is still no response to act on
    response.failure = failure;
    const ErrorInfo info = ErrorCatalog::decide(ApiError::fromResponse(response));
    QCOMPARE(info.action, ErrorAction::Network);
    QCOMPARE(info.code, cx::networkFailureName(failure));
    QVERIFY(isSentence(info.meaning));
    QVERIFY(isSentence(info.hint));
    QCOMPARE(ErrorCatalog::network(failure).meaning, info.meaning);
}

void TestErrorCatalog::successIsNoError()
{
    cx::ApiResponse response;
    response.status = 200;
    const ErrorInfo info = ErrorCatalog::decide(ApiError::fromResponse(response));
    QCOMPARE(info.action, ErrorAction::Notice);
    QVERIFY(info.code.isEmpty());
}

void TestErrorCatalog::actionNames_data()
{
    QTest::addColumn<ErrorAction>("action");
    QTest::addColumn<QString>("name");
    QTest::newRow("relogin") << ErrorAction::Relogin << "relogin";
    QTest::newRow("permission") << ErrorAction::Permission << "permission";
    QTest::newRow("retry") << ErrorAction::Retry << "retry";
    QTest::newRow("fix_request") << ErrorAction::FixRequest << "fix_request";
    QTest::newRow("not_found") << ErrorAction::NotFound << "not_found";
    QTest::newRow("report") << ErrorAction::Report << "report";
    QTest::newRow("notice") << ErrorAction::Notice << "notice";
    QTest::newRow("network") << ErrorAction::Network << "network";
}

void TestErrorCatalog::actionNames()
{
    QFETCH(ErrorAction, action);
    QFETCH(QString, name);
    QCOMPARE(ErrorCatalog::actionName(action), name);
    ErrorAction back = action == ErrorAction::Notice ? ErrorAction::Retry : ErrorAction::Notice;
    QVERIFY(ErrorCatalog::actionFromName(name, &back));
    QCOMPARE(back, action);
    QVERIFY(ErrorCatalog::actionFromName(name, nullptr));
}

void TestErrorCatalog::unknownActionName()
{
    ErrorAction action = ErrorAction::Report;
    for (const QString &bad : {QString(), QStringLiteral("Retry"), QStringLiteral("fix-request"),
                               QStringLiteral(" notice"), QStringLiteral("retry_later")}) {
        QVERIFY2(!ErrorCatalog::actionFromName(bad, &action), qPrintable(bad));
        QCOMPARE(action, ErrorAction::Report); // untouched
    }
}

void TestErrorCatalog::textsAreTranslatedAtLookup()
{
    const QString english = ErrorCatalog::lookup(QStringLiteral("missing_scope")).meaning;
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const ErrorInfo translated = ErrorCatalog::lookup(QStringLiteral("missing_scope"));
    const ErrorInfo unknown = ErrorCatalog::lookup(QStringLiteral("brand_new"));
    const ErrorInfo network = ErrorCatalog::network(NetworkFailure::Timeout);
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(translated.meaning, QStringLiteral("[xx] ") + english);
    QVERIFY(translated.hint.startsWith(QStringLiteral("[xx] ")));
    QVERIFY(unknown.meaning.startsWith(QStringLiteral("[xx] ")));
    QVERIFY(network.hint.startsWith(QStringLiteral("[xx] ")));
    QCOMPARE(translated.code, QStringLiteral("missing_scope")); // machine names never translate
    QCOMPARE(ErrorCatalog::lookup(QStringLiteral("missing_scope")).meaning, english);
}

void TestErrorCatalog::documentedShapesDecide_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("action");

    const QString token = QStringLiteral("/oauth/access-token");
    // developer.cliquify.me "Errors and troubleshooting" (errors-2072699m0), quick reference, row by row;
    // the bodies are the shapes of its "Common response shapes" with the words of "Get an access token"
    // (get-an-access-token-32941867e0).
    QTest::newRow("403 on token request: enterprise inactive, no retry")
        << 403 << QByteArray(R"({"success":false,"message":"Inactive enterprise","details":[]})") << token
        << "inactive_enterprise"
        << "notice";
    QTest::newRow("401 on token request: fix the stored credentials")
        << 401 << QByteArray(R"({"success":false,"message":"Client authentication failed"})") << token
        << "invalid_client"
        << "relogin";
    QTest::newRow("422 on token request: missing fields")
        << 422
        << QByteArray(
               R"({"success":false,"message":"Missing fields","details":{"client_secret":["Required."]}})")
        << token << "invalid_field"
        << "fix_request";
    QTest::newRow("401 on /api/*: request a new token")
        << 401 << QByteArray(R"({"message":"Unauthenticated."})") << QStringLiteral("/api/assets")
        << "invalid_access_token"
        << "relogin";
    QTest::newRow("403 on /api/*: missing required scopes")
        << 403 << QByteArray(R"({"message":"Invalid scope(s) provided."})") << QStringLiteral("/api/assets")
        << "missing_scope"
        << "permission";
    QTest::newRow("404 on /api/*: company not linked")
        << 404 << QByteArray(R"({"message":"Company not found"})") << QStringLiteral("/api/templates")
        << "company_not_found"
        << "notice";
    QTest::newRow("422 request validation, bare")
        << 422 << QByteArray(R"({"name":["The name field is required."]})") << QStringLiteral("/api/folders")
        << "invalid_field"
        << "fix_request";
    QTest::newRow("422 request validation, wrapped")
        << 422 << QByteArray(R"({"message":"The given data was invalid.","errors":{"name":["Required."]}})")
        << QStringLiteral("/api/folders") << "invalid_field"
        << "fix_request";
    QTest::newRow("429 rate limit") << 429 << QByteArray(R"({"message":"Too Many Attempts."})")
                                    << QStringLiteral("/api/templates") << "too_many_requests"
                                    << "retry";
    // The issue's own examples, decided without a path: the shape or the words are enough.
    QTest::newRow("inactive enterprise, no path")
        << 403 << QByteArray(R"({"success":false,"message":"Inactive enterprise","details":[]})") << QString()
        << "inactive_enterprise"
        << "notice";
    QTest::newRow("company not found, no path")
        << 404 << QByteArray(R"({"message":"Company not found"})") << QString() << "company_not_found"
        << "notice";
    QTest::newRow("client authentication failed, no path")
        << 401 << QByteArray(R"({"success":false,"message":"Client authentication failed"})") << QString()
        << "invalid_client"
        << "relogin";
}

void TestErrorCatalog::documentedShapesDecide()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(QString, action);
    const ApiError error = ApiError::fromBody(status, "application/json", body, {}, path);
    const ErrorInfo info = ErrorCatalog::decide(error);
    QCOMPARE(info.code, code);
    QCOMPARE(name(info.action), action);
    QVERIFY(info.known);
    QVERIFY(!error.codeFromServer);
}

void TestErrorCatalog::accountStatesAreDerivedNotices_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("hintHas");
    QTest::newRow("inactive_enterprise") << "inactive_enterprise"
                                         << "administrator";
    QTest::newRow("company_not_found") << "company_not_found"
                                       << "developer portal";
}

void TestErrorCatalog::accountStatesAreDerivedNotices()
{
    QFETCH(QString, code);
    QFETCH(QString, hintHas);
    const ErrorInfo info = ErrorCatalog::lookup(code);
    QVERIFY(info.known);
    QCOMPARE(info.action, ErrorAction::Notice);
    QVERIFY(isSentence(info.meaning));
    QVERIFY(isSentence(info.hint));
    QVERIFY2(info.hint.contains(hintHas), qPrintable(info.hint));
    QStringList derived;
    for (const ErrorInfo &entry : ErrorCatalog::derived())
        derived << entry.code;
    QVERIFY(derived.contains(code));
    for (const ErrorInfo &entry : ErrorCatalog::all())
        QVERIFY(entry.code != code); // the client's codes, not the document's
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
