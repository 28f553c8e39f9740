// connect-cli call with variables: --var NAME=VALUE (repeatable) and the variables of --profile NAME,
// resolved in the path, query, headers and body before anything is sent; an unresolved one exits 64
// naming it. Against a recording loopback server (exact bytes on the wire) and the real simulator.
#include "CliProcess.h"
#include "FaultServer.h"
#include "SimFixture.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;
using cx::test::FaultServer;
using cx::test::runCli;

namespace {
const char ClientId[] = "vars-client";
const char ClientSecret[] = "vars-secret-5c1e";
} // namespace

class TestCliVars : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    test::CliOptions options() const
    {
        test::CliOptions o;
        o.environment.insert(QStringLiteral("HOME"), m_home.path());
        o.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        o.environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        o.environment.insert(QStringLiteral("CONNECT_EXPLORER_NO_KEYCHAIN"), QStringLiteral("1"));
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("CONNECT_CLI").isEmpty());
        QVERIFY(m_home.isValid());
        // This process writes the profile the CLI reads: the same throw-away tree.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toLocal8Bit());
    }

    void everyPartIsResolved()
    {
        FaultServer server;
        server.setDefault(FaultServer::ok());
        const test::CliRun run =
            runCli({QStringLiteral("call"),
                    QStringLiteral("POST"),
                    QStringLiteral("/api/templates/{{templateId}}/render"),
                    QStringLiteral("--no-auth"),
                    QStringLiteral("--base-url"),
                    server.baseUrl().toString(),
                    QStringLiteral("--var"),
                    QStringLiteral("templateId=tpl 7/ä"),
                    QStringLiteral("--var"),
                    QStringLiteral("page=3"),
                    QStringLiteral("--var"),
                    QStringLiteral("trace=abc-123"),
                    QStringLiteral("--var"),
                    QStringLiteral("empty="),
                    QStringLiteral("--query"),
                    QStringLiteral("page={{page}}"),
                    QStringLiteral("--query"),
                    QStringLiteral("{{ page }}x={{empty}}"),
                    QStringLiteral("--header"),
                    QStringLiteral("X-Trace: t-{{trace}}"),
                    QStringLiteral("--data"),
                    QStringLiteral("{\"template\":\"{{templateId}}\",\"n\":{{page}},\"id\":\"{{$guid}}\"}")},
                   options());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server.requests().size(), 1);
        const test::RecordedRequest &request = server.requests().constFirst();
        // The value goes into the path as text; the client percent-encodes what a path cannot hold.
        QCOMPARE(request.target, QByteArray("/api/templates/tpl%207/%C3%A4/render?page=3&3x="));
        QCOMPARE(request.header("X-Trace"), QByteArray("t-abc-123"));
        QVERIFY2(request.body.startsWith("{\"template\":\"tpl 7/ä\",\"n\":3,\"id\":\""),
                 request.body.constData());
        QVERIFY(!request.body.contains("{{"));
    }

    void lastVarWins()
    {
        FaultServer server;
        server.setDefault(FaultServer::ok());
        const test::CliRun run = runCli(
            {QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/x/{{a}}"),
             QStringLiteral("--no-auth"), QStringLiteral("--base-url"), server.baseUrl().toString(),
             QStringLiteral("--var"), QStringLiteral("a=1"), QStringLiteral("--var"), QStringLiteral("a=2")},
            options());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server.requests().constFirst().target, QByteArray("/x/2"));
    }

    void unresolvedExits64NamingIt()
    {
        FaultServer server;
        server.setDefault(FaultServer::ok());
        const test::CliRun run =
            runCli({QStringLiteral("call"), QStringLiteral("GET"),
                    QStringLiteral("/api/templates/{{templateId}}"), QStringLiteral("--no-auth"),
                    QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("--header"),
                    QStringLiteral("X-A: {{assetId}}"), QStringLiteral("--var"), QStringLiteral("other=1")},
                   options());
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("{{templateId}}") && run.err.contains("{{assetId}}"), run.err.constData());
        QVERIFY2(run.err.contains("--var"), run.err.constData());
        QCOMPARE(server.requests().size(), 0); // nothing went out
    }

    void badVarIsAUsageError_data()
    {
        QTest::addColumn<QString>("var");
        QTest::newRow("no equals") << "name";
        QTest::newRow("empty name") << "=v";
        QTest::newRow("brace") << "a}=v";
    }
    void badVarIsAUsageError()
    {
        QFETCH(QString, var);
        const test::CliRun run = runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/x"),
                                         QStringLiteral("--no-auth"), QStringLiteral("--base-url"),
                                         QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--var"), var},
                                        options());
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("--var"), run.err.constData());
    }

    void headerBrokenByAValueIsRefused()
    {
        const test::CliRun run = runCli(
            {QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/x"), QStringLiteral("--no-auth"),
             QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--header"),
             QStringLiteral("X-A: {{v}}"), QStringLiteral("--var"), QStringLiteral("v=a\r\nX-Injected: 1")},
            options());
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("X-A"), run.err.constData());
    }

    void profileVariablesAgainstTheSimulator()
    {
        sim::SimConfig config;
        config.clientId = QString::fromLatin1(ClientId);
        config.clientSecret = QString::fromLatin1(ClientSecret);
        auto simulator = test::startSimulator(config);

        ProfileStore store;
        Profile profile;
        profile.name = QStringLiteral("Brand kit");
        profile.baseUrl = simulator->baseUrl().toString();
        profile.clientId = QString::fromLatin1(ClientId);
        profile.variables = {{QStringLiteral("templateId"), QStringLiteral("1003")},
                             {QStringLiteral("perPage"), QStringLiteral("2")},
                             {QStringLiteral("apiKey"), QStringLiteral("never-written"), true}};
        QString error;
        QVERIFY2(store.add(profile, &error), qPrintable(error));

        test::CliOptions o = options();
        o.environment.insert(QStringLiteral("VARS_SECRET"), QString::fromLatin1(ClientSecret));
        const QStringList base{QStringLiteral("--profile"), QStringLiteral("brand kit"),
                               QStringLiteral("--client-secret-env"), QStringLiteral("VARS_SECRET"),
                               QStringLiteral("--json")};
        test::CliRun run = runCli(QStringList{QStringLiteral("call"), QStringLiteral("GET"),
                                              QStringLiteral("/api/templates/{{templateId}}")} +
                                      base,
                                  o);
        QCOMPARE(run.exitCode, 0);
        QJsonObject body = run.json().value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger(), 1003);

        // --var comes first.
        run = runCli(QStringList{QStringLiteral("call"), QStringLiteral("GET"),
                                 QStringLiteral("/api/templates/{{templateId}}"), QStringLiteral("--var"),
                                 QStringLiteral("templateId=1002")} +
                         base,
                     o);
        QCOMPARE(run.exitCode, 0);
        body = run.json().value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger(), 1002);

        // In the query too.
        run = runCli(QStringList{QStringLiteral("call"), QStringLiteral("GET"),
                                 QStringLiteral("/api/templates"), QStringLiteral("--query"),
                                 QStringLiteral("per_page={{perPage}}")} +
                         base,
                     o);
        QCOMPARE(run.exitCode, 0);
        body = run.json().value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("data")).toArray().size(), 2);

        // A secret variable's value was never written with the profile, and there is no keychain here:
        // it is named, not sent empty.
        run = runCli(QStringList{QStringLiteral("call"), QStringLiteral("GET"),
                                 QStringLiteral("/api/templates"), QStringLiteral("--header"),
                                 QStringLiteral("X-Key: {{apiKey}}")} +
                         base,
                     o);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("{{apiKey}}"), run.err.constData());
    }
};

QTEST_MAIN(TestCliVars)
#include "tst_cli_vars.moc"
