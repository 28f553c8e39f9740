// connect-sim over HTTPS (issue 14, deliver 5): the in-process simulator and the connect-sim executable
// with --tls-cert/--tls-key/--client-ca, reached by Qt's own client, by the app's ApiClient + Session and
// by curl (a client nobody here wrote), with certificates made by openssl for each run (TestPki).
#include "ConnectSimulator.h"
#include "SimTls.h"
#include "TestPki.h"
#include "auth/Session.h"
#include "net/ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::sim;

class TstSimTls : public QObject
{
    Q_OBJECT

private:
    test::TestPki m_pki;
    QSslConfiguration m_trustingClient; // trusts the test CA (only)

    std::unique_ptr<ConnectSimulator> startTls(const QString &certName, const QString &clientCa = {})
    {
        QString error;
        const auto tls = loadServerTls({m_pki.cert(certName), m_pki.key(certName), clientCa}, &error);
        if (!tls)
            qFatal("%s", qPrintable(error));
        auto simulator = std::make_unique<ConnectSimulator>();
        simulator->setTlsConfiguration(*tls);
        if (!simulator->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        return simulator;
    }

    struct Outcome
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QList<QSslError> sslErrors;
        QByteArray body;
    };

    Outcome get(const QUrl &url, const QSslConfiguration &configuration)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setSslConfiguration(configuration);
        QNetworkReply *reply = nam.get(request);
        Outcome outcome;
        connect(reply, &QNetworkReply::sslErrors, this,
                [&outcome](const QList<QSslError> &errors) { outcome.sslErrors = errors; });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            qFatal("no answer from %s", qPrintable(url.toString()));
        outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.error = reply->error();
        outcome.body = reply->readAll();
        reply->deleteLater();
        return outcome;
    }

    static bool hasError(const QList<QSslError> &errors, QSslError::SslError kind)
    {
        return std::any_of(errors.cbegin(), errors.cend(),
                           [kind](const QSslError &e) { return e.error() == kind; });
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        QVERIFY2(m_pki.create(), qPrintable(m_pki.error()));
        m_trustingClient = QSslConfiguration::defaultConfiguration();
        m_trustingClient.setCaCertificates(QSslCertificate::fromPath(m_pki.cert(QStringLiteral("ca"))));
    }

    void loadRefusesWhatIsNotACertificate()
    {
        QString error;
        QVERIFY(!loadServerTls(
            {m_pki.path() + QStringLiteral("/nope.pem"), m_pki.key(QStringLiteral("server")), {}}, &error));
        QVERIFY2(error.contains(QStringLiteral("nope.pem")), qPrintable(error));
        // A key file where the certificate should be, and the other way round.
        QVERIFY(!loadServerTls({m_pki.key(QStringLiteral("server")), m_pki.key(QStringLiteral("server")), {}},
                               &error));
        QVERIFY2(error.contains(QStringLiteral("no PEM certificate")), qPrintable(error));
        QVERIFY(!loadServerTls(
            {m_pki.cert(QStringLiteral("server")), m_pki.cert(QStringLiteral("server")), {}}, &error));
        QVERIFY2(error.contains(QStringLiteral("private key")), qPrintable(error));
        QVERIFY(loadServerTls({m_pki.cert(QStringLiteral("server")), m_pki.key(QStringLiteral("server")), {}},
                              &error));
    }

    void servesHttpsToAClientThatTrustsItsCa()
    {
        const auto simulator = startTls(QStringLiteral("server"));
        QCOMPARE(simulator->baseUrl().scheme(), QStringLiteral("https"));
        // Two requests: the second one reuses the encrypted connection (bytes after the handshake).
        for (int i = 0; i < 2; ++i) {
            const Outcome outcome =
                get(simulator->baseUrl().resolved(QUrl(QStringLiteral("/openapi.json"))), m_trustingClient);
            QCOMPARE(outcome.error, QNetworkReply::NoError);
            QCOMPARE(outcome.status, 200);
            QVERIFY(outcome.body.startsWith('{'));
        }
        QCOMPARE(simulator->tlsHandshakeFailures(), 0);
    }

    void aClientThatDoesNotTrustItFailsTheHandshake_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<int>("expected");
        QTest::newRow("unknown issuer")
            << QStringLiteral("server") << int(QSslError::UnableToGetLocalIssuerCertificate);
        QTest::newRow("self-signed") << QStringLiteral("selfsigned") << int(QSslError::SelfSignedCertificate);
        QTest::newRow("expired") << QStringLiteral("expired") << int(QSslError::CertificateExpired);
        QTest::newRow("other host") << QStringLiteral("otherhost") << int(QSslError::HostNameMismatch);
    }

    void aClientThatDoesNotTrustItFailsTheHandshake()
    {
        QFETCH(QString, certificate);
        QFETCH(int, expected);
        const auto simulator = startTls(certificate);
        // "unknown issuer": the system store only; the others trust the test CA, so what is left is the
        // certificate's own fault.
        const QSslConfiguration client = certificate == QLatin1String("server")
                                             ? QSslConfiguration::defaultConfiguration()
                                             : m_trustingClient;
        const Outcome outcome =
            get(simulator->baseUrl().resolved(QUrl(QStringLiteral("/openapi.json"))), client);
        QCOMPARE(outcome.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY2(hasError(outcome.sslErrors, QSslError::SslError(expected)),
                 qPrintable(outcome.sslErrors.isEmpty() ? QStringLiteral("no ssl errors")
                                                        : outcome.sslErrors.first().errorString()));
        QTRY_COMPARE(simulator->tlsHandshakeFailures(), 1);
    }

    void clientCertificateRequiredWithClientCa()
    {
        const auto simulator = startTls(QStringLiteral("server"), m_pki.cert(QStringLiteral("ca")));
        const QUrl url = simulator->baseUrl().resolved(QUrl(QStringLiteral("/openapi.json")));

        const Outcome without = get(url, m_trustingClient);
        QVERIFY2(without.error != QNetworkReply::NoError, "served a client without a certificate");

        QSslConfiguration rogue = m_trustingClient;
        rogue.setLocalCertificate(
            QSslCertificate::fromPath(m_pki.cert(QStringLiteral("rogueclient"))).value(0));
        QFile rogueKey(m_pki.key(QStringLiteral("rogueclient")));
        QVERIFY(rogueKey.open(QIODevice::ReadOnly));
        rogue.setPrivateKey(QSslKey(rogueKey.readAll(), QSsl::Rsa));
        QVERIFY(get(url, rogue).error != QNetworkReply::NoError);

        QSslConfiguration withCertificate = m_trustingClient;
        withCertificate.setLocalCertificate(
            QSslCertificate::fromPath(m_pki.cert(QStringLiteral("client"))).value(0));
        QFile key(m_pki.key(QStringLiteral("client")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        withCertificate.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        const Outcome with = get(url, withCertificate);
        QCOMPARE(with.error, QNetworkReply::NoError);
        QCOMPARE(with.status, 200);
        QTRY_VERIFY(simulator->tlsHandshakeFailures() >= 2);
    }

    void theAppSignsInAndCallsOverHttps()
    {
        const auto simulator = startTls(QStringLiteral("server"));
        // The app's client with the test CA in its default configuration (what a profile's extra CA
        // certificates will add, issue 14 deliver 2).
        const QSslConfiguration previous = QSslConfiguration::defaultConfiguration();
        QSslConfiguration::setDefaultConfiguration(m_trustingClient);
        ApiClient client;
        client.setBaseUrl(simulator->baseUrl());
        Session session(&client);
        client.setSession(&session);
        session.setCredentials(simulator->config().clientId, simulator->config().clientSecret);
        ApiRequest request;
        request.path = QStringLiteral("/api/templates");
        ApiCall *call = client.send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(20000));
        QSslConfiguration::setDefaultConfiguration(previous);
        QCOMPARE(call->response().failure, NetworkFailure::None);
        QCOMPARE(call->response().status, 200);
        QCOMPARE(call->response().url.scheme(), QStringLiteral("https"));
        QCOMPARE(simulator->tokenRequestCount(), 1);
    }

    void theExecutableServesHttpsToCurl()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QFAIL("curl is not installed (scripts/setup.sh installs it)");
        QProcess sim;
        sim.start(qEnvironmentVariable("CONNECT_SIM"),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"),
                   m_pki.cert(QStringLiteral("server")), QStringLiteral("--tls-key"),
                   m_pki.key(QStringLiteral("server"))});
        QVERIFY(sim.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 20000);
        const QString url = QString::fromUtf8(sim.readLine()).trimmed();
        QVERIFY2(url.startsWith(QStringLiteral("https://127.0.0.1:")), qPrintable(url));

        QProcess trusting;
        trusting.start(curl,
                       {QStringLiteral("-sS"), QStringLiteral("--cacert"), m_pki.cert(QStringLiteral("ca")),
                        QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                        QStringLiteral("%{http_code} %{scheme}"), url + QStringLiteral("/openapi.json")});
        QVERIFY(trusting.waitForFinished(20000));
        QCOMPARE(trusting.exitCode(), 0);
        QCOMPARE(trusting.readAllStandardOutput(), QByteArray("200 HTTPS"));

        QProcess untrusting;
        untrusting.start(curl, {QStringLiteral("-sS"), url + QStringLiteral("/openapi.json")});
        QVERIFY(untrusting.waitForFinished(20000));
        QCOMPARE(untrusting.exitCode(), 60); // curl: peer certificate cannot be authenticated
        // The simulator names the failed handshake on stderr.
        QByteArray errors;
        QTRY_VERIFY_WITH_TIMEOUT((errors += sim.readAllStandardError()).contains("TLS handshake failed"),
                                 10000);
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
    }

    void theExecutableRefusesABadKeyAsAUsageError()
    {
        QProcess sim;
        sim.start(qEnvironmentVariable("CONNECT_SIM"),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"),
                   m_pki.cert(QStringLiteral("server")), QStringLiteral("--tls-key"),
                   m_pki.cert(QStringLiteral("server"))});
        QVERIFY(sim.waitForFinished(20000));
        QCOMPARE(sim.exitCode(), 2); // connect-sim's usage error
        QVERIFY(sim.readAllStandardError().contains("private key"));

        QProcess alone;
        alone.start(qEnvironmentVariable("CONNECT_SIM"),
                    {QStringLiteral("--tls-cert"), m_pki.cert(QStringLiteral("server"))});
        QVERIFY(alone.waitForFinished(20000));
        QCOMPARE(alone.exitCode(), 2);
        QVERIFY(alone.readAllStandardError().contains("--tls-key"));
    }
};

QTEST_GUILESS_MAIN(TstSimTls)
#include "tst_sim_tls.moc"
