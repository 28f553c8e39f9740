// Converter (connect-cli convert and the app's paste): URLs kept as written and sent as written, the
// --to json shape, what is refused, several requests, format detection, and the round trip
// curl -> request -> curl -> request over curlconverter's 108 fixture commands (test data in
// curlconverter/, MIT).
#include "convert/Converter.h"
#include "export/CodeExporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QtTest>

using namespace cx;

namespace {

const QString dataDir = QStringLiteral(CURLCONVERTER_DIR);

PortableReadResult readCurl(const QString &command, const QString &directory = {})
{
    ConvertReadOptions options;
    options.directory = directory;
    return Converter::read(SourceFormat::Curl, command.toUtf8(), options);
}

// The URL ApiClient puts on the wire for a request.
QString sentUrl(const PortableRequest &request, QStringList *notes = nullptr)
{
    QString base;
    const ApiRequest api = Converter::toApiRequest(request, {}, &base, notes);
    return requestUrl(QUrl(base, QUrl::TolerantMode), api).toString(QUrl::FullyEncoded);
}

QString header(const PortableRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(value);
    }
    return {};
}

} // namespace

class TestConverter : public QObject
{
    Q_OBJECT

private slots:
    void formatNames()
    {
        QCOMPARE(Converter::sourceFormatNames(), (QStringList{"curl", "har", "postman", "insomnia"}));
        QCOMPARE(Converter::targetFormatNames(),
                 (QStringList{"json", "curl", "httpie", "python", "js", "cpp-qt", "har", "postman"}));
        for (const QString &name : Converter::targetFormatNames())
            QVERIFY(Converter::targetFormat(name));
        QVERIFY(!Converter::sourceFormat(QStringLiteral("json")));
        QVERIFY(!Converter::targetFormat(QStringLiteral("CURL")));
    }

