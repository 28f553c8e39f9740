// Copy as code with variables: resolved (secrets masked unless asked), or kept as references the snippet
// reads from its environment. The kept snippets are run for real (bash + curl, python3 + requests,
// node) against a loopback server that records what arrived, with the variables exported, values that
// a shell would split, glob or run included.
#include "FaultServer.h"
#include "export/CodeExporter.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;
using cx::test::FaultServer;

namespace {

ApiRequest templated()
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/templates/{{templateId}}/render");
    request.authenticated = false;
    request.query = {{QStringLiteral("page"), QStringLiteral("{{page}}")}};
    request.headers = {
        {"X-Api-Key", "{{apiKey}}"}, {"X-Note", "n={{note}}"}, {"Content-Type", "application/json"}};
    request.body = "{\"template\":\"{{templateId}}\",\"note\":\"{{note}}\"}";
    return request;
}

VariableScope scope()
{
    VariableScope s;
    s.addLayer(QStringLiteral("profile"), {{QStringLiteral("templateId"), QStringLiteral("tpl_123")},
                                           {QStringLiteral("page"), QStringLiteral("2")},
                                           {QStringLiteral("apiKey"), QStringLiteral("sk-live-0f9e8d"), true},
                                           {QStringLiteral("note"), QStringLiteral("plain")}});
    return s;
}

int runWhileServing(const QString &program, const QString &file, const QProcessEnvironment &env,
                    QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QFileInfo(file).absolutePath());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, {file});
    if (!process.waitForStarted(10000) || !finished.wait(60000))
        return -1;
    *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

bool pythonHasRequests(const QString &python)
{
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral("import requests")});
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

} // namespace

class TestCodeExporterVars : public QObject
{
    Q_OBJECT

private slots:
    void resolvedWithSecretsMasked()
    {
        CodeExportOptions options;
        options.variables = scope();
        for (CodeLanguage language : CodeExporter::languages()) {
            const QString code =
                CodeExporter::toCode(language, templated(), QStringLiteral("http://h"), options);
            QVERIFY2(code.contains(QLatin1String("/api/templates/tpl_123/render")), qPrintable(code));
            QVERIFY2(code.contains(QLatin1String("tpl_123")) && code.contains(QLatin1String("n=plain")),
                     qPrintable(code));
            QVERIFY2(!code.contains(QLatin1String("sk-live-0f9e8d")), qPrintable(code));
            QVERIFY2(code.contains(QLatin1String("[redacted]")), qPrintable(code));
            QVERIFY2(!code.contains(QLatin1String("{{")), qPrintable(code));
        }
        options.includeSecrets = true;
        const QString code = CodeExporter::curl(templated(), QStringLiteral("http://h"), options);
        QVERIFY2(code.contains(QLatin1String("X-Api-Key: sk-live-0f9e8d")), qPrintable(code));
    }

    void keptAsReferences()
    {
        CodeExportOptions options;
        options.variables = scope();
        options.keepVariables = true;
        const ApiRequest request = templated();
        QCOMPARE(CodeExporter::environmentNames(request),
                 (QStringList{"templateId", "page", "apiKey", "note"}));
        const QString curl = CodeExporter::curl(request, QStringLiteral("http://h"), options);
        QVERIFY2(curl.contains(
                     QLatin1String("'http://h/api/templates/'\"${templateId}\"'/render?page='\"${page}\"''")),
                 qPrintable(curl));
        QVERIFY2(curl.contains(QLatin1String("-H 'X-Api-Key: '\"${apiKey}\"''")), qPrintable(curl));
        QVERIFY(!curl.contains(QLatin1String("tpl_123")));
        QVERIFY(!curl.contains(QLatin1String("sk-live")));
        const QString python = CodeExporter::python(request, QStringLiteral("http://h"), options);
        QVERIFY2(python.startsWith(QLatin1String("import os\n")), qPrintable(python));
        QVERIFY2(python.contains(QLatin1String("os.environ[\"templateId\"]")), qPrintable(python));
        const QString js = CodeExporter::javascript(request, QStringLiteral("http://h"), options);
        QVERIFY2(js.contains(QLatin1String("process.env[\"apiKey\"]")), qPrintable(js));
        const QString cpp = CodeExporter::cppQt(request, QStringLiteral("http://h"), options);
        QVERIFY2(cpp.contains(QLatin1String(
                     "QUrl(QString::fromUtf8(\"http://h/api/templates/\" + "
                     "qgetenv(\"templateId\") + \"/render?page=\" + qgetenv(\"page\") + \"\"))")),
                 qPrintable(cpp));
        QVERIFY2(
            cpp.contains(QLatin1String("QByteArray(\"{\\\"template\\\":\\\"\" + qgetenv(\"templateId\")")),
            qPrintable(cpp));
    }

