// The evidence archive and HAR round trips against the real simulator.
//
// - A HAR written by HarWriter (exchanges, history entries with the response the app kept, history
//   entries alone) decides, read back, the code the live run decided: a 403 missing_scope, a 404, a 422
//   and a 200; har-validator accepts it.
// - EvidenceBuilder: a check-up, the reproduction (the sign-in exchange included, the token in its body)
//   and a customer HAR carrying the canary secret and the live token, zipped; Python's zipfile tests and
//   unpacks it, no file holds the secret or the token in any form, the README names the decided cause.
// - connect-cli evidence: --check, --har, --calls from a history file; bad inputs exit 64 with a sentence.
#include "CliProcess.h"
#include "SimFixture.h"
#include "auth/Session.h"
#include "checkup/CheckupRunner.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "errors/ErrorDecision.h"
#include "evidence/EvidenceBuilder.h"
#include "evidence/ZipWriter.h"
#include "har/HarReader.h"
#include "har/HarWriter.h"
#include "history/HistoryStore.h"
#include "net/ApiClient.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

const char CanarySecret[] = "cnry-S3cr3t+k/9Q=Zx7~Wp";

QString decidedCode(const ApiResponse &response)
{
    const ErrorDecision decision = ErrorCatalog::decideLate(ApiError::fromResponse(response));
    return decision.isError() ? decision.shownCode() : QString();
}

// Every form a secret could take in a file: raw, percent-encoded, JSON-escaped, base64 at each alignment.
QList<QByteArray> formsOf(const QByteArray &value)
{
    QList<QByteArray> forms{value, QUrl::toPercentEncoding(QString::fromUtf8(value)),
                            QByteArray(value).replace("/", "\\/")};
    for (int skip = 0; skip < 3; ++skip) {
        const QByteArray aligned = value.mid(skip, (value.size() - skip) / 3 * 3);
        if (aligned.size() < 6)
            continue;
        forms << aligned.toBase64(QByteArray::OmitTrailingEquals)
              << aligned.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    return forms;
}

struct Unpacked
{
    bool ok = false;
    QString output;
    QMap<QString, QByteArray> files; // name inside the archive -> contents
};

// Python's zipfile checks every CRC (testzip, -t) and unpacks the archive.
Unpacked unpack(const QString &zip, const QString &into)
{
    Unpacked result;
    QProcess test;
    test.setProcessChannelMode(QProcess::MergedChannels);
    test.start(QStringLiteral("python3"),
               {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), zip});
    if (!test.waitForFinished(60000) || test.exitCode() != 0) {
        result.output = QString::fromUtf8(test.readAll());
        return result;
    }
    QProcess extract;
    extract.setProcessChannelMode(QProcess::MergedChannels);
    extract.start(QStringLiteral("python3"),
                  {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zip, into});
    if (!extract.waitForFinished(60000) || extract.exitCode() != 0) {
        result.output = QString::fromUtf8(extract.readAll());
        return result;
    }
    QDirIterator it(into, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        result.files.insert(QDir(into).relativeFilePath(path), file.readAll());
    }
    result.ok = true;
    return result;
}

// Names of the files holding any form of `secret`, with the form found.
QStringList leaks(const QMap<QString, QByteArray> &files, const QByteArray &secret)
{
    QStringList found;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const QByteArray &form : formsOf(secret)) {
            if (it.value().contains(form))
                found << it.key() + QStringLiteral(": ") + QString::fromUtf8(form);
        }
    }
    return found;
}

