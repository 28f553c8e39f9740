// connect-cli call, any body exactly (issue 13, deliver 6), against raw loopback servers: text in any
// charset Qt knows comes out as `body`, bytes that are not text as `body_base64` byte for byte, a body
// declared text that does not decode in its charset as bytes with a note, and a compressed body that
// cannot be decoded as a response (status and headers kept, exit 1, undecodable_body).
#include "CliProcess.h"
#include "FaultServer.h"
#include "Gzip.h"

#include <QJsonObject>
#include <QStringDecoder>
#include <QTest>

using cx::test::CliRun;
using cx::test::FaultServer;

namespace {

QStringList callArgs(const QUrl &baseUrl, bool json)
{
    QStringList args{QStringLiteral("call"),      QStringLiteral("GET"),        QStringLiteral("/api/x"),
                     QStringLiteral("--no-auth"), QStringLiteral("--base-url"), baseUrl.toString()};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

// A 200 with exactly these headers (Content-Length added) and body bytes.
QByteArray answer(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all += {{"Content-Length", QByteArray::number(body.size())}, {"Connection", "close"}};
    return FaultServer::head(200, all) + body;
}

CliRun callOnce(const QByteArray &response, bool json)
{
    FaultServer server;
    server.setDefault(FaultServer::reply(response));
    return cx::test::runCli(callArgs(server.baseUrl(), json));
}

// Every byte value, with CR LF and NUL among them.
QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes + QByteArray("\r\n\0\xff", 4);
}

} // namespace

class TestCliBodies : public QObject
{
    Q_OBJECT

private slots:
    void textInItsCharset_data();
    void textInItsCharset();
    void jsonInAnotherCharsetIsParsed();
    void bytesAsBase64_data();
    void bytesAsBase64();
    void undecodableBodyIsAResponse_data();
    void undecodableBodyIsAResponse();
    void textModeKeepsBytesExact();
    void textModeUndecodableBodyPrintsNoBody();
};

void TestCliBodies::textInItsCharset_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("ISO-8859-1") << QByteArray("text/plain; charset=ISO-8859-1") << QByteArray("caf\xe9")
                                << QStringLiteral("caf\u00e9");
    QTest::newRow("latin1 quoted, html")
        << QByteArray("text/html; charset=\"iso-8859-1\"") << QByteArray("<p>\xe9t\xe9</p>")
        << QStringLiteral("<p>\u00e9t\u00e9</p>");
    QTest::newRow("UTF-8") << QByteArray("text/plain; charset=utf-8") << QByteArray("caf\xc3\xa9")
                           << QStringLiteral("caf\u00e9");
    QTest::newRow("text without charset is UTF-8")
        << QByteArray("text/csv") << QByteArray("a,\xc3\xa9\r\n") << QStringLiteral("a,\u00e9\r\n");
    QTest::newRow("UTF-16LE") << QByteArray("text/plain; charset=UTF-16LE")
                              << QByteArray("c\0a\0f\0\xe9\0", 8) << QStringLiteral("caf\u00e9");
    QTest::newRow("xml") << QByteArray("application/soap+xml; charset=ISO-8859-1")
                         << QByteArray("<a>\xe9</a>") << QStringLiteral("<a>\u00e9</a>");
}

void TestCliBodies::textInItsCharset()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const CliRun run = callOnce(answer({{"Content-Type", contentType}}, bytes), true);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("body")).toString(), text);
    QVERIFY(!json.contains(QLatin1String("body_base64")));
    QVERIFY(!json.contains(QLatin1String("body_encoding")));
}

void TestCliBodies::jsonInAnotherCharsetIsParsed()
{
    const CliRun run = callOnce(
        answer({{"Content-Type", "application/json; charset=ISO-8859-1"}}, "{\"name\":\"caf\xe9\"}"), true);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject body = run.json().value(QLatin1String("body")).toObject();
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("caf\u00e9"));
}

void TestCliBodies::bytesAsBase64_data()
{
    QTest::addColumn<QByteArray>("contentType"); // empty: no Content-Type header
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("noted"); // declared text that does not decode: a note says so
    QTest::newRow("octet-stream") << QByteArray("application/octet-stream") << allBytes() << false;
    QTest::newRow("image") << QByteArray("image/png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                           << false;
    QTest::newRow("octet-stream that happens to be UTF-8")
        << QByteArray("application/octet-stream") << QByteArray("plain") << false;
    QTest::newRow("no Content-Type, not UTF-8") << QByteArray() << allBytes() << false;
    QTest::newRow("declared UTF-8, is not") << QByteArray("text/plain; charset=utf-8") << allBytes() << true;
    QTest::newRow("declared JSON, is not UTF-8")
        << QByteArray("application/json") << QByteArray("{\"a\":\"\xff\"}") << true;
    QTest::newRow("charset unknown to Qt")
        << QByteArray("text/plain; charset=x-no-such-charset") << QByteArray("abc") << true;
}

void TestCliBodies::bytesAsBase64()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, noted);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers += {{"Content-Type", contentType}};
    const CliRun run = callOnce(answer(headers, bytes), true);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QVERIFY2(json.value(QLatin1String("body")).isNull(), run.out.left(300).constData());
    QCOMPARE(json.value(QLatin1String("body_encoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(json.value(QLatin1String("body_base64")).toString().toLatin1()), bytes);
    QCOMPARE(json.contains(QLatin1String("body_note")), noted);
}

void TestCliBodies::undecodableBodyIsAResponse_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("gzip that is not gzip") << QByteArray("gzip") << QByteArray("this is not gzip at all");
    QByteArray cut = cx::test::gzip(QByteArray(4096, 'a'));
    cut[12] = char(0xff); // damage the deflate stream right after the header
    cut[13] = char(0xff);
    QTest::newRow("gzip with a damaged stream") << QByteArray("gzip") << cut;
    QTest::newRow("deflate that is not deflate")
        << QByteArray("deflate") << QByteArray("\xff\xfe\xfd not zlib");
}

void TestCliBodies::undecodableBodyIsAResponse()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, bytes);
    const CliRun run = callOnce(answer({{"Content-Type", "application/json"},
                                        {"Content-Encoding", encoding},
                                        {"X-Request-Id", "kept-1"}},
                                       bytes),
                                true);
    QCOMPARE(run.exitCode, 1); // an HTTP answer with an error, not "no response" (2)
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(json.value(QLatin1String("headers")).toObject().value(QLatin1String("x-request-id")).toString(),
             QStringLiteral("kept-1"));
    const QJsonObject error = json.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("undecodable_body"));
    QVERIFY(error.value(QLatin1String("known")).toBool());
    QVERIFY(!error.value(QLatin1String("meaning")).toString().isEmpty());
}

void TestCliBodies::textModeKeepsBytesExact()
{
    const CliRun run = callOnce(answer({{"Content-Type", "application/octet-stream"}}, allBytes()), false);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, allBytes()); // stdout is a pipe here: nothing added, nothing decoded
}

void TestCliBodies::textModeUndecodableBodyPrintsNoBody()
{
    const CliRun run = callOnce(answer({{"Content-Type", "text/plain"}, {"Content-Encoding", "gzip"}},
                                       "not gzip, and not to be printed"),
                                false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.out.contains("printed"), run.out.constData());
    QVERIFY2(run.err.contains("HTTP 200 undecodable_body"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliBodies)
#include "tst_cli_bodies.moc"
