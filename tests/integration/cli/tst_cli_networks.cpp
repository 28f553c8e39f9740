// connect-cli on every network (issue 14): call and check through tinyproxy (with and without Basic
// authentication, named by --proxy or by https_proxy), through danted (--proxy socks5://) and microsocks
// (a SOCKS5 login, the password never printed or logged), over TLS to
// connect-sim with --cacert, --pin and the errors that name what to fix (--json: error.code and
// error.certificate).
#include "CliProcess.h"
#include "ConnectSimulator.h"
#include "DanteProxy.h"
#include "MicroSocks.h"
#include "SimTls.h"
#include "TestPki.h"
#include "TinyProxy.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <algorithm>

using namespace cx;
using namespace cx::sim;

namespace {

// A secret as it could leak: raw, percent-encoded (as in a proxy URL), JSON-escaped, and in base64 /
// base64url at each alignment (as in a Basic or SOCKS credential dump), as tst_secrets_canary looks.
QList<QByteArray> formsOf(const QByteArray &value)
{
    QList<QByteArray> forms{value, QUrl::toPercentEncoding(QString::fromUtf8(value)),
                            QUrl::toPercentEncoding(QString::fromUtf8(value), "", "~")};
    QByteArray jsonEscaped =
        QJsonDocument(QJsonObject{{"v", QString::fromUtf8(value)}}).toJson(QJsonDocument::Compact);
    jsonEscaped = jsonEscaped.mid(6, jsonEscaped.size() - 8); // {"v":"...."}
    forms << jsonEscaped << QByteArray(value).replace("/", "\\/");
    for (int skip = 0; skip < 3; ++skip) {
        const QByteArray aligned = value.mid(skip, (value.size() - skip) / 3 * 3);
        if (aligned.size() < 6)
            continue;
        forms << aligned.toBase64() << aligned.toBase64(QByteArray::Base64UrlEncoding);
    }
    forms.removeAll(QByteArray());
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return forms;
}

} // namespace

class TstCliNetworks : public QObject
{
    Q_OBJECT

private:
    test::TestPki m_pki;

