// Every network a customer or demo room has (issue 14), with real parts started here: tinyproxy (with and
// without Basic authentication), danted (SOCKS5) and microsocks (SOCKS5 with a user and password) carrying
// the app's ApiClient + Session to connect-sim, connect-sim over TLS with certificates openssl makes for this
// run, and each misconfiguration ending in its own named failure (NetworkDiagnosis) with the certificate's
// details, then passing once the right CA, client certificate or pin is given.
#include "ConnectSimulator.h"
#include "DanteProxy.h"
#include "MicroSocks.h"
#include "NginxFront.h"
#include "SimTls.h"
#include "TestPki.h"
#include "TinyProxy.h"
#include "auth/Session.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "net/ApiClient.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <chrono>
#include <memory>
#include <vector>

using namespace cx;
using namespace cx::sim;
using namespace std::chrono_literals;

class TstNetworks : public QObject
{
    Q_OBJECT

private:
    test::TestPki m_pki;

    std::unique_ptr<ConnectSimulator> startSim(const QString &certName = {}, const QString &clientCa = {})
    {
        auto simulator = std::make_unique<ConnectSimulator>();
        if (!certName.isEmpty()) {
            QString error;
            const auto tls = loadServerTls({m_pki.cert(certName), m_pki.key(certName), clientCa}, &error);
            if (!tls)
                qFatal("%s", qPrintable(error));
            simulator->setTlsConfiguration(*tls);
        }
        if (!simulator->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        return simulator;
    }

    // Signs in and sends GET /api/templates through `settings`; the finished response.
    ApiResponse call(ConnectSimulator &simulator, const NetworkSettings &settings, QUrl baseUrl = {})
    {
        ApiClient client;
        QString error;
        if (!client.setNetworkSettings(settings, &error))
            qFatal("settings refused: %s", qPrintable(error));
        client.setBaseUrl(baseUrl.isEmpty() ? simulator.baseUrl() : baseUrl);
        Session session(&client);
        client.setSession(&session);
        session.setCredentials(simulator.config().clientId, simulator.config().clientSecret);
        ApiRequest request;
        request.path = QStringLiteral("/api/templates");
        ApiCall *pending = client.send(request);
        QSignalSpy finished(pending, &ApiCall::finished);
        if (!finished.wait(30000))
            qFatal("no answer");
        return pending->response();
    }

    NetworkSettings trustingCa() const
    {
        NetworkSettings settings;
        settings.proxy.mode = ProxySettings::Mode::None;
        settings.tls.caPaths << m_pki.cert(QStringLiteral("ca"));
        return settings;
    }

    // GET `url` directly (no proxy, no session) with a short transfer timeout; the finished response.
    static ApiResponse callWithTimeout(const QUrl &url, std::chrono::milliseconds timeout)
    {
        ApiClient client;
        NetworkSettings settings;
        settings.proxy.mode = ProxySettings::Mode::None;
        QString error;
        if (!client.setNetworkSettings(settings, &error))
            qFatal("settings refused: %s", qPrintable(error));
        client.setBaseUrl(url);
        client.setTransferTimeout(timeout);
        ApiRequest request;
        request.path = QStringLiteral("/api/templates");
        ApiCall *pending = client.send(request);
        QSignalSpy finished(pending, &ApiCall::finished);
        if (!finished.wait(10000))
            qFatal("no answer");
        return pending->response();
    }

    static NetworkSettings throughProxy(const test::TinyProxy &proxy, const QString &user = {},
                                        const QString &password = {})
    {
        NetworkSettings settings;
        settings.proxy = *ProxySettings::fromUrl(proxy.url(), nullptr);
        settings.proxy.user = user;
        settings.proxy.password = password;
        return settings;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        QVERIFY2(m_pki.create(), qPrintable(m_pki.error()));
    }

    void plainHttpThroughTinyproxy()
    {
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        const auto simulator = startSim();
        const ApiResponse response = call(*simulator, throughProxy(proxy));
        QCOMPARE(response.failure, NetworkFailure::None);
        QCOMPARE(response.status, 200);
        const QByteArray log = proxy.log();
        const QByteArray expected = "GET " + simulator->baseUrl().toEncoded() + "/api/templates";
        QVERIFY2(log.contains(expected), log.right(600).constData());
        QVERIFY(log.contains("POST " + simulator->baseUrl().toEncoded() + "/oauth/access-token"));
    }

    void httpsThroughTinyproxyWithCustomCa()
    {
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        const auto simulator = startSim(QStringLiteral("server"));
        NetworkSettings settings = throughProxy(proxy);
        settings.tls.caPaths << m_pki.cert(QStringLiteral("ca"));
        const ApiResponse response = call(*simulator, settings);
        QCOMPARE(response.failure, NetworkFailure::None);
        QCOMPARE(response.status, 200);
        QVERIFY(proxy.log().contains("CONNECT 127.0.0.1:" + QByteArray::number(simulator->port())));
        QVERIFY(!response.protocol.isEmpty());
    }

    void proxyAuthentication()
    {
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(QStringLiteral("support"), QStringLiteral("s3cret")), qPrintable(proxy.error()));
        const auto simulator = startSim();

        const ApiResponse without = call(*simulator, throughProxy(proxy));
        QCOMPARE(without.failureCode(), QStringLiteral("proxy_auth_required"));
        QCOMPARE(ApiError::fromResponse(without).code, QStringLiteral("proxy_auth_required"));

        const ApiResponse wrong =
            call(*simulator, throughProxy(proxy, QStringLiteral("support"), QStringLiteral("no")));
        QCOMPARE(wrong.failureCode(), QStringLiteral("proxy_auth_required"));

        const ApiResponse right =
            call(*simulator, throughProxy(proxy, QStringLiteral("support"), QStringLiteral("s3cret")));
        QCOMPARE(right.failure, NetworkFailure::None);
        QCOMPARE(right.status, 200);
    }

