// CodeExporter: exact snippets for one awkward request (query, headers, JSON body with quotes, a newline
// and non-ASCII), secrets handling, and — where the tools exist — the snippets checked by a real shell,
// Python and Node.
#include "export/CodeExporter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

const QString Base = QStringLiteral("https://oauth.cliquify.me/");

ApiRequest awkwardRequest()
{
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/api/templates");
    r.query = {{QStringLiteral("page"), QStringLiteral("2")},
               {QStringLiteral("q"), QStringLiteral("it's a \"test\" é&+")}};
    r.headers = {{"Accept", "application/json"}, {"Content-Type", "application/json"}};
    r.body = "{\"name\": \"O'Brien \\\"Q\\\"\",\n \"emoji\": \"\xF0\x9F\x98\x80 \xC3\xBC\"}";
    return r;
}

const char ExpectedUrl[] =
    "https://oauth.cliquify.me/api/templates?page=2&q=it%27s%20a%20%22test%22%20%C3%A9%26%2B";

// Runs `program` with `args`; returns stdout, or a null QByteArray when it could not run.
QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    if (process.exitCode() != 0)
        qWarning().noquote() << program << "said:" << process.readAllStandardError();
    return process.readAllStandardOutput();
}

} // namespace

class TestCodeExporter : public QObject
{
    Q_OBJECT
private slots:
    void url()
    {
        QCOMPARE(CodeExporter::urlFor(awkwardRequest(), Base), QString::fromLatin1(ExpectedUrl));
        ApiRequest r;
        r.path = QStringLiteral("api/x y?fixed=1");
        r.query = {{QStringLiteral("a"), QStringLiteral("b")}};
        QCOMPARE(CodeExporter::urlFor(r, QStringLiteral("http://127.0.0.1:8080/v1/")),
                 QStringLiteral("http://127.0.0.1:8080/v1/api/x%20y?fixed=1&a=b"));
    }

