// RequestHygiene: the one decision whether a request can go on the wire as written.
#include "net/RequestHygiene.h"

#include <QTest>

Q_DECLARE_METATYPE(cx::ApiRequest)

using namespace cx;

namespace {

ApiRequest withHeader(const QByteArray &name, const QByteArray &value)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/ok");
    request.headers = {{"Accept", "application/json"}, {name, value}};
    return request;
}

} // namespace

class TestRequestHygiene : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("token");
        QTest::newRow("letters") << QByteArray("Accept") << true;
        QTest::newRow("tchar set") << QByteArray("!#$%&'*+-.^_`|~09azAZ") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("space") << QByteArray("X Inj") << false;
        QTest::newRow("colon") << QByteArray("X:Inj") << false;
        QTest::newRow("CR") << QByteArray("X\rInj") << false;
        QTest::newRow("LF") << QByteArray("X\nInj") << false;
        QTest::newRow("NUL") << QByteArray("X\0Inj", 5) << false;
        QTest::newRow("separator") << QByteArray("X(Inj)") << false;
        QTest::newRow("non-ASCII") << QByteArray("X-\xc3\xa4") << false;
    }
    void tokens()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, token);
        QCOMPARE(RequestHygiene::isToken(text), token);
    }

    void headerValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason");
        QTest::newRow("plain") << QByteArray("Bearer abc.def") << true << QString();
        QTest::newRow("empty") << QByteArray() << true << QString();
        QTest::newRow("tab") << QByteArray("a\tb") << true << QString();
        QTest::newRow("obs-text") << QByteArray("caf\xc3\xa9") << true << QString();
        QTest::newRow("smuggle") << QByteArray("a\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil.example")
                                 << false << QStringLiteral("line break");
        QTest::newRow("LF only") << QByteArray("a\nb") << false << QStringLiteral("line break");
        QTest::newRow("CR only") << QByteArray("a\rb") << false << QStringLiteral("line break");
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << false << QStringLiteral("NUL");
        QTest::newRow("BEL") << QByteArray("a\x07"
                                           "b")
                             << false << QStringLiteral("0x07");
        QTest::newRow("DEL") << QByteArray("a\x7f") << false << QStringLiteral("0x7f");
    }
    void headerValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        QCOMPARE(RequestHygiene::isValidHeaderValue(value), valid);
        const QString problem = RequestHygiene::headerValueProblem(value);
        QCOMPARE(problem.isEmpty(), valid);
        QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    void check_data()
    {
        QTest::addColumn<ApiRequest>("request");
        QTest::addColumn<int>("part"); // -1: no problem
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("described");

        ApiRequest fine = withHeader("X-Trace", "abc");
        fine.query = {{QStringLiteral("q"), QStringLiteral("a b+c")}};
        QTest::newRow("fine") << fine << -1 << -1 << QString();

        QTest::newRow("smuggling header")
            << withHeader("X-Inj", "a\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil.example")
            << int(RequestProblem::Part::HeaderValue) << 1 << QStringLiteral("Header 'X-Inj': its value");
        QTest::newRow("header name with space")
            << withHeader("X Inj", "a") << int(RequestProblem::Part::HeaderName) << 1
            << QStringLiteral("Header 'X Inj': its name");
        QTest::newRow("header name with CRLF")
            << withHeader("X-A\r\nX-B", "a") << int(RequestProblem::Part::HeaderName) << 1
            << QStringLiteral("Header 'X-A??X-B'"); // never the control characters themselves
        QTest::newRow("empty header name") << withHeader("", "a") << int(RequestProblem::Part::HeaderName)
                                           << 1 << QStringLiteral("is empty");

        ApiRequest method = fine;
        method.method = "GET /x HTTP/1.1\r\nX:";
        QTest::newRow("method") << method << int(RequestProblem::Part::Method) << -1
                                << QStringLiteral("The method");
        ApiRequest spaceMethod = fine;
        spaceMethod.method = "GE T";
        QTest::newRow("method not a token") << spaceMethod << int(RequestProblem::Part::Method) << -1
                                            << QStringLiteral("not a valid HTTP method");
        ApiRequest path = fine;
        path.path = QStringLiteral("/api/x HTTP/1.1\r\nX: y");
        QTest::newRow("path") << path << int(RequestProblem::Part::Path) << -1 << QStringLiteral("The path");
        ApiRequest tabPath = fine;
        tabPath.path = QStringLiteral("/api/a\tb"); // percent-encoded like a space
        QTest::newRow("tab in path") << tabPath << -1 << -1 << QString();
        ApiRequest delPath = fine;
        delPath.path = QStringLiteral("/api/a\x7f");
        QTest::newRow("DEL in path") << delPath << int(RequestProblem::Part::Path) << -1
                                     << QStringLiteral("0x7f");
        // Percent-encoded on the way out (requestUrl()): a line break in a query value cannot reach
        // the request line, and the app may send it (a multi-line search).
        ApiRequest queryValue = fine;
        queryValue.query.append({QStringLiteral("next"), QStringLiteral("a\r\nb")});
        queryValue.query.append({QStringLiteral("a\x01"), QStringLiteral("b")});
        QTest::newRow("query control characters") << queryValue << -1 << -1 << QString();
    }
    void check()
    {
        QFETCH(ApiRequest, request);
        QFETCH(int, part);
        QFETCH(int, index);
        QFETCH(QString, described);
        const auto problem = RequestHygiene::check(request);
        QCOMPARE(problem.has_value(), part >= 0);
        if (!problem)
            return;
        QCOMPARE(int(problem->part), part);
        QCOMPARE(problem->index, index);
        const QString text = problem->describe();
        QVERIFY2(text.contains(described), qPrintable(text));
        for (const QChar c : text)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, "a control character in the message");
    }

    void firstProblemWins()
    {
        ApiRequest request = withHeader("X-One", "a\nb");
        request.headers.append(qMakePair(QByteArray("X-Two"), QByteArray("c\rd")));
        const auto problem = RequestHygiene::check(request);
        QVERIFY(problem);
        QCOMPARE(problem->name, QByteArray("X-One"));
    }
};

QTEST_GUILESS_MAIN(TestRequestHygiene)
#include "tst_requesthygiene.moc"
