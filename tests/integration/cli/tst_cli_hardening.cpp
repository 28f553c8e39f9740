// connect-cli hardening (issue 18), the real executable against raw loopback servers: honest timeouts
// (--timeout and --max-time refuse what would switch them off), nothing of a failed body on stdout,
// bounded request bodies (--data @/dev/zero, a sparse 2 GB file, --max-body), no invalid UTF-8 passed
// off as text, no CR/LF smuggled in through --header, and no escape sequence from a server reaching
// the terminal in text output.
#include "CliProcess.h"
#include "FaultServer.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// gcc says __SANITIZE_ADDRESS__, clang __has_feature(address_sanitizer).
#if defined(__SANITIZE_ADDRESS__)
#define CX_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CX_UNDER_ASAN 1
#endif
#endif
using cx::test::Behaviour;
using cx::test::CliRun;
using cx::test::FaultServer;

namespace {

QStringList call(const QString &method, const QUrl &baseUrl, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("call"),       method,
                       QStringLiteral("/api/x"),     QStringLiteral("--no-auth"),
                       QStringLiteral("--base-url"), baseUrl.toString()} +
           extra;
}

// A port nothing listens on: a command line that passed its checks fails with exit 2, not 64.
QUrl closedUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(FaultServer::closedPort()));
}

// `script` run by bash with $CLI set: for raw argv bytes (invalid UTF-8) and ulimit, which QProcess
// arguments (QStrings) cannot express.
CliRun runShell(const QString &script, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment environment = cx::test::cliEnvironment();
    environment.insert(QStringLiteral("CLI"), qEnvironmentVariable("CONNECT_CLI"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray head(const QByteArray &contentType, qint64 length)
{
    return FaultServer::head(200,
                             {{"Content-Type", contentType}, {"Content-Length", QByteArray::number(length)}});
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

private slots:
    void secondsOptions_data();
    void secondsOptions();
    void maxTimeEndsTricklingBody();
    void failedBodyNeverOnStdout();
    void partialBodyMarkedInJson();
    void devZeroIsRefused();
    void devZeroIsRefusedUnderMemoryLimit();
    void sparseHugeFileIsRefused();
    void maxBodyOption_data();
    void maxBodyOption();
    void dataBinarySendsBytesExactly();
    void invalidUtf8InlineDataIsRefused();
    void validUtf8InlineDataIsSent();
    void smuggledHeaderSendsNothing_data();
    void smuggledHeaderSendsNothing();
    void explainTextShowsNoEscape();
    void explainInputIsBounded();
    void includedHeadersShowNoEscape();
    void errorSummaryShowsNoEscape();
    void pipedBodyStaysByteExact();
};

void TestCliHardening::secondsOptions_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    for (const QString &option : {QStringLiteral("--timeout"), QStringLiteral("--max-time")}) {
        for (const char *bad :
             {"0", "0.0001", "0.0004", "nan", "NaN", "inf", "-inf", "-1", "1e12", "abc", ""})
            QTest::addRow("%s %s", qPrintable(option), bad) << option << QString::fromLatin1(bad) << false;
        for (const char *good : {"0.001", "1", "2.5", "86400"})
            QTest::addRow("%s %s", qPrintable(option), good) << option << QString::fromLatin1(good) << true;
    }
}

// 0 and values under a millisecond used to reach Qt as "no timeout": a stalled server hung the CLI.
void TestCliHardening::secondsOptions()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const CliRun run = cx::test::runCli(call(QStringLiteral("GET"), closedUrl(), {option, value}));
    if (accepted) {
        QCOMPARE(run.exitCode, 2); // connection refused: the options were taken
    } else {
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(option.toLatin1()), run.err.constData());
        QVERIFY2(run.err.contains("0.001"), run.err.constData());
    }
}