    void shellQuote()
    {
        QCOMPARE(CodeExporter::shellQuote(QStringLiteral("plain")), QStringLiteral("'plain'"));
        QCOMPARE(CodeExporter::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(CodeExporter::shellQuote(QStringLiteral("$HOME \"x\"\n`y`")),
                 QStringLiteral("'$HOME \"x\"\n`y`'"));
        QCOMPARE(CodeExporter::shellQuote(QString()), QStringLiteral("''"));
    }

    void curl()
    {
        const QString expected = QStringLiteral(
            "curl -X POST "
            "'https://oauth.cliquify.me/api/templates?page=2&q=it%27s%20a%20%22test%22%20%C3%A9%26%2B' \\\n"
            "  -H 'Accept: application/json' \\\n"
            "  -H 'Content-Type: application/json' \\\n"
            "  -H \"Authorization: Bearer $CONNECT_TOKEN\" \\\n"
            "  --data-raw '{\"name\": \"O'\\''Brien \\\"Q\\\"\",\n"
            " \"emoji\": \"\U0001F600 \u00FC\"}'\n");
        QCOMPARE(CodeExporter::curl(awkwardRequest(), Base), expected);
    }

    void curlSimpleGetAndHead()
    {
        ApiRequest r;
        r.path = QStringLiteral("/api/assets");
        r.authenticated = false;
        QCOMPARE(CodeExporter::curl(r, QStringLiteral("http://127.0.0.1:8080")),
                 QStringLiteral("curl 'http://127.0.0.1:8080/api/assets'\n"));
        r.method = "HEAD";
        QCOMPARE(CodeExporter::curl(r, QStringLiteral("http://127.0.0.1:8080")),
                 QStringLiteral("curl --head 'http://127.0.0.1:8080/api/assets'\n"));
        r.method = "DELETE";
        r.headers = {{"X-Empty", ""}};
        QCOMPARE(CodeExporter::curl(r, QStringLiteral("http://127.0.0.1:8080")),
                 QStringLiteral("curl -X DELETE 'http://127.0.0.1:8080/api/assets' \\\n  -H 'X-Empty;'\n"));
    }

    void httpie()
    {
        const QString expected = QStringLiteral(
            "http POST "
            "'https://oauth.cliquify.me/api/templates?page=2&q=it%27s%20a%20%22test%22%20%C3%A9%26%2B' \\\n"
            "  'Accept:application/json' \\\n"
            "  'Content-Type:application/json' \\\n"
            "  \"Authorization:Bearer $CONNECT_TOKEN\" \\\n"
            "  --raw '{\"name\": \"O'\\''Brien \\\"Q\\\"\",\n"
            " \"emoji\": \"\U0001F600 \u00FC\"}'\n");
        QCOMPARE(CodeExporter::httpie(awkwardRequest(), Base), expected);
    }

    void python()
    {
        const QString expected = QStringLiteral(
            "import os\n"
            "\n"
            "import requests\n"
            "\n"
            "response = requests.request(\n"
            "    \"POST\",\n"
            "    \"https://oauth.cliquify.me/api/templates\",\n"
            "    params=[(\"page\", \"2\"), (\"q\", \"it's a \\\"test\\\" \u00E9&+\")],\n"
            "    headers={\n"
            "        \"Accept\": \"application/json\",\n"
            "        \"Content-Type\": \"application/json\",\n"
            "        \"Authorization\": \"Bearer \" + os.environ[\"CONNECT_TOKEN\"],\n"
            "    },\n"
            "    data=\"{\\\"name\\\": \\\"O'Brien \\\\\\\"Q\\\\\\\"\\\",\\n \\\"emoji\\\": \\\"\U0001F600 "
            "\u00FC\\\"}\".encode(\"utf-8\"),\n"
            ")\n"
            "print(response.status_code)\n"
            "print(response.text)\n");
        QCOMPARE(CodeExporter::python(awkwardRequest(), Base), expected);
    }

    void javascript()
    {
        const QString expected =
            QStringLiteral("const response = await "
                           "fetch(\"https://oauth.cliquify.me/api/templates?page=2&q=it%27s%20a%20%22test%22"
                           "%20%C3%A9%26%2B\", {\n"
                           "  method: \"POST\",\n"
                           "  headers: {\n"
                           "    \"Accept\": \"application/json\",\n"
                           "    \"Content-Type\": \"application/json\",\n"
                           "    \"Authorization\": `Bearer ${process.env.CONNECT_TOKEN}`,\n"
                           "  },\n"
                           "  body: \"{\\\"name\\\": \\\"O'Brien \\\\\\\"Q\\\\\\\"\\\",\\n \\\"emoji\\\": "
                           "\\\"\U0001F600 \u00FC\\\"}\",\n"
                           "});\n"
                           "console.log(response.status);\n"
                           "console.log(await response.text());\n");
        QCOMPARE(CodeExporter::javascript(awkwardRequest(), Base), expected);
    }

    void cppQt()
    {
        const QString expected = QStringLiteral(
            "// Qt 6, QtNetwork; runs in the application's event loop.\n"
            "auto *manager = new QNetworkAccessManager;\n"
            "QNetworkRequest "
            "request(QUrl(QStringLiteral(\"https://oauth.cliquify.me/api/templates?page=2&q=it%27s"
            "%20a%20%22test%22%20%C3%A9%26%2B\")));\n"
            "request.setRawHeader(\"Accept\", \"application/json\");\n"
            "request.setRawHeader(\"Content-Type\", \"application/json\");\n"
            "request.setRawHeader(\"Authorization\", \"Bearer \" + qgetenv(\"CONNECT_TOKEN\"));\n"
            "const QByteArray body = QByteArrayLiteral(\"{\\\"name\\\": \\\"O'Brien "
            "\\\\\\\"Q\\\\\\\"\\\",\\n "
            "\\\"emoji\\\": \\\"\U0001F600 \u00FC\\\"}\");\n"
            "QNetworkReply *reply = manager->sendCustomRequest(request, \"POST\", body);\n"
            "QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {\n"
            "    qDebug() << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();\n"
            "    qDebug().noquote() << reply->readAll();\n"
            "    reply->deleteLater();\n"
            "});\n");
        QCOMPARE(CodeExporter::cppQt(awkwardRequest(), Base), expected);
    }

    void controlCharactersAndBinary()
    {
        ApiRequest r;
        r.method = "PUT";
        r.path = QStringLiteral("/x");
        r.authenticated = false;
        r.body = QByteArray("a\tb\x01\r", 5);
        QCOMPARE(CodeExporter::javascript(r, QStringLiteral("http://h")),
                 QStringLiteral("const response = await fetch(\"http://h/x\", {\n  method: \"PUT\",\n"
                                "  body: \"a\\tb\\u0001\\r\",\n});\nconsole.log(response.status);\n"
                                "console.log(await response.text());\n"));
        QVERIFY(
            CodeExporter::cppQt(r, QStringLiteral("http://h")).contains(QStringLiteral("\"a\\tb\\001\\r\"")));
        QVERIFY(CodeExporter::python(r, QStringLiteral("http://h"))
                    .contains(QStringLiteral("\"a\\tb\\x01\\r\"")));
        // Not UTF-8: base64, decoded where it is sent (tst_codeexporter_binary runs the snippets).
        r.body = QByteArray("\xff\xfe'", 3);
        QVERIFY(CodeExporter::curl(r, QStringLiteral("http://h"))
                    .startsWith(QStringLiteral("printf %s '//4n' | base64 -d | curl -X PUT")));
        QVERIFY(
            CodeExporter::curl(r, QStringLiteral("http://h")).contains(QStringLiteral("--data-binary @-")));
        QVERIFY(CodeExporter::python(r, QStringLiteral("http://h"))
                    .contains(QStringLiteral("data=base64.b64decode(\"//4n\")")));
        QVERIFY(CodeExporter::cppQt(r, QStringLiteral("http://h"))
                    .contains(QStringLiteral("QByteArray::fromBase64(\"//4n\")")));
        // No trigraphs for an older C++ compiler, in text and in bytes.
        r.body = "what?\?=x";
        QVERIFY(
            CodeExporter::cppQt(r, QStringLiteral("http://h")).contains(QStringLiteral("\"what?\\?=x\"")));
        r.body = QByteArray("\xff?\?=", 4); // bytes go as base64, which has no '?'
        QVERIFY(CodeExporter::cppQt(r, QStringLiteral("http://h"))
                    .contains(QStringLiteral("QByteArray::fromBase64(\"/z8/PQ==\")")));
    }

    void secretsRedactedByDefault()
    {
        const QByteArray token = "eyJ.CANARY.sig";
        ApiRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/oauth/access-token");
        r.query = {{QStringLiteral("access_token"), QString::fromLatin1(token)}};
        r.headers = {{"Content-Type", "application/json"}, {"X-Api-Key", "key-CANARY"}};
        r.body = R"({"client_id":"demo-client","client_secret":"CANARY-secret"})";
        for (const CodeLanguage language : CodeExporter::languages()) {
            const QString code = CodeExporter::toCode(language, r, Base, {false, token});
            QVERIFY2(!code.contains(QStringLiteral("CANARY")), qPrintable(code));
            QVERIFY2(code.contains(QStringLiteral("[redacted]")), qPrintable(code));
            QVERIFY2(code.contains(QStringLiteral("demo-client")), qPrintable(code));
            QVERIFY2(code.contains(CodeExporter::tokenVariable()), qPrintable(code));
        }
        // An explicit Authorization header of the request keeps its scheme, loses its value.
        r.headers.append({"Authorization", "Bearer " + token});
        const QString curl = CodeExporter::curl(r, Base);
        QVERIFY(curl.contains(QStringLiteral("-H 'Authorization: Bearer [redacted]'")));
        QVERIFY(!curl.contains(QStringLiteral("$CONNECT_TOKEN"))); // no second Authorization
    }

    void maskedAuthorizationMeansTheSessionToken()
    {
        ApiRequest r;
        r.path = QStringLiteral("/api/x");
        r.headers = {{"Authorization", "Bearer [redacted]"}, {"Cookie", ""}};
        QCOMPARE(CodeExporter::curl(r, QStringLiteral("http://h")),
                 QStringLiteral("curl 'http://h/api/x' \\\n  -H \"Authorization: Bearer $CONNECT_TOKEN\"\n"));
        QCOMPARE(CodeExporter::curl(r, QStringLiteral("http://h"), {true, "t1"}),
                 QStringLiteral("curl 'http://h/api/x' \\\n  -H 'Authorization: Bearer t1'\n"));
    }

    void secretsIncludedOnRequest()
    {
        ApiRequest r;
        r.path = QStringLiteral("/api/templates");
        r.body = R"({"client_secret":"s"})";
        r.method = "POST";
        const CodeExportOptions options{true, "tok-123"};
        QCOMPARE(CodeExporter::curl(r, Base, options),
                 QStringLiteral("curl -X POST 'https://oauth.cliquify.me/api/templates' \\\n"
                                "  -H 'Authorization: Bearer tok-123' \\\n"
                                "  --data-raw '{\"client_secret\":\"s\"}'\n"));
        QVERIFY(CodeExporter::python(r, Base, options)
                    .contains(QStringLiteral("\"Authorization\": \"Bearer tok-123\"")));
        QVERIFY(!CodeExporter::python(r, Base, options).contains(QStringLiteral("import os")));
        // includeSecrets without a token: the placeholder again, but the body is left alone.
        const QString placeholder = CodeExporter::curl(r, Base, {true, {}});
        QVERIFY(placeholder.contains(QStringLiteral("$CONNECT_TOKEN")));
        QVERIFY(placeholder.contains(QStringLiteral("\"client_secret\":\"s\"")));
    }

    void duplicateHeadersMergedWhereMapsNeedIt()
    {
        ApiRequest r;
        r.path = QStringLiteral("/x");
        r.authenticated = false;
        r.headers = {{"Accept", "a/b"}, {"accept", "c/d"}};
        QVERIFY(CodeExporter::javascript(r, QStringLiteral("http://h"))
                    .contains(QStringLiteral("\"Accept\": \"a/b, c/d\"")));
        QVERIFY(
            CodeExporter::curl(r, QStringLiteral("http://h")).contains(QStringLiteral("-H 'accept: c/d'")));
    }

    // The real shell must hand curl exactly the arguments we mean, for the awkward request.
    void shellReadsTheCurlSnippet()
    {
        const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (sh.isEmpty())
            QSKIP("no sh");
        const QString snippet = CodeExporter::curl(awkwardRequest(), Base);
        const QString script =
            QStringLiteral("CONNECT_TOKEN=tk; curl() { for a; do printf '%s\\n--\\n' \"$a\"; done; }\n") +
            snippet;
        const QByteArray out = run(sh, {QStringLiteral("-c"), script});
        const QByteArray expected =
            QByteArray("-X\n--\nPOST\n--\n") + ExpectedUrl +
            "\n--\n-H\n--\nAccept: application/json\n--\n-H\n--\n"
            "Content-Type: application/json\n--\n-H\n--\nAuthorization: Bearer tk\n--\n"
            "--data-raw\n--\n" +
            awkwardRequest().body + "\n--\n";
        QCOMPARE(out, expected);
    }

    void pythonSnippetCompiles()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("no python3");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("snippet.py")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CodeExporter::python(awkwardRequest(), Base).toUtf8());
        file.close();
        // Compile only (requests need not be installed), then check the literals decode to our bytes.
        int code = -1;
        run(python, {QStringLiteral("-m"), QStringLiteral("py_compile"), file.fileName()}, &code);
        QCOMPARE(code, 0);
        const QString probe = QStringLiteral(
            "import ast,sys\n"
            "tree = ast.parse(open(sys.argv[1], encoding='utf-8').read())\n"
            "call = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, 'attr', '') == "
            "'request'][0]\n"
            "data = [k.value for k in call.keywords if k.arg == 'data'][0].func.value.value\n"
            "sys.stdout.buffer.write(data.encode('utf-8'))\n");
        QCOMPARE(run(python, {QStringLiteral("-c"), probe, file.fileName()}), awkwardRequest().body);
    }

    void javascriptSnippetParses()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("no node");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("snippet.mjs")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CodeExporter::javascript(awkwardRequest(), Base).toUtf8());
        file.close();
        int code = -1;
        run(node, {QStringLiteral("--check"), file.fileName()}, &code);
        QCOMPARE(code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCodeExporter)
#include "tst_codeexporter.moc"
