// ApiClient hardening (issue 18) against real loopback sockets: secret headers never follow a redirect to
// another origin, an https -> http redirect is refused when the request carries credentials, the overall
// deadline ends a body that trickles forever, and a header block over Qt's limits is named as such.
//
// The https side is a QSslServer with a self-signed certificate made by the openssl tool at test time
// and trusted through the default QSslConfiguration; without openssl those two tests are skipped.
#include "FaultServer.h"
#include "auth/Session.h"
#include "net/ApiClient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using cx::ApiCall;
using cx::ApiClient;
using cx::ApiRequest;
using cx::ApiResponse;
using cx::NetworkFailure;
using cx::test::Behaviour;
using cx::test::FaultServer;

namespace {

ApiRequest get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    request.authenticated = false;
    return request;
}

ApiCall *runCall(ApiClient &client, const ApiRequest &request, int waitMs)
{
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(waitMs))
        qWarning("call did not finish within %d ms", waitMs);
    return call;
}

// The secret-named headers a user may add by hand (Redactor::isSecretHeader), plus Authorization.
const QList<QPair<QByteArray, QByteArray>> SecretHeaders = {
    {"Authorization", "Bearer own-token"}, {"X-Api-Key", "key-123"}, {"X-Auth-Token", "tok-456"},
    {"X-Client-Secret", "s3cret"},         {"Cookie", "sid=1"},
};

// An https server on loopback that answers every request with `response` (a self-signed certificate for
// 127.0.0.1, trusted by the process's default TLS configuration).
class TlsServer : public QObject
{
public:
    // `response` answers every request but the token request (POST /oauth/access-token), which gets
    // a token.
    bool start(const QByteArray &response)
    {
        m_response = response;
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty() || !m_dir.isValid())
            return false;
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess process; // quiet: openssl reports its progress on stderr
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return false;
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
        QFile keyFile(key);
        if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
            return false;
        const QSslKey privateKey(&keyFile, QSsl::Ec);
        QSslConfiguration server = QSslConfiguration::defaultConfiguration();
        server.setLocalCertificate(certificates.first());
        server.setPrivateKey(privateKey);
        server.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(server);
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.addCaCertificate(certificates.first());
        QSslConfiguration::setDefaultConfiguration(client);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] { accept(); });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }
    int requestCount() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QIODevice::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                if (!buffer->contains("\r\n\r\n"))
                    return;
                const bool token = buffer->startsWith("POST /oauth/access-token");
                buffer->clear();
                if (!token)
                    ++m_requests;
                socket->write(token ? FaultServer::http(200,
                                                        "{\"access_token\":\"tok-1\",\"token_type\":"
                                                        "\"Bearer\",\"expires_in\":3600}",
                                                        {{"Connection", "close"}})
                                    : m_response);
                socket->flush();
                socket->disconnectFromHost();
            });
        }
    }

    QTemporaryDir m_dir;
    QSslServer m_server;
    QByteArray m_response;
    int m_requests = 0;
};

} // namespace

class TestApiClientHardening : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_client = std::make_unique<ApiClient>();
        m_client->setTransferTimeout(2000ms);
    }
    void cleanup() { m_client.reset(); }

    void secretHeadersStayOnOrigin_data();
    void secretHeadersStayOnOrigin();
    void secretHeadersKeptOnSameOrigin();
    void httpsToHttpRefusedWithCredentials_data();
    void httpsToHttpRefusedWithCredentials();
    void httpsToHttpWithoutCredentialsIsShown();
    void overallDeadlineEndsTricklingBody();
    void overallDeadlineIsOffByDefault();
    void hugeHeaderBlockIsHeadersTooLarge_data();
    void hugeHeaderBlockIsHeadersTooLarge();

private:
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClientHardening::secretHeadersStayOnOrigin_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

