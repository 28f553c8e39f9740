// Guided tours end to end: the real connect-cli plays tours against the in-process simulator (started with
// a canary secret), and TourRunner plays them in-process where a test needs to look inside.
#include "CliProcess.h"
#include "HttpFraming.h"
#include "SimFixture.h"
#include "tour/JsonPath.h"
#include "tour/Tour.h"
#include "tour/TourRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

const char CanarySecret[] = "canary-secret-tour-5e1d";
const char Builtin[] = "builtin:connect-api-in-five-minutes";

using test::CliRun;

CliRun runCli(const QStringList &arguments)
{
    test::CliOptions options;
    options.environment.insert(QStringLiteral("TEST_SECRET"), QString::fromLatin1(CanarySecret));
    return test::runCli(arguments, options);
}

// A server that is not our simulator: issues a token and answers every request with a small JSON list,
// and has no /_sim control (404) — like a real account.
class PlainServer : public QTcpServer
{
public:
    PlainServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const std::optional<QByteArray> complete = test::takeRequest(m_buffer[socket]);
                    if (!complete)
                        return;
                    const QByteArray &request = *complete;
                    int status = 200;
                    QByteArray body = R"({"data":[{"id":1}]})";
                    if (request.startsWith("POST /oauth/access-token")) {
                        body =
                            R"({"success":true,"token":{"token_type":"Bearer","expires_in":3600,"access_token":"plain-server-token"}})";
                    } else if (request.contains(" /_sim/")) {
                        status = 404;
                        body = R"({"code":"endpoint_not_found","message":"No such endpoint."})";
                        ++simRequests;
                    }
                    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                                  (status == 200 ? " OK" : " Not Found") +
                                  "\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    m_buffer.remove(socket);
                });
            }
        });
    }
    int simRequests = 0;

private:
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

QByteArray builtinText()
{
    QFile file(QStringLiteral(":/connect-core/tours/connect-api-in-five-minutes.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in tour is not in the resources");
    return file.readAll();
}

} // namespace