// A byte every 200 ms keeps the no-progress timeout (5 s) quiet forever; --max-time 1 ends it.
void TestCliHardening::maxTimeEndsTricklingBody()
{
    FaultServer server;
    Behaviour trickle;
    trickle.segments.append({head("text/plain", 200), 0});
    for (int i = 0; i < 200; ++i)
        trickle.segments.append({"x", 200});
    server.enqueue(trickle);
    const CliRun run = cx::test::runCli(call(QStringLiteral("GET"), server.baseUrl(),
                                             {QStringLiteral("--timeout"), QStringLiteral("5"),
                                              QStringLiteral("--max-time"), QStringLiteral("1")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY2(run.err.contains("overall"), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData()); // the bytes that came are not the body
}

void TestCliHardening::failedBodyNeverOnStdout()
{
    FaultServer server;
    // Stalls after half its body: the transfer timeout ends it.
    server.enqueue(FaultServer::truncated(200, "{\"items\":[\"PARTIAL-BODY\",\"and the rest\"]}", 24,
                                          Behaviour::Then::Stall));
    const CliRun run = cx::test::runCli(
        call(QStringLiteral("GET"), server.baseUrl(), {QStringLiteral("--timeout"), QStringLiteral("0.5")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY(!run.err.contains("PARTIAL-BODY"));
    QVERIFY2(run.err.contains("timeout"), run.err.constData());
}

void TestCliHardening::partialBodyMarkedInJson()
{
    FaultServer server;
    server.enqueue(FaultServer::truncated(200, "{\"items\":[\"PARTIAL-BODY\",\"and the rest\"]}", 24));
    const CliRun run =
        cx::test::runCli(call(QStringLiteral("GET"), server.baseUrl(), {QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 2);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("partial_body")).toBool(), true);
    QVERIFY(json.value(QLatin1String("body")).toString().contains(QLatin1String("PARTIAL-BODY")));
    QCOMPARE(json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("truncated_body"));

    FaultServer whole;
    const CliRun ok =
        cx::test::runCli(call(QStringLiteral("GET"), whole.baseUrl(), {QStringLiteral("--json")}));
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.json().value(QLatin1String("partial_body")).toBool(true), false);
}

// Used to read /dev/zero until std::bad_alloc aborted the process.
void TestCliHardening::devZeroIsRefused()
{
    FaultServer server;
    const CliRun run = cx::test::runCli(call(QStringLiteral("POST"), server.baseUrl(),
                                             {QStringLiteral("--data"), QStringLiteral("@/dev/zero")}));
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("256 MiB"), run.err.constData());
    QVERIFY2(run.err.contains("--max-body"), run.err.constData());
    QCOMPARE(server.connectionCount(), 0);
}

void TestCliHardening::devZeroIsRefusedUnderMemoryLimit()
{
#ifdef CX_UNDER_ASAN
    QSKIP("AddressSanitizer reserves terabytes of address space for its shadow: under ulimit -v the program "
          "cannot start at all (the sanitizer preset still runs devZeroIsRefused above)");
#endif
    FaultServer server;
    const CliRun run = runShell(
        QStringLiteral(
            "ulimit -v 4000000; exec \"$CLI\" call POST /api/x --no-auth --base-url %1 --data @/dev/zero")
            .arg(server.baseUrl().toString()));
    QCOMPARE(run.exitCode, 64); // not 134 (SIGABRT)
    QVERIFY2(run.err.contains("256 MiB"), run.err.constData());
}

void TestCliHardening::sparseHugeFileIsRefused()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("huge.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(2) << 30)); // sparse: 2 GiB that take no disk
    file.close();
    FaultServer server;
    const CliRun run = cx::test::runCli(call(QStringLiteral("POST"), server.baseUrl(),
                                             {QStringLiteral("--data"), QLatin1Char('@') + file.fileName()}));
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.elapsedMs < 10000, "the file was read rather than refused by its size");
    QCOMPARE(server.connectionCount(), 0);
}

void TestCliHardening::maxBodyOption_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("1K refuses 2 KiB") << QStringLiteral("1K") << 64;
    QTest::newRow("2047 refuses 2 KiB") << QStringLiteral("2047") << 64;
    QTest::newRow("2048 takes 2 KiB") << QStringLiteral("2048") << 0;
    QTest::newRow("4KiB takes 2 KiB") << QStringLiteral("4KiB") << 0;
    QTest::newRow("1m takes 2 KiB") << QStringLiteral("1m") << 0;
    QTest::newRow("0 is no limit") << QStringLiteral("0") << 64;
    QTest::newRow("-5") << QStringLiteral("-5") << 64;
    QTest::newRow("3G is over the ceiling") << QStringLiteral("3G") << 64;
    QTest::newRow("abc") << QStringLiteral("abc") << 64;
}

void TestCliHardening::maxBodyOption()
{
    QFETCH(QString, limit);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("body.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2048, 'a'));
    file.close();
    FaultServer server;
    const CliRun run = cx::test::runCli(call(
        QStringLiteral("POST"), server.baseUrl(),
        {QStringLiteral("--data"), QLatin1Char('@') + file.fileName(), QStringLiteral("--max-body"), limit}));
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(server.requests().size(), exitCode == 0 ? 1 : 0);
    if (exitCode == 0)
        QCOMPARE(server.requests().first().body.size(), 2048);
}

void TestCliHardening::dataBinarySendsBytesExactly()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("blob.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    file.write(bytes);
    file.close();
    FaultServer server;
    const CliRun run = cx::test::runCli(
        call(QStringLiteral("POST"), server.baseUrl(),
             {QStringLiteral("--data-binary"), QLatin1Char('@') + file.fileName(), QStringLiteral("--header"),
              QStringLiteral("Content-Type: application/octet-stream")}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().body, bytes);
    QCOMPARE(cx::test::runCli(call(QStringLiteral("POST"), server.baseUrl(),
                                   {QStringLiteral("--data"), QStringLiteral("{}"),
                                    QStringLiteral("--data-binary"), QLatin1Char('@') + file.fileName()}))
                 .exitCode,
             64);
}

// Qt decodes argv as UTF-8 and turns invalid bytes into U+FFFD without a word: the body sent would not
// be the bytes typed.
void TestCliHardening::invalidUtf8InlineDataIsRefused()
{
    FaultServer server;
    const CliRun run = runShell(QStringLiteral("exec \"$CLI\" call POST /api/x --no-auth --base-url %1 "
                                               "--data \"$(printf '{\"a\":\"\\xff\\xfe\"}')\"")
                                    .arg(server.baseUrl().toString()));
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("UTF-8"), run.err.constData());
    QVERIFY2(run.err.contains("--data-binary @file"), run.err.constData());
    QCOMPARE(server.connectionCount(), 0);
}

void TestCliHardening::validUtf8InlineDataIsSent()
{
    FaultServer server;
    // A real U+FFFD typed by the user is valid UTF-8 and goes as typed.
    const CliRun run =
        runShell(QStringLiteral("exec \"$CLI\" call POST /api/x --no-auth --base-url %1 --data \"$(printf "
                                "'{\"a\":\"\\xc3\\xa9 \\xef\\xbf\\xbd\"}')\"")
                     .arg(server.baseUrl().toString()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().body, QByteArray("{\"a\":\"\xc3\xa9 \xef\xbf\xbd\"}"));
}

void TestCliHardening::smuggledHeaderSendsNothing_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("CRLF in value") << QStringLiteral("X-Inj: a\r\nX-Evil: 1") << QByteArray("X-Inj");
    QTest::newRow("LF in value") << QStringLiteral("X-Inj: a\nGET /admin HTTP/1.1") << QByteArray("X-Inj");
    QTest::newRow("trailing CR") << QStringLiteral("X-Inj: a\r") << QByteArray("X-Inj");
    QTest::newRow("escape in value") << QStringLiteral("X-Inj: a\x1b[2J") << QByteArray("X-Inj");
    QTest::newRow("space in name") << QStringLiteral("X Inj: a") << QByteArray("X Inj");
    QTest::newRow("LF in name") << QStringLiteral("X-\nInj: a") << QByteArray("X-");
    QTest::newRow("empty name") << QStringLiteral(": a") << QByteArray("--header");
}

void TestCliHardening::smuggledHeaderSendsNothing()
{
    QFETCH(QString, header);
    QFETCH(QByteArray, named);
    FaultServer server;
    const CliRun run =
        cx::test::runCli(call(QStringLiteral("GET"), server.baseUrl(), {QStringLiteral("--header"), header}));
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(named), run.err.constData());
    QVERIFY2(!run.err.contains('\x1b'), run.err.constData());
    QCOMPARE(server.connectionCount(), 0);
}

// The message comes from the body: an ESC in it would recolour, retitle or clear the user's terminal.
void TestCliHardening::explainTextShowsNoEscape()
{
    cx::test::CliOptions options;
    options.input =
        R"({"code":"invalid_parameter","message":"bad \u001b[2J\u001b]0;pwned\u0007 value\rHIDDEN"})";
    const CliRun run =
        cx::test::runCli({QStringLiteral("explain"), QStringLiteral("--status"), QStringLiteral("400"),
                          QStringLiteral("--text"), QStringLiteral("-")},
                         options);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains('\x1b'), run.out.constData());
    QVERIFY(!run.out.contains('\x07'));
    QVERIFY(!run.out.contains('\r'));
    QVERIFY2(run.out.contains("\\x1b[2J"), run.out.constData()); // shown, not obeyed
    QVERIFY(run.out.contains("HIDDEN"));
}

// explain reads an error body: /dev/zero used to be read to an abort like --data.
void TestCliHardening::explainInputIsBounded()
{
    const CliRun run = cx::test::runCli({QStringLiteral("explain"), QStringLiteral("--status"),
                                         QStringLiteral("400"), QStringLiteral("/dev/zero")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("64 MiB"), run.err.constData());
}

void TestCliHardening::includedHeadersShowNoEscape()
{
    FaultServer server;
    server.enqueue(FaultServer::reply(
        FaultServer::http(200, "{}", {{"X-Evil", "a\x1b]0;pwned\x07z"}, {"Connection", "close"}})));
    const CliRun run =
        cx::test::runCli(call(QStringLiteral("GET"), server.baseUrl(), {QStringLiteral("-i")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("X-Evil"), run.out.constData());
    const QByteArray headers = run.out.left(run.out.indexOf("\n\n"));
    QVERIFY2(!headers.contains('\x1b'), headers.constData());
    QVERIFY(!headers.contains('\x07'));
}

void TestCliHardening::errorSummaryShowsNoEscape()
{
    FaultServer server;
    server.enqueue(FaultServer::reply(
        FaultServer::http(400, R"({"code":"invalid_parameter","message":"bad \u001b[31mred\u001b[0m"})",
                          {{"Connection", "close"}})));
    const CliRun run = cx::test::runCli(call(QStringLiteral("GET"), server.baseUrl()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("invalid_parameter"), run.err.constData());
    QVERIFY2(!run.err.contains('\x1b'), run.err.constData());
}

// Not a terminal: the body is data for a program or a file, byte for byte.
void TestCliHardening::pipedBodyStaysByteExact()
{
    const QByteArray body = "text \x1b[1mbold\x1b[0m \r\x07 \xc2\x9b end";
    FaultServer server;
    server.enqueue(
        FaultServer::reply(FaultServer::head(200, {{"Content-Type", "text/plain"},
                                                   {"Content-Length", QByteArray::number(body.size())},
                                                   {"Connection", "close"}}) +
                           body));
    const CliRun run = cx::test::runCli(call(QStringLiteral("GET"), server.baseUrl()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, body);
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
