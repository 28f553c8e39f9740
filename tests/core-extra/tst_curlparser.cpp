// CurlParser: the tokenizer's quoting rules, real-world commands (Chrome, Firefox, Postman, Insomnia,
// docs), clear errors, and the export -> parse round trip for every request shape we produce.
#include "CurlSamples.h"
#include "export/CodeExporter.h"
#include "export/CurlParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

CodeExportOptions secretsIncluded(const QByteArray &token)
{
    CodeExportOptions options;
    options.includeSecrets = true;
    options.bearerToken = token;
    return options;
}

// Text that is hard for a shell: quotes, backslashes, $, backticks, newlines, !, globs, non-ASCII.
QString awkwardText(QRandomGenerator &rng, int maxLength, bool allowNewlines)
{
    static const QStringList pieces = {
        QStringLiteral("a"),          QStringLiteral("Z"),      QStringLiteral("0"),
        QStringLiteral(" "),          QStringLiteral("'"),      QStringLiteral("\""),
        QStringLiteral("\\"),         QStringLiteral("$"),      QStringLiteral("$HOME"),
        QStringLiteral("`id`"),       QStringLiteral("!"),      QStringLiteral("*"),
        QStringLiteral("&"),          QStringLiteral("="),      QStringLiteral("+"),
        QStringLiteral(";"),          QStringLiteral("#"),      QStringLiteral("%"),
        QStringLiteral("?"),          QStringLiteral("/"),      QStringLiteral("{"),
        QStringLiteral("}"),          QStringLiteral("\u00e9"), QStringLiteral("\u20ac"),
        QStringLiteral("\U0001F600"), QStringLiteral("\t"),     QStringLiteral("$'x'"),
        QStringLiteral("\\n"),
    };
    QString out;
    const int length = int(rng.bounded(maxLength + 1));
    for (int i = 0; i < length; ++i) {
        if (allowNewlines && rng.bounded(12) == 0)
            out += QLatin1Char('\n');
        else
            out += pieces.at(int(rng.bounded(int(pieces.size()))));
    }
    return out;
}

ApiRequest randomRequest(QRandomGenerator &rng)
{
    static const QList<QByteArray> methods = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"};
    ApiRequest r;
    r.method = methods.at(int(rng.bounded(int(methods.size()))));
    r.path = QStringLiteral("/api");
    for (int i = int(rng.bounded(3)); i >= 0; --i) {
        QString segment = awkwardText(rng, 4, false);
        segment.remove(QLatin1Char('/'))
            .remove(QLatin1Char('?'))
            .remove(QLatin1Char('#'))
            .remove(QLatin1Char('%'));
        r.path += QLatin1Char('/') + (segment.isEmpty() ? QStringLiteral("x") : segment);
    }
    for (int i = int(rng.bounded(4)); i > 0; --i) {
        QString key = awkwardText(rng, 4, true);
        if (key.isEmpty())
            key = QStringLiteral("k");
        r.query.append({key, awkwardText(rng, 6, true)});
    }
    for (int i = int(rng.bounded(4)); i > 0; --i) {
        const QByteArray name = "X-H" + QByteArray::number(i);
        const QString value = awkwardText(rng, 6, false).trimmed();
        r.headers.append({name, value.toUtf8()});
    }
    if (rng.bounded(2) == 0) {
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/octet-stream")});
        if (rng.bounded(4) == 0) {
            for (int i = int(rng.bounded(12)); i > 0; --i)
                r.body += char(rng.bounded(256)); // any bytes, UTF-8 or not
        } else {
            r.body = awkwardText(rng, 20, true).toUtf8();
        }
    }
    return r;
}

} // namespace

