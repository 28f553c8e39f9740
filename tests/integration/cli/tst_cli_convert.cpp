// connect-cli convert, run as a user runs it: curlconverter's 108 fixture commands (test data in
// tests/core-extra/curlconverter, MIT) converted by the real executable agree with Converter::read,
// refusals exit 64 naming their cause, several requests come out as several, -o writes a file; and a
// converted request goes on the wire (ApiClient against a raw loopback server) with its URL as written.
#include "CliProcess.h"
#include "FaultServer.h"
#include "convert/Converter.h"
#include "net/ApiClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;
using cx::test::CliOptions;
using cx::test::runCli;

namespace {

const QString dataDir = QStringLiteral(CURLCONVERTER_DIR);
// The HAR and collection fixtures of the har and collections tests (their sources and licences in the
// README.md beside them).
const QString harDir = QStringLiteral(CX_HAR_FIXTURES);
const QString collectionDir = QStringLiteral(CX_COLLECTION_FIXTURES);

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CliOptions withInput(const QByteArray &input)
{
    CliOptions options;
    options.input = input;
    return options;
}

} // namespace

class TestCliConvert : public QObject
{
    Q_OBJECT

private slots:
    void help()
    {
        const auto run = runCli({QStringLiteral("convert"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *word : {"--from", "--to", "--include-secrets", "-o", "cpp-qt", "insomnia"})
            QVERIFY2(run.out.contains(word), run.out.constData());
        const auto usage = runCli({QStringLiteral("--help")});
        QVERIFY(usage.out.contains("convert [FILE|-]"));
    }

    // Every fixture through the executable (the command's file beside the files it reads) agrees with
    // the library: the same requests, or the same refusal.
    void fixturesAgreeWithTheLibrary()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir files(dataDir + QStringLiteral("/files"));
        for (const QString &name : files.entryList(QDir::Files))
            QVERIFY(QFile::copy(files.filePath(name), dir.filePath(name)));
        const QDir commands(dataDir + QStringLiteral("/commands"));
        int converted = 0, refused = 0;
        for (const QString &name : commands.entryList({QStringLiteral("*.sh")}, QDir::Files, QDir::Name)) {
            QFile command(commands.filePath(name));
            QVERIFY(command.open(QIODevice::ReadOnly));
            const QByteArray text = command.readAll();
            const QString path = dir.filePath(QStringLiteral("command.sh"));
            QFile::remove(path);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
            out.close();

            ConvertReadOptions options;
            options.directory = dir.path();
            const PortableReadResult expected = Converter::read(SourceFormat::Curl, text, options);
            const auto run =
                runCli({QStringLiteral("convert"), path, QStringLiteral("--from"), QStringLiteral("curl"),
                        QStringLiteral("--to"), QStringLiteral("json"), QStringLiteral("--include-secrets")});
            if (!expected.ok) {
                QVERIFY2(run.exitCode == 64, qPrintable(name));
                QVERIFY2(run.err.contains(expected.error.left(40).toUtf8()),
                         qPrintable(name + QLatin1String(": ") + QString::fromUtf8(run.err)));
                QVERIFY(run.out.isEmpty());
                ++refused;
                continue;
            }
            QVERIFY2(run.exitCode == 0, qPrintable(name + QLatin1String(": ") + QString::fromUtf8(run.err)));
            QCOMPARE(run.out, Converter::toJson(expected.set));
            // --from is not needed: a cURL command is recognised.
            const auto detected = runCli({QStringLiteral("convert"), path, QStringLiteral("--to"),
                                          QStringLiteral("json"), QStringLiteral("--include-secrets")});
            QCOMPARE(detected.out, run.out);
            ++converted;
        }
        qInfo() << "converted:" << converted << "refused:" << refused;
        QCOMPARE(converted + refused, 108);
        QVERIFY(converted >= 88);
    }

    void stdinAndSeveralRequests()
    {
        const auto run = runCli(
            {QStringLiteral("convert"), QStringLiteral("-"), QStringLiteral("--to"), QStringLiteral("json")},
            withInput("curl 'https://h.example/api/a?pretty' --next -X DELETE https://h.example/api/b\n"
                      "curl -H 'Authorization: Bearer s3cret' https://h.example/api/c\n"));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(array.size(), 3);
        QCOMPARE(array.at(0)["url"].toString(), QStringLiteral("https://h.example/api/a?pretty"));
        QCOMPARE(array.at(1)["method"].toString(), QStringLiteral("DELETE"));
        QCOMPARE(array.at(2)["headers"].toArray().at(0).toArray().at(1).toString(),
                 QStringLiteral("Bearer [redacted]"));
        QVERIFY(!run.out.contains("s3cret"));
    }

    void codeTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("curl") << "curl" << QByteArray("curl ");
        QTest::newRow("httpie") << "httpie" << QByteArray("http");
        QTest::newRow("python") << "python" << QByteArray("requests.");
        QTest::newRow("js") << "js" << QByteArray("fetch(");
        QTest::newRow("cpp-qt") << "cpp-qt" << QByteArray("QNetworkRequest");
    }
    void codeTargets()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, marker);
        const auto run = runCli(
            {QStringLiteral("convert"), QStringLiteral("--to"), target},
            withInput("curl -X POST 'https://h.example/api/x?pretty&q=a%20b' -H 'X-A: 1' -d '{\"a\":1}'"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(marker), run.out.constData());
        QVERIFY2(run.out.contains("https://h.example/api/x?pretty&q=a%20b"), run.out.constData());
    }

    void writesAFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.sh"));
        const auto run = runCli({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("curl"),
                                 QStringLiteral("-o"), target},
                                withInput("curl https://h.example/api/x?pretty --compressed"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("note: "), run.err.constData()); // --compressed is noted
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("'https://h.example/api/x?pretty'"));
        QVERIFY(written.contains("Accept-Encoding: deflate, gzip"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("named");
        const QStringList toJson{QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("json")};
        QTest::newRow("digest") << toJson << QByteArray("curl -u a:b --digest https://h.example/x")
                                << QByteArray("--digest");
        QTest::newRow("ntlm") << toJson << QByteArray("curl --ntlm -u a:b https://h.example/x")
                              << QByteArray("--ntlm");
        QTest::newRow("unknown option")
            << toJson << QByteArray("curl -K config.txt --bogus https://h.example/x")
            << QByteArray("--bogus");
        QTest::newRow("missing file") << toJson << QByteArray("curl -d @missing.json https://h.example/x")
                                      << QByteArray("missing.json");
        QTest::newRow("not recognised") << toJson << QByteArray("GET /x HTTP/1.1") << QByteArray("--from");
        QTest::newRow("no --to") << QStringList{QStringLiteral("convert")}
                                 << QByteArray("curl https://h.example/x") << QByteArray("--to");
        QTest::newRow("bad --to") << QStringList{QStringLiteral("convert"), QStringLiteral("--to"),
                                                 QStringLiteral("xml")}
                                  << QByteArray("curl https://h.example/x") << QByteArray("xml");
        QTest::newRow("bad --from") << (toJson +
                                        QStringList{QStringLiteral("--from"), QStringLiteral("wget")})
                                    << QByteArray("curl https://h.example/x") << QByteArray("wget");
        QTest::newRow("unreadable file") << (toJson + QStringList{QStringLiteral("/nonexistent/cmd.sh")})
                                         << QByteArray() << QByteArray("/nonexistent/cmd.sh");
        QTest::newRow("not UTF-8") << toJson << QByteArray("curl https://h.example/\xff")
                                   << QByteArray("UTF-8");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, named);
        const auto run = runCli(arguments, withInput(input));
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(named), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // A Chrome HAR (mitmproxy's fixture): one request per entry, the same as the library reads, found
    // without --from; written back as HAR and read again, the same requests.
    void harFixture()
    {
        const QString path = harDir + QStringLiteral("/mitmproxy-chrome.har");
        const PortableReadResult expected = Converter::read(SourceFormat::Har, fileBytes(path));
        QVERIFY2(expected.ok, qPrintable(expected.error));
        QCOMPARE(expected.set.requests.size(), 3);
        const auto run = runCli({QStringLiteral("convert"), path, QStringLiteral("--to"),
                                 QStringLiteral("json"), QStringLiteral("--include-secrets")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, Converter::toJson(expected.set));
        const QJsonArray array = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(array.size(), 3);
        for (qsizetype i = 0; i < array.size(); ++i)
            QCOMPARE(array.at(i)["url"].toString(), expected.set.requests.at(i).url);

        QTemporaryDir dir;
        const QString har = dir.filePath(QStringLiteral("again.har"));
        const auto written =
            runCli({QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("har"),
                    QStringLiteral("--include-secrets"), QStringLiteral("-o"), har});
        QVERIFY2(written.exitCode == 0, written.err.constData());
        const PortableReadResult again = Converter::read(SourceFormat::Har, fileBytes(har));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.set.requests.size(), expected.set.requests.size());
        for (qsizetype i = 0; i < again.set.requests.size(); ++i) {
            QCOMPARE(again.set.requests.at(i).method, expected.set.requests.at(i).method);
            QCOMPARE(again.set.requests.at(i).url, expected.set.requests.at(i).url);
            QCOMPARE(again.set.requests.at(i).body, expected.set.requests.at(i).body);
        }
    }

    // newman's sample collection (Postman v2.0): found without --from, the same requests as the library
    // reads; out again as Postman v2.1 and as cURL.
    void postmanFixture()
    {
        const QString path = collectionDir + QStringLiteral("/postman/newman-sample-collection.json");
        const PortableReadResult expected = Converter::read(SourceFormat::Postman, fileBytes(path));
        QVERIFY2(expected.ok, qPrintable(expected.error));
        QVERIFY(!expected.set.requests.isEmpty());
        const auto run =
            runCli({QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(array.size(), expected.set.requests.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            QCOMPARE(array.at(i)["method"].toString(),
                     QString::fromLatin1(expected.set.requests.at(i).method));
            QCOMPARE(array.at(i)["url"].toString(), expected.set.requests.at(i).url);
            QCOMPARE(array.at(i)["name"].toString(), expected.set.requests.at(i).name);
        }
        const auto postman =
            runCli({QStringLiteral("convert"), path, QStringLiteral("--from"), QStringLiteral("postman"),
                    QStringLiteral("--to"), QStringLiteral("postman")});
        QVERIFY2(postman.exitCode == 0, postman.err.constData());
        const PortableReadResult again = Converter::read(SourceFormat::Postman, postman.out);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.set.requests.size(), expected.set.requests.size());
        for (qsizetype i = 0; i < again.set.requests.size(); ++i) {
            QCOMPARE(again.set.requests.at(i).method, expected.set.requests.at(i).method);
            QCOMPARE(again.set.requests.at(i).url, expected.set.requests.at(i).url);
        }
        const auto curl =
            runCli({QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("curl")});
        QVERIFY2(curl.exitCode == 0, curl.err.constData());
        QCOMPARE(curl.out.count("\ncurl ") + (curl.out.startsWith("curl ") ? 1 : 0),
                 expected.set.requests.size());
    }

    // A collection's form-data file is read from beside the collection file, as Postman reads it from its
    // working directory; from standard input it is named, not guessed.
    void collectionFilesBesideTheCollection()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray collection =
            "{\"info\":{\"name\":\"Upload\",\"schema\":"
            "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},"
            "\"item\":[{\"name\":\"Upload a logo\",\"request\":{\"method\":\"POST\","
            "\"url\":\"https://api.example.com/api/assets\",\"body\":{\"mode\":\"formdata\","
            "\"formdata\":[{\"key\":\"file\",\"type\":\"file\",\"src\":\"logo.bin\"}]}}}]}";
        QFile file(dir.filePath(QStringLiteral("upload.postman_collection.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(collection);
        file.close();
        QFile logo(dir.filePath(QStringLiteral("logo.bin")));
        QVERIFY(logo.open(QIODevice::WriteOnly));
        const QByteArray bytes("\x89PNG\r\n\x1a\n\x00binary-logo-bytes", 25);
        logo.write(bytes);
        logo.close();

        const auto run = runCli(
            {QStringLiteral("convert"), file.fileName(), QStringLiteral("--to"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject request = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        const QByteArray body =
            QByteArray::fromBase64(request.value(QStringLiteral("body_base64")).toString().toLatin1());
        QVERIFY2(body.contains(bytes), body.left(300).constData());
        QVERIFY(body.contains("name=\"file\"; filename=\"logo.bin\""));

        const auto piped = runCli({QStringLiteral("convert"), QStringLiteral("-"), QStringLiteral("--from"),
                                   QStringLiteral("postman"), QStringLiteral("--to"), QStringLiteral("json")},
                                  withInput(collection));
        QVERIFY2(piped.exitCode == 0 || piped.exitCode == 64, piped.err.constData());
        QVERIFY2(!piped.out.contains("binary-logo-bytes"), piped.out.constData());
        QVERIFY2(piped.err.contains("logo.bin"), piped.err.constData());
    }

    // What convert reads is what goes on the wire: ApiClient sends the converted request's URL as written.
    void sentAsWritten()
    {
        cx::test::FaultServer server;
        server.setDefault(cx::test::FaultServer::ok());
        const QByteArray target = "/api/x?pretty&q=a%20b&c=%2C&p=+&t=1&t=2&e=%C3%A9&s=/?:@";
        const QString command = QStringLiteral("curl -X POST '%1%2' -H 'X-A: 1' --data-binary $'\\x00\\x01'")
                                    .arg(server.baseUrl().toString(), QString::fromLatin1(target));
        const PortableReadResult read = Converter::read(SourceFormat::Curl, command.toUtf8());
        QVERIFY2(read.ok, qPrintable(read.error));
        QString base;
        ApiRequest request = Converter::toApiRequest(read.set.requests.first(), {}, &base);
        request.authenticated = false;
        ApiClient client;
        client.setBaseUrl(QUrl(base));
        ApiCall *call = client.send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(server.requests().size(), 1);
        const auto &sent = server.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.target, target);
        QCOMPARE(sent.header("X-A"), QByteArray("1"));
        QCOMPARE(sent.body, QByteArray("\x00\x01", 2));
    }
};

QTEST_GUILESS_MAIN(TestCliConvert)
#include "tst_cli_convert.moc"