// The second origin is a raw TCP server that records every header it receives.
void TestApiClientHardening::secretHeadersStayOnOrigin()
{
    QFETCH(int, status);
    FaultServer first;
    FaultServer other;
    first.enqueue(FaultServer::redirect(status, other.url(QStringLiteral("/elsewhere")).toEncoded()));
    m_client->setBaseUrl(first.baseUrl());
    ApiRequest request = get(QStringLiteral("/start"));
    request.headers = SecretHeaders;
    request.headers.append(qMakePair(QByteArray("X-Trace"), QByteArray("kept")));
    ApiCall *call = runCall(*m_client, request, 10000);
    QVERIFY2(call->response().isSuccess(), qPrintable(call->response().failureDetail));
    QCOMPARE(first.requests().size(), 1);
    QCOMPARE(other.requests().size(), 1);
    for (const auto &[name, value] : SecretHeaders) {
        QCOMPARE(first.requests().at(0).header(name), value);
        QVERIFY2(!other.requests().at(0).hasHeader(name), name.constData());
    }
    QCOMPARE(other.requests().at(0).header("X-Trace"), QByteArray("kept"));
}

void TestApiClientHardening::secretHeadersKeptOnSameOrigin()
{
    FaultServer server;
    server.enqueue(FaultServer::redirect(307, "/moved"));
    m_client->setBaseUrl(server.baseUrl());
    ApiRequest request = get(QStringLiteral("/start"));
    request.headers = SecretHeaders;
    ApiCall *call = runCall(*m_client, request, 10000);
    QVERIFY2(call->response().isSuccess(), qPrintable(call->response().failureDetail));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).header("X-Api-Key"), QByteArray("key-123"));
    QCOMPARE(server.requests().at(1).header("X-Auth-Token"), QByteArray("tok-456"));
}

void TestApiClientHardening::httpsToHttpRefusedWithCredentials_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("sensitiveBody");
    QTest::addColumn<bool>("session");
    QTest::newRow("X-Api-Key") << QByteArray("X-Api-Key") << false << false;
    QTest::newRow("Authorization") << QByteArray("Authorization") << false << false;
    QTest::newRow("sensitive body") << QByteArray() << true << false;
    QTest::newRow("session token") << QByteArray() << false << true;
}

void TestApiClientHardening::httpsToHttpRefusedWithCredentials()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, sensitiveBody);
    QFETCH(bool, session);
    FaultServer plain;
    TlsServer tls;
    if (!tls.start(FaultServer::http(
            302, {},
            {{"Location", plain.url(QStringLiteral("/downgraded")).toEncoded()}, {"Connection", "close"}})))
        QSKIP("no openssl tool to make a test certificate");
    m_client->setBaseUrl(tls.baseUrl());
    cx::Session tokens(m_client.get());
    ApiRequest request = get(QStringLiteral("/api/x"));
    if (!header.isEmpty())
        request.headers.append(qMakePair(header, QByteArray("secret-value")));
    if (sensitiveBody) {
        request.method = "PUT"; // 302 keeps a PUT's body
        request.body = "{\"client_secret\":\"x\"}";
        request.sensitiveBody = true;
    }
    if (session) { // the token comes from the https origin's own token endpoint
        tokens.setCredentials(QStringLiteral("id"), QStringLiteral("secret"));
        m_client->setSession(&tokens);
        request.authenticated = true;
    }
    ApiCall *call = runCall(*m_client, request, 15000);
    const ApiResponse &response = call->response();
    QCOMPARE(tls.requestCount(), 1);
    QCOMPARE(response.failure, NetworkFailure::UnsupportedRedirect);
    QVERIFY2(response.failureDetail.contains(QLatin1String("https")), qPrintable(response.failureDetail));
    QCOMPARE(plain.requestCount("/downgraded"), 0);
}

