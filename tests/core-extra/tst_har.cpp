// HAR 1.2: reading a customer's Chrome export (har/chrome-connect.har: HTTP/2 pseudo-headers, cookies, a
// base64 body, a blocked request, non-Connect noise, the customer's token and secret) and writing our own
// requests as HAR, redacted. The customer's token must never be reused and never survive an export.
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
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
            QCOMPARE(request.path, entry.path());
        }
        const ApiRequest templates = log->entries.at(1).requestForReplay();
        QVERIFY(templates.authenticated); // the current profile's token is added on send
        QCOMPARE(templates.query.size(), 2);
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