    std::unique_ptr<ConnectSimulator> startSim(const QString &certName = {})
    {
        auto simulator = std::make_unique<ConnectSimulator>();
        if (!certName.isEmpty()) {
            QString error;
            const auto tls = loadServerTls({m_pki.cert(certName), m_pki.key(certName), {}}, &error);
            if (!tls)
                qFatal("%s", qPrintable(error));
            simulator->setTlsConfiguration(*tls);
        }
        if (!simulator->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        return simulator;
    }

    static test::CliRun call(const ConnectSimulator &simulator, const QStringList &extra,
                             const QMap<QString, QString> &environment = {})
    {
        test::CliOptions options;
        options.environment.insert(QStringLiteral("CONNECT_CLIENT_SECRET"), simulator.config().clientSecret);
        for (const char *name :
             {"https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            options.environment.remove(QString::fromLatin1(name));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            options.environment.insert(it.key(), it.value());
        return test::runCli(QStringList{QStringLiteral("call"), QStringLiteral("GET"),
                                        QStringLiteral("/api/templates"), QStringLiteral("--json"),
                                        QStringLiteral("--base-url"), simulator.baseUrl().toString(),
                                        QStringLiteral("--client-id"), simulator.config().clientId} +
                                extra,
                            options);
    }

    static QString codeOf(const test::CliRun &run)
    {
        return run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }

private slots:
    void initTestCase() { QVERIFY2(m_pki.create(), qPrintable(m_pki.error())); }

    void throughProxyNamedOnTheCommandLine()
    {
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        const auto simulator = startSim();
        const test::CliRun run = call(*simulator, {QStringLiteral("--proxy"), proxy.url()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("protocol")).toString(), QStringLiteral("http/1.1"));
        QVERIFY(proxy.log().contains("GET " + simulator->baseUrl().toEncoded() + "/api/templates"));
    }

    void throughProxyFromTheEnvironment()
    {
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        const auto simulator = startSim(QStringLiteral("server"));
        const test::CliRun run =
            call(*simulator, {QStringLiteral("--cacert"), m_pki.cert(QStringLiteral("ca"))},
                 {{QStringLiteral("https_proxy"), proxy.url()}});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(proxy.log().contains("CONNECT 127.0.0.1:" + QByteArray::number(simulator->port())));
        // --no-proxy wins over the environment.
        const QByteArray before = proxy.log();
        const test::CliRun direct =
            call(*simulator,
                 {QStringLiteral("--cacert"), m_pki.cert(QStringLiteral("ca")), QStringLiteral("--no-proxy")},
                 {{QStringLiteral("https_proxy"), proxy.url()}});
        QCOMPARE(direct.exitCode, 0);
        QCOMPARE(proxy.log().count("CONNECT"), before.count("CONNECT"));
    }

    void proxyAuthentication()
    {
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(QStringLiteral("support"), QStringLiteral("s3cret")), qPrintable(proxy.error()));
        const auto simulator = startSim();
        QString withUser = proxy.url();
        withUser.replace(QStringLiteral("http://"), QStringLiteral("http://support@"));

        const test::CliRun without = call(*simulator, {QStringLiteral("--proxy"), withUser});
        QCOMPARE(without.exitCode, 2);
        QCOMPARE(codeOf(without), QStringLiteral("proxy_auth_required"));

        const test::CliRun with =
            call(*simulator, {QStringLiteral("--proxy"), withUser},
                 {{QStringLiteral("CONNECT_PROXY_PASSWORD"), QStringLiteral("s3cret")}});
        QVERIFY2(with.exitCode == 0, with.err.constData());
        QVERIFY(!with.out.contains("s3cret"));
        QVERIFY(!with.err.contains("s3cret"));
    }

    void proxyRefusedIsNamed()
    {
        const auto simulator = startSim();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const test::CliRun run = call(*simulator, {QStringLiteral("--proxy"), url});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(codeOf(run), QStringLiteral("proxy_refused"));
        // Without --json: the meaning and the fix.
        test::CliOptions options;
        options.environment.insert(QStringLiteral("CONNECT_CLIENT_SECRET"), simulator->config().clientSecret);
        const test::CliRun text = test::runCli(
            {QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
             QStringLiteral("--base-url"), simulator->baseUrl().toString(), QStringLiteral("--client-id"),
             simulator->config().clientId, QStringLiteral("--proxy"), url},
            options);
        QVERIFY2(text.err.contains("proxy_refused") && text.err.contains("The proxy refused the connection"),
                 text.err.constData());
    }

    // A server that takes the request and never answers: --json names the response timeout, while the
    // coarse failure stays "timeout".
    void aSilentServerIsAResponseTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        test::CliOptions options;
        for (const char *name :
             {"https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            options.environment.remove(QString::fromLatin1(name));
        const test::CliRun run =
            test::runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                          QStringLiteral("--json"), QStringLiteral("--no-auth"), QStringLiteral("--timeout"),
                          QStringLiteral("0.3"), QStringLiteral("--base-url"),
                          QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())},
                         options);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(codeOf(run), QStringLiteral("response_timeout"));
        QVERIFY2(run.elapsedMs < 10000, QByteArray::number(run.elapsedMs).constData());
    }

    void throughSocks5Proxy()
    {
        test::DanteProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        const auto simulator = startSim();
        const test::CliRun run = call(*simulator, {QStringLiteral("--proxy"), proxy.url()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("status")).toInt(), 200);
        QVERIFY2(proxy.carriedTo(simulator->port()), proxy.log().right(800).constData());

        // TLS inside the tunnel, the proxy named by all_proxy.
        const auto tls = startSim(QStringLiteral("server"));
        const test::CliRun secure = call(*tls, {QStringLiteral("--cacert"), m_pki.cert(QStringLiteral("ca"))},
                                         {{QStringLiteral("all_proxy"), proxy.url()}});
        QVERIFY2(secure.exitCode == 0, secure.err.constData());
        QVERIFY2(proxy.carriedTo(tls->port()), proxy.log().right(800).constData());
    }