void TestApiClientHardening::httpsToHttpWithoutCredentialsIsShown()
{
    FaultServer plain;
    TlsServer tls;
    if (!tls.start(FaultServer::http(
            302, {},
            {{"Location", plain.url(QStringLiteral("/downgraded")).toEncoded()}, {"Connection", "close"}})))
        QSKIP("no openssl tool to make a test certificate");
    m_client->setBaseUrl(tls.baseUrl());
    ApiCall *call = runCall(*m_client, get(QStringLiteral("/public")), 15000);
    QVERIFY2(call->response().isSuccess(), qPrintable(call->response().failureDetail));
    QCOMPARE(tls.requestCount(), 1);
    QCOMPARE(plain.requestCount("/downgraded"), 1);
    QCOMPARE(call->downgradedTo(), plain.url(QStringLiteral("/downgraded")));
}

// A body that keeps trickling (a byte every 200 ms) never trips the no-progress timeout; the overall
// deadline ends it.
void TestApiClientHardening::overallDeadlineEndsTricklingBody()
{
    FaultServer server;
    Behaviour trickle; // the head at once, then 100 body bytes, one every 200 ms (20 s in all)
    trickle.segments.append(
        {FaultServer::head(200, {{"Content-Type", "text/plain"}, {"Content-Length", "100"}}), 0});
    for (int i = 0; i < 100; ++i)
        trickle.segments.append({"x", 200});
    server.enqueue(trickle);
    m_client->setBaseUrl(server.baseUrl());
    m_client->setTransferTimeout(2000ms);
    m_client->setMaxTime(1000ms);
    QElapsedTimer timer;
    timer.start();
    ApiCall *call = runCall(*m_client, get(QStringLiteral("/slow")), 10000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(call->isFinished());
    QCOMPARE(call->response().failure, NetworkFailure::Timeout);
    QVERIFY2(call->response().failureDetail.contains(QLatin1String("overall")),
             qPrintable(call->response().failureDetail));
    QVERIFY2(elapsed >= 900 && elapsed < 2500, qPrintable(QString::number(elapsed)));
}

void TestApiClientHardening::overallDeadlineIsOffByDefault()
{
    QCOMPARE(m_client->maxTime(), 0ms);
    FaultServer server;
    // 12 bytes at 100 ms each: 1.1 s, longer than the deadline of the test above, no deadline here.
    server.enqueue(FaultServer::drip(FaultServer::http(200, "{\"ok\":true}\n"), 8, 100));
    m_client->setBaseUrl(server.baseUrl());
    ApiCall *call = runCall(*m_client, get(QStringLiteral("/slow")), 20000);
    QVERIFY2(call->response().isSuccess(), qPrintable(call->response().failureDetail));
}

void TestApiClientHardening::hugeHeaderBlockIsHeadersTooLarge_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("one 10 MB field") << QByteArray("X-Big: " + QByteArray(10 << 20, 'a') + "\r\n");
    QByteArray many;
    for (int i = 0; i < 101; ++i)
        many += "X-F" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("101 fields") << many;
    QTest::newRow("one 200 KB field") << QByteArray("X-Big: " + QByteArray(200 << 10, 'a') + "\r\n");
}

// Qt 6.4 reads the whole block (about 1 s per MB, byte by byte), keeps the status, drops every header
// and would then read the body to a close that never comes: the server below keeps the connection open.
void TestApiClientHardening::hugeHeaderBlockIsHeadersTooLarge()
{
    QFETCH(QByteArray, headers);
    FaultServer server;
    server.enqueue(FaultServer::reply("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                      "Content-Length: 2\r\n" +
                                          headers + "\r\n{}",
                                      Behaviour::Then::Stall));
    m_client->setBaseUrl(server.baseUrl());
    m_client->setTransferTimeout(120s); // the header phase is bounded by Qt's pace, not by our timer
    ApiCall *call = runCall(*m_client, get(QStringLiteral("/big")), 120000);
    QVERIFY(call->isFinished());
    QCOMPARE(call->response().failure, NetworkFailure::HeadersTooLarge);
    QCOMPARE(cx::networkFailureName(call->response().failure), QStringLiteral("headers_too_large"));
}

QTEST_GUILESS_MAIN(TestApiClientHardening)
#include "tst_apiclient_hardening.moc"
