// HAR 1.2: reading a customer's Chrome export (har/chrome-connect.har: HTTP/2 pseudo-headers, cookies, a
// base64 body, a blocked request, non-Connect noise, the customer's token and secret) and writing our own
// requests as HAR, redacted. The customer's token must never be reused and never survive an export.
// Replay fidelity and the portable form against HAR files nobody here wrote (har/README.md): Chrome
// DevTools, Firefox, Charles, Insomnia (mitmproxy's test data) and chrome-har-capturer (haralyzer's),
// whose queryString names are decoded while the URL keeps them encoded.
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "har/HarPortable.h"
#include "har/HarReader.h"
#include "har/HarWriter.h"
#include "history/HistoryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

const char CustomerToken[] =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjdXN0b21lci1jbGllbnQifQ.Q3VzdG9tZXJUb2tlbkNhbmFyeTQy";
const char CustomerSecret[] = "cust-secret-4b7d2f9e";
const char SessionCookie[] = "abc123sessioncookie";

QByteArray fixture()
{
    QFile file(QFINDTESTDATA("har/chrome-connect.har"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("har/chrome-connect.har is missing");
    return file.readAll();
}

QByteArray readFixture(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("har/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("har/%s is missing", qPrintable(name));
    return file.readAll();
}

// Every HAR file of har/ written by a tool nobody here wrote, and chrome-connect.har.
QStringList fixtureNames()
{
    return {QStringLiteral("chrome-connect.har"),
            QStringLiteral("mitmproxy-chrome.har"),
            QStringLiteral("mitmproxy-firefox.har"),
            QStringLiteral("mitmproxy-charles.har"),
            QStringLiteral("mitmproxy-postdata.har"),
            QStringLiteral("mitmproxy-insomnia.har"),
            QStringLiteral("haralyzer-cnn-chrome-capturer.har")};
}

// The path and query of an absolute URL as written, computed here independently of the reader.
QString requestTarget(const QString &url)
{
    QString text = url.section(QLatin1Char('#'), 0, 0);
    const qsizetype authority = text.indexOf(QLatin1String("://")) + 3;
    qsizetype slash = text.indexOf(QLatin1Char('/'), authority);
    const qsizetype question = text.indexOf(QLatin1Char('?'), authority);
    if (slash < 0 || (question >= 0 && question < slash))
        return QLatin1Char('/') + (question >= 0 ? text.mid(question) : QString());
    return text.mid(slash);
}

QByteArray oneEntryHar(const QJsonObject &request)
{
    const QJsonObject entry{{QStringLiteral("startedDateTime"), QStringLiteral("2026-12-01T10:00:00.000Z")},
                            {QStringLiteral("time"), 1},
                            {QStringLiteral("request"), request},
                            {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), 200}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("log"),
                                      QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                                  {QStringLiteral("entries"), QJsonArray{entry}}}}})
        .toJson();
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool mentions(const ApiRequest &request, const QByteArray &secret)
{
    for (const auto &[name, value] : request.headers) {
        if (value.contains(secret))
            return true;
    }
    for (const auto &[name, value] : request.query) {
        if (value.toUtf8().contains(secret))
            return true;
    }
    return request.body.contains(secret) || request.path.toUtf8().contains(secret);
}

} // namespace