bool writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(name);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sim::ConnectSimulator> m_sim;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;

    ApiResponse send(const ApiRequest &request)
    {
        ApiCall *call = m_client->send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        if (!call->isFinished() && !finished.wait(20000))
            qFatal("no answer from the simulator");
        return call->response();
    }

    static ApiRequest get(const QString &path, const QueryList &query = {})
    {
        ApiRequest request;
        request.path = path;
        request.query = query;
        return request;
    }

    // The four exchanges the issue names: 403 missing_scope, 404, 422, 200.
    QList<QPair<ApiRequest, ApiResponse>> fourExchanges()
    {
        QList<QPair<ApiRequest, ApiResponse>> list;
        for (const ApiRequest &request :
             {get(QStringLiteral("/api/assets")), get(QStringLiteral("/api/templates/999999")),
              get(QStringLiteral("/api/templates"), {{QStringLiteral("per_page"), QStringLiteral("0")}}),
              get(QStringLiteral("/api/templates"))}) {
            ApiRequest sent = request;
            // What the client put on the wire: the session's token (HarWriter must mask it).
            sent.headers.append({"Authorization", "Bearer " + m_session->accessToken()});
            list.append({sent, send(request)});
        }
        return list;
    }

    QByteArray token() const { return m_session->accessToken(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        sim::SimConfig config;
        config.clientSecret = QString::fromLatin1(CanarySecret);
        QStringList scopes = sim::allScopes();
        scopes.removeAll(QStringLiteral("assets:read"));
        config.scopes = scopes;
        // The documented dialect answers a field error with 422 (Laravel's way), the shape of the 422.
        if (QTest::currentTestFunction() == QLatin1String("harRoundTripDecidesTheLiveCodes"))
            config.dialect = sim::Dialect::Documented;
        m_sim = test::startSimulator(config);
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_sim->baseUrl());
        m_session = std::make_unique<Session>(m_client.get());
        m_session->setCredentials(config.clientId, config.clientSecret);
        m_client->setTokenProvider(m_session.get());
    }

    void cleanup()
    {
        m_client->setTokenProvider(nullptr);
        m_session.reset();
        m_client.reset();
        m_sim.reset();
    }

    void crcAndZipFormat()
    {
        QCOMPARE(ZipWriter::crc32("123456789"), quint32(0xCBF43926)); // the check value of CRC-32
        QCOMPARE(ZipWriter::crc32(""), quint32(0));
        ZipWriter zip;
        QVERIFY(zip.addFile(QStringLiteral("a.txt"), "hello"));                        // stored
        QVERIFY(zip.addFile(QStringLiteral("dir/big.json"), QByteArray(100000, 'x'))); // deflated
        QVERIFY(zip.addFile(QStringLiteral("empty"), QByteArray()));
        QVERIFY(zip.addFile(QStringLiteral("ünïcode.md"), "é"));
        QVERIFY(!zip.addFile(QStringLiteral("a.txt"), "again"));
        QVERIFY(!zip.addFile(QStringLiteral("../escape"), "x"));
        QVERIFY(!zip.addFile(QStringLiteral("/absolute"), "x"));
        const QString file = m_dir.filePath(QStringLiteral("format.zip"));
        QString error;
        QVERIFY2(zip.writeFile(file, &error), qPrintable(error));
        QVERIFY(QFileInfo(file).size() < 2000); // the 100 kB of x were deflated
        const Unpacked unpacked = unpack(file, m_dir.filePath(QStringLiteral("format")));
        QVERIFY2(unpacked.ok, qPrintable(unpacked.output));
        QCOMPARE(unpacked.files.size(), 4);
        QCOMPARE(unpacked.files.value(QStringLiteral("a.txt")), QByteArray("hello"));
        QCOMPARE(unpacked.files.value(QStringLiteral("dir/big.json")), QByteArray(100000, 'x'));
        QCOMPARE(unpacked.files.value(QStringLiteral("empty")), QByteArray());
        QCOMPARE(unpacked.files.value(QStringLiteral("ünïcode.md")), QByteArray("é"));
        // A corrupted byte is caught by the CRC: the reader's check can fail.
        QFile corrupt(file);
        QVERIFY(corrupt.open(QIODevice::ReadWrite));
        QByteArray bytes = corrupt.readAll();
        const qsizetype at = bytes.indexOf("hello");
        QVERIFY(at > 0);
        bytes[at] = 'j';
        corrupt.seek(0);
        corrupt.write(bytes);
        corrupt.close();
        QVERIFY(!unpack(file, m_dir.filePath(QStringLiteral("corrupt"))).ok);
    }

    void harRoundTripDecidesTheLiveCodes()
    {
        const QList<QPair<ApiRequest, ApiResponse>> exchanges = fourExchanges();
        QStringList live;
        for (const auto &[request, response] : exchanges)
            live << decidedCode(response);
        QCOMPARE(live.at(0), QStringLiteral("missing_scope"));
        QCOMPARE(exchanges.at(0).second.status, 403);
        QCOMPARE(exchanges.at(1).second.status, 404);
        QCOMPARE(exchanges.at(2).second.status, 422);
        QCOMPARE(exchanges.at(3).second.status, 200);
        QVERIFY(!live.at(1).isEmpty());
        QVERIFY(!live.at(2).isEmpty());
        QVERIFY(live.at(3).isEmpty());

        // Three ways the app writes a HAR: live exchanges, history entries with the response the app kept
        // for them (Export History as HAR while the app runs), history entries alone (after a restart).
        HistoryStore history(m_dir.filePath(QStringLiteral("roundtrip-history.jsonl")));
        history.redactor().setLiveSecrets(m_session->secrets());
        for (qsizetype i = 0; i < exchanges.size(); ++i)
            history.record(exchanges.at(i).first, m_sim->baseUrl().toString(), exchanges.at(i).second,
                           live.at(i));
        const Redactor redactor(m_session->secrets());
        HarWriter exchangesHar(redactor), keptHar(redactor), aloneHar(redactor);
        for (qsizetype i = 0; i < exchanges.size(); ++i) {
            exchangesHar.addExchange(m_sim->baseUrl(), exchanges.at(i).first, exchanges.at(i).second,
                                     QDateTime::currentDateTimeUtc(), live.at(i));
            keptHar.addHistoryEntry(history.entries().at(i), exchanges.at(i).second);
            aloneHar.addHistoryEntry(history.entries().at(i));
        }
        QStringList files;
        int written = 0;
        for (const HarWriter *writer : {&exchangesHar, &keptHar, &aloneHar}) {
            const QByteArray har = writer->toHar();
            for (const QByteArray &form : formsOf(token()))
                QVERIFY2(!har.contains(form), "the session's token is in the HAR");
            QVERIFY(!har.contains(CanarySecret));
            QString error;
            const auto log = HarReader::read(har, &error);
            QVERIFY2(log, qPrintable(error));
            QCOMPARE(log->entries.size(), 4);
            for (int i = 0; i < 4; ++i) {
                const HarEntry &entry = log->entries.at(i);
                QCOMPARE(entry.status, exchanges.at(i).second.status);
                QVERIFY2(decidedCode(entry.toResponse()) == live.at(i),
                         qPrintable(QStringLiteral("writer %1, entry %2: %3 instead of %4")
                                        .arg(written)
                                        .arg(i)
                                        .arg(decidedCode(entry.toResponse()), live.at(i))));
            }
            const QString file = m_dir.filePath(QStringLiteral("roundtrip-%1.har").arg(written++));
            QVERIFY(writeFile(file, har));
            files << file;
        }
        // Headers and bodies are kept where the app has them: the server's words come back, not
        // "HTTP 403 Forbidden".
        QString error;
        const auto kept = HarReader::read(keptHar.toHar(), &error);
        const ApiError keptError = ApiError::fromResponse(kept->entries.at(0).toResponse());
        const ApiError liveError = ApiError::fromResponse(exchanges.at(0).second);
        QCOMPARE(keptError.message, liveError.message);
        QVERIFY(!keptError.message.contains(QStringLiteral("HTTP 403")));
        QVERIFY(!kept->entries.at(0).responseHeaders.isEmpty());
        QCOMPARE(kept->entries.at(3).responseBody, exchanges.at(3).second.body);
        // An entry alone says its body was not kept instead of inventing the server's words.
        const auto alone = HarReader::read(aloneHar.toHar(), &error);
        const ApiError aloneError = ApiError::fromResponse(alone->entries.at(0).toResponse());
        QVERIFY2(aloneError.message.contains(QStringLiteral("not kept")), qPrintable(aloneError.message));

        // har-validator accepts all three.
        QProcess validator;
        validator.setProcessChannelMode(QProcess::MergedChannels);
        validator.start(QStringLiteral("bash"),
                        QStringList{QStringLiteral(CX_HAR_VALIDATOR_DIR "/run-validator.sh")} + files);
        QVERIFY(validator.waitForFinished(300000));
        const QString output = QString::fromUtf8(validator.readAll());
        QVERIFY2(validator.exitCode() == 0, qPrintable(output));
        QCOMPARE(output.count(QStringLiteral("ok ")), files.size());
    }

    void evidenceArchiveHoldsNoSecret()
    {
        // The check-up, on its own client and session.
        auto catalog = CheckupRunner::bundledCatalog(nullptr);
        QVERIFY(catalog);
        CheckupRunner runner(m_sim->baseUrl(), QString::fromLatin1(sim::DemoClientId),
                             QString::fromLatin1(CanarySecret), std::move(*catalog));
        QSignalSpy finished(&runner, &CheckupRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(runner.report().hasFailures());

        // The reproduction: the sign-in (the secret in the request, the token in the response) and the
        // four exchanges, recorded as the app records them.
        const QList<QPair<ApiRequest, ApiResponse>> exchanges = fourExchanges();
        ApiRequest signIn;
        signIn.method = "POST";
        signIn.path = QStringLiteral("/oauth/access-token");
        signIn.authenticated = false;
        signIn.sensitiveBody = true;
        signIn.headers = {{"Content-Type", "application/json"}};
        signIn.body = QByteArray("{\"client_id\":\"demo-client\",\"client_secret\":\"") + CanarySecret +
                      "\",\"grant_type\":\"client_credentials\"}";
        const ApiResponse signedIn = send(signIn);
        QCOMPARE(signedIn.status, 200);
        const QByteArray liveToken = token();
        QVERIFY(!liveToken.isEmpty());
        QVERIFY(signedIn.body.contains(
            QJsonDocument::fromJson(signedIn.body).object().value(QStringLiteral("token")).isObject()
                ? QByteArray("access_token")
                : QByteArray("token")));

        HistoryStore history(m_dir.filePath(QStringLiteral("evidence-history.jsonl")));
        history.redactor().setLiveSecrets(m_session->secrets());
        EvidenceBuilder builder(Redactor(m_session->secrets()));
        for (const QString &secret : runner.redactor().secrets())
            builder.redactor().addSecret(secret);
        builder.setAccount(QStringLiteral("Customer A"), QString::fromLatin1(sim::DemoClientId),
                           m_sim->baseUrl());
        builder.addHistoryEntry(history.record(signIn, m_sim->baseUrl().toString(), signedIn), signedIn);
        for (const auto &[request, response] : exchanges)
            builder.addHistoryEntry(
                history.record(request, m_sim->baseUrl().toString(), response, decidedCode(response)),
                response);

        // A customer's HAR as a browser saves it: the secret in the token request, the token in its
        // response, in an Authorization header, in a query string and echoed in an error message.
        const QString base = m_sim->baseUrl().toString();
        const QString secret = QString::fromLatin1(CanarySecret);
        const QString tokenText = QString::fromLatin1(liveToken);
        const auto entry = [](const QJsonObject &request, int status, const QString &body) {
            return QJsonObject{
                {QStringLiteral("startedDateTime"), QStringLiteral("2026-12-01T10:00:00.000Z")},
                {QStringLiteral("time"), 12},
                {QStringLiteral("request"), request},
                {QStringLiteral("response"),
                 QJsonObject{
                     {QStringLiteral("status"), status},
                     {QStringLiteral("statusText"), QString()},
                     {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                     {QStringLiteral("cookies"), QJsonArray()},
                     {QStringLiteral("headers"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Content-Type")},
                                             {QStringLiteral("value"), QStringLiteral("application/json")}}}},
                     {QStringLiteral("content"),
                      QJsonObject{{QStringLiteral("size"), int(body.size())},
                                  {QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                  {QStringLiteral("text"), body}}},
                     {QStringLiteral("redirectURL"), QString()},
                     {QStringLiteral("headersSize"), -1},
                     {QStringLiteral("bodySize"), int(body.size())}}},
                {QStringLiteral("cache"), QJsonObject()},
                {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                        {QStringLiteral("wait"), 12},
                                                        {QStringLiteral("receive"), 0}}}};
        };
        const auto request = [](const QString &method, const QString &url, const QJsonArray &headers,
                                const QString &body = {}) {
            QJsonObject object{{QStringLiteral("method"), method},
                               {QStringLiteral("url"), url},
                               {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                               {QStringLiteral("cookies"), QJsonArray()},
                               {QStringLiteral("headers"), headers},
                               {QStringLiteral("queryString"), QJsonArray()},
                               {QStringLiteral("headersSize"), -1},
                               {QStringLiteral("bodySize"), int(body.size())}};
            if (!body.isEmpty())
                object.insert(QStringLiteral("postData"),
                              QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                          {QStringLiteral("text"), body}});
            return object;
        };
        const QJsonArray bearer{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Authorization")},
                        {QStringLiteral("value"), QStringLiteral("Bearer ") + tokenText}}};
        const QJsonArray entries{
            entry(request(
                      QStringLiteral("POST"), base + QStringLiteral("/oauth/access-token"), {},
                      QStringLiteral("{\"client_id\":\"demo-client\",\"client_secret\":\"%1\"}").arg(secret)),
                  200,
                  QStringLiteral("{\"success\":true,\"token\":{\"token_type\":\"Bearer\",\"expires_in\":3600,"
                                 "\"access_token\":\"%1\"}}")
                      .arg(tokenText)),
            entry(request(QStringLiteral("GET"), base + QStringLiteral("/api/assets"), bearer), 403,
                  QString::fromUtf8(exchanges.at(0).second.body)),
            entry(request(QStringLiteral("GET"),
                          base + QStringLiteral("/api/assets/7?access_token=") + tokenText, {}),
                  403,
                  QStringLiteral("{\"code\":\"missing_scope\",\"message\":\"Token %1 lacks assets:read.\"}")
                      .arg(tokenText)),
        };
        const QByteArray customerHar =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("log"),
                     QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                 {QStringLiteral("creator"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("WebInspector")},
                                              {QStringLiteral("version"), QStringLiteral("537.36")}}},
                                 {QStringLiteral("entries"), entries}}}})
                .toJson();
        const QString harFile = m_dir.filePath(QStringLiteral("customer.har"));
        QVERIFY(writeFile(harFile, customerHar));
        // The builder knows the customer's secrets only from the file (a fresh redactor would too).
        EvidenceBuilder fromFileOnly;
        QString error;
        QVERIFY2(fromFileOnly.setCustomerHarFile(harFile, &error), qPrintable(error));
        QVERIFY(fromFileOnly.redactor().secrets().contains(tokenText));
        QVERIFY(fromFileOnly.redactor().secrets().contains(secret));
        QVERIFY(builder.setCustomerHarFile(harFile, &error));
        builder.setCheckReport(runner.report());
        builder.addComparison(QJsonObject{{QStringLiteral("kind"), QStringLiteral("response-diff")},
                                          {QStringLiteral("note"), QStringLiteral("Bearer ") + tokenText}});

        const QString zip = m_dir.filePath(QStringLiteral("case.zip"));
        QVERIFY2(builder.writeZip(zip, &error), qPrintable(error));
        const Unpacked unpacked = unpack(zip, m_dir.filePath(QStringLiteral("case")));
        QVERIFY2(unpacked.ok, qPrintable(unpacked.output));
        const QStringList names = unpacked.files.keys();
        for (const char *name :
             {"README.md", "customer/customer.har", "customer/calls.json", "reproduction/history.har",
              "checkup/report.json", "checkup/report.md", "comparisons/comparison-1.json"})
            QVERIFY2(names.contains(QLatin1String(name)), name);

        // Neither the canary secret nor the token, in any form, in any file.
        QStringList found = leaks(unpacked.files, CanarySecret);
        found += leaks(unpacked.files, liveToken);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        const QByteArray readme = unpacked.files.value(QStringLiteral("README.md"));
        QCOMPARE(builder.decidedCode(), QStringLiteral("missing_scope"));
        QVERIFY2(readme.contains("## Decided cause\n\n**missing_scope** (action: permission)"),
                 readme.constData());
        QVERIFY(readme.contains("Customer A"));
        QVERIFY(readme.contains(m_sim->baseUrl().toString().toUtf8()));
        QVERIFY(readme.contains("## The fix"));
        QVERIFY(readme.contains("assets:read"));

        // Each customer call carries its decided code, in calls.json and in the HAR itself.
        const QJsonArray calls =
            QJsonDocument::fromJson(unpacked.files.value(QStringLiteral("customer/calls.json"))).array();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(1).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("missing_scope"));
        QCOMPARE(calls.at(0).toObject().value(QStringLiteral("code")).toString(), QString());
        const auto customer =
            HarReader::read(unpacked.files.value(QStringLiteral("customer/customer.har")), &error);
        QVERIFY2(customer, qPrintable(error));
        QCOMPARE(customer->entries.at(1).recordedErrorCode, QStringLiteral("missing_scope"));
        // The reproduction reads back with its responses.
        const auto reproduction =
            HarReader::read(unpacked.files.value(QStringLiteral("reproduction/history.har")), &error);
        QVERIFY2(reproduction, qPrintable(error));
        QCOMPARE(reproduction->entries.size(), 5);
        QCOMPARE(decidedCode(reproduction->entries.at(1).toResponse()), QStringLiteral("missing_scope"));
        const auto report =
            CheckReport::fromJsonBytes(unpacked.files.value(QStringLiteral("checkup/report.json")), &error);
        QVERIFY2(report, qPrintable(error));
    }

    void cliWritesEvidence()
    {
        // A history file with one recorded call, as the app writes it.
        const QList<QPair<ApiRequest, ApiResponse>> exchanges = fourExchanges();
        const QString historyFile = m_dir.filePath(QStringLiteral("cli-history.jsonl"));
        HistoryStore history(historyFile);
        history.redactor().setLiveSecrets(m_session->secrets());
        const HistoryEntry recorded =
            history.record(exchanges.at(0).first, m_sim->baseUrl().toString(), exchanges.at(0).second,
                           decidedCode(exchanges.at(0).second));
        // A sign-in of its own: its token is known to no redactor here nor to connect-cli, only the field's
        // name (access_token) keeps it out of the kept response and so out of the archive.
        ApiRequest signIn;
        signIn.method = "POST";
        signIn.path = QStringLiteral("/oauth/access-token");
        signIn.authenticated = false;
        signIn.sensitiveBody = true;
        signIn.headers = {{"Content-Type", "application/json"}};
        signIn.body = QByteArray("{\"client_id\":\"demo-client\",\"client_secret\":\"") + CanarySecret +
                      "\",\"grant_type\":\"client_credentials\"}";
        const ApiResponse signedIn = send(signIn);
        QCOMPARE(signedIn.status, 200);
        const QJsonObject issued = QJsonDocument::fromJson(signedIn.body).object();
        const QByteArray freshToken =
            (issued.value(QStringLiteral("access_token")).isString()
                 ? issued.value(QStringLiteral("access_token"))
                 : issued.value(QStringLiteral("token")).toObject().value(QStringLiteral("access_token")))
                .toString()
                .toUtf8();
        QVERIFY2(freshToken.size() > 8, signedIn.body.constData());
        const HistoryEntry signInEntry = history.record(signIn, m_sim->baseUrl().toString(), signedIn);
        QVERIFY(history.hasResponse(recorded.id));
        const QByteArray sidecar = [&] {
            QFile file(history.responseFilePath(signInEntry.id));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(sidecar.contains("[redacted]"));
        QVERIFY2(leaks({{QStringLiteral("sidecar"), sidecar}}, freshToken).isEmpty(), sidecar.constData());
        test::CliOptions options;
        options.environment.insert(QStringLiteral("CONNECT_CLIENT_SECRET"),
                                   QString::fromLatin1(CanarySecret));
        const QString zip = m_dir.filePath(QStringLiteral("cli.zip"));
        const QString fixture = QStringLiteral(CX_HAR_FIXTURES "/chrome-connect.har");
        const test::CliRun run =
            test::runCli({QStringLiteral("evidence"), QStringLiteral("--check"), QStringLiteral("--base-url"),
                          m_sim->baseUrl().toString(), QStringLiteral("--client-id"),
                          QString::fromLatin1(sim::DemoClientId), QStringLiteral("--har"), fixture,
                          QStringLiteral("--calls"), recorded.id + QLatin1Char(',') + signInEntry.id,
                          QStringLiteral("--history"), historyFile, QStringLiteral("-o"), zip},
                         options);
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QVERIFY(run.out.contains("Decided cause: missing_scope"));
        const Unpacked unpacked = unpack(zip, m_dir.filePath(QStringLiteral("cli")));
        QVERIFY2(unpacked.ok, qPrintable(unpacked.output));
        QVERIFY(unpacked.files.contains(QStringLiteral("checkup/report.md")));
        QVERIFY(unpacked.files.contains(QStringLiteral("customer/customer.har")));
        QVERIFY(unpacked.files.value(QStringLiteral("reproduction/history.har")).contains("/api/assets"));
        QVERIFY(unpacked.files.value(QStringLiteral("README.md")).contains("**missing_scope**"));
        // The reproduction carries the responses the history kept: the 403's body and headers, the
        // sign-in's answer with its token masked.
        const QJsonArray reproduced =
            QJsonDocument::fromJson(unpacked.files.value(QStringLiteral("reproduction/history.har")))
                .object()
                .value(QStringLiteral("log"))
                .toObject()
                .value(QStringLiteral("entries"))
                .toArray();
        QCOMPARE(reproduced.size(), 2);
        const QJsonObject denied = reproduced.at(0).toObject().value(QStringLiteral("response")).toObject();
        QCOMPARE(denied.value(QStringLiteral("status")).toInt(), 403);
        const QString deniedBody =
            denied.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(deniedBody.contains(QStringLiteral("scope")), qPrintable(deniedBody));
        QVERIFY(!denied.value(QStringLiteral("headers")).toArray().isEmpty());
        const QString signInBody = reproduced.at(1)
                                       .toObject()
                                       .value(QStringLiteral("response"))
                                       .toObject()
                                       .value(QStringLiteral("content"))
                                       .toObject()
                                       .value(QStringLiteral("text"))
                                       .toString();
        QVERIFY2(signInBody.contains(QStringLiteral("[redacted]")), qPrintable(signInBody));
        QVERIFY2(leaks(unpacked.files, freshToken).isEmpty(),
                 qPrintable(leaks(unpacked.files, freshToken).join(QLatin1Char('\n'))));
        QStringList found = leaks(unpacked.files, CanarySecret);
        // The fixture's own token (a query value and a header) is masked too.
        for (auto it = unpacked.files.cbegin(); it != unpacked.files.cend(); ++it) {
            if (it.value().contains("eyJhbGciOiJIUzI1NiIsInR5cC"))
                found << it.key();
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(!run.out.contains(CanarySecret) && !run.err.contains(CanarySecret));
    }

    void cliRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString zip = m_dir.filePath(QStringLiteral("bad.zip"));
        const QString notHar = m_dir.filePath(QStringLiteral("not-a-har.txt"));
        writeFile(notHar, "hello");
        const QString history = m_dir.filePath(QStringLiteral("bad-history.jsonl"));
        writeFile(history, "");
        QTest::newRow("no output") << QStringList{QStringLiteral("--har"), notHar}
                                   << QStringLiteral("-o case.zip");
        QTest::newRow("nothing") << QStringList{QStringLiteral("-o"), zip}
                                 << QStringLiteral("something to put in");
        QTest::newRow("not a HAR") << QStringList{QStringLiteral("--har"), notHar, QStringLiteral("-o"), zip}
                                   << QStringLiteral("not a HAR file");
        QTest::newRow("missing HAR") << QStringList{QStringLiteral("--har"), notHar + QStringLiteral(".gone"),
                                                    QStringLiteral("-o"), zip}
                                     << QStringLiteral("is not a file");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("--calls"),   QStringLiteral("nope"),
                                                   QStringLiteral("--history"), history,
                                                   QStringLiteral("-o"),        zip}
                                    << QStringLiteral("no history entry has the id 'nope'");
    }
    void cliRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const test::CliRun run = test::runCli(QStringList{QStringLiteral("evidence")} + arguments);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.zip"))));
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