    void socks5ProxyDownIsNamed()
    {
        const auto simulator = startSim();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("socks5://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const test::CliRun run = call(*simulator, {QStringLiteral("--proxy"), url});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(codeOf(run), QStringLiteral("proxy_refused"));

        test::DanteProxy proxy; // one that wants a user it cannot be given here
        QVERIFY2(proxy.start(test::DanteProxy::Auth::RequireUsername), qPrintable(proxy.error()));
        const test::CliRun refused = call(*simulator, {QStringLiteral("--proxy"), proxy.url()});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(codeOf(refused), QStringLiteral("proxy_auth_required"));
    }

    // A SOCKS5 login (microsocks: a user and password of the test's own) named by --proxy with the
    // credentials in the URL, and by all_proxy; a wrong password is proxy_auth_required. connect-cli runs
    // with debug logging into a home of its own: neither password appears in what it printed or in any
    // file it wrote (its log included), in any encoded form.
    void socks5LoginWithCredentialsInTheUrl()
    {
        if (test::MicroSocks::executable().isEmpty())
            QSKIP(qPrintable(test::MicroSocks::missingMessage()));
        const QString user = QStringLiteral("cx-socks");
        const QString password = QStringLiteral("cnry-S0cks+Pw/9=Zx~");
        const QString wrongPassword = QStringLiteral("cnry-Wr0ng+Pw/7=Qy~");
        test::MicroSocks proxy;
        QVERIFY2(proxy.start(user, password), qPrintable(proxy.error()));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QMap<QString, QString> environment{
            {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")}};
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
            const QString path = home.filePath(QString::fromLatin1(name).toLower());
            QVERIFY(QDir().mkpath(path));
            environment.insert(QString::fromLatin1(name), path);
        }
        QList<QPair<QString, QByteArray>> printed;

        const auto simulator = startSim();
        const test::CliRun run =
            call(*simulator, {QStringLiteral("--proxy"), proxy.url(user, password)}, environment);
        printed << qMakePair(QStringLiteral("--proxy (stdout)"), run.out)
                << qMakePair(QStringLiteral("--proxy (stderr)"), run.err);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("status")).toInt(), 200);
        QVERIFY2(proxy.carriedTo(simulator->port()), proxy.log().right(800).constData());

        // TLS inside the tunnel, the proxy and its credentials named by all_proxy.
        const auto tls = startSim(QStringLiteral("server"));
        QMap<QString, QString> withAllProxy = environment;
        withAllProxy.insert(QStringLiteral("all_proxy"), proxy.url(user, password));
        const test::CliRun secure =
            call(*tls, {QStringLiteral("--cacert"), m_pki.cert(QStringLiteral("ca"))}, withAllProxy);
        printed << qMakePair(QStringLiteral("all_proxy (stdout)"), secure.out)
                << qMakePair(QStringLiteral("all_proxy (stderr)"), secure.err);
        QVERIFY2(secure.exitCode == 0, secure.err.constData());
        QVERIFY2(proxy.carriedTo(tls->port()), proxy.log().right(800).constData());

        const auto untouched = startSim();
        const test::CliRun wrong =
            call(*untouched, {QStringLiteral("--proxy"), proxy.url(user, wrongPassword)}, environment);
        printed << qMakePair(QStringLiteral("wrong password (stdout)"), wrong.out)
                << qMakePair(QStringLiteral("wrong password (stderr)"), wrong.err);
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(codeOf(wrong), QStringLiteral("proxy_auth_required"));
        QVERIFY2(wrong.elapsedMs < 10000, QByteArray::number(wrong.elapsedMs).constData());
        QCOMPARE(untouched->requestCount(), 0);

        int files = 0;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            printed << qMakePair(file.fileName(), file.readAll());
            ++files;
        }
        QVERIFY2(files > 0, "connect-cli wrote no log file under its home: the search would prove nothing");
        QStringList found;
        for (const QString &secret : {password, wrongPassword}) {
            for (const QByteArray &form : formsOf(secret.toUtf8())) {
                for (const auto &[where, bytes] : std::as_const(printed)) {
                    if (bytes.contains(form))
                        found << QStringLiteral("%1: %2").arg(where, QString::fromUtf8(form));
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void tlsErrorsNameTheCertificateAndTheFix()
    {
        const auto simulator = startSim(QStringLiteral("selfsigned"));
        const test::CliRun refused = call(*simulator, {});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(codeOf(refused), QStringLiteral("tls_self_signed"));
        const QJsonObject certificate = refused.json()
                                            .value(QStringLiteral("error"))
                                            .toObject()
                                            .value(QStringLiteral("certificate"))
                                            .toObject();
        QCOMPARE(certificate.value(QStringLiteral("subject")).toString(), QStringLiteral("localhost"));
        QVERIFY(certificate.value(QStringLiteral("self_signed")).toBool());
        QVERIFY(certificate.value(QStringLiteral("names")).toArray().contains(QStringLiteral("127.0.0.1")));
        const QString pin = certificate.value(QStringLiteral("pin")).toString();
        QVERIFY(pin.startsWith(QStringLiteral("sha256/")));

        // The pin the error showed trusts this certificate (and only it).
        const test::CliRun pinned = call(*simulator, {QStringLiteral("--pin"), pin});
        QVERIFY2(pinned.exitCode == 0, pinned.err.constData());
        const auto other = startSim(QStringLiteral("server"));
        QCOMPARE(codeOf(call(*other, {QStringLiteral("--pin"), pin})), QStringLiteral("tls_untrusted"));
        QCOMPARE(call(*other, {QStringLiteral("--cacert"), m_pki.cert(QStringLiteral("ca"))}).exitCode, 0);

        const auto expired = startSim(QStringLiteral("expired"));
        const test::CliRun old =
            call(*expired, {QStringLiteral("--cacert"), m_pki.cert(QStringLiteral("ca"))});
        QCOMPARE(codeOf(old), QStringLiteral("tls_expired"));
        const auto wrongName = startSim(QStringLiteral("otherhost"));
        const test::CliRun name =
            call(*wrongName, {QStringLiteral("--cacert"), m_pki.cert(QStringLiteral("ca"))});
        QCOMPARE(codeOf(name), QStringLiteral("tls_hostname_mismatch"));
    }

    void checkThroughTheProxy()
    {
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        const auto simulator = startSim();
        test::CliOptions options;
        options.environment.insert(QStringLiteral("CONNECT_CLIENT_SECRET"), simulator->config().clientSecret);
        const test::CliRun run =
            test::runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--base-url"),
                          simulator->baseUrl().toString(), QStringLiteral("--client-id"),
                          simulator->config().clientId, QStringLiteral("--proxy"), proxy.url()},
                         options);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData()); // a finished check-up
        QVERIFY(proxy.log().contains("/oauth/access-token"));
        QVERIFY(proxy.log().contains("/api/templates"));
    }

