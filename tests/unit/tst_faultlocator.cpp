// FaultLocator (errors/FaultLocator.h): where in the request a fix_request error points, read from the
// server's words and the code alone, with no widgets.
#include "errors/FaultLocator.h"

#include <QTest>

using namespace cx;

class TestFaultLocator : public QObject
{
    Q_OBJECT

private slots:
    void locatesWhatTheMessageNames_data();
    void locatesWhatTheMessageNames();
    void quotedName_data();
    void quotedName();
    void jsonErrorOffset();
    void validationFieldsGoWhereTheyLive();
    void fieldErrorWithoutABody_data();
    void fieldErrorWithoutABody();
};

void TestFaultLocator::locatesWhatTheMessageNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("offset");

    QTest::newRow("query") << "bad_query_params"
                           << "Query parameter 'per_page' must be an integer from 1 to 100." << QByteArray()
                           << "query"
                           << "per_page" << -1;
    QTest::newRow("path") << "bad_request_params"
                          << "Path parameter 'id' must be a positive integer, not 'abc'." << QByteArray()
                          << "path"
                          << "id" << -1;
    QTest::newRow("header") << "invalid_header_value"
                            << "The header 'Accept' has an invalid value." << QByteArray() << "header"
                            << "Accept" << -1;
    QTest::newRow("field") << "invalid_field"
                           << "The field 'name' has invalid data." << QByteArray("{\"name\": 1}") << "field"
                           << "name" << -1;
    QTest::newRow("missing field, double quotes")
        << "missing_field"
        << "The field \"title\" is required." << QByteArray("{}") << "field"
        << "title" << -1;
    QTest::newRow("code decides") << "bad_query_params"
                                  << "Bad paging: 'page'." << QByteArray() << "query"
                                  << "page" << -1;
    QTest::newRow("content type") << "unsupported_content_type"
                                  << "This Content-Type is not accepted." << QByteArray() << "header"
                                  << "Content-Type" << -1;
    QTest::newRow("body parse error")
        << "bad_request_body"
        << "The request body is not valid JSON." << QByteArray("{\"a\": }") << "position"
        << "" << 6;
    QTest::newRow("body stated line/column")
        << "bad_request_body"
        << "Unexpected token at line 2, column 3." << QByteArray("{\n  \"a\": 1}") << "position"
        << "" << 4;
    QTest::newRow("too large") << "request_too_large"
                               << "Over 1 MB." << QByteArray() << "body"
                               << "" << -1;
    QTest::newRow("nothing named") << "invalid_request"
                                   << "The request is malformed." << QByteArray() << "none"
                                   << "" << -1;
}

void TestFaultLocator::locatesWhatTheMessageNames()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(int, offset);
    ApiError error;
    error.code = code;
    error.message = message;
    ApiRequest request;
    request.method = "POST"; // a method that sends its body
    request.body = body;
    const FaultTarget target = FaultLocator::locate(error, request);
    QCOMPARE(FaultTarget::kindName(target.kind), kind);
    QCOMPARE(target.name, name);
    if (offset >= 0)
        QCOMPARE(int(target.offset), offset);
}

void TestFaultLocator::quotedName_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("name");
    QTest::newRow("single") << "Field 'a' is bad."
                            << "a";
    QTest::newRow("double") << "Field \"b\" is bad."
                            << "b";
    QTest::newRow("backtick") << "Field `c` is bad."
                              << "c";
    QTest::newRow("typographic single") << QStringLiteral("Field ‘d’ is bad.") << "d";
    QTest::newRow("typographic double") << QStringLiteral("Field “e” is bad.") << "e";
    QTest::newRow("first of two") << "'f' and 'g'"
                                  << "f";
    QTest::newRow("none") << "Nothing quoted here."
                          << "";
}

void TestFaultLocator::quotedName()
{
    QFETCH(QString, message);
    QFETCH(QString, name);
    QCOMPARE(FaultLocator::quotedName(message), name);
}