class TestCurlParser : public QObject
{
    Q_OBJECT
private slots:
    void tokenizer_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << "curl a b" << QStringList{"curl", "a", "b"};
        QTest::newRow("single") << "curl 'a b' 'it'\\''s'" << QStringList{"curl", "a b", "it's"};
        QTest::newRow("double") << "curl \"a \\\"b\\\" \\\\ \\$x \\n\" \"$HOME\""
                                << QStringList{"curl", "a \"b\" \\ $x \\n", "$HOME"};
        QTest::newRow("adjacent") << "curl a'b'\"c\"d" << QStringList{"curl", "abcd"};
        QTest::newRow("backslash") << "curl a\\ b \\'" << QStringList{"curl", "a b", "'"};
        QTest::newRow("continuation")
            << "curl a \\\n  -H x \\\r\n  b" << QStringList{"curl", "a", "-H", "x", "b"};
        QTest::newRow("ansi-c") << "curl $'a\\'b\\n\\t\\x41\\u00e9\\101\\\\'"
                                << QStringList{"curl", QString::fromUtf8("a'b\n\tA\xC3\xA9"
                                                                         "A\\")};
        QTest::newRow("ansi-c utf8 bytes")
            << "curl $'\\xc3\\xa9'" << QStringList{"curl", QString::fromUtf8("\xC3\xA9")};
        QTest::newRow("newline in quotes") << "curl 'a\nb'" << QStringList{"curl", "a\nb"};
        QTest::newRow("empty quotes") << "curl '' \"\"" << QStringList{"curl", "", ""};
        QTest::newRow("comment") << "curl a # the rest\n b" << QStringList{"curl", "a", "b"};
        QTest::newRow("unicode") << QString::fromUtf8("curl 'h\xC3\xA9llo \xF0\x9F\x98\x80'")
                                 << QStringList{"curl", QString::fromUtf8("h\xC3\xA9llo \xF0\x9F\x98\x80")};
    }
    void tokenizer()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, words);
        QString error;
        QCOMPARE(CurlParser::tokenize(command, &error), words);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("position");
        QTest::newRow("single quote") << "curl 'https://h/x"
                                      << "Unterminated single quote (') starting at position 6" << 5;
        QTest::newRow("double quote") << "curl https://h/x -d \"{"
                                      << "Unterminated double quote (\") starting at position 21" << 20;
        QTest::newRow("ansi-c") << "curl h -d $'abc"
                                << "Unterminated $'...' quote starting at position 11" << 10;
        QTest::newRow("no url") << "curl -H 'Accept: x' -s"
                                << "No URL found in the command" << -1;
        QTest::newRow("empty") << "   \n"
                               << "The command is empty" << -1;
        QTest::newRow("not curl") << "wget https://h/x"
                                  << "Not a curl command: it starts with \"wget\"" << 0;
        QTest::newRow("missing value") << "curl https://h/x -H"
                                       << "The option -H needs a value" << 17;
        QTest::newRow("missing long value") << "curl https://h/x --data"
                                            << "The option --data needs a value" << 17;
        QTest::newRow("bad url") << "curl 'http://'"
                                 << "Not a valid URL: http://" << -1;
        QTest::newRow("cmd style")
            << "curl \"https://h/x\" ^\n  -H \"a: b\""
            << "This looks like a Windows cmd command (^ line continuations): copy it as cURL "
               "(bash) instead"
            << 19;
    }
    void errors()
    {
        QFETCH(QString, command);
        QFETCH(QString, message);
        QFETCH(int, position);
        const CurlParseResult result = CurlParser::parse(command);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, message);
        QCOMPARE(result.errorPosition, position);
    }

    void commands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QueryList>("query");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("notes");
        const QList<CurlSample> samples = curlSamples();
        QVERIFY(samples.size() >= 20);
        for (const CurlSample &s : samples)
            QTest::newRow(s.name.constData())
                << s.command << s.method << s.baseUrl << s.path << s.query << s.headers << s.body << s.notes;
    }
    void commands()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, method);
        QFETCH(QString, baseUrl);
        QFETCH(QString, path);
        QFETCH(QueryList, query);
        QFETCH(HeaderList, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, notes);
        const CurlParseResult result = CurlParser::parse(command);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.request.method, method);
        QCOMPARE(result.baseUrl, baseUrl);
        QCOMPARE(result.request.path, path);
        QCOMPARE(result.request.query, query);
        QCOMPARE(result.request.headers, headers);
        QCOMPARE(result.request.body, body);
        QVERIFY2(result.notes.size() == notes, qPrintable(result.notes.join(QLatin1Char('|'))));
    }

    void knownBaseUrlWithPath()
    {
        const CurlParseResult result =
            CurlParser::parse(QStringLiteral("curl https://h.example/v1/api/x?a=1"),
                              {QStringLiteral("https://other"), QStringLiteral("https://h.example/v1/")});
        QVERIFY(result.ok);
        QCOMPARE(result.baseUrl, QStringLiteral("https://h.example/v1"));
        QCOMPARE(result.request.path, QStringLiteral("/api/x"));
        QCOMPARE(result.url, QStringLiteral("https://h.example/v1/api/x?a=1"));
        // "/v10" does not match the base "/v1".
        const CurlParseResult other = CurlParser::parse(QStringLiteral("curl https://h.example/v10/x"),
                                                        {QStringLiteral("https://h.example/v1")});
        QCOMPARE(other.baseUrl, QStringLiteral("https://h.example"));
        QCOMPARE(other.request.path, QStringLiteral("/v10/x"));
    }

    // A file the command reads and that is not there refuses the command, naming the file.
    void missingFilesRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("named");
        QTest::newRow("-d @file") << "curl -d @payload.json https://h/x"
                                  << "payload.json";
        QTest::newRow("--data-binary") << "curl --data-binary @b.bin https://h/x"
                                       << "b.bin";
        QTest::newRow("-F @file") << "curl -F 'file=@a.png' https://h/upload"
                                  << "a.png";
        QTest::newRow("-F <file") << "curl -F 'text=<t.txt' https://h/upload"
                                  << "t.txt";
        QTest::newRow("-T") << "curl -T up.bin https://h/x/"
                            << "up.bin";
        QTest::newRow("--data-urlencode name@file") << "curl --data-urlencode 'n@f.txt' https://h/x"
                                                    << "f.txt";
        QTest::newRow("--url-query name@file") << "curl --url-query 'name@myfile.jpg' https://h/x"
                                               << "myfile.jpg";
        QTest::newRow("stdin") << "curl -d @- https://h/x"
                               << "standard input";
        QTest::newRow("< file") << "curl -d @- https://h/x < in.txt"
                                << "in.txt";
        QTest::newRow("here-string variable") << "curl -d @- https://h/x <<< $BODY"
                                              << "$BODY";
    }
    void missingFilesRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, named);
        const QTemporaryDir empty;
        const QList<CurlParseResult> all = CurlParser::parseAll(command, {}, empty.path());
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.first().ok);
        QVERIFY2(all.first().error.contains(named), qPrintable(all.first().error));
        QVERIFY(!CurlParser::parse(command).ok);
    }

    // Files that are there are read, as curl reads them.
    void filesRead()
    {
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &bytes) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("body.txt", "a=1\r\nb=2\n");
        write("blob.bin", QByteArray("\x00\xff\n", 3));
        write("v.txt", "x y&z");
        auto one = [&](const QString &command) {
            const QList<CurlParseResult> all = CurlParser::parseAll(command, {}, dir.path());
            return all.size() == 1 && all.first().ok ? all.first() : CurlParseResult();
        };
        // -d @file drops line breaks; --data-binary keeps every byte.
        QCOMPARE(one(QStringLiteral("curl -d @body.txt https://h/x")).request.body, QByteArray("a=1b=2"));
        const CurlParseResult binary = one(QStringLiteral("curl --data-binary @blob.bin https://h/x"));
        QCOMPARE(binary.request.body, QByteArray("\x00\xff\n", 3));
        QCOMPARE(binary.request.method, QByteArray("POST"));
        // --data-urlencode, every form.
        const CurlParseResult encoded =
            one(QStringLiteral("curl --data-urlencode 'n=a b' --data-urlencode '=c d' --data-urlencode 'e f' "
                               "--data-urlencode 'm@v.txt' --data-urlencode '@v.txt' https://h/x"));
        QCOMPARE(encoded.request.body, QByteArray("n=a%20b&c%20d&e%20f&m=x%20y%26z&x%20y%26z"));
        // -T: PUT with the file's bytes; a URL ending in '/' gets the file's name.
        const CurlParseResult upload = one(QStringLiteral("curl -T blob.bin https://h/dir/"));
        QCOMPARE(upload.request.method, QByteArray("PUT"));
        QCOMPARE(upload.request.path, QStringLiteral("/dir/blob.bin"));
        QCOMPARE(upload.request.body, QByteArray("\x00\xff\n", 3));
        // -F with a file: a real multipart body holding the file's bytes.
        const CurlParseResult form =
            one(QStringLiteral("curl -F 'a=1' -F 'f=@blob.bin;type=x/y' https://h/x"));
        QCOMPARE(form.request.method, QByteArray("POST"));
        const QByteArray type = form.request.headers.last().second;
        QVERIFY2(type.startsWith("multipart/form-data; boundary="), type.constData());
        const QByteArray boundary = type.mid(type.indexOf('=') + 1);
        QCOMPARE(form.request.body,
                 "--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--" +
                     boundary +
                     "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"blob.bin\"\r\nContent-Type: "
                     "x/y\r\n\r\n" +
                     QByteArray("\x00\xff\n", 3) + "\r\n--" + boundary + "--\r\n");
        // Standard input from "< file", a here-string and a heredoc.
        QCOMPARE(one(QStringLiteral("curl --data-binary @- https://h/x < v.txt")).request.body,
                 QByteArray("x y&z"));
        QCOMPARE(one(QStringLiteral("curl --data-binary @- https://h/x <<< 'hi there'")).request.body,
                 QByteArray("hi there\n"));
        QCOMPARE(
            one(QStringLiteral("curl --data-binary @- https://h/x <<EOF\n{\"a\": 1}\nEOF\n")).request.body,
            QByteArray("{\"a\": 1}\n"));
        QCOMPARE(one(QStringLiteral("echo hello | curl --data-binary @- https://h/x")).request.body,
                 QByteArray("hello\n"));
    }

    void unknownOptionRefused()
    {
        const CurlParseResult result =
            CurlParser::parse(QStringLiteral("curl --frobnicate https://h.example/x"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("--frobnicate")), qPrintable(result.error));
        QVERIFY(!CurlParser::parse(QStringLiteral("curl -% https://h.example/x")).ok);
    }

    // Every option curl takes a value for is known: its value is never the URL.
    void valueNeverTheUrl()
    {
        for (const char *command :
             {"curl -K config.txt https://api.example.com/x",
              "curl --config config.txt https://api.example.com/x",
              "curl --proxy http://proxy.example:8080 https://api.example.com/x",
              "curl -x socks5://p.example https://api.example.com/x",
              "curl --cacert ca.pem --aws-sigv4 aws:amz https://api.example.com/x",
              "curl --connect-to a.example:443:b.example:443 https://api.example.com/x"}) {
            const CurlParseResult result = CurlParser::parse(QString::fromLatin1(command));
            QVERIFY2(result.ok, command);
            QCOMPARE(result.baseUrl, QStringLiteral("https://api.example.com"));
            QCOMPARE(result.request.path, QStringLiteral("/x"));
        }
    }

    // Credentials meant for Digest, NTLM or Negotiate are never sent as Basic.
    void otherAuthNeverBasic()
    {
        for (const char *kind : {"--digest", "--ntlm", "--negotiate", "--anyauth"}) {
            const CurlParseResult result = CurlParser::parse(
                QStringLiteral("curl -u alice:pw %1 https://h.example/x").arg(QLatin1String(kind)));
            QVERIFY(result.ok);
            QVERIFY(result.request.headers.isEmpty());
            QCOMPARE(result.notes.size(), 1);
            QVERIFY(result.notes.first().contains(QLatin1String(kind)));
        }
        // --basic after --digest is Basic again, as in curl.
        const CurlParseResult basic =
            CurlParser::parse(QStringLiteral("curl -u a:b --digest --basic https://h/x"));
        QCOMPARE(basic.request.headers, (HeaderList{{"Authorization", "Basic YTpi"}}));
    }

    // --next, several URLs and several pasted commands give several requests.
    void severalRequests()
    {
        const QList<CurlParseResult> next = CurlParser::parseAll(
            QStringLiteral("curl -d a=1 https://h/a https://h/b --next -X DELETE https://h/c"));
        QCOMPARE(next.size(), 3);
        QCOMPARE(next.at(0).request.method, QByteArray("POST"));
        QCOMPARE(next.at(1).request.body, QByteArray("a=1"));
        QCOMPARE(next.at(2).request.method, QByteArray("DELETE"));
        QVERIFY(next.at(2).request.body.isEmpty());
        const QList<CurlParseResult> pasted = CurlParser::parseAll(
            QStringLiteral("curl https://h/a\ncurl -X PUT https://h/b\n\ncurl https://h/c"));
        QCOMPARE(pasted.size(), 3);
        QCOMPARE(pasted.at(1).request.method, QByteArray("PUT"));
        QCOMPARE(pasted.at(2).request.path, QStringLiteral("/c"));
        // A command over several lines without '\' is still one command.
        QCOMPARE(CurlParser::parseAll(QStringLiteral("curl -X POST\n -d x=1\n https://h/a")).size(), 1);
        // The single-request API takes the first and names the others.
        const CurlParseResult first =
            CurlParser::parse(QStringLiteral("curl https://h/a --next https://h/b"));
        QVERIFY(first.ok);
        QCOMPARE(first.request.path, QStringLiteral("/a"));
        QCOMPARE(first.notes.size(), 1);
    }

    void literalMultipart()
    {
        const CurlParseResult result =
            CurlParser::parse(QStringLiteral("curl -F 'name=\"a b\"' --form-string 'raw=@x' https://h/x"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.request.method, QByteArray("POST"));
        QVERIFY(result.request.body.contains("name=\"name\"\r\n\r\na b\r\n"));
        QVERIFY(result.request.body.contains("name=\"raw\"\r\n\r\n@x\r\n"));
        QVERIFY(!CurlParser::parse(QStringLiteral("curl -F a=1 -d b=2 https://h/x")).ok);
    }

    void jsonOption()
    {
        const CurlParseResult result =
            CurlParser::parse(QStringLiteral("curl --json '{\"a\":1}' https://h/x"));
        QCOMPARE(result.request.method, QByteArray("POST"));
        QCOMPARE(result.request.headers,
                 (HeaderList{{"Content-Type", "application/json"}, {"Accept", "application/json"}}));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QueryList>("query");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("get") << QByteArray("GET") << "/api/templates"
                             << QueryList{{"page", "1"}, {"per_page", "20"}}
                             << HeaderList{{"Accept", "application/json"}} << QByteArray();
        QTest::newRow("awkward")
            << QByteArray("POST") << QString::fromUtf8("/api/f\xC3\xB6lder s")
            << QueryList{{"q", QString::fromUtf8("it's \"x\" & y+z \xE2\x82\xAC")},
                         {"empty", ""},
                         {"k=v", "a=b"}}
            << HeaderList{{"Content-Type", "application/json"},
                          {"X-Quote", "it's \"q\" $HOME `id`"},
                          {"X-Empty", ""}}
            << QByteArray("{\"a\": \"line1\\nline2\",\n\"b\": 'single' \"\xF0\x9F\x98\x80\" \\ $x `y`}");
        QTest::newRow("delete") << QByteArray("DELETE") << "/api/folders/9" << QueryList{} << HeaderList{}
                                << QByteArray();
        QTest::newRow("get with body") << QByteArray("GET") << "/api/x" << QueryList{}
                                       << HeaderList{{"Content-Type", "text/plain"}} << QByteArray("body");
        QTest::newRow("head") << QByteArray("HEAD") << "/api/x" << QueryList{} << HeaderList{}
                              << QByteArray();
        QTest::newRow("form") << QByteArray("POST") << "/oauth/revoke" << QueryList{}
                              << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}}
                              << QByteArray("token=abc%2B1&x=y");
        QTest::newRow("binary body") << QByteArray("PUT") << "/api/blob" << QueryList{}
                                     << HeaderList{{"Content-Type", "application/octet-stream"}}
                                     << QByteArray("\xff\xfe\x01'\n", 5);
    }
    void roundTrip()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QueryList, query);
        QFETCH(HeaderList, headers);
        QFETCH(QByteArray, body);
        ApiRequest request;
        request.method = method;
        request.path = path;
        request.query = query;
        request.headers = headers;
        request.body = body;
        const QString base = QStringLiteral("http://127.0.0.1:8080/base");
        const QString snippet = CodeExporter::curl(request, base, secretsIncluded("tok.en-123"));
        const CurlParseResult parsed = CurlParser::parse(snippet, {base});
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QVERIFY2(parsed.notes.isEmpty(), qPrintable(parsed.notes.join(QLatin1Char('|'))));
        QCOMPARE(parsed.baseUrl, base);
        QCOMPARE(parsed.request.method, method);
        QCOMPARE(parsed.request.path, path);
        QCOMPARE(parsed.request.query, query);
        HeaderList expectedHeaders = headers;
        expectedHeaders.append({QByteArray("Authorization"), QByteArray("Bearer tok.en-123")});
        QCOMPARE(parsed.request.headers, expectedHeaders);
        QCOMPARE(parsed.request.body, body);

        // Without secrets the placeholder comes back literally (never expanded).
        const CurlParseResult redacted = CurlParser::parse(CodeExporter::curl(request, base), {base});
        QVERIFY(redacted.ok);
        QCOMPARE(redacted.request.headers.last(),
                 (QPair<QByteArray, QByteArray>("Authorization", "Bearer $CONNECT_TOKEN")));
    }
    // Random awkward requests: what the exporter writes, the parser reads back exactly.
    void randomRoundTrip()
    {
        QRandomGenerator rng(20261126);
        const QString base = QStringLiteral("http://127.0.0.1:8080/base");
        for (int i = 0; i < 500; ++i) {
            const ApiRequest request = randomRequest(rng);
            const QString snippet = CodeExporter::curl(request, base, secretsIncluded("tok"));
            const CurlParseResult parsed = CurlParser::parse(snippet, {base});
            const QByteArray context = QByteArray::number(i) + ": " + snippet.toUtf8();
            QVERIFY2(parsed.ok, (parsed.error.toUtf8() + " in " + context).constData());
            QVERIFY2(parsed.notes.isEmpty(), context.constData());
            QVERIFY2(parsed.request.method == request.method, context.constData());
            QVERIFY2(parsed.request.path == request.path, context.constData());
            QVERIFY2(parsed.request.query == request.query, context.constData());
            HeaderList expected = request.headers;
            expected.append({QByteArray("Authorization"), QByteArray("Bearer tok")});
            QVERIFY2(parsed.request.headers == expected, context.constData());
            QVERIFY2(parsed.request.body == request.body, context.constData());
        }
    }

    // Whatever is pasted, the parser answers (ok or an error) and never crashes.
    void garbageNeverCrashes()
    {
        QRandomGenerator rng(7);
        static const QString alphabet = QStringLiteral("curl -XHdGu'\"\\$` \n\t@=&?#:/;^{}[]\u00e9ab.x");
        for (int i = 0; i < 3000; ++i) {
            QString text = rng.bounded(2) ? QStringLiteral("curl ") : QString();
            for (int n = int(rng.bounded(40)); n > 0; --n)
                text += alphabet.at(int(rng.bounded(int(alphabet.size()))));
            const CurlParseResult result = CurlParser::parse(text);
            QCOMPARE(result.ok, result.error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCurlParser)
#include "tst_curlparser.moc"
