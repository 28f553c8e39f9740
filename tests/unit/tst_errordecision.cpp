// ErrorDecision (errors/ErrorDecision.h): an error decided once keeps the catalogue's texts
// untranslated and translates them when asked, so a language switch needs no second decision; and
// the OAuth field classification (errors/OAuthFault.h) the sign-in dialog maps to its fields.
#include "errors/ErrorCatalog.h"
#include "errors/ErrorDecision.h"
#include "errors/OAuthFault.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace cx;

Q_DECLARE_METATYPE(cx::ApiError)

namespace {

ApiError serverError(int status, const QString &code, bool fromServer = true)
{
    ApiError error;
    error.status = status;
    error.code = code;
    error.codeFromServer = fromServer;
    error.message = QStringLiteral("words");
    error.shape = ApiError::Shape::CodeMessage;
    return error;
}

} // namespace

class TestErrorDecision : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void decisionMatchesDecide_data();
    void decisionMatchesDecide();
    void translatesLateWithoutDecidingAgain();
    void statusMeaningKeepsItsNumberInEveryLanguage();
    void networkDecisionKeepsTheFailureCode();
    void oauthFieldFor_data();
    void oauthFieldFor();

private:
    QTranslator *m_german = nullptr;
};

void TestErrorDecision::cleanup()
{
    if (m_german) {
        QCoreApplication::removeTranslator(m_german);
        delete m_german;
        m_german = nullptr;
    }
}

void TestErrorDecision::decisionMatchesDecide_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::newRow("known") << serverError(429, QStringLiteral("too_many_requests"));
    QTest::newRow("alias") << serverError(401, QStringLiteral("invalid_token"));
    QTest::newRow("unknown 403") << serverError(403, QStringLiteral("account_suspended"));
    QTest::newRow("unknown 503") << serverError(503, QStringLiteral("overloaded"));
    QTest::newRow("derived 502") << serverError(502, QStringLiteral("bad_gateway"), false);
    QTest::newRow("bare 418") << serverError(418, QString(), false);
    ApiError network;
    network.shape = ApiError::Shape::Network;
    network.failure = NetworkFailure::Timeout;
    network.code = QStringLiteral("timeout");
    QTest::newRow("network") << network;
    ApiError detail = network;
    detail.failure = NetworkFailure::Tls;
    detail.code = QStringLiteral("tls_expired");
    QTest::newRow("network detail") << detail;
    QTest::newRow("none") << ApiError();
}

void TestErrorDecision::decisionMatchesDecide()
{
    QFETCH(ApiError, error);
    const ErrorInfo decided = ErrorCatalog::decide(error);
    const ErrorDecision decision = ErrorCatalog::decideLate(error);
    QCOMPARE(decision.code(), decided.code);
    QCOMPARE(decision.action(), decided.action);
    QCOMPARE(decision.known(), decided.known);
    QCOMPARE(decision.meaning(), decided.meaning);
    QCOMPARE(decision.hint(), decided.hint);
    QCOMPARE(decision.error().status, error.status);
    QCOMPARE(decision.isError(), error.isError());
}