void TestFaultLocator::jsonErrorOffset()
{
    QCOMPARE(FaultLocator::jsonErrorOffset(QByteArray()), qsizetype(-1));
    QCOMPARE(FaultLocator::jsonErrorOffset(QByteArray("{\"a\": 1}")), qsizetype(-1));
    const QByteArray broken("{\n  \"name\": \"x\",\n  oops\n}");
    const qsizetype offset = FaultLocator::jsonErrorOffset(broken);
    QVERIFY(offset > 0);
    QVERIFY(offset <= broken.size());
    // Characters, not bytes: a two-byte letter before the fault counts once.
    const QByteArray umlaut = QStringLiteral("{\"ä\": }").toUtf8();
    QCOMPARE(FaultLocator::jsonErrorOffset(umlaut), FaultLocator::jsonErrorOffset(QByteArray("{\"a\": }")));
}

void TestFaultLocator::validationFieldsGoWhereTheyLive()
{
    ApiError error;
    error.code = QStringLiteral("invalid_field");
    error.fields = {{QStringLiteral("id"), {QStringLiteral("must be a number")}},
                    {QStringLiteral("per_page"), {QStringLiteral("too big")}},
                    {QStringLiteral("name"), {QStringLiteral("required"), QStringLiteral("too short")}}};
    ApiRequest request;
    request.path = QStringLiteral("/api/templates/7");
    request.query.append({QStringLiteral("per_page"), QStringLiteral("500")});
    request.body = "{\"name\": \"\"}";
    const QList<FaultTarget> targets = FaultLocator::locateFields(error, request, {QStringLiteral("id")});
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets.at(0).kind, FaultTarget::Kind::PathParam);
    QCOMPARE(targets.at(0).name, QStringLiteral("id"));
    QCOMPARE(targets.at(1).kind, FaultTarget::Kind::QueryParam);
    QCOMPARE(targets.at(2).kind, FaultTarget::Kind::BodyField);
    QCOMPARE(targets.at(2).message, QStringLiteral("required; too short"));
}

void TestFaultLocator::fieldErrorWithoutABody_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");

    const QString perPage = QStringLiteral("The field 'per_page' must not be greater than 100.");
    QTest::newRow("GET, no body: query")
        << QByteArray("GET") << QByteArray() << "invalid_field" << perPage << "query"
        << "per_page";
    QTest::newRow("GET with a body: still the query")
        << QByteArray("GET") << QByteArray("{\"per_page\": 500}") << "invalid_field" << perPage << "query"
        << "per_page";
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray() << "invalid_field" << perPage << "query"
                          << "per_page";
    QTest::newRow("DELETE with a body")
        << QByteArray("delete") << QByteArray("{}") << "invalid_field" << perPage << "query"
        << "per_page";
    QTest::newRow("POST without a body") << QByteArray("POST") << QByteArray("  ") << "missing_field"
                                         << "The 'per_page' is required."
                                         << "query"
                                         << "per_page";
    QTest::newRow("path parameter the template names") << QByteArray("GET") << QByteArray() << "invalid_field"
                                                       << "The field 'id' must be at least 1."
                                                       << "path"
                                                       << "id";
    QTest::newRow("unnamed, no body: nothing to point at")
        << QByteArray("GET") << QByteArray() << "invalid_field"
        << "The given data was invalid."
        << "none"
        << "";
    QTest::newRow("POST with a body: the body")
        << QByteArray("POST") << QByteArray("{\"per_page\": 500}") << "invalid_field" << perPage << "field"
        << "per_page";
    QTest::newRow("PATCH body, unnamed") << QByteArray("PATCH") << QByteArray("{}") << "invalid_field"
                                         << "The given data was invalid."
                                         << "body"
                                         << "";
}

void TestFaultLocator::fieldErrorWithoutABody()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    ApiError error;
    error.code = code;
    error.message = message;
    ApiRequest request;
    request.method = method;
    request.path = QStringLiteral("/api/folders/0");
    request.body = body;
    const FaultTarget target = FaultLocator::locate(error, request, {QStringLiteral("id")});
    QCOMPARE(FaultTarget::kindName(target.kind), kind);
    QCOMPARE(target.name, name);
}

QTEST_GUILESS_MAIN(TestFaultLocator)
#include "tst_faultlocator.moc"