    void proxyRefused()
    {
        const auto simulator = startSim();
        NetworkSettings settings;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        settings.proxy = *ProxySettings::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(port), nullptr);
        const ApiResponse response = call(*simulator, settings);
        QCOMPARE(response.failureCode(), QStringLiteral("proxy_refused"));
        const ErrorInfo info = ErrorCatalog::decide(ApiError::fromResponse(response));
        QCOMPARE(info.code, QStringLiteral("proxy_refused"));
        QVERIFY(info.hint.contains(QStringLiteral("proxy")));
    }

    // SOCKS5 (a manual proxy, as the profile's Network page sets it) through a real danted: the token
    // request and the call both pass through it, plain HTTP and TLS inside the tunnel alike.
    void socks5ThroughDante()
    {
        test::DanteProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        const auto simulator = startSim();
        NetworkSettings settings;
        settings.proxy = *ProxySettings::fromUrl(proxy.url(), nullptr);
        QCOMPARE(settings.proxy.type, QNetworkProxy::Socks5Proxy);
        const ApiResponse response = call(*simulator, settings);
        QCOMPARE(response.failure, NetworkFailure::None);
        QCOMPARE(response.status, 200);
        QVERIFY2(proxy.carriedTo(simulator->port()), proxy.log().right(800).constData());

        const auto tls = startSim(QStringLiteral("server"));
        settings.tls.caPaths << m_pki.cert(QStringLiteral("ca"));
        const ApiResponse secure = call(*tls, settings);
        QCOMPARE(secure.failure, NetworkFailure::None);
        QCOMPARE(secure.status, 200);
        QVERIFY2(proxy.carriedTo(tls->port()), proxy.log().right(800).constData());

        // socks5h:// (the proxy resolves the name) reaches the same server by name. danted resolves it
        // with this machine's resolver: a bare build root may have no /etc/hosts entry for "localhost".
        if (QHostInfo::fromName(QStringLiteral("localhost")).addresses().isEmpty())
            QSKIP("this machine does not resolve \"localhost\" (no /etc/hosts entry), so neither can danted");
        NetworkSettings byName;
        byName.proxy =
            *ProxySettings::fromUrl(QStringLiteral("socks5h://127.0.0.1:%1").arg(proxy.port()), nullptr);
        QUrl localhost = simulator->baseUrl();
        localhost.setHost(QStringLiteral("localhost"));
        const ApiResponse named = call(*simulator, byName, localhost);
        QCOMPARE(named.failure, NetworkFailure::None);
        QCOMPARE(named.status, 200);
    }

    void socks5ProxyRefused()
    {
        const auto simulator = startSim();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        NetworkSettings settings;
        settings.proxy = *ProxySettings::fromUrl(QStringLiteral("socks5://127.0.0.1:%1").arg(port), nullptr);
        const ApiResponse response = call(*simulator, settings);
        QCOMPARE(response.failureCode(), QStringLiteral("proxy_refused"));
        QCOMPARE(ErrorCatalog::decide(ApiError::fromResponse(response)).code,
                 QStringLiteral("proxy_refused"));
    }

    // danted checks SOCKS5 users against this computer's accounts, so here only the refusal of a client
    // without credentials is tested: proxy_auth_required, and nothing reaches the server (a successful
    // login: socks5LoginThroughMicrosocks).
    void socks5AuthenticationRequired()
    {
        test::DanteProxy proxy;
        QVERIFY2(proxy.start(test::DanteProxy::Auth::RequireUsername), qPrintable(proxy.error()));
        const auto simulator = startSim();
        NetworkSettings settings;
        settings.proxy = *ProxySettings::fromUrl(proxy.url(), nullptr);
        const ApiResponse without = call(*simulator, settings);
        QCOMPARE(without.failureCode(), QStringLiteral("proxy_auth_required"));

        // Refused credentials end the request (Qt's SOCKS5 engine asks again after each refusal).
        settings.proxy.user = QStringLiteral("cx-no-such-user");
        settings.proxy.password = QStringLiteral("s3cret");
        QElapsedTimer timer;
        timer.start();
        const ApiResponse wrong = call(*simulator, settings);
        QCOMPARE(wrong.failureCode(), QStringLiteral("proxy_auth_required"));
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(!proxy.carriedTo(simulator->port()));
    }

    // A SOCKS5 login that succeeds (danted above can only refuse one): microsocks with a user and password
    // of its own, as the profile's Network page sets a manual proxy. The token request and the call go
    // through it, plain HTTP and TLS inside the tunnel; a wrong password, or none, is proxy_auth_required
    // within 10 s, and nothing reaches the server.
    void socks5LoginThroughMicrosocks()
    {
        if (test::MicroSocks::executable().isEmpty())
            QSKIP(qPrintable(test::MicroSocks::missingMessage()));
        const QString user = QStringLiteral("cx-socks");
        const QString password = QStringLiteral("s0cks-Pa55+/=~");
        test::MicroSocks proxy;
        QVERIFY2(proxy.start(user, password), qPrintable(proxy.error()));
        NetworkSettings settings;
        settings.proxy.mode = ProxySettings::Mode::Manual;
        settings.proxy.type = QNetworkProxy::Socks5Proxy;
        settings.proxy.host = QStringLiteral("127.0.0.1");
        settings.proxy.port = proxy.port();
        settings.proxy.user = user;
        settings.proxy.password = password;

        const auto simulator = startSim();
        const ApiResponse response = call(*simulator, settings);
        QCOMPARE(response.failure, NetworkFailure::None);
        QCOMPARE(response.status, 200);
        QVERIFY2(proxy.carriedTo(simulator->port()), proxy.log().right(800).constData());

        const auto tls = startSim(QStringLiteral("server"));
        NetworkSettings secure = settings;
        secure.tls.caPaths << m_pki.cert(QStringLiteral("ca"));
        const ApiResponse overTls = call(*tls, secure);
        QCOMPARE(overTls.failure, NetworkFailure::None);
        QCOMPARE(overTls.status, 200);
        QVERIFY2(proxy.carriedTo(tls->port()), proxy.log().right(800).constData());

        // The same proxy given as a URL with the credentials in it (curl's form, as connect-cli takes it).
        const auto byUrl = ProxySettings::fromUrl(proxy.url(user, password), nullptr);
        QVERIFY(byUrl);
        QCOMPARE(byUrl->password, password);
        NetworkSettings fromUrl;
        fromUrl.proxy = *byUrl;
        QCOMPARE(call(*simulator, fromUrl).status, 200);

        const auto untouched = startSim();
        NetworkSettings wrong = settings;
        wrong.proxy.password = QStringLiteral("not-") + password;
        QElapsedTimer timer;
        timer.start();
        const ApiResponse refused = call(*untouched, wrong);
        QCOMPARE(refused.failureCode(), QStringLiteral("proxy_auth_required"));
        QCOMPARE(ErrorCatalog::decide(ApiError::fromResponse(refused)).code,
                 QStringLiteral("proxy_auth_required"));
        QVERIFY2(timer.elapsed() < 10000, QByteArray::number(timer.elapsed()).constData());

        NetworkSettings without = settings;
        without.proxy.user.clear();
        without.proxy.password.clear();
        timer.restart();
        QCOMPARE(call(*untouched, without).failureCode(), QStringLiteral("proxy_auth_required"));
        QVERIFY2(timer.elapsed() < 10000, QByteArray::number(timer.elapsed()).constData());
        QVERIFY2(!proxy.carriedTo(untouched->port()), proxy.log().right(800).constData());
        QCOMPARE(untouched->requestCount(), 0);
    }

    // Through a working SOCKS5 proxy to a server that is down: the proxy relays the server's refusal
    // (an HTTP proxy's ConnectionRefused is the proxy's own; a SOCKS5 proxy's is the server's).
    void socks5ServerDown()
    {
        test::DanteProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl down(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        const auto simulator = startSim();
        NetworkSettings settings;
        settings.proxy = *ProxySettings::fromUrl(proxy.url(), nullptr);
        const ApiResponse response = call(*simulator, settings, down);
        // The server refused, not the proxy: the fix is the server's address, not the proxy's.
        QCOMPARE(response.failureCode(), QStringLiteral("connection_refused"));
        QCOMPARE(response.failure, NetworkFailure::ConnectionRefused);
    }

    void tlsFailuresAreNamed_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QString>("code");
        QTest::newRow("untrusted issuer") << "server" << false << "tls_untrusted";
        QTest::newRow("self-signed") << "selfsigned" << true << "tls_self_signed";
        QTest::newRow("expired") << "expired" << true << "tls_expired";
        QTest::newRow("hostname mismatch") << "otherhost" << true << "tls_hostname_mismatch";
    }

    void tlsFailuresAreNamed()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, withCa);
        QFETCH(QString, code);
        const auto simulator = startSim(certificate);
        NetworkSettings settings = withCa ? trustingCa() : NetworkSettings{};
        const ApiResponse response = call(*simulator, settings);
        QCOMPARE(response.failure, NetworkFailure::Tls);
        QCOMPARE(response.failureCode(), code);
        // The certificate at fault, as the user needs it to judge it.
        QVERIFY(!response.certificate.isNull());
        QCOMPARE(response.certificate.sha256.count(QLatin1Char(':')), 31);
        QVERIFY(response.certificate.pin.startsWith(QStringLiteral("sha256/")));
        if (code == QLatin1String("tls_hostname_mismatch"))
            QCOMPARE(response.certificate.names, QStringList{QStringLiteral("api.example.com")});
        const ApiError error = ApiError::fromResponse(response);
        QCOMPARE(error.code, code);
        QCOMPARE(error.certificate.pin, response.certificate.pin);
        QCOMPARE(ErrorCatalog::decide(error).code, code);
        QCOMPARE(simulator->tokenRequestCount(), 0); // the secret never left over an untrusted connection
    }

    void theRightCaFixesAnUntrustedIssuer()
    {
        const auto simulator = startSim(QStringLiteral("server"));
        const ApiResponse response = call(*simulator, trustingCa());
        QCOMPARE(response.failure, NetworkFailure::None);
        QCOMPARE(response.status, 200);
        // A folder of CA files works as well as the file.
        NetworkSettings folder;
        folder.tls.caPaths << m_pki.path();
        QCOMPARE(call(*simulator, folder).status, 200);
    }

    void aPinTrustsThatCertificateOnly()
    {
        const auto simulator = startSim(QStringLiteral("selfsigned"));
        const ApiResponse refused = call(*simulator, NetworkSettings{});
        QCOMPARE(refused.failureCode(), QStringLiteral("tls_self_signed"));

        NetworkSettings pinned;
        pinned.tls.pins << refused.certificate.pin; // what the app shows and the user accepts
        const ApiResponse accepted = call(*simulator, pinned);
        QCOMPARE(accepted.failure, NetworkFailure::None);
        QCOMPARE(accepted.status, 200);

        // Another certificate's pin does not help; nor does a pin make an expired certificate valid.
        const auto other = startSim(QStringLiteral("expired"));
        QCOMPARE(call(*other, pinned).failure, NetworkFailure::Tls);
        const ApiResponse expired = call(*other, trustingCa());
        NetworkSettings expiredPinned = trustingCa();
        expiredPinned.tls.pins << expired.certificate.pin;
        QCOMPARE(call(*other, expiredPinned).failureCode(), QStringLiteral("tls_expired"));
    }

    // A server that requires a client certificate: `openssl s_server -Verify 1 -verify_return_error` (a
    // real TLS server from the distribution). Under TLS 1.3 it refuses a missing or foreign client
    // certificate after the handshake with an alert, which Qt's network layer reports only as a closed
    // connection: TlsProbe reads the alert, so the panel can still say what is wrong.
    void clientCertificates()
    {
        // One server per attempt: s_server serves one connection at a time.
        const auto get = [&](const NetworkSettings &settings) {
            QTcpServer free;
            if (!free.listen(QHostAddress::LocalHost, 0))
                qFatal("no free port");
            const quint16 port = free.serverPort();
            free.close();
            QProcess server;
            server.setProcessChannelMode(QProcess::MergedChannels);
            server.start(QStringLiteral("openssl"),
                         {QStringLiteral("s_server"), QStringLiteral("-accept"),
                          QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                          m_pki.cert(QStringLiteral("server")), QStringLiteral("-key"),
                          m_pki.key(QStringLiteral("server")), QStringLiteral("-CAfile"),
                          m_pki.cert(QStringLiteral("ca")), QStringLiteral("-Verify"), QStringLiteral("1"),
                          QStringLiteral("-verify_return_error"), QStringLiteral("-www"),
                          QStringLiteral("-quiet")});
            if (!server.waitForStarted(10000))
                qFatal("openssl s_server did not start");
            // Ready once its banner is out ("ACCEPT"); -quiet keeps it to that line.
            QElapsedTimer waited;
            waited.start();
            while (!server.readAll().contains("ACCEPT") && waited.elapsed() < 10000)
                server.waitForReadyRead(100);
            ApiClient client;
            QString error;
            if (!client.setNetworkSettings(settings, &error))
                qFatal("%s", qPrintable(error));
            client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
            ApiRequest request;
            request.path = QStringLiteral("/");
            request.authenticated = false;
            ApiCall *pending = client.send(request);
            QSignalSpy finished(pending, &ApiCall::finished);
            if (!finished.wait(30000))
                qFatal("no answer");
            const ApiResponse response = pending->response();
            server.kill();
            server.waitForFinished(5000);
            return response;
        };

        const ApiResponse without = get(trustingCa());
        QCOMPARE(without.failure, NetworkFailure::Tls);
        QCOMPARE(without.failureCode(), QStringLiteral("tls_client_cert_required"));
        QCOMPARE(ErrorCatalog::decide(ApiError::fromResponse(without)).code,
                 QStringLiteral("tls_client_cert_required"));

        NetworkSettings rogue = trustingCa();
        rogue.tls.clientCertificateFile = m_pki.cert(QStringLiteral("rogueclient"));
        rogue.tls.clientKeyFile = m_pki.key(QStringLiteral("rogueclient"));
        QCOMPARE(get(rogue).failureCode(), QStringLiteral("tls_client_cert_refused"));

        // The right certificate, against connect-sim requiring it (s_server's -www page never ends its
        // body for Qt's client, so the success is shown on our own server).
        NetworkSettings right = trustingCa();
        right.tls.clientCertificateFile = m_pki.cert(QStringLiteral("client"));
        right.tls.clientKeyFile = m_pki.key(QStringLiteral("client"));
        const auto simulator = startSim(QStringLiteral("server"), m_pki.cert(QStringLiteral("ca")));
        const ApiResponse with = call(*simulator, right);
        QCOMPARE(with.failure, NetworkFailure::None);
        QCOMPARE(with.status, 200);

        // The same certificate and key as one PKCS#12 file, with its passphrase.
        NetworkSettings p12 = trustingCa();
        p12.tls.clientCertificateFile = m_pki.p12();
        p12.tls.passphrase = "p12-passphrase";
        const ApiResponse withP12 = call(*simulator, p12);
        QCOMPARE(withP12.failure, NetworkFailure::None);
        QCOMPARE(withP12.status, 200);
        // A wrong passphrase is refused when the settings are set, naming the file.
        p12.tls.passphrase = "wrong";
        ApiClient client;
        QString error;
        QVERIFY(!client.setNetworkSettings(p12, &error));
        QVERIFY2(error.contains(QStringLiteral("client.p12")) && error.contains(QStringLiteral("passphrase")),
                 qPrintable(error));
    }

    // HTTP/2 where the server offers it (Qt's default for HTTPS): nginx as a TLS + h2 front for the
    // simulator. The protocol actually used is recorded on the response.
    void http2WhereOffered()
    {
        const auto simulator = startSim();
        test::NginxFront nginx;
        QVERIFY2(nginx.start(simulator->port(), m_pki.cert(QStringLiteral("server")),
                             m_pki.key(QStringLiteral("server"))),
                 qPrintable(nginx.error()));
        const QUrl front(QStringLiteral("https://127.0.0.1:%1").arg(nginx.port()));
        const ApiResponse response = call(*simulator, trustingCa(), front);
        QCOMPARE(response.failure, NetworkFailure::None);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.protocol, QByteArray("h2"));
        // nginx writes the access log line once the stream is finalised, which may come just after the
        // client has its response.
        QTRY_VERIFY_WITH_TIMEOUT(nginx.accessLog().contains("\"GET /api/templates HTTP/2.0\""), 10000);
        // The simulator itself speaks HTTP/1.1.
        QCOMPARE(call(*simulator, trustingCa()).protocol, QByteArray("http/1.1"));
    }

    // A server that speaks only TLS 1.1 (openssl s_server -tls1_1): no version in common with Qt's
    // TLS 1.2-or-later client, named tls_protocol.
    void protocolMismatchIsNamed()
    {
        QTcpServer free;
        QVERIFY(free.listen(QHostAddress::LocalHost, 0));
        const quint16 port = free.serverPort();
        free.close();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(
            QStringLiteral("openssl"),
            {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
             QStringLiteral("-cert"), m_pki.cert(QStringLiteral("server")), QStringLiteral("-key"),
             m_pki.key(QStringLiteral("server")), QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
             QStringLiteral("DEFAULT:@SECLEVEL=0"), QStringLiteral("-www"), QStringLiteral("-quiet")});
        QVERIFY(server.waitForStarted(10000));
        QElapsedTimer waited;
        waited.start();
        while (!server.readAll().contains("ACCEPT") && waited.elapsed() < 10000)
            server.waitForReadyRead(100);
        ApiClient client;
        QVERIFY(client.setNetworkSettings(trustingCa()));
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
        ApiRequest request;
        request.path = QStringLiteral("/");
        request.authenticated = false;
        ApiCall *pending = client.send(request);
        QSignalSpy finished(pending, &ApiCall::finished);
        QVERIFY(finished.wait(30000));
        server.kill();
        server.waitForFinished(5000);
        QCOMPARE(pending->response().failure, NetworkFailure::Tls);
        QVERIFY2(pending->response().failureCode() == QLatin1String("tls_protocol"),
                 qPrintable(pending->response().failureDetail));
    }

    // An https -> http redirect is never followed with credentials: the token stays unsent. A request
    // without any follows it, and says so (downgradedTo).
    void httpsToHttpRedirectKeepsTheToken()
    {
        const auto simulator = startSim();
        test::NginxFront nginx;
        QVERIFY2(nginx.start(simulator->port(), m_pki.cert(QStringLiteral("server")),
                             m_pki.key(QStringLiteral("server"))),
                 qPrintable(nginx.error()));
        ApiClient client;
        QVERIFY(client.setNetworkSettings(trustingCa()));
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(nginx.port())));
        Session session(&client);
        client.setSession(&session);
        session.setCredentials(simulator->config().clientId, simulator->config().clientSecret);
        ApiRequest request;
        request.path = QStringLiteral("/to-http/api/templates");
        ApiCall *refused = client.send(request);
        QSignalSpy refusedDone(refused, &ApiCall::finished);
        QVERIFY(refusedDone.wait(30000));
        QCOMPARE(refused->response().failure, NetworkFailure::UnsupportedRedirect);
        QCOMPARE(simulator->tokenRequestCount(), 1); // signed in over https, through nginx
        QCOMPARE(simulator->requestCount(), 0);      // the redirect to plain http was not followed

        request.authenticated = false;
        ApiCall *followed = client.send(request);
        QSignalSpy followedDone(followed, &ApiCall::finished);
        QVERIFY(followedDone.wait(30000));
        QCOMPARE(followed->downgradedTo().scheme(), QStringLiteral("http"));
        QCOMPARE(followed->response().status, 401); // reached the simulator, without a token
    }

    // Issue 14: a timeout says whether the connection never came or the server never answered.
    // The server takes the connection and the request, and says nothing.
    void aSilentServerIsAResponseTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                accepted << socket; // read by no one, answered never
        });
        QElapsedTimer timer;
        timer.start();
        const ApiResponse response =
            callWithTimeout(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), 300ms);
        QCOMPARE(response.failure, NetworkFailure::Timeout);
        QCOMPARE(response.failureCode(), QStringLiteral("response_timeout"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!accepted.isEmpty());
        const ErrorInfo info = ErrorCatalog::decide(ApiError::fromResponse(response));
        QCOMPARE(info.code, QStringLiteral("response_timeout"));
        QVERIFY(info.hint.contains(QStringLiteral("timeout")));
    }

    // The listener's accept queue is full and it accepts no more: the kernel drops the client's SYN, so
    // no connection is ever made.
    void aFullAcceptQueueIsAConnectTimeout()
    {
        QTcpServer full;
        full.setListenBacklogSize(0);
        QVERIFY(full.listen(QHostAddress::LocalHost, 0));
        full.pauseAccepting();
        std::vector<std::unique_ptr<QTcpSocket>> fillers;
        for (int i = 0; i < 4; ++i) {
            fillers.push_back(std::make_unique<QTcpSocket>());
            fillers.back()->connectToHost(QHostAddress::LocalHost, full.serverPort());
        }
        QTest::qWait(100); // the first ones fill the queue, the others hang in SYN_SENT
        QElapsedTimer timer;
        timer.start();
        const ApiResponse response =
            callWithTimeout(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(full.serverPort())), 300ms);
        QCOMPARE(response.failure, NetworkFailure::Timeout);
        QCOMPARE(response.failureCode(), QStringLiteral("connect_timeout"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        const ErrorInfo info = ErrorCatalog::decide(ApiError::fromResponse(response));
        QCOMPARE(info.code, QStringLiteral("connect_timeout"));
        QVERIFY(info.hint.contains(QStringLiteral("firewall")));
    }

    // The headers arrive, then the body stops: neither of the two, a plain timeout.
    void aStalledBodyIsAPlainTimeout()
    {
        QTcpServer stalling;
        QVERIFY(stalling.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> accepted;
        connect(&stalling, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = stalling.nextPendingConnection()) {
                accepted << socket;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 100\r\n\r\n{\"items\":[");
                });
            }
        });
        const ApiResponse response =
            callWithTimeout(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(stalling.serverPort())), 300ms);
        QCOMPARE(response.failure, NetworkFailure::Timeout);
        QCOMPARE(response.status, 200);
        QVERIFY2(response.failureDetailCode.isEmpty(), qPrintable(response.failureDetailCode));
        QCOMPARE(response.failureCode(), QStringLiteral("timeout"));
    }

    void unreadableCertificateFilesAreRefusedUpFront()
    {
        ApiClient client;
        NetworkSettings settings;
        settings.tls.caPaths << m_pki.key(QStringLiteral("server")); // a key, not a certificate
        QString error;
        QVERIFY(!client.setNetworkSettings(settings, &error));
        QVERIFY2(error.contains(QStringLiteral("server.key")), qPrintable(error));
        settings = {};
        settings.tls.clientCertificateFile = m_pki.cert(QStringLiteral("client")); // no key given or inside
        QVERIFY(!client.setNetworkSettings(settings, &error));
        QVERIFY2(error.contains(QStringLiteral("private key")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstNetworks)
#include "tst_networks.moc"
