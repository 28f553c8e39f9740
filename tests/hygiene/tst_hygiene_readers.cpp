// The readers of customer material refuse a request that could not go on the wire as written (a line
// break in a header, a control character in the method or path) early, naming where it is; and they
// read their files bounded, so a huge file or /dev/zero is a clear error, never an abort.
#include "catalog/EndpointCatalog.h"
#include "export/CurlParser.h"
#include "har/HarReader.h"
#include "history/CollectionStore.h"
#include "history/DraftStore.h"
#include "io/BoundedRead.h"
#include "net/RequestHygiene.h"
#include "tour/Tour.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

constexpr char Smuggle[] = "a\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil.example";

QJsonObject harEntry(const QString &url, const QJsonArray &headers,
                     const QString &method = QStringLiteral("GET"))
{
    return QJsonObject{
        {QStringLiteral("startedDateTime"), QStringLiteral("2026-01-01T00:00:00.000Z")},
        {QStringLiteral("time"), 10},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), method},
                                                {QStringLiteral("url"), url},
                                                {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                                                {QStringLiteral("headers"), headers}}},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("status"), 200},
                     {QStringLiteral("statusText"), QStringLiteral("OK")},
                     {QStringLiteral("headers"), QJsonArray{}},
                     {QStringLiteral("content"),
                      QJsonObject{{QStringLiteral("size"), 2},
                                  {QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                  {QStringLiteral("text"), QStringLiteral("{}")}}}}},
    };
}

QJsonObject header(const QString &name, const QString &value)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

QByteArray har(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("log"),
                                      QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                                  {QStringLiteral("entries"), entries}}}})
        .toJson();
}

QByteArray tourWithHeader(const QByteArray &headerJson)
{
    return QByteArray(R"({
  "format": "connect-tour/1",
  "title": "t",
  "steps": [
    {
      "id": "one",
      "title": "One",
      "narration": "n",
      "request": {
        "method": "GET",
        "path": "/api/ok",
        "headers": {
)") + headerJson +
           R"(
        }
      }
    }
  ]
}
)";
}

// A file of `size` bytes that takes no disk space (and none of our memory to refuse).
bool sparseFile(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

} // namespace