void TestErrorDecision::translatesLateWithoutDecidingAgain()
{
    // Decided while the app speaks English...
    const ErrorDecision decision =
        ErrorCatalog::decideLate(serverError(429, QStringLiteral("too_many_requests")));
    QCOMPARE(decision.meaning(), QStringLiteral("The rate limit was exceeded."));
    QVERIFY(decision.hint().startsWith(QStringLiteral("Wait for the countdown from Retry-After")));
    const ErrorInfo english = decision.info();

    // ...then the app switches to German: the same decision, asked again, answers in German.
    m_german = new QTranslator;
    QVERIFY(m_german->load(QStringLiteral(":/i18n/connect-explorer_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(m_german));
    QCOMPARE(decision.meaning(), QStringLiteral("Das Ratenlimit wurde überschritten."));
    QVERIFY2(decision.hint().startsWith(QStringLiteral("Warten Sie den Countdown")),
             qPrintable(decision.hint()));
    QCOMPARE(decision.info().meaning, decision.meaning());
    // The keys did not move, and a copy made in English was frozen in English.
    QCOMPARE(decision.code(), QStringLiteral("too_many_requests"));
    QCOMPARE(decision.action(), ErrorAction::Retry);
    QCOMPARE(english.meaning, QStringLiteral("The rate limit was exceeded."));
    QCOMPARE(QString::fromLatin1(decision.meaningSource()), english.meaning);

    // And back to English.
    cleanup();
    QCOMPARE(decision.meaning(), english.meaning);
}

void TestErrorDecision::statusMeaningKeepsItsNumberInEveryLanguage()
{
    const ErrorDecision decision = ErrorCatalog::decideLate(serverError(418, QString(), false));
    QCOMPARE(decision.action(), ErrorAction::Notice);
    QVERIFY(decision.meaning().contains(QStringLiteral("HTTP status 418")));
    m_german = new QTranslator;
    QVERIFY(m_german->load(QStringLiteral(":/i18n/connect-explorer_de.qm")));
    QCoreApplication::installTranslator(m_german);
    QVERIFY2(decision.meaning().startsWith(QStringLiteral("Der Server antwortete mit HTTP-Status 418")),
             qPrintable(decision.meaning()));
}

void TestErrorDecision::networkDecisionKeepsTheFailureCode()
{
    ApiError error;
    error.shape = ApiError::Shape::Network;
    error.failure = NetworkFailure::ConnectionRefused;
    error.code = QStringLiteral("connection_refused");
    const ErrorDecision decision = ErrorCatalog::decideLate(error);
    QCOMPARE(decision.action(), ErrorAction::Network);
    QCOMPARE(decision.code(), networkFailureName(NetworkFailure::ConnectionRefused));
    QCOMPARE(decision.shownCode(), decision.code());
    QCOMPARE(decision.actionName(), QStringLiteral("network"));
    QVERIFY(decision.known());
}

void TestErrorDecision::oauthFieldFor_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("field");
    const auto token = [](int status, const char *code) {
        ApiError error = serverError(status, QString::fromLatin1(code));
        error.shape = ApiError::Shape::OAuth;
        return error;
    };
    QTest::newRow("invalid_client") << token(401, "invalid_client") << int(OAuthField::ClientSecret);
    QTest::newRow("unauthorized_client")
        << token(400, "unauthorized_client") << int(OAuthField::ClientSecret);
    QTest::newRow("invalid_grant") << token(400, "invalid_grant") << int(OAuthField::ClientSecret);
    QTest::newRow("access_denied") << token(403, "access_denied") << int(OAuthField::ClientSecret);
    QTest::newRow("404") << token(404, "not_found") << int(OAuthField::BaseUrl);
    QTest::newRow("endpoint_not_found") << token(400, "endpoint_not_found") << int(OAuthField::BaseUrl);
    ApiError html = serverError(200, QString(), false);
    html.shape = ApiError::Shape::Html;
    QTest::newRow("web page") << html << int(OAuthField::BaseUrl);
    QTest::newRow("server error") << token(500, "internal_error") << int(OAuthField::General);
    QTest::newRow("unsupported_grant_type")
        << token(400, "unsupported_grant_type") << int(OAuthField::General);
    ApiError refused;
    refused.shape = ApiError::Shape::Network;
    refused.failure = NetworkFailure::ConnectionRefused;
    QTest::newRow("nothing answered") << refused << int(OAuthField::BaseUrl);
    ApiError cancelled = refused;
    cancelled.failure = NetworkFailure::Cancelled;
    QTest::newRow("cancelled") << cancelled << int(OAuthField::General);
}

void TestErrorDecision::oauthFieldFor()
{
    QFETCH(ApiError, error);
    QFETCH(int, field);
    QCOMPARE(int(cx::oauthFieldFor(error)), field);
}

QTEST_GUILESS_MAIN(TestErrorDecision)
#include "tst_errordecision.moc"