    // The URL is kept as the command writes it, and requestUrl() of the tab's request sends it so.
    void urlSentAsWritten_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("sent"); // what goes on the wire
        QTest::addColumn<bool>("noted");   // a note says how Qt changes it
        auto same = [](const char *tag, const char *url) { QTest::newRow(tag) << url << url << false; };
        same("%20", "https://h.example/v1/x?q=a%20b");
        same("%2C", "https://h.example/v1/x?ids=1%2C2,3");
        same("plus", "https://h.example/v1/x?q=a+b&p=%2B");
        same("key without =", "https://h.example/v1/x?pretty");
        same("key without = among others", "https://h.example/v1/x?a=1&pretty&b=");
        same("repeated keys", "https://h.example/v1/x?tag=a&tag=b&tag=a");
        same("encoded reserved", "https://h.example/v1/x?q=%26%3D%3F%23&r=/?:@!$()*;");
        same("encoded path", "https://h.example/v1/a%20b/c%2Fd?x=1");
        // A '?' with nothing after it is not sent (Qt keeps no empty query): noted.
        QTest::newRow("empty query") << "https://h.example/v1/x?"
                                     << "https://h.example/v1/x" << true;
        same("port", "http://127.0.0.1:8080/api/x?y=%C3%A9");
        // Qt's own spellings: non-ASCII goes out as UTF-8 percent-encoding, %7E as '~' (RFC 3986 2.3),
        // lower-case hex upper-cased (2.1), a stray '%' as %25: each said in a note.
        QTest::newRow("non-ASCII") << "https://h.example/v1/x?n=café&z=日本"
                                   << "https://h.example/v1/x?n=caf%C3%A9&z=%E6%97%A5%E6%9C%AC" << true;
        QTest::newRow("%7E") << "https://h.example/v1/x?k=%7E"
                             << "https://h.example/v1/x?k=~" << true;
        QTest::newRow("lower-case hex") << "https://h.example/v1/x?e=%e2%82%ac"
                                        << "https://h.example/v1/x?e=%E2%82%AC" << true;
        QTest::newRow("stray %") << "https://h.example/v1/x?p=100%"
                                 << "https://h.example/v1/x?p=100%25" << true;
    }
    void urlSentAsWritten()
    {
        QFETCH(QString, url);
        QFETCH(QString, sent);
        QFETCH(bool, noted);
        const PortableReadResult read = readCurl(QStringLiteral("curl '%1'").arg(url));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.set.requests.size(), 1);
        const PortableRequest &request = read.set.requests.first();
        QCOMPARE(request.url, url); // as written, byte for byte
        QStringList notes;
        QCOMPARE(sentUrl(request, &notes), sent);
        QCOMPARE(!notes.isEmpty(), noted);
        // The path part of the tab's request holds the query as written.
        QString base;
        const ApiRequest api =
            Converter::toApiRequest(request, {QStringLiteral("https://h.example/v1")}, &base);
        if (url.startsWith(QLatin1String("https://h.example/v1/"))) {
            QCOMPARE(base, QStringLiteral("https://h.example/v1"));
            QCOMPARE(api.path, url.mid(base.size()));
            QVERIFY(api.query.isEmpty());
        }
        // Back from the tab's request: the URL ApiClient sends.
        QCOMPARE(Converter::fromApiRequest(api, base).url, sent);
    }

    // --url-query and -G data go after the URL's own query, as curl appends them.
    void queryAdditions()
    {
        const PortableReadResult read = readCurl(QStringLiteral(
            "curl -G 'https://h.example/x?pretty' -d 'a=1' --data-urlencode 'q=a b' --url-query 'k=%7E' "
            "--url-query '+raw=%7E'"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.set.requests.first().url,
                 QStringLiteral("https://h.example/x?pretty&k=%257E&raw=%7E&a=1&q=a%20b"));
        QCOMPARE(read.set.requests.first().method, QByteArray("GET"));
        QVERIFY(!read.set.requests.first().hasBody);
    }

    void jsonShape()
    {
        const PortableReadResult read = readCurl(QStringLiteral(
            "curl -X PUT 'https://h.example/api/x?pretty' -H 'Authorization: Bearer s3cret' -H 'X-A: 1' "
            "--data-binary $'\\x00\\xff{}' --next https://h.example/api/y -d ''"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.set.requests.size(), 2);
        const QJsonArray array = QJsonDocument::fromJson(Converter::toJson(read.set)).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(QStringList(first.keys()),
                 (QStringList{"body_base64", "headers", "method", "name", "notes", "url"}));
        QCOMPARE(first.value("name").toString(), QStringLiteral("PUT /api/x"));
        QCOMPARE(first.value("method").toString(), QStringLiteral("PUT"));
        QCOMPARE(first.value("url").toString(), QStringLiteral("https://h.example/api/x?pretty"));
        QCOMPARE(QByteArray::fromBase64(first.value("body_base64").toString().toLatin1()),
                 QByteArray("\x00\xff{}", 4));
        const QJsonArray headers = first.value("headers").toArray();
        QCOMPARE(headers.at(0).toArray(), (QJsonArray{"Authorization", "Bearer s3cret"}));
        QCOMPARE(headers.at(1).toArray(), (QJsonArray{"X-A", "1"}));
        QVERIFY(first.value("notes").isArray());
        const QJsonObject second = array.at(1).toObject();
        QCOMPARE(second.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(second.value("body_base64").toString(), QString()); // -d '': an empty body is sent
        QVERIFY(second.value("body_base64").isString());

        // write(Json) masks secrets unless asked.
        const ConvertOutput masked = Converter::write(TargetFormat::Json, read.set);
        QVERIFY(masked.ok);
        QVERIFY(!masked.data.contains("s3cret"));
        ConvertWriteOptions all;
        all.includeSecrets = true;
        QVERIFY(Converter::write(TargetFormat::Json, read.set, all).data.contains("s3cret"));
        // A GET without a body has none.
        const PortableReadResult get = readCurl(QStringLiteral("curl https://h.example/x"));
        QVERIFY(QJsonDocument::fromJson(Converter::toJson(get.set)).array().at(0)["body_base64"].isNull());
    }

    // Credentials for another scheme are refused, naming the option; never sent as Basic.
    void otherAuthRefused_data()
    {
        QTest::addColumn<QString>("option");
        for (const char *option : {"--digest", "--ntlm", "--negotiate", "--anyauth"})
            QTest::newRow(option) << option;
    }
    void otherAuthRefused()
    {
        QFETCH(QString, option);
        const PortableReadResult read =
            readCurl(QStringLiteral("curl -u alice:pw %1 https://h.example/x").arg(option));
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(option), qPrintable(read.error));
        QVERIFY2(read.error.contains(QLatin1String("Basic")), qPrintable(read.error));
        QVERIFY(read.set.requests.isEmpty());
        // Plain -u is Basic, as curl sends it.
        const PortableReadResult basic = readCurl(QStringLiteral("curl -u alice:pw https://h.example/x"));
        QVERIFY(basic.ok);
        QCOMPARE(header(basic.set.requests.first(), "Authorization"), QStringLiteral("Basic YWxpY2U6cHc="));
    }

    void refusalsNameTheirCause_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown option") << "curl --frobnicate https://h.example/x"
                                        << "--frobnicate";
        QTest::newRow("missing file") << "curl -d @nothere.json https://h.example/x"
                                      << "nothere.json";
        QTest::newRow("no URL") << "curl -H 'A: b'"
                                << "URL";
        QTest::newRow("not curl") << "wget https://h.example/x"
                                  << "wget";
        QTest::newRow("one bad of two") << "curl https://h.example/a\ncurl --nope https://h.example/b"
                                        << "--nope";
    }
    void refusalsNameTheirCause()
    {
        QFETCH(QString, command);
        QFETCH(QString, named);
        const PortableReadResult read = readCurl(command, QDir::tempPath());
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(named), qPrintable(read.error));
        QVERIFY(read.set.requests.isEmpty());
    }

    // --compressed: the Accept-Encoding of a curl built with zlib; a header the command sets wins.
    void compressed()
    {
        PortableReadResult read = readCurl(QStringLiteral("curl --compressed https://h.example/x"));
        QVERIFY(read.ok);
        QCOMPARE(header(read.set.requests.first(), "Accept-Encoding"), QStringLiteral("deflate, gzip"));
        QVERIFY(!read.set.requests.first().notes.isEmpty());
        read = readCurl(QStringLiteral("curl --compressed -H 'Accept-Encoding: br' https://h.example/x"));
        QCOMPARE(header(read.set.requests.first(), "Accept-Encoding"), QStringLiteral("br"));
        QCOMPARE(read.set.requests.first().headers.size(), 1);
    }

    // Several requests in, several out, in order; code targets write one snippet each.
    void severalRequests()
    {
        const QString command =
            QStringLiteral("curl https://h.example/a?pretty --next -X DELETE https://h.example/b\n"
                           "curl -d x=1 https://h.example/c https://h.example/d");
        const PortableReadResult read = readCurl(command);
        QVERIFY2(read.ok, qPrintable(read.error));
        QStringList names;
        for (const PortableRequest &r : read.set.requests)
            names << r.name;
        QCOMPARE(names, (QStringList{"GET /a", "DELETE /b", "POST /c", "POST /d"}));
        for (TargetFormat target : {TargetFormat::Curl, TargetFormat::HTTPie, TargetFormat::Python,
                                    TargetFormat::JavaScript, TargetFormat::CppQt}) {
            const ConvertOutput out = Converter::write(target, read.set);
            QVERIFY(out.ok);
            for (int i = 1; i <= 4; ++i)
                QVERIFY2(out.data.contains(QStringLiteral("Request %1 of 4").arg(i).toUtf8()),
                         out.data.constData());
            QVERIFY(out.data.contains("https://h.example/a?pretty"));
        }
        // The cURL written reads back as the same four requests.
        const ConvertOutput curl = Converter::write(TargetFormat::Curl, read.set);
        const PortableReadResult again = readCurl(QString::fromUtf8(curl.data));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.set.requests.size(), 4);
        for (qsizetype i = 0; i < 4; ++i) {
            QCOMPARE(again.set.requests.at(i).method, read.set.requests.at(i).method);
            QCOMPARE(again.set.requests.at(i).url, read.set.requests.at(i).url);
            QCOMPARE(again.set.requests.at(i).body, read.set.requests.at(i).body);
        }
    }

    void detect()
    {
        QCOMPARE(Converter::detect("curl https://h.example/x"), SourceFormat::Curl);
        QCOMPARE(Converter::detect("# from the ticket\n\n  /usr/bin/curl -s https://h.example/x"),
                 SourceFormat::Curl);
        QCOMPARE(Converter::detect("{\"log\":{\"version\":\"1.2\",\"entries\":[]}}"), SourceFormat::Har);
        QCOMPARE(Converter::detect("{\"info\":{\"name\":\"x\",\"schema\":\"https://schema.getpostman.com/"
                                   "json/collection/v2.1.0/collection.json\"},\"item\":[]}"),
                 SourceFormat::Postman);
        QCOMPARE(Converter::detect("{\"_type\":\"export\",\"__export_format\":4,\"resources\":[]}"),
                 SourceFormat::Insomnia);
        QCOMPARE(Converter::detect("type: collection.insomnia.rest/5.0\nname: x\n"), SourceFormat::Insomnia);
        QCOMPARE(Converter::detect("echo '{}' | curl -d @- https://h.example/x"), SourceFormat::Curl);
        QVERIFY(!Converter::detect("wget https://h.example/x"));
        QVERIFY(!Converter::detect("see the curl docs"));
        QVERIFY(!Converter::detect("{\"a\":1}"));
        QVERIFY(!Converter::detect(""));
    }

    // curl -> request -> curl (CodeExporter) -> request gives the same request on the wire, for every
    // curlconverter fixture that reads.
    void roundTripFixtures()
    {
        const QDir commands(dataDir + QStringLiteral("/commands"));
        const QStringList files = commands.entryList({QStringLiteral("*.sh")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 108);
        int read = 0, requests = 0, sameExactUrl = 0;
        for (const QString &file : files) {
            QFile f(commands.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const PortableReadResult first =
                readCurl(QString::fromUtf8(f.readAll()), dataDir + QStringLiteral("/files"));
            if (!first.ok)
                continue;
            ++read;
            ConvertWriteOptions options;
            options.includeSecrets = true;
            const ConvertOutput curl = Converter::write(TargetFormat::Curl, first.set, options);
            QVERIFY2(curl.ok, qPrintable(file));
            const PortableReadResult second = readCurl(QString::fromUtf8(curl.data));
            QVERIFY2(second.ok, qPrintable(file + QLatin1String(": ") + second.error + QLatin1Char('\n') +
                                           QString::fromUtf8(curl.data)));
            QCOMPARE(second.set.requests.size(), first.set.requests.size());
            for (qsizetype i = 0; i < first.set.requests.size(); ++i) {
                const PortableRequest &a = first.set.requests.at(i);
                const PortableRequest &b = second.set.requests.at(i);
                const QByteArray context = (file + QLatin1String(" #") + QString::number(i)).toUtf8();
                QVERIFY2(a.method == b.method, context.constData());
                QVERIFY2(sentUrl(a) == sentUrl(b),
                         (context + ": " + sentUrl(a).toUtf8() + " != " + sentUrl(b).toUtf8()).constData());
                sameExactUrl += a.url == b.url;
                QVERIFY2(a.headers == b.headers, context.constData());
                QVERIFY2(a.body == b.body, context.constData());
                ++requests;
            }
        }
        qInfo() << "fixtures read:" << read << "requests round-tripped:" << requests
                << "with the URL string unchanged:" << sameExactUrl;
        QVERIFY(read >= 88);
    }

    void harAndCollectionsSayWhatIsMissingOrRead()
    {
        // Whatever this build holds, reading an empty HAR never crashes and gives a clear answer.
        const PortableReadResult har =
            Converter::read(SourceFormat::Har, "{\"log\":{\"version\":\"1.2\",\"entries\":[]}}");
        QVERIFY(har.ok || !har.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConverter)
#include "tst_converter.moc"
