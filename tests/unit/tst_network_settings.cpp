// The network settings' pure parts (issue 14): proxy URLs as curl and the *_proxy variables write them,
// the environment's choice per URL (no_proxy included), certificate pins, and the catalogue entry of
// every finer network code.
#include "errors/ErrorCatalog.h"
#include "net/NetworkSettings.h"
#include "net/ProxyResolver.h"

#include <QTest>

using namespace cx;

class TstNetworkSettings : public QObject
{
    Q_OBJECT

private slots:
    void proxyUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("http") << "http://proxy.corp:3128" << true << int(QNetworkProxy::HttpProxy)
                              << "proxy.corp" << 3128 << ""
                              << "";
        QTest::newRow("bare host:port")
            << "proxy.corp:8080" << true << int(QNetworkProxy::HttpProxy) << "proxy.corp" << 8080 << ""
            << "";
        QTest::newRow("curl's default port")
            << "proxy.corp" << true << int(QNetworkProxy::HttpProxy) << "proxy.corp" << 1080 << ""
            << "";
        QTest::newRow("user and encoded password")
            << "http://ann:p%40ss%3Aword@10.0.0.1:3128/" << true << int(QNetworkProxy::HttpProxy)
            << "10.0.0.1" << 3128 << "ann"
            << "p@ss:word";
        QTest::newRow("socks5") << "socks5://127.0.0.1:1080" << true << int(QNetworkProxy::Socks5Proxy)
                                << "127.0.0.1" << 1080 << ""
                                << "";
        QTest::newRow("socks5h") << "socks5h://gw:9050" << true << int(QNetworkProxy::Socks5Proxy) << "gw"
                                 << 9050 << ""
                                 << "";
        QTest::newRow("https proxy refused") << "https://proxy:443" << false << 0 << "" << 0 << ""
                                             << "";
        QTest::newRow("ftp refused") << "ftp://proxy:21" << false << 0 << "" << 0 << ""
                                     << "";
        QTest::newRow("empty") << "  " << false << 0 << "" << 0 << ""
                               << "";
        QTest::newRow("a path") << "http://proxy:3128/pac" << false << 0 << "" << 0 << ""
                                << "";
    }

    void proxyUrls()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QString error;
        const std::optional<ProxySettings> settings = ProxySettings::fromUrl(text, &error);
        QCOMPARE(settings.has_value(), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QCOMPARE(int(settings->type), type);
        QCOMPARE(settings->host, host);
        QCOMPARE(int(settings->port), port);
        QCOMPARE(settings->user, user);
        QCOMPARE(settings->password, password);
        QVERIFY(!settings->toUrl().contains(QStringLiteral("ss:word"))); // never the password unless asked
        if (!password.isEmpty())
            QCOMPARE(ProxySettings::fromUrl(settings->toUrl(true), nullptr)->password, password);
    }

    void noProxy_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("exempt");
        QTest::newRow("star") << "*"
                              << "api.cliquify.com" << 443 << true;
        QTest::newRow("exact") << "api.cliquify.com"
                               << "api.cliquify.com" << 443 << true;
        QTest::newRow("suffix") << "cliquify.com"
                                << "api.cliquify.com" << 443 << true;
        QTest::newRow("leading dot") << ".cliquify.com"
                                     << "api.cliquify.com" << 443 << true;
        QTest::newRow("not a suffix at a dot") << "quify.com"
                                               << "api.cliquify.com" << 443 << false;
        QTest::newRow("case") << "API.Cliquify.COM"
                              << "api.cliquify.com" << 443 << true;
        QTest::newRow("list with spaces") << "localhost, 127.0.0.1 ,.corp"
                                          << "wiki.corp" << 80 << true;
        QTest::newRow("port matches") << "api.cliquify.com:443"
                                      << "api.cliquify.com" << 443 << true;
        QTest::newRow("port differs") << "api.cliquify.com:8443"
                                      << "api.cliquify.com" << 443 << false;
        QTest::newRow("ip") << "10.1.2.3"
                            << "10.1.2.3" << 80 << true;
        QTest::newRow("cidr") << "10.0.0.0/8"
                              << "10.1.2.3" << 80 << true;
        QTest::newRow("cidr miss") << "10.0.0.0/8"
                                   << "11.1.2.3" << 80 << false;
        QTest::newRow("ipv6 bracket port") << "[::1]:8080"
                                           << "::1" << 8080 << true;
        QTest::newRow("empty") << ""
                               << "api.cliquify.com" << 443 << false;
    }

    void noProxy()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, exempt);
        QCOMPARE(ProxyResolver::isExempt(noProxy, host, port), exempt);
    }

    void environmentDecidesPerScheme()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://secure-proxy:3128"));
        environment.insert(QStringLiteral("HTTP_PROXY"),
                           QStringLiteral("http://evil-injected:80")); // httpoxy
        environment.insert(QStringLiteral("no_proxy"), QStringLiteral("internal.corp"));
        QString variable;
        auto proxy = ProxyResolver::fromEnvironment(QUrl(QStringLiteral("https://api.cliquify.com/x")),
                                                    environment, &variable);
        QVERIFY(proxy);
        QCOMPARE(proxy->hostName(), QStringLiteral("secure-proxy"));
        QCOMPARE(variable, QStringLiteral("HTTPS_PROXY"));
        // Upper-case HTTP_PROXY is never used (curl ignores it too: a CGI request header can set it).
        QVERIFY(
            !ProxyResolver::fromEnvironment(QUrl(QStringLiteral("http://api.cliquify.com/")), environment));
        QVERIFY(!ProxyResolver::fromEnvironment(QUrl(QStringLiteral("https://wiki.internal.corp/")),
                                                environment));
        environment.insert(QStringLiteral("http_proxy"), QStringLiteral("plain-proxy:8080"));
        proxy = ProxyResolver::fromEnvironment(QUrl(QStringLiteral("http://api.cliquify.com/")), environment);
        QVERIFY(proxy);
        QCOMPARE(proxy->hostName(), QStringLiteral("plain-proxy"));
        QCOMPARE(int(proxy->port()), 8080);
        // all_proxy is the fallback, with its credentials.
        QProcessEnvironment socks;
        socks.insert(QStringLiteral("ALL_PROXY"), QStringLiteral("socks5://u:pw@gw:1080"));
        proxy = ProxyResolver::fromEnvironment(QUrl(QStringLiteral("https://api.cliquify.com/")), socks);
        QVERIFY(proxy);
        QCOMPARE(proxy->type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(proxy->user(), QStringLiteral("u"));
        QCOMPARE(proxy->password(), QStringLiteral("pw"));
    }

    void resolverModes()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("https_proxy"), QStringLiteral("http://remote-proxy:3128"));
        const QNetworkProxyQuery remote(QUrl(QStringLiteral("https://api.cliquify.com/")));
        const QNetworkProxyQuery loopback(QUrl(QStringLiteral("https://127.0.0.1:8787/")));

        ProxyResolver system(ProxySettings{}, environment);
        QCOMPARE(system.queryProxy(remote).value(0).hostName(), QStringLiteral("remote-proxy"));
        // The embedded simulator: a proxy on another machine cannot reach it.
        QCOMPARE(system.queryProxy(loopback).value(0).type(), QNetworkProxy::NoProxy);
        QCOMPARE(system.describe(QUrl(QStringLiteral("https://api.cliquify.com/"))),
                 QStringLiteral("http://remote-proxy:3128 (https_proxy)"));
        // A proxy on loopback can.
        QProcessEnvironment local;
        local.insert(QStringLiteral("https_proxy"), QStringLiteral("http://127.0.0.1:3128"));
        QCOMPARE(ProxyResolver(ProxySettings{}, local).queryProxy(loopback).value(0).port(), quint16(3128));

        ProxySettings none;
        none.mode = ProxySettings::Mode::None;
        QCOMPARE(ProxyResolver(none, environment).queryProxy(remote).value(0).type(), QNetworkProxy::NoProxy);

        ProxySettings manual = *ProxySettings::fromUrl(QStringLiteral("http://ann:secret@gw:8080"), nullptr);
        ProxyResolver manualResolver(manual, environment);
        QCOMPARE(manualResolver.queryProxy(loopback).value(0).hostName(), QStringLiteral("gw"));
        QVERIFY(
            !manualResolver.describe(QUrl(QStringLiteral("https://x/"))).contains(QStringLiteral("secret")));
    }

    void pins()
    {
        QVERIFY(NetworkSetup::isValidPin(QStringLiteral("sha256/") + QString(43, QLatin1Char('A')) +
                                         QLatin1Char('=')));
        QVERIFY(NetworkSetup::isValidPin(QStringLiteral("sha256//") + QString(43, QLatin1Char('A')) +
                                         QLatin1Char('='))); // curl's --pinnedpubkey spelling
        QStringList hex;
        for (int i = 0; i < 32; ++i)
            hex << QStringLiteral("AB");
        QVERIFY(NetworkSetup::isValidPin(hex.join(QLatin1Char(':')))); // the fingerprint as browsers show it
        QVERIFY(NetworkSetup::isValidPin(hex.join(QString())));
        QVERIFY(!NetworkSetup::isValidPin(QStringLiteral("sha256/short")));
        // One digest in 64 has a base64 that starts with "/" (a certificate made by a test failed on it
        // in CI): it is the digest, not curl's "sha256//" spelling; curl's spelling of it works too.
        const QByteArray slashed(32, char(0xfc));
        QVERIFY(slashed.toBase64().startsWith('/'));
        const QString pin = QStringLiteral("sha256/") + QString::fromLatin1(slashed.toBase64());
        QVERIFY(NetworkSetup::isValidPin(pin));
        QCOMPARE(NetworkSetup::pinDigest(pin), slashed);
        QCOMPARE(
            NetworkSetup::pinDigest(QStringLiteral("sha256//") + QString::fromLatin1(slashed.toBase64())),
            slashed);
        QCOMPARE(NetworkSetup::pinDigest(slashed.toHex(':')), slashed);
        QVERIFY(!NetworkSetup::isValidPin(QStringLiteral("md5/") + QString(24, QLatin1Char('A'))));
        TlsSettings settings;
        settings.pins << QStringLiteral("sha1/nope");
        QString error;
        QVERIFY(!NetworkSetup::sslConfiguration(settings, &error));
        QVERIFY2(error.contains(QStringLiteral("sha1/nope")), qPrintable(error));
    }

    void everyDetailCodeHasItsOwnFix()
    {
        const QStringList codes = ErrorCatalog::networkDetailCodes();
        for (const char *required : {"tls_untrusted", "tls_expired", "tls_hostname_mismatch",
                                     "tls_client_cert_required", "proxy_auth_required", "proxy_refused"})
            QVERIFY2(codes.contains(QLatin1String(required)), required);
        QSet<QString> hints;
        for (const QString &code : codes) {
            const ErrorInfo info = ErrorCatalog::network(code, NetworkFailure::Other);
            QCOMPARE(info.code, code);
            QCOMPARE(info.action, ErrorAction::Network);
            QVERIFY(!info.meaning.isEmpty());
            QVERIFY(!info.hint.isEmpty());
            hints.insert(info.hint);
        }
        QCOMPARE(hints.size(), codes.size()); // one fix each, not one text for all
        // An unknown code falls back to the coarse entry.
        QCOMPARE(ErrorCatalog::network(QStringLiteral("tls"), NetworkFailure::Tls).code,
                 QStringLiteral("tls"));
    }
};

QTEST_GUILESS_MAIN(TstNetworkSettings)
#include "tst_network_settings.moc"
