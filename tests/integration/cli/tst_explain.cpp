// `connect-cli explain` end to end: the real executable reads what the simulator really sent for every
// catalogue code (body in a file, status and headers on the command line) and decides the same action as
// the catalogue; odd bodies come on standard input; --text, --code and --list still work.
#include "CliProcess.h"
#include "ConnectSimulator.h"
#include "ErrorTable.h"
#include "SimFixture.h"
#include "errors/ErrorCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace cx;

namespace {

using test::CliRun;

CliRun runExplain(const QStringList &arguments, const QByteArray &input = {}, bool closeStdin = true)
{
    test::CliOptions options;
    options.input = input;
    options.closeStdin = closeStdin;
    options.timeoutMs = 30000;
    return test::runCli(QStringList{QStringLiteral("explain")} + arguments, options);
}

struct Captured
{
    int status = 0;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
};

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyCatalogueCodeFromTheSimulator_data();

    // The simulator answers with the code's real status, headers and body; explain reads them back.
    void everyCatalogueCodeFromTheSimulator();

    // Formerly tst_cli's explainReadsABody: the body on standard input, JSON by default.
    void readsABodyFromStandardInput();
    void retryAfterAsAnHttpDate();
    void garbageRetryAfterIsNull();
    void truncatedBodyIsDecidedByTheStatus();
    void emptyBodyWithAChallenge();
    void textForPeople();

    // Formerly tst_cli's explainListsTheWholeCatalogue.
    void listsTheWholeCatalogue();

    // Formerly tst_cli's explainUnknownCodeIsMarked.
    void unknownCodeIsMarked();
    void badCommandLines();

private:
    Captured get(const QString &path);

    std::unique_ptr<sim::ConnectSimulator> m_sim;
};

void TestExplain::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("CONNECT_CLI")), "CONNECT_CLI names the connect-cli binary");
    m_sim = test::startSimulator();
}

void TestExplain::everyCatalogueCodeFromTheSimulator_data()
{
    QTest::addColumn<QString>("code");
    for (const ErrorInfo &info : ErrorCatalog::all())
        QTest::newRow(qPrintable(info.code)) << info.code;
}

void TestExplain::everyCatalogueCodeFromTheSimulator()
{
    QFETCH(QString, code);
    m_sim->clearScenarios();
    m_sim->setScenario({code, QStringLiteral("/api/templates"), 0, 1});
    const Captured captured = get(QStringLiteral("/api/templates"));
    QVERIFY(captured.status >= 400);

    QTemporaryFile bodyFile;
    QVERIFY(bodyFile.open());
    bodyFile.write(captured.body);
    bodyFile.flush();
    QStringList arguments{bodyFile.fileName(), QStringLiteral("--status"), QString::number(captured.status)};
    for (const auto &[name, value] : captured.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0 ||
            name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0 ||
            name.compare("Retry-After", Qt::CaseInsensitive) == 0)
            arguments << QStringLiteral("--header")
                      << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value);
    }
    const CliRun run = runExplain(arguments);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("status")).toInt(), captured.status);
    QCOMPARE(json.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(json.value(QStringLiteral("action")).toString(),
             ErrorCatalog::actionName(ErrorCatalog::lookup(code).action));
    QCOMPARE(json.value(QStringLiteral("message")).toString(), sim::ErrorTable::find(code)->message);
    const int retryAfter = sim::ErrorTable::find(code)->retryAfterSeconds;
    if (retryAfter > 0)
        QCOMPARE(json.value(QStringLiteral("retry_after_s")).toInt(), retryAfter);
    else
        QVERIFY(json.value(QStringLiteral("retry_after_s")).isNull());
}

void TestExplain::readsABodyFromStandardInput()
{
    const CliRun run =
        runExplain({QStringLiteral("-"), QStringLiteral("--status"), QStringLiteral("403")},
                   R"({"code":"missing_scope","message":"This token lacks the 'assets:read' scope."})");
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("status")).toInt(), 403);
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("missing_scope"));
    QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("permission"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(),
             QStringLiteral("This token lacks the 'assets:read' scope."));
    QVERIFY(!json.value(QStringLiteral("hint")).toString().isEmpty());
    QVERIFY(json.contains(QStringLiteral("retry_after_s")));
}