    void envNames()
    {
        QCOMPARE(CodeExporter::envName(QStringLiteral("asset id")), QString("asset_id"));
        QCOMPARE(CodeExporter::envName(QStringLiteral("1st")), QString("_1st"));
        QCOMPARE(CodeExporter::envName(QStringLiteral("café")), QString("caf_"));
        // Dynamic variables are resolved, not kept.
        ApiRequest request;
        request.path = QStringLiteral("/x/{{$guid}}");
        CodeExportOptions options;
        options.keepVariables = true;
        QVERIFY(CodeExporter::environmentNames(request).isEmpty());
        QVERIFY(!CodeExporter::curl(request, QStringLiteral("http://h"), options)
                     .contains(QLatin1String("$guid")));
    }

    void keptSnippetRuns_data()
    {
        QTest::addColumn<CodeLanguage>("language");
        QTest::newRow("curl") << CodeLanguage::Curl;
        QTest::newRow("python") << CodeLanguage::PythonRequests;
        QTest::newRow("javascript") << CodeLanguage::JavaScriptFetch;
    }
    void keptSnippetRuns()
    {
        QFETCH(CodeLanguage, language);
        QString program;
        QString file;
        switch (language) {
        case CodeLanguage::Curl:
            if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
                QSKIP("curl is not installed");
            program = QStandardPaths::findExecutable(QStringLiteral("bash"));
            file = QStringLiteral("snippet.sh");
            break;
        case CodeLanguage::PythonRequests:
            program = QStandardPaths::findExecutable(QStringLiteral("python3"));
            if (program.isEmpty() || !pythonHasRequests(program))
                QSKIP("python3 with requests is not installed");
            file = QStringLiteral("snippet.py");
            break;
        default:
            program = QStandardPaths::findExecutable(QStringLiteral("node"));
            if (program.isEmpty())
                QSKIP("node is not installed");
            file = QStringLiteral("snippet.mjs");
        }
        FaultServer server;
        server.setDefault(FaultServer::ok());
        CodeExportOptions options;
        options.variables = scope();
        options.keepVariables = true;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile out(dir.filePath(file));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(CodeExporter::toCode(language, templated(), server.baseUrl().toString(), options).toUtf8());
        out.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("templateId"), QStringLiteral("tpl_9"));
        env.insert(QStringLiteral("page"), QStringLiteral("7"));
        // What a shell would split, glob, expand or run, if it were not quoted.
        env.insert(QStringLiteral("apiKey"), QStringLiteral("k * $(touch pwned) `id` $HOME 'q' \"d\""));
        env.insert(QStringLiteral("note"), QStringLiteral("two  words"));
        QByteArray output;
        const int exit = runWhileServing(program, dir.filePath(file), env, &output);
        QVERIFY2(exit == 0, output.constData());
        QCOMPARE(server.requests().size(), 1);
        const test::RecordedRequest &request = server.requests().constFirst();
        QCOMPARE(request.target, QByteArray("/api/templates/tpl_9/render?page=7"));
        QCOMPARE(request.header("X-Api-Key"), QByteArray("k * $(touch pwned) `id` $HOME 'q' \"d\""));
        QCOMPARE(request.header("X-Note"), QByteArray("n=two  words"));
        QCOMPARE(request.body, QByteArray("{\"template\":\"tpl_9\",\"note\":\"two  words\"}"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
    }
};

QTEST_GUILESS_MAIN(TestCodeExporterVars)
#include "tst_codeexporter_vars.moc"