class TestHar : public QObject
{
    Q_OBJECT

private slots:
    void readsAChromeExport()
    {
        QString error;
        const auto log = HarReader::read(fixture(), &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->version, QStringLiteral("1.2"));
        QCOMPARE(log->creatorName, QStringLiteral("WebInspector"));
        QCOMPARE(log->entries.size(), 7);
        QVERIFY(log->warnings.isEmpty());

        const HarEntry &templates = log->entries.at(1);
        QCOMPARE(templates.method, QByteArray("GET"));
        QCOMPARE(templates.url.host(), QStringLiteral("oauth.cliquify.me"));
        QCOMPARE(templates.path(), QStringLiteral("/api/templates"));
        QCOMPARE(templates.query.size(), 2);
        QCOMPARE(templates.query.at(1), qMakePair(QStringLiteral("per_page"), QStringLiteral("20")));
        QCOMPARE(templates.status, 200);
        QVERIFY(templates.responseBody.contains("Spring flyer"));
        QCOMPARE(templates.startedDateTime,
                 QDateTime::fromString(QStringLiteral("2026-11-25T14:03:11.020Z"), Qt::ISODateWithMs));
        QCOMPARE(templates.timings.wait, 80.5);
        QCOMPARE(templates.timings.dns, -1.0);
        QCOMPARE(templates.serverIp, QStringLiteral("104.21.32.1"));
        // HTTP/2 pseudo-headers are the request line, not headers.
        for (const auto &[name, value] : templates.requestHeaders)
            QVERIFY2(!name.startsWith(':'), name.constData());
        QCOMPARE(headerValue(templates.responseHeaders, "x-ratelimit-remaining"), QByteArray("57"));

        const HarEntry &token = log->entries.at(0);
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.requestMimeType, QByteArray("application/json"));
        QVERIFY(token.requestBody.contains("client_secret"));
    }

    void decodesBase64BodiesAndDecidesErrors()
    {
        QString error;
        const auto log = HarReader::read(fixture(), &error);
        QVERIFY(log);
        const HarEntry &assets = log->entries.at(2);
        QCOMPARE(assets.status, 403);
        QVERIFY(assets.responseBody.startsWith("{\"code\": \"missing_scope\""));
        const ApiError apiError = ApiError::fromResponse(assets.toResponse());
        QCOMPARE(apiError.code, QStringLiteral("missing_scope"));
        QCOMPARE(ErrorCatalog::decide(apiError).action, ErrorAction::Permission);

        const HarEntry &missingBody = log->entries.at(5);
        QCOMPARE(missingBody.status, 404);
        QVERIFY(missingBody.responseBodyMissing);
        QCOMPARE(ErrorCatalog::decide(ApiError::fromResponse(missingBody.toResponse())).action,
                 ErrorAction::NotFound);

        const HarEntry &blocked = log->entries.at(6);
        QCOMPARE(blocked.status, 0);
        QCOMPARE(ErrorCatalog::decide(ApiError::fromResponse(blocked.toResponse())).action,
                 ErrorAction::Network);
    }

    void picksTheConnectCalls()
    {
        QString error;
        const auto log = HarReader::read(fixture(), &error);
        QVERIFY(log);
        const QList<HarEntry> byPath = HarReader::connectCalls(log->entries);
        QCOMPARE(byPath.size(), 5); // token, templates, assets, assets/999, brandkit; not the JS or the font
        for (const HarEntry &entry : byPath)
            QCOMPARE(entry.url.host(), QStringLiteral("oauth.cliquify.me"));
        QCOMPARE(
            HarReader::connectCalls(log->entries, QUrl(QStringLiteral("https://oauth.cliquify.me"))).size(),
            5);
        QCOMPARE(HarReader::connectCalls(log->entries, QUrl(QStringLiteral("http://127.0.0.1:8787"))).size(),
                 0);
        QCOMPARE(HarReader::connectCalls(log->entries, QUrl(QStringLiteral("https://app.customer.example")))
                     .size(),
                 1);
    }

    void replayNeverCarriesTheCustomersCredentials()
    {
        QString error;
        const auto log = HarReader::read(fixture(), &error);
        QVERIFY(log);
        for (const HarEntry &entry : HarReader::connectCalls(log->entries)) {
            const ApiRequest request = entry.requestForReplay();
            QVERIFY2(!mentions(request, CustomerToken), qPrintable(entry.url.toString()));
            QVERIFY2(!mentions(request, CustomerSecret), qPrintable(entry.url.toString()));
            QVERIFY2(!mentions(request, SessionCookie), qPrintable(entry.url.toString()));
            QVERIFY(headerValue(request.headers, "Authorization").isEmpty());
            QVERIFY(headerValue(request.headers, "Cookie").isEmpty());
            QCOMPARE(request.method, entry.method);
            QVERIFY(request.path.startsWith(entry.path()));
        }
        const ApiRequest templates = log->entries.at(1).requestForReplay();
        QVERIFY(templates.authenticated); // the current profile's token is added on send
        QCOMPARE(templates.path, QStringLiteral("/api/templates?page=1&per_page=20"));
        QVERIFY(templates.query.isEmpty());
        // The customer's access_token in the URL is masked, the rest of the query kept as written.
        QCOMPARE(log->entries.at(5).requestForReplay().path,
                 QStringLiteral("/api/assets/999?access_token=[redacted]"));
        QCOMPARE(headerValue(templates.headers, "accept"), QByteArray("application/json"));
        const ApiRequest token = log->entries.at(0).requestForReplay();
        QVERIFY(!token.authenticated);
        QVERIFY(token.body.contains("[redacted]"));
        QVERIFY(token.body.contains("customer-client"));
    }

    void exportsRedactedHar()
    {
        Redactor redactor;
        redactor.addSecret(QString::fromLatin1(CustomerToken));
        redactor.addSecret(QString::fromLatin1(CustomerSecret));
        HarWriter writer(redactor);

        ApiRequest tokenRequest;
        tokenRequest.method = "POST";
        tokenRequest.path = QStringLiteral("/oauth/access-token");
        tokenRequest.authenticated = false;
        tokenRequest.headers = {{"Content-Type", "application/json"}};
        tokenRequest.body =
            QByteArray(R"({"client_id":"customer-client","client_secret":")") + CustomerSecret + "\"}";
        ApiResponse tokenResponse;
        tokenResponse.status = 200;
        tokenResponse.reason = "OK";
        tokenResponse.headers = {{"Content-Type", "application/json"}};
        tokenResponse.body =
            QByteArray(
                R"({"success":true,"token":{"token_type":"Bearer","expires_in":3600,"access_token":")") +
            CustomerToken + "\"}}";
        tokenResponse.elapsedMs = 42;
        const QUrl base(QStringLiteral("https://oauth.cliquify.me"));
        writer.addExchange(base, tokenRequest, tokenResponse);

        ApiRequest list;
        list.path = QStringLiteral("/api/templates");
        list.query = {{QStringLiteral("page"), QStringLiteral("1")}};
        list.headers = {{"Authorization", QByteArray("Bearer ") + CustomerToken},
                        {"Cookie", QByteArray("sid=") + SessionCookie}};
        ApiResponse error;
        error.status = 500;
        error.reason = "Internal Server Error";
        error.headers = {{"Content-Type", "application/json"}, {"Set-Cookie", "sid=zzz; Path=/"}};
        error.body =
            QByteArray(R"({"code":"internal_error","message":"failed for Bearer )") + CustomerToken + "\"}";
        writer.addExchange(base, list, error);
        QCOMPARE(writer.count(), 2);

        const QByteArray har = writer.toHar();
        QVERIFY2(!har.contains(CustomerToken), har.constData());
        QVERIFY(!har.contains(CustomerSecret));
        QVERIFY(!har.contains(SessionCookie));
        QVERIFY(har.contains("Bearer [redacted]"));

        // What we write, we (and browsers' importers) read back as HAR 1.2.
        QString readError;
        const auto log = HarReader::read(har, &readError);
        QVERIFY2(log, qPrintable(readError));
        QCOMPARE(log->version, QStringLiteral("1.2"));
        QCOMPARE(log->entries.size(), 2);
        QCOMPARE(log->entries.at(1).url.toString(),
                 QStringLiteral("https://oauth.cliquify.me/api/templates?page=1"));
        QCOMPARE(log->entries.at(1).status, 500);
        QCOMPARE(ApiError::fromResponse(log->entries.at(1).toResponse()).code,
                 QStringLiteral("internal_error"));
        QCOMPARE(log->entries.at(0).method, QByteArray("POST"));
        const QJsonObject root =
            QJsonDocument::fromJson(har).object().value(QStringLiteral("log")).toObject();
        for (const char *key : {"version", "creator", "entries"})
            QVERIFY(root.contains(QLatin1String(key)));
        const QJsonObject entry = root.value(QStringLiteral("entries")).toArray().at(0).toObject();
        for (const char *key : {"startedDateTime", "time", "request", "response", "cache", "timings"})
            QVERIFY2(entry.contains(QLatin1String(key)), key);
    }

    void exportsHistoryEntries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HistoryStore store(dir.filePath(QStringLiteral("history.jsonl")));
        store.redactor().addSecret(QString::fromLatin1(CustomerToken));
        ApiRequest request;
        request.path = QStringLiteral("/api/assets/7");
        request.headers = {{"Authorization", QByteArray("Bearer ") + CustomerToken}};
        ApiResponse response;
        response.status = 404;
        response.elapsedMs = 12;
        response.body = R"({"code":"asset_not_found","message":"No asset 7."})";
        store.record(request, QStringLiteral("https://oauth.cliquify.me"), response,
                     QStringLiteral("asset_not_found"));

        Redactor redactor;
        redactor.addSecret(QString::fromLatin1(CustomerToken));
        HarWriter writer(redactor);
        for (const HistoryEntry &entry : store.entries())
            writer.addHistoryEntry(entry);
        const QByteArray har = writer.toHar();
        QVERIFY(!har.contains(CustomerToken));
        QVERIFY(har.contains("asset_not_found"));
        const QString file = dir.filePath(QStringLiteral("history.har"));
        QString error;
        QVERIFY2(writer.writeFile(file, &error), qPrintable(error));
        const auto log = HarReader::readFile(file, &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->entries.size(), 1);
        QCOMPARE(log->entries.first().status, 404);
        QCOMPARE(log->entries.first().path(), QStringLiteral("/api/assets/7"));
    }

    // Replay sends what the browser sent: for every entry of every real HAR, the request line's target
    // is request.url's path and query, byte for byte, and requestUrl() keeps it so.
    void replayTargetIsTheUrlAsWritten_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : fixtureNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void replayTargetIsTheUrlAsWritten()
    {
        QFETCH(QString, name);
        QString error;
        const auto log = HarReader::read(readFixture(name), &error);
        QVERIFY2(log, qPrintable(error));
        QVERIFY(!log->entries.isEmpty());
        for (const HarEntry &entry : log->entries) {
            QCOMPARE(entry.target, requestTarget(entry.urlText));
            QVERIFY2(entry.notes.isEmpty(), qPrintable(entry.notes.join(QLatin1Char('\n'))));
            const ApiRequest request = entry.requestForReplay(QUrl(entry.origin()), true);
            QVERIFY(!request.authenticated);
            QCOMPARE(request.path, Redactor::redactUrl(entry.target));
            const QUrl sent = requestUrl(QUrl(entry.origin()), request);
            QVERIFY2(!sent.toString(QUrl::FullyEncoded).contains(QLatin1String("%25")) ||
                         entry.urlText.contains(QLatin1String("%25")),
                     qPrintable(entry.urlText));
        }
    }

    // Chrome writes queryString values still percent-encoded ("a%20b"); the URL is what is sent, so the
    // value is never encoded a second time ("a%2520b").
    void chromeEncodedValuesAreNotEncodedTwice()
    {
        const QJsonObject request{
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"),
             QStringLiteral("https://oauth.cliquify.me/api/templates?q=a%20b&tag=x%2Fy")},
            {QStringLiteral("queryString"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("q")},
                                    {QStringLiteral("value"), QStringLiteral("a%20b")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("tag")},
                                    {QStringLiteral("value"), QStringLiteral("x%2Fy")}}}}};
        QString error;
        const auto log = HarReader::read(oneEntryHar(request), &error);
        QVERIFY2(log, qPrintable(error));
        const HarEntry &entry = log->entries.first();
        QCOMPARE(entry.target, QStringLiteral("/api/templates?q=a%20b&tag=x%2Fy"));
        QCOMPARE(entry.query.at(0), qMakePair(QStringLiteral("q"), QStringLiteral("a b")));
        const QByteArray sent = requestUrl(HarReader::defaultBaseUrl(), entry.requestForReplay()).toEncoded();
        QCOMPARE(sent, QByteArray("https://oauth.cliquify.me/api/templates?q=a%20b&tag=x%2Fy"));
    }

    // chrome-har-capturer (like WebPagetest) decodes the queryString names: "et:ibs|data:dpid" for the
    // URL's "et:ibs%7cdata:dpid", " Video News" for "%20Video%20News". The URL's own names are kept.
    void decodedQueryStringNamesDoNotReplaceTheUrls()
    {
        QString error;
        const auto log =
            HarReader::read(readFixture(QStringLiteral("haralyzer-cnn-chrome-capturer.har")), &error);
        QVERIFY2(log, qPrintable(error));
        int differing = 0;
        const QJsonArray raw =
            QJsonDocument::fromJson(readFixture(QStringLiteral("haralyzer-cnn-chrome-capturer.har")))
                .object()
                .value(QStringLiteral("log"))
                .toObject()
                .value(QStringLiteral("entries"))
                .toArray();
        for (const HarEntry &entry : log->entries) {
            const QJsonArray queryString = raw.at(entry.index)
                                               .toObject()
                                               .value(QStringLiteral("request"))
                                               .toObject()
                                               .value(QStringLiteral("queryString"))
                                               .toArray();
            for (const QJsonValue &pair : queryString) {
                const QString name = pair.toObject().value(QStringLiteral("name")).toString();
                if (!name.isEmpty() && !entry.urlText.contains(name + QLatin1Char('=')) &&
                    !entry.urlText.contains(QLatin1Char('?') + name) &&
                    !entry.urlText.contains(QLatin1Char('&') + name)) {
                    ++differing;
                    QVERIFY2(!entry.target.contains(QString::fromLatin1(QUrl::toPercentEncoding(name))) ||
                                 entry.urlText.contains(QString::fromLatin1(QUrl::toPercentEncoding(name))),
                             qPrintable(name));
                }
            }
            QCOMPARE(entry.target, requestTarget(entry.urlText));
        }
        QVERIFY2(differing >= 3, "the fixture's decoded queryString names are missing");
    }

    // A HAR written by hand or by a snippet generator names query pairs only in queryString: those the
    // URL lacks are added (encoded once), those it has are not repeated.
    void queryStringFillsWhatTheUrlLacks()
    {
        const auto pair = [](const char *name, const char *value) {
            return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("value"), QLatin1String(value)}};
        };
        const QJsonObject request{
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QStringLiteral("https://oauth.cliquify.me/api/assets?key=value")},
            {QStringLiteral("queryString"),
             QJsonArray{pair("foo", "bar"), pair("foo", "baz"), pair("baz", "a b&c"), pair("key", "value")}}};
        QString error;
        const auto log = HarReader::read(oneEntryHar(request), &error);
        QVERIFY2(log, qPrintable(error));
        const HarEntry &entry = log->entries.first();
        QCOMPARE(entry.target, QStringLiteral("/api/assets?key=value&foo=bar&foo=baz&baz=a%20b%26c"));
        QCOMPARE(entry.notes.size(), 1);
        QVERIFY(entry.notes.first().contains(QStringLiteral("foo, baz")));
        // No query in the URL at all: queryString is the query.
        QJsonObject bare = request;
        bare.insert(QStringLiteral("url"), QStringLiteral("https://oauth.cliquify.me/api/assets"));
        const auto second = HarReader::read(oneEntryHar(bare), &error);
        QVERIFY(second);
        QCOMPARE(second->entries.first().target,
                 QStringLiteral("/api/assets?foo=bar&foo=baz&baz=a%20b%26c&key=value"));
        // Charles writes "?=" with one empty pair: nothing is added to it.
        const auto charles = HarReader::read(readFixture(QStringLiteral("mitmproxy-charles.har")), &error);
        QVERIFY(charles);
        QCOMPARE(charles->entries.first().target, QStringLiteral("/?="));
    }

    // A lone '%' in the URL would make Qt read every escape as text; only it is written %25.
    void aLonePercentDoesNotDoubleEncodeTheRest()
    {
        const QJsonObject request{
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QStringLiteral("https://oauth.cliquify.me/api/x?q=a%20b&off=50%&z=%7e")}};
        QString error;
        const auto log = HarReader::read(oneEntryHar(request), &error);
        QVERIFY2(log, qPrintable(error));
        const HarEntry &entry = log->entries.first();
        QCOMPARE(entry.target, QStringLiteral("/api/x?q=a%20b&off=50%25&z=%7e"));
        QCOMPARE(entry.notes.size(), 1);
        const QByteArray sent = requestUrl(HarReader::defaultBaseUrl(), entry.requestForReplay()).toEncoded();
        QVERIFY2(sent.contains("q=a%20b&off=50%25"), sent.constData());
    }

    // Connect calls are those on the profile's origin; a tracker's /api/ path or its OPTIONS preflight is
    // not one, whatever its path.
    void connectCallsAreThoseOnTheProfilesOrigin()
    {
        QString error;
        const auto log =
            HarReader::read(readFixture(QStringLiteral("haralyzer-cnn-chrome-capturer.har")), &error);
        QVERIFY2(log, qPrintable(error));
        const QUrl edition(QStringLiteral("http://edition.cnn.com"));
        int trackerApi = 0;
        int preflights = 0;
        for (const HarEntry &entry : log->entries) {
            const bool onEdition = entry.url.host() == QLatin1String("edition.cnn.com");
            QCOMPARE(HarReader::isConnectCall(entry, edition), onEdition);
            QCOMPARE(HarReader::whyNotConnect(entry, edition).isEmpty(), onEdition);
            if (entry.path().contains(QLatin1String("/api/"))) {
                ++trackerApi;
                QVERIFY(!HarReader::isConnectCall(entry, edition));
                QVERIFY(HarReader::whyNotConnect(entry, edition).contains(entry.origin()));
            }
            if (entry.method == "OPTIONS") {
                ++preflights;
                QVERIFY(!HarReader::isConnectCall(entry, edition));
            }
            // Without a profile: the Connect API's own origin, which none of these is.
            QVERIFY(!HarReader::isConnectCall(entry));
        }
        QVERIFY(trackerApi >= 2);
        QCOMPARE(preflights, 1);
        QVERIFY(HarReader::connectCalls(log->entries, edition).size() >= 3);
        // A base path: only the calls below it.
        QCOMPARE(
            HarReader::connectCalls(log->entries, QUrl(QStringLiteral("http://edition.cnn.com/nothing-here")))
                .size(),
            0);
    }

    // postData.text is sent exactly; params only when there is no text, encoded as a browser's form
    // encoder would; a value that is not a string (an object) is sent as its JSON text, with a note.
    void postDataTextAndParamsExactly()
    {
        QString error;
        const QByteArray raw = readFixture(QStringLiteral("mitmproxy-postdata.har"));
        const auto log = HarReader::read(raw, &error);
        QVERIFY2(log, qPrintable(error));
        const QString text =
            QJsonDocument::fromJson(raw)[QStringLiteral("log")][QStringLiteral("entries")][qsizetype(
                0)][QStringLiteral("request")][QStringLiteral("postData")][QStringLiteral("text")]
                .toString();
        QCOMPARE(log->entries.first().requestBody, text.toUtf8());
        QCOMPARE(log->entries.first().requestForReplay().body, text.toUtf8());

        const QJsonObject form{
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("url"), QStringLiteral("https://oauth.cliquify.me/api/x")},
            {QStringLiteral("postData"),
             QJsonObject{
                 {QStringLiteral("mimeType"), QStringLiteral("application/x-www-form-urlencoded")},
                 {QStringLiteral("params"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("filter")},
                                         {QStringLiteral("value"), QJsonObject{{QStringLiteral("a"), 1}}}},
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("b c")},
                                         {QStringLiteral("value"), QStringLiteral("d&e=\u00e9~")}},
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("n")},
                                         {QStringLiteral("value"), 2.5}}}}}}};
        const auto formLog = HarReader::read(oneEntryHar(form), &error);
        QVERIFY2(formLog, qPrintable(error));
        const HarEntry &entry = formLog->entries.first();
        QCOMPARE(entry.requestBody, QByteArray("filter=%7B%22a%22%3A1%7D&b+c=d%26e%3D%C3%A9%7E&n=2.5"));
        QCOMPARE(entry.notes.size(), 2);
        QVERIFY(entry.notes.first().contains(QStringLiteral("params[0]")));

        QJsonObject multipart = form;
        multipart.insert(
            QStringLiteral("postData"),
            QJsonObject{
                {QStringLiteral("mimeType"), QStringLiteral("multipart/form-data; boundary=XyZ")},
                {QStringLiteral("params"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("title")},
                                        {QStringLiteral("value"), QStringLiteral("Hi")}},
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("file")},
                                        {QStringLiteral("value"), QStringLiteral("abc")},
                                        {QStringLiteral("fileName"), QStringLiteral("a.txt")},
                                        {QStringLiteral("contentType"), QStringLiteral("text/plain")}}}}});
        const auto multipartLog = HarReader::read(oneEntryHar(multipart), &error);
        QVERIFY2(multipartLog, qPrintable(error));
        QCOMPARE(multipartLog->entries.first().requestBody,
                 QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHi\r\n"
                            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                            "Content-Type: text/plain\r\n\r\nabc\r\n--XyZ--\r\n"));
        // Insomnia's export: empty text and empty params, an empty body.
        const auto insomnia = HarReader::read(readFixture(QStringLiteral("mitmproxy-insomnia.har")), &error);
        QVERIFY(insomnia);
        QVERIFY(insomnia->entries.first().requestBody.isEmpty());
    }

    // The converter's HAR side: one request per entry, url exactly request.url, headers as the file has
    // them, the body exactly; third-party entries noted when a profile base URL is given.
    void portableReadsEveryEntry_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : fixtureNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void portableReadsEveryEntry()
    {
        QFETCH(QString, name);
        const QByteArray raw = readFixture(name);
        const PortableReadResult result = HarPortable::read(raw, QStringLiteral("https://oauth.cliquify.me"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QString error;
        const auto log = HarReader::read(raw, &error);
        QVERIFY(log);
        QCOMPARE(result.set.requests.size(), log->entries.size());
        const QJsonArray entries = QJsonDocument::fromJson(raw)
                                       .object()[QStringLiteral("log")]
                                       .toObject()[QStringLiteral("entries")]
                                       .toArray();
        for (int i = 0; i < result.set.requests.size(); ++i) {
            const PortableRequest &request = result.set.requests.at(i);
            const HarEntry &entry = log->entries.at(i);
            const QJsonObject rawRequest =
                entries.at(entry.index).toObject()[QStringLiteral("request")].toObject();
            QCOMPARE(request.url, rawRequest[QStringLiteral("url")].toString());
            QCOMPARE(request.method, rawRequest[QStringLiteral("method")].toString().toLatin1());
            QCOMPARE(request.name, QString::fromLatin1(request.method) + QLatin1Char(' ') +
                                       requestTarget(request.url).section(QLatin1Char('?'), 0, 0));
            QCOMPARE(request.headers, entry.requestHeaders);
            if (rawRequest[QStringLiteral("postData")].toObject().contains(QStringLiteral("text")))
                QCOMPARE(request.body, rawRequest[QStringLiteral("postData")]
                                           .toObject()[QStringLiteral("text")]
                                           .toString()
                                           .toUtf8());
            const bool connect = entry.url.host() == QLatin1String("oauth.cliquify.me");
            QCOMPARE(request.notes.isEmpty(), connect);
        }
    }

    // HAR -> PortableSet -> HAR -> PortableSet: the same requests (method, url, headers, body).
    void portableRoundTrip_data() { portableReadsEveryEntry_data(); }
    void portableRoundTrip()
    {
        QFETCH(QString, name);
        const PortableReadResult first = HarPortable::read(readFixture(name), QString());
        QVERIFY2(first.ok, qPrintable(first.error));
        QStringList notes;
        const QByteArray written = HarPortable::write(first.set, true, &notes);
        const PortableReadResult second = HarPortable::read(written, QString());
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.set.requests.size(), first.set.requests.size());
        for (int i = 0; i < first.set.requests.size(); ++i) {
            const PortableRequest &a = first.set.requests.at(i);
            const PortableRequest &b = second.set.requests.at(i);
            QCOMPARE(b.method, a.method);
            QCOMPARE(b.url, a.url);
            QCOMPARE(b.headers, a.headers);
            QCOMPARE(b.body, a.body);
            QCOMPARE(b.name, a.name);
        }
        // Requests only: each entry says it has no response.
        const QJsonArray entries = QJsonDocument::fromJson(written)
                                       .object()[QStringLiteral("log")]
                                       .toObject()[QStringLiteral("entries")]
                                       .toArray();
        for (const QJsonValue &entry : entries) {
            QCOMPARE(
                entry.toObject()[QStringLiteral("response")].toObject()[QStringLiteral("status")].toInt(), 0);
            QVERIFY(!entry.toObject()[QStringLiteral("comment")].toString().isEmpty());
        }
    }

    // Without includeSecrets the customer's credentials are masked, with a note; a binary body is
    // written base64 and read back byte for byte.
    void portableWriteMasksCredentialsAndKeepsBinaryBodies()
    {
        const PortableReadResult read = HarPortable::read(fixture(), QString());
        QVERIFY(read.ok);
        QStringList notes;
        const QByteArray masked = HarPortable::write(read.set, false, &notes);
        QVERIFY(!masked.contains(CustomerToken));
        QVERIFY(!masked.contains(CustomerSecret));
        QVERIFY(!masked.contains(SessionCookie));
        QVERIFY(masked.contains("[redacted]"));
        QVERIFY2(notes.join(QLatin1Char(' ')).contains(QStringLiteral("[redacted]")),
                 qPrintable(notes.join(QLatin1Char('|'))));
        QVERIFY(HarPortable::write(read.set, true, nullptr).contains(CustomerToken));

        PortableSet set;
        PortableRequest binary;
        binary.name = QStringLiteral("POST /api/assets");
        binary.method = "POST";
        binary.url = QStringLiteral("https://oauth.cliquify.me/api/assets");
        binary.headers = {{"Content-Type", "image/png"}};
        binary.body = QByteArray("\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", 12);
        binary.hasBody = true;
        set.requests.append(binary);
        notes.clear();
        const QByteArray written = HarPortable::write(set, false, &notes);
        QCOMPARE(notes.size(), 1);
        const PortableReadResult back = HarPortable::read(written, QString());
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.set.requests.first().body, binary.body);
    }

    void portableRefusesWhatIsNotAHar()
    {
        const PortableReadResult result = HarPortable::read("{\"info\":{}}", QString());
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("\"log\"")));
    }

    void namesWhatIsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"log\": [") << QStringLiteral("offset");
        QTest::newRow("no log") << QByteArray("{\"entries\": []}") << QStringLiteral("\"log\"");
        QTest::newRow("entries not an array")
            << QByteArray(R"({"log":{"version":"1.2","entries":{}}})") << QStringLiteral("log.entries");
        QTest::newRow("version 2") << QByteArray(R"({"log":{"version":"2.0","entries":[]}})")
                                   << QStringLiteral("2.0");
        QTest::newRow("only entry without url")
            << QByteArray(
                   R"({"log":{"version":"1.2","entries":[{"request":{"method":"GET"},"response":{"status":200}}]}})")
            << QStringLiteral("entry 0: request.url");
        QTest::newRow("bad base64")
            << QByteArray(
                   R"({"log":{"version":"1.2","entries":[{"request":{"method":"GET","url":"https://a.example/api/x"},)"
                   R"("response":{"status":200,"content":{"text":"@@not base64@@","encoding":"base64"}}}]}})")
            << QStringLiteral("base64");
    }
    void namesWhatIsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!HarReader::read(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void skipsOneBadEntryWithAWarning()
    {
        const QByteArray json = R"({"log":{"version":"1.2","entries":[
            {"request":{"method":"GET"},"response":{"status":200}},
            {"request":{"method":"GET","url":"https://oauth.cliquify.me/api/templates"},"response":{"status":200}}]}})";
        QString error;
        const auto log = HarReader::read(json, &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->entries.size(), 1);
        QCOMPARE(log->entries.first().index, 1);
        QCOMPARE(log->warnings.size(), 1);
        QVERIFY(log->warnings.first().contains(QStringLiteral("entry 0")));
    }
};

QTEST_GUILESS_MAIN(TestHar)
#include "tst_har.moc"