    // Regression: with debug logging on, Qt logs the TLS backend's unloading during static destruction;
    // the log handler then used redaction patterns already destroyed and corrupted the heap (SIGSEGV or
    // SIGABRT in about one run in three). The handler is now removed before anything it uses is gone.
    void debugLoggingOverTlsExitsCleanly()
    {
        const auto simulator = startSim(QStringLiteral("server"));
        for (int i = 0; i < 6; ++i) {
            const test::CliRun run =
                call(*simulator, {QStringLiteral("--cacert"), m_pki.cert(QStringLiteral("ca"))},
                     {{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")}});
            QVERIFY2(run.exitCode == 0,
                     qPrintable(QStringLiteral("run %1: exit %2").arg(i).arg(run.exitCode)));
        }
    }

    void badFilesAreUsageErrors()
    {
        const auto simulator = startSim();
        const test::CliRun ca =
            call(*simulator, {QStringLiteral("--cacert"), m_pki.key(QStringLiteral("ca"))});
        QCOMPARE(ca.exitCode, 64);
        QVERIFY2(ca.err.contains("ca.key"), ca.err.constData());
        const test::CliRun pin = call(*simulator, {QStringLiteral("--pin"), QStringLiteral("md5/abc")});
        QCOMPARE(pin.exitCode, 64);
        const test::CliRun proxy =
            call(*simulator, {QStringLiteral("--proxy"), QStringLiteral("ftp://x:21")});
        QCOMPARE(proxy.exitCode, 64);
        QVERIFY(proxy.err.contains("--proxy"));
        const test::CliRun both = call(*simulator, {QStringLiteral("--proxy"), QStringLiteral("http://x:1"),
                                                    QStringLiteral("--no-proxy")});
        QCOMPARE(both.exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TstCliNetworks)
#include "tst_cli_networks.moc"