class TestHygieneReaders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- cURL ---------------------------------------------------------------------------------------

    void curlRefusesWhatCannotBeSent_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("named"); // every one must be in the error
        QTest::newRow("-H with CRLF")
            << QStringLiteral("curl https://h.example/api/ok -H $'X-Inj: a\\r\\nGET /x'")
            << QStringList{QStringLiteral("-H"), QStringLiteral("X-Inj"), QStringLiteral("line break")};
        QTest::newRow("--header smuggling")
            << QStringLiteral(
                   "curl --header $'X-Inj: a\\r\\n\\r\\nGET /smuggled HTTP/1.1\\r\\nHost: evil.example' "
                   "https://h.example/api/ok")
            << QStringList{QStringLiteral("--header"), QStringLiteral("X-Inj")};
        QTest::newRow("bad header name") << QStringLiteral("curl -H 'X Inj: a' https://h.example/api/ok")
                                         << QStringList{QStringLiteral("-H"), QStringLiteral("X Inj"),
                                                        QStringLiteral("not a valid header name")};
        QTest::newRow("-A with LF") << QStringLiteral("curl -A $'agent\\nX-Evil: 1' https://h.example/")
                                    << QStringList{QStringLiteral("-A"), QStringLiteral("User-Agent")};
        QTest::newRow("cookie with NUL") << QStringLiteral("curl -b $'a=b\\x01' https://h.example/")
                                         << QStringList{QStringLiteral("-b"), QStringLiteral("Cookie")};
        QTest::newRow("-X with CRLF")
            << QStringLiteral("curl -X $'GET /x HTTP/1.1\\r\\nX:' https://h.example/")
            << QStringList{QStringLiteral("-X"), QStringLiteral("method")};
        QTest::newRow("-X not a token") << QStringLiteral("curl --request 'GE T' https://h.example/")
                                        << QStringList{QStringLiteral("--request"), QStringLiteral("method")};
        QTest::newRow("URL with encoded CRLF")
            << QStringLiteral("curl 'https://h.example/api/a%0d%0aGET%20/x'")
            << QStringList{QStringLiteral("URL"), QStringLiteral("path")};
    }
    void curlRefusesWhatCannotBeSent()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, named);
        const CurlParseResult result = CurlParser::parse(command);
        QVERIFY2(!result.ok, "the command was accepted");
        for (const QString &name : named)
            QVERIFY2(result.error.contains(name), qPrintable(result.error));
        for (const QChar c : result.error)
            QVERIFY2(c.unicode() >= 0x20, "a control character in the message");
    }

    void curlStillReadsOrdinaryCommands()
    {
        const CurlParseResult result =
            CurlParser::parse(QStringLiteral("curl -X POST 'https://h.example/api/x?a=1' \\\n  -H 'Accept: "
                                             "application/json' \\\n  -A 'agent/1' "
                                             "-H $'X-Tab: a\\tb' -u user:pass -d '{\"a\":1}'"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!RequestHygiene::check(result.request));
        QCOMPARE(result.request.method, QByteArray("POST"));
    }

    // --- tour ---------------------------------------------------------------------------------------

    void tourRefusesTheFileNamingLineAndField_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("smuggling value")
            << QByteArray(R"(          "X-Inj": "a\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil.example")")
            << QStringLiteral("steps[0].request.headers.X-Inj") << QStringLiteral("not a valid header value");
        QTest::newRow("LF value") << QByteArray(R"(          "Accept": "application/json",
          "X-Inj": "a\nb")") << QStringLiteral("steps[0].request.headers.X-Inj")
                                  << QStringLiteral("line break");
        QTest::newRow("name with space")
            << QByteArray(R"(          "X Inj": "a")") << QStringLiteral("steps[0].request.headers.X Inj")
            << QStringLiteral("not a valid header name");
        QTest::newRow("name with CRLF") << QByteArray(R"(          "X-A\r\nX-B": "a")")
                                        << QStringLiteral("steps[0].request.headers.X-A??X-B")
                                        << QStringLiteral("not a valid header name");
    }
    void tourRefusesTheFileNamingLineAndField()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const QByteArray text = tourWithHeader(headers);
        const QByteArray lastHeaderLine = headers.mid(headers.lastIndexOf('\n') + 1).trimmed();
        const int line = int(text.left(text.indexOf(lastHeaderLine)).count('\n')) + 1;
        TourError error;
        QVERIFY(!TourLoader::fromJson(text, &error));
        QCOMPARE(error.field, field);
        QCOMPARE(error.line, line);
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        QVERIFY2(error.toString().startsWith(QStringLiteral("line %1: %2").arg(line).arg(field)),
                 qPrintable(error.toString()));
    }

    void tourRefusesControlCharactersInThePath()
    {
        TourError error;
        QByteArray text = tourWithHeader(R"(          "Accept": "application/json")");
        text.replace(R"("path": "/api/ok")", R"("path": "/api/ok\r\nX: y")");
        QVERIFY(!TourLoader::fromJson(text, &error));
        QCOMPARE(error.field, QStringLiteral("steps[0].request.path"));

        // A query value is percent-encoded when sent: a line break in it is data, not a new line.
        text = tourWithHeader(R"(          "Accept": "application/json")");
        text.replace(R"("path": "/api/ok",)", R"("path": "/api/ok", "query": {"q": "a\nb"},)");
        QVERIFY2(TourLoader::fromJson(text, &error), qPrintable(error.toString()));
    }

    void tourFileIsBounded()
    {
        TourError error;
#ifdef Q_OS_UNIX
        QVERIFY(!TourLoader::fromFile(QStringLiteral("/dev/zero"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("4 MiB")), qPrintable(error.message));
#endif
        const QString big = m_dir.filePath(QStringLiteral("big-tour.json"));
        QVERIFY(sparseFile(big, BoundedRead::MaxTour + 1));
        QVERIFY(!TourLoader::fromFile(big, &error));
        QVERIFY2(error.message.contains(QStringLiteral("4 MiB")), qPrintable(error.message));
        // The built-in tours still load through the same bounded reader.
        QVERIFY2(TourLoader::load(QStringLiteral("builtin:") + TourLoader::builtinNames().value(0), &error),
                 qPrintable(error.toString()));
    }

    // --- HAR ----------------------------------------------------------------------------------------

    void harEntryWithABadHeaderIsRefusedNamingIt()
    {
        const QJsonArray entries{
            harEntry(QStringLiteral("https://h.example/api/good"),
                     {header(QStringLiteral("Accept"), QStringLiteral("*/*"))}),
            harEntry(QStringLiteral("https://h.example/api/bad"),
                     {header(QStringLiteral("Accept"), QStringLiteral("*/*")),
                      header(QStringLiteral("X-Inj"), QString::fromLatin1(Smuggle))}),
            harEntry(QStringLiteral("https://h.example/api/name"),
                     {header(QStringLiteral("X Inj"), QStringLiteral("a"))}),
            harEntry(QStringLiteral("https://h.example/api/method"), {}, QStringLiteral("GET /x")),
        };
        QString error;
        const auto log = HarReader::read(har(entries), &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->entries.size(), 1);
        QCOMPARE(log->entries.first().url.path(), QStringLiteral("/api/good"));
        QCOMPARE(log->warnings.size(), 3);
        QVERIFY2(log->warnings.at(0).contains(QStringLiteral("entry 1: request.headers[1].value")),
                 qPrintable(log->warnings.at(0)));
        QVERIFY2(log->warnings.at(1).contains(QStringLiteral("entry 2: request.headers[0].name")),
                 qPrintable(log->warnings.at(1)));
        QVERIFY2(log->warnings.at(2).contains(QStringLiteral("entry 3: request.method")),
                 qPrintable(log->warnings.at(2)));
        // What is left can be replayed as written.
        for (const HarEntry &entry : log->entries)
            QVERIFY(!RequestHygiene::check(entry.requestForReplay()));
    }

    void harWithOnlyBadEntriesIsNotAHar()
    {
        QString error;
        QVERIFY(
            !HarReader::read(har({harEntry(QStringLiteral("https://h.example/api/bad"),
                                           {header(QStringLiteral("X-Inj"), QString::fromLatin1(Smuggle))})}),
                             &error));
        QVERIFY2(error.contains(QStringLiteral("entry 0: request.headers[0].value")), qPrintable(error));
    }

    void harFileIsBounded()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.har"));
        QVERIFY(sparseFile(big, BoundedRead::MaxHar + 1));
        QString error;
        QVERIFY(!HarReader::readFile(big, &error));
        QVERIFY2(error.contains(QStringLiteral("512 MiB")), qPrintable(error));
    }

    // --- collections and drafts ---------------------------------------------------------------------

    void collectionKeepsTheFileButReportsTheRequest()
    {
        const QString path = m_dir.filePath(QStringLiteral("collections.json"));
        {
            CollectionStore store(path);
            QVERIFY(store.load());
            ApiRequest good;
            good.path = QStringLiteral("/api/good");
            store.save(QStringLiteral("good"), QStringLiteral("f"), good);
            ApiRequest bad;
            bad.path = QStringLiteral("/api/bad");
            bad.headers = {{"X-Inj", Smuggle}};
            store.save(QStringLiteral("bad"), QStringLiteral("f"), bad);
            QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        }
        CollectionStore store(path);
        QVERIFY(store.load());
        QCOMPARE(store.requests().size(), 2);
        QVERIFY(store.corruptFile().isEmpty());
        QCOMPARE(store.problems().size(), 1);
        const QString problem = store.problems().first();
        QVERIFY2(problem.contains(QStringLiteral("\"bad\"")) && problem.contains(QStringLiteral("X-Inj")) &&
                     problem.contains(QStringLiteral("line break")),
                 qPrintable(problem));
    }

    void collectionFileIsBounded()
    {
        const QString path = m_dir.filePath(QStringLiteral("big-collections.json"));
        QVERIFY(sparseFile(path, BoundedRead::MaxCollection + 1));
        CollectionStore store(path);
        QVERIFY(!store.load());
        QVERIFY2(store.lastError().contains(QStringLiteral("64 MiB")), qPrintable(store.lastError()));
        // Set aside, so the next save cannot overwrite whatever it is.
        QCOMPARE(store.corruptFile(), path + QStringLiteral(".corrupt"));
        QVERIFY(QFile::exists(store.corruptFile()));
    }

    // A draft is what the user typed: it loads as written (the editor marks the row), and the request
    // it holds is one RequestHygiene (and so ApiClient) refuses.
    void draftHoldingABadHeaderLoadsAndIsRefused()
    {
        DraftStore drafts(m_dir.filePath(QStringLiteral("drafts")));
        Draft draft;
        draft.tabId = QStringLiteral("tab-1");
        draft.title = QStringLiteral("t");
        draft.request.path = QStringLiteral("/api/ok");
        draft.request.headers = {{"X-Inj", Smuggle}};
        QVERIFY2(drafts.save(draft), qPrintable(drafts.lastError()));
        const auto loaded = drafts.load(QStringLiteral("tab-1"));
        QVERIFY(loaded);
        QCOMPARE(loaded->request.headers.value(0).second, QByteArray(Smuggle));
        const auto problem = RequestHygiene::check(loaded->requestToSend());
        QVERIFY(problem);
        QCOMPARE(problem->name, QByteArray("X-Inj"));
    }

    // --- OpenAPI ------------------------------------------------------------------------------------

    void openApiDocumentIsBounded()
    {
        const QString big = m_dir.filePath(QStringLiteral("big-openapi.json"));
        QVERIFY(sparseFile(big, BoundedRead::MaxOpenApi + 1));
        QString error;
        QVERIFY(!EndpointCatalog::fromFile(big, &error));
        QVERIFY2(error.contains(QStringLiteral("64 MiB")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHygieneReaders)
#include "tst_hygiene_readers.moc"