class TestTour : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::ConnectSimulator> m_sim;
    QTemporaryDir m_dir;

    void startSim(const QStringList &scopes = sim::allScopes())
    {
        sim::SimConfig config;
        config.clientSecret = QString::fromLatin1(CanarySecret);
        config.scopes = scopes;
        m_sim = test::startSimulator(config);
    }
    QStringList run(const QString &file, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("tour"),
                           QStringLiteral("run"),
                           file,
                           QStringLiteral("--base-url"),
                           m_sim->baseUrl().toString(),
                           QStringLiteral("--client-id"),
                           QStringLiteral("demo-client"),
                           QStringLiteral("--client-secret-env"),
                           QStringLiteral("TEST_SECRET")} +
               extra;
    }
    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // The built-in tour's text with one line changed: `from` (unique) replaced by `to`.
    QString brokenTour(const QString &name, const QByteArray &from, const QByteArray &to)
    {
        QByteArray text = builtinText();
        if (text.count(from) != 1)
            qFatal("'%s' is not unique in the built-in tour", from.constData());
        return write(name, text.replace(from, to));
    }
    static int lineOf(const QByteArray &text, const QByteArray &needle)
    {
        return int(text.left(text.indexOf(needle)).count('\n')) + 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CONNECT_CLI")),
                 "CONNECT_CLI must name the connect-cli binary");
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { m_sim.reset(); }

    void builtinTourPassesAgainstTheSimulator()
    {
        startSim();
        const QString transcript = m_dir.filePath(QStringLiteral("transcript.md"));
        const CliRun result =
            runCli(run(QString::fromLatin1(Builtin), {QStringLiteral("--transcript"), transcript}));
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        QCOMPARE(result.out.count("matched"), 8 + 1); // 8 steps + "Every step matched."
        QVERIFY(result.out.contains("expired-token"));
        QVERIFY2(result.out.contains("token renewed and replayed"), result.out);
        QVERIFY(QFile::exists(transcript));
    }

    void jsonReportNamesEveryStep()
    {
        startSim();
        const CliRun result = runCli(run(QString::fromLatin1(Builtin), {QStringLiteral("--json")}));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("failed_step")).isNull());
        const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 8);
        for (const QJsonValue &step : steps)
            QCOMPARE(step.toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("matched"));
        QCOMPARE(steps.at(5).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("missing_scope"));
        QCOMPARE(steps.at(6).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("retry"));
        QCOMPARE(steps.at(7).toObject().value(QStringLiteral("renewed")).toBool(), true);
    }

    // The simulator grants no assets:read: the first step that needs it fails, and is named.
    void failsWithTheStepNamedWhenAScopeIsMissing()
    {
        startSim({QStringLiteral("profile:read"), QStringLiteral("templates:read"),
                  QStringLiteral("brandkit:read")});
        const CliRun result = runCli(run(QString::fromLatin1(Builtin)));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("tour failed at step \"open-asset\""), result.err);
        QVERIFY2(result.err.contains("status 403, expected 200"), result.err);
        const CliRun json = runCli(run(QString::fromLatin1(Builtin), {QStringLiteral("--json")}));
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(QStringLiteral("failed_step")).toString(), QStringLiteral("open-asset"));
        QCOMPARE(json.json()
                     .value(QStringLiteral("steps"))
                     .toArray()
                     .at(3)
                     .toObject()
                     .value(QStringLiteral("verdict")),
                 QJsonValue(QStringLiteral("failed")));
    }

    void malformedFilesNameTheLineAndField_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QByteArray>("lineOf");
        QTest::addColumn<QString>("message");
        QTest::newRow("status not an integer")
            << QByteArray(R"("expect": {"status": 200, "json_path": "$.meta.current_page"})")
            << QByteArray(R"("expect": {"status": "200", "json_path": "$.meta.current_page"})")
            << QByteArray("$.meta.current_page")
            << QStringLiteral("steps[2].expect.status must be an integer");
        QTest::newRow("path missing")
            << QByteArray(R"("path": "/api/assets/5001")") << QByteArray(R"("pth": "/api/assets/5001")")
            << QByteArray(R"("pth")")
            << QStringLiteral("steps[3].request.pth is not a field of the tour format");
        QTest::newRow("unknown action")
            << QByteArray(R"("expect": {"status": 403, "action": "permission"})")
            << QByteArray(R"("expect": {"status": 403, "action": "permision"})") << QByteArray("permision")
            << QStringLiteral("steps[5].expect.action must be one of");
        QTest::newRow("bad json path")
            << QByteArray(R"("json_path": "$.data.url")") << QByteArray(R"("json_path": "data.url")")
            << QByteArray(R"("data.url")") << QStringLiteral("steps[3].expect.json_path is not a JSON path");
        QTest::newRow("wrong format")
            << QByteArray(R"("format": "connect-tour/1")") << QByteArray(R"("format": "connect-tour/9")")
            << QByteArray("connect-tour/9") << QStringLiteral("format must be \"connect-tour/1\"");
        QTest::newRow("not json") << QByteArray(R"("title": "Page through",)")
                                  << QByteArray(R"("title": "Page through")") << QByteArray("Page through")
                                  << QStringLiteral("not valid JSON");
    }
    void malformedFilesNameTheLineAndField()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QByteArray, lineOf);
        QFETCH(QString, message);
        const QString file = brokenTour(QStringLiteral("broken.json"), from, to);
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray text = read.readAll();
        int line = TestTour::lineOf(text, lineOf);
        if (message.startsWith(QLatin1String("not valid JSON")))
            ++line; // the missing comma is noticed at the next key
        const QByteArray expected = "line " + QByteArray::number(line) + ": ";

        const CliRun validate = runCli({QStringLiteral("tour"), QStringLiteral("validate"), file});
        QCOMPARE(validate.exitCode, 64);
        QVERIFY2(validate.err.contains(expected + message.toUtf8()), validate.err);

        startSim();
        const CliRun played = runCli(run(file));
        QCOMPARE(played.exitCode, 64);
        QVERIFY2(played.err.contains(expected + message.toUtf8()), played.err);
        QCOMPARE(m_sim->tokenRequestCount(), 0); // nothing was sent
    }

    void missingRequiredFieldsAreNamed()
    {
        TourError error;
        QVERIFY(!TourLoader::fromJson(R"({"format": "connect-tour/1",
  "title": "t",
  "steps": [
    {"id": "a", "title": "A", "narration": "n",
     "request": {"method": "GET"}}
  ]})",
                                      &error));
        QCOMPARE(error.toString(), QStringLiteral("line 5: steps[0].request.path is required"));
        QCOMPARE(error.field, QStringLiteral("steps[0].request.path"));
        QVERIFY(!TourLoader::fromJson(R"({"format": "connect-tour/1", "title": "t", "steps": []})", &error));
        QCOMPARE(error.toString(), QStringLiteral("line 1: steps must be a non-empty array of steps"));
        QVERIFY(!TourLoader::fromJson(R"({"format": "connect-tour/1", "title": "t",
"steps": [{"id": "a", "title": "A", "narration": "n", "request": {"path": "/api"}},
          {"id": "a", "title": "B", "narration": "n", "request": {"path": "/api"}}]})",
                                      &error));
        QCOMPARE(error.toString(), QStringLiteral("line 3: steps[1].id \"a\" is used by an earlier step"));
    }

    void validateAcceptsTheBuiltinTour()
    {
        const CliRun result =
            runCli({QStringLiteral("tour"), QStringLiteral("validate"), QString::fromLatin1(Builtin)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("8 step"));
        const CliRun unknown =
            runCli({QStringLiteral("tour"), QStringLiteral("validate"), QStringLiteral("builtin:nope")});
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY(unknown.err.contains("connect-api-in-five-minutes"));
    }

    // The transcript shows what was shown, and never the secret or a token (the canary).
    void transcriptHoldsNoSecret()
    {
        startSim();
        const QString transcript = m_dir.filePath(QStringLiteral("canary.md"));
        const CliRun result =
            runCli(run(QString::fromLatin1(Builtin), {QStringLiteral("--transcript"), transcript}));
        QCOMPARE(result.exitCode, 0);
        QFile file(transcript);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("# The Connect API in five minutes"));
        QVERIFY(text.contains("GET /api/templates?page=2&per_page=5"));
        QVERIFY(text.contains("## 3. Page through (matched)"));
        QVERIFY(text.contains("missing_scope"));
        QVERIFY(text.contains("[redacted]")); // the introspected token
        for (const QByteArray &output : {text, result.out, result.err}) {
            QVERIFY2(!output.contains(CanarySecret), "the secret leaked");
            QVERIFY2(!output.contains("eyJ"), "a token leaked");
        }
    }

    // In-process: the runner's transcript masks the token of the session, renewals included.
    void runnerTranscriptMasksEveryToken()
    {
        startSim();
        TourError error;
        auto tour = TourLoader::builtin(QStringLiteral("connect-api-in-five-minutes"), &error);
        QVERIFY2(tour, qPrintable(error.toString()));
        TourRunner runner(m_sim->baseUrl(), QStringLiteral("demo-client"), QString::fromLatin1(CanarySecret),
                          *tour);
        QSignalSpy finished(&runner, &TourRunner::finished);
        QSignalSpy steps(&runner, &TourRunner::stepFinished);
        runner.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(steps.size(), 8);
        QVERIFY(runner.redactor().secrets().size() >= 3); // the secret, the first token, the renewed one
        const QString text = runner.transcript();
        for (const QString &secret : runner.redactor().secrets())
            QVERIFY2(!text.contains(secret), "a secret or token is in the transcript");
    }

    // Against a server without /_sim (a real account) scenario steps are skipped with a note, not failed.
    void scenarioStepsAreSkippedWithoutSimulatorControl()
    {
        PlainServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        TourError error;
        auto tour = TourLoader::fromJson(R"({"format": "connect-tour/1", "title": "t", "steps": [
  {"id": "list", "title": "List", "narration": "n", "request": {"path": "/api/templates"},
   "expect": {"status": 200, "json_path": "$.data[0].id"}},
  {"id": "limit", "title": "Limit", "narration": "n", "request": {"path": "/api/templates"},
   "scenario": {"code": "too_many_requests"}, "expect": {"status": 429, "action": "retry"}}]})",
                                         &error);
        QVERIFY2(tour, qPrintable(error.toString()));
        TourRunner runner(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                          QStringLiteral("id"), QStringLiteral("secret"), *tour);
        QSignalSpy finished(&runner, &TourRunner::finished);
        runner.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(runner.results().at(0).verdict, StepVerdict::Matched);
        QCOMPARE(runner.results().at(1).verdict, StepVerdict::Skipped);
        QVERIFY(runner.results().at(1).note.contains(QStringLiteral("too_many_requests")));
        QVERIFY(runner.allMatched());
        QCOMPARE(server.simRequests, 1); // asked once whether there is a simulator, no scenario sent
    }

    void jsonPathSubset()
    {
        QString why;
        const QByteArray body = R"({"data":[{"id":7,"tags":["a"]}],"meta":{"current_page":2}})";
        for (const char *path : {"$", "$.data", "$.data[0].id", "$.data[0].tags[0]", "$['meta'].current_page",
                                 "$[\"meta\"][\"current_page\"]"}) {
            const auto parsed = JsonPath::parse(QString::fromLatin1(path), &why);
            QVERIFY2(parsed, path);
            QVERIFY2(parsed->evaluate(body), path);
        }
        for (const char *path : {"$.data[1]", "$.meta.last_page", "$.data.id", "$.data[0].tags[1]"})
            QVERIFY2(!JsonPath::parse(QString::fromLatin1(path), &why)->evaluate(body), path);
        for (const char *path : {"data", "$.", "$[x]", "$['a'", "$.a b"})
            QVERIFY2(!JsonPath::parse(QString::fromLatin1(path), &why), path);
    }
};

QTEST_GUILESS_MAIN(TestTour)
#include "tst_tour.moc"
