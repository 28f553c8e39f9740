// "Copy as code" with a body that is not text (issue 13, deliver 6): each snippet is run for real
// (bash + curl, python3, node; HTTPie when installed) against a loopback server that records what it
// received, and the body must arrive byte for byte, NUL, 0x80-0xFF and CR LF included.
#include "FaultServer.h"
#include "export/CodeExporter.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cx::ApiRequest;
using cx::CodeExporter;
using cx::CodeLanguage;
using cx::test::FaultServer;

namespace {

// Every byte value, then CR LF, a NUL and a lone 0xFF at the end.
QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes + QByteArray("\r\n\0\xff", 4);
}

ApiRequest binaryRequest(const QByteArray &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/echo");
    request.authenticated = false;
    request.headers = {{"Content-Type", "application/octet-stream"}};
    request.body = body;
    return request;
}

// The interpreter that runs a snippet of `language`, and the file name it wants; empty when absent.
QString interpreterFor(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Curl:
        return QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()
                   ? QString()
                   : QStandardPaths::findExecutable(QStringLiteral("bash"));
    case CodeLanguage::HTTPie:
        return QStandardPaths::findExecutable(QStringLiteral("http")).isEmpty()
                   ? QString()
                   : QStandardPaths::findExecutable(QStringLiteral("bash"));
    case CodeLanguage::PythonRequests:
        return QStandardPaths::findExecutable(QStringLiteral("python3"));
    case CodeLanguage::JavaScriptFetch:
        return QStandardPaths::findExecutable(QStringLiteral("node"));
    case CodeLanguage::CppQt:
        break;
    }
    return {};
}

QString fileNameFor(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::PythonRequests:
        return QStringLiteral("snippet.py");
    case CodeLanguage::JavaScriptFetch:
        return QStringLiteral("snippet.mjs"); // top-level await
    default:
        return QStringLiteral("snippet.sh");
    }
}

bool pythonHasRequests(const QString &python)
{
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral("import requests")});
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

// Runs `program file` while this thread's event loop spins, so the server in this thread answers.
int runWhileServing(const QString &program, const QString &file, QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, {file});
    if (!process.waitForStarted(10000) || !finished.wait(60000))
        return -1;
    *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

} // namespace

class TestCodeExporterBinary : public QObject
{
    Q_OBJECT

private slots:
    void snippetSendsTheBytes_data();
    void snippetSendsTheBytes();
    void textBodiesStayReadable();
    void cppQtCarriesTheBytes();
};

void TestCodeExporterBinary::snippetSendsTheBytes_data()
{
    QTest::addColumn<CodeLanguage>("language");
    QTest::addColumn<QByteArray>("body");
    const QList<QPair<const char *, QByteArray>> bodies = {
        {"all bytes", allBytes()},
        {"NUL first", QByteArray("\0abc", 4)},
        {"latin1 with CR LF", QByteArray("caf\xe9\r\n\x80\xff")},
        {"UTF-8 with a NUL", QByteArray("{\"a\":\"\xc3\xa9\0\"}", 11)},
    };
    for (CodeLanguage language : {CodeLanguage::Curl, CodeLanguage::HTTPie, CodeLanguage::PythonRequests,
                                  CodeLanguage::JavaScriptFetch}) {
        for (const auto &[name, body] : bodies) {
            QTest::addRow("%s, %s", qPrintable(CodeExporter::languageName(language)), name)
                << language << body;
        }
    }
}

void TestCodeExporterBinary::snippetSendsTheBytes()
{
    QFETCH(CodeLanguage, language);
    QFETCH(QByteArray, body);
    const QString interpreter = interpreterFor(language);
    if (interpreter.isEmpty())
        QSKIP("the snippet's interpreter is not installed");
    if (language == CodeLanguage::PythonRequests && !pythonHasRequests(interpreter))
        QSKIP("python3 has no requests module");

    FaultServer server;
    server.setDefault(FaultServer::ok());
    const QString snippet = CodeExporter::toCode(language, binaryRequest(body), server.baseUrl().toString());
    QTemporaryDir dir;
    QFile file(dir.filePath(fileNameFor(language)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(snippet.toUtf8());
    file.close();

    QByteArray output;
    QCOMPARE(runWhileServing(interpreter, file.fileName(), &output), 0);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().method, QByteArray("POST"));
    QCOMPARE(server.requests().first().body, body);
}

// A UTF-8 body without NUL stays as readable text in every language, not base64.
void TestCodeExporterBinary::textBodiesStayReadable()
{
    const ApiRequest request = binaryRequest("{\"name\":\"caf\xc3\xa9\"}");
    for (CodeLanguage language : CodeExporter::languages()) {
        const QString snippet = CodeExporter::toCode(language, request, QStringLiteral("http://h"));
        QVERIFY2(snippet.contains(QStringLiteral("caf\u00e9")), qPrintable(snippet));
        QVERIFY2(!snippet.contains(QStringLiteral("base64")), qPrintable(snippet));
    }
}

// The C++/Qt snippet is not compiled here; its one literal is base64 that decodes to the body.
void TestCodeExporterBinary::cppQtCarriesTheBytes()
{
    const QString snippet = CodeExporter::cppQt(binaryRequest(allBytes()), QStringLiteral("http://h"));
    const QString marker = QStringLiteral("QByteArray::fromBase64(\"");
    const qsizetype start = snippet.indexOf(marker);
    QVERIFY2(start >= 0, qPrintable(snippet));
    const qsizetype end = snippet.indexOf(QLatin1Char('"'), start + marker.size());
    QCOMPARE(
        QByteArray::fromBase64(snippet.mid(start + marker.size(), end - start - marker.size()).toLatin1()),
        allBytes());
}

QTEST_GUILESS_MAIN(TestCodeExporterBinary)
#include "tst_codeexporter_binary.moc"