void TestExplain::retryAfterAsAnHttpDate()
{
    const QDateTime inTwoMinutes = QDateTime::currentDateTimeUtc().addSecs(120);
    const QString date =
        QLocale::c().toString(inTwoMinutes, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    const CliRun run = runExplain({QStringLiteral("--status"), QStringLiteral("503"),
                                   QStringLiteral("--header"), QStringLiteral("Retry-After: ") + date});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("retry"));
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("service_unavailable"));
    const int seconds = json.value(QStringLiteral("retry_after_s")).toInt(-1);
    QVERIFY2(seconds >= 115 && seconds <= 121, qPrintable(QString::number(seconds)));
}

void TestExplain::garbageRetryAfterIsNull()
{
    const CliRun run = runExplain({QStringLiteral("--status"), QStringLiteral("429"),
                                   QStringLiteral("--header"), QStringLiteral("Retry-After: whenever")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("action")).toString(), QStringLiteral("retry"));
    QVERIFY(run.json().value(QStringLiteral("retry_after_s")).isNull());
}

void TestExplain::truncatedBodyIsDecidedByTheStatus()
{
    const CliRun run = runExplain({QStringLiteral("--status"), QStringLiteral("401")}, R"({"code":"inval)");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("action")).toString(), QStringLiteral("relogin"));
    QCOMPARE(run.json().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_access_token"));
}

void TestExplain::emptyBodyWithAChallenge()
{
    const CliRun run = runExplain(
        {QStringLiteral("--status"), QStringLiteral("403"), QStringLiteral("--header"),
         QStringLiteral(R"(WWW-Authenticate: Bearer error="insufficient_scope", scope="profile:read")")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("code")).toString(), QStringLiteral("missing_scope"));
    QVERIFY(run.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("profile:read")));
}

void TestExplain::textForPeople()
{
    const CliRun run =
        runExplain({QStringLiteral("--status"), QStringLiteral("429"), QStringLiteral("--text"),
                    QStringLiteral("--header"), QStringLiteral("Retry-After: 3")},
                   R"({"code":"too_many_requests","message":"Slow down."})");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("too_many_requests"));
    QVERIFY(run.out.contains("retry"));
    QVERIFY(run.out.contains("Slow down."));
    QVERIFY(run.out.contains("retry after: 3 s"));
    QVERIFY(QJsonDocument::fromJson(run.out).isNull());
}

void TestExplain::listsTheWholeCatalogue()
{
    const CliRun run = runExplain({QStringLiteral("--list")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(entries.size(), ErrorCatalog::all().size());
    QStringList codes;
    for (const QJsonValue &entry : entries)
        codes << entry.toObject().value(QStringLiteral("code")).toString();
    for (const ErrorInfo &info : ErrorCatalog::all())
        QVERIFY2(codes.contains(info.code), qPrintable(info.code));
}

void TestExplain::unknownCodeIsMarked()
{
    const CliRun run =
        runExplain({QStringLiteral("--code"), QStringLiteral("weird_new_thing"), QStringLiteral("--text")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("weird_new_thing"));
    QVERIFY(run.out.contains("unknown"));
    QVERIFY(run.out.contains("notice"));
    const CliRun json = runExplain({QStringLiteral("--code"), QStringLiteral("weird_new_thing")});
    QCOMPARE(json.json().value(QStringLiteral("action")).toString(), QStringLiteral("notice"));
    QCOMPARE(json.json().value(QStringLiteral("code")).toString(), QStringLiteral("weird_new_thing"));
}

void TestExplain::badCommandLines()
{
    QCOMPARE(runExplain({QStringLiteral("--status"), QStringLiteral("99")}).exitCode, 64);
    QCOMPARE(runExplain({QStringLiteral("--status"), QStringLiteral("400"), QStringLiteral("--header"),
                         QStringLiteral("no colon")})
                 .exitCode,
             64);
    QCOMPARE(runExplain({QStringLiteral("/nonexistent/body.json")}).exitCode, 64);
    QCOMPARE(runExplain({}).exitCode, 64); // nothing to explain
}

Captured TestExplain::get(const QString &path)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_sim->baseUrl().resolved(QUrl(path)));
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    Captured captured;
    if (!done.wait(10000))
        return captured;
    captured.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    captured.headers = reply->rawHeaderPairs();
    captured.body = reply->readAll();
    reply->deleteLater();
    return captured;
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
