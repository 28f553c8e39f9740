// A profile's network settings (issue 14): ProfileStore keeps the proxy, the extra CAs, the client
// certificate files and the pins under "profiles/network/<id>", read live by every store; the proxy
// password and the key passphrase go to CredentialStore (ProfileNetwork) and never into the settings file.
#include "profiles/CredentialStore.h"
#include "profiles/ProfileNetwork.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

const QString Pin = QStringLiteral("sha256/") + QString(43, QLatin1Char('A')) + QLatin1Char('=');

NetworkSettings sample()
{
    NetworkSettings n;
    n.proxy.mode = ProxySettings::Mode::Manual;
    n.proxy.type = QNetworkProxy::Socks5Proxy;
    n.proxy.host = QStringLiteral("proxy.example.net");
    n.proxy.port = 1080;
    n.proxy.user = QStringLiteral("alice");
    n.proxy.password = QStringLiteral("pr0xy-Pa55word-xyz");
    n.tls.caPaths = {QStringLiteral("/etc/company/ca.pem"), QStringLiteral("/etc/company/cas")};
    n.tls.clientCertificateFile = QStringLiteral("/home/alice/me.pem");
    n.tls.clientKeyFile = QStringLiteral("/home/alice/me.key");
    n.tls.passphrase = "k3y-Pa55phrase-xyz";
    n.tls.pins = {Pin};
    return n;
}

NetworkSettings withoutSecrets(NetworkSettings n)
{
    n.proxy.password.clear();
    n.tls.passphrase.clear();
    return n;
}

} // namespace

class TestProfileNetwork : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
    }

    void roundTripWithoutSecrets()
    {
        QString id;
        {
            QSettings settings(m_path, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p;
            p.name = QStringLiteral("Work");
            p.baseUrl = QStringLiteral("https://oauth.cliquify.me");
            p.clientId = QStringLiteral("c");
            p.network = sample();
            QVERIFY(store.add(p));
            id = p.id;
            // What the store hands out never holds a secret.
            QCOMPARE(store.profile(id)->network, withoutSecrets(sample()));
        }
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore again(&settings);
        const NetworkSettings read = again.network(id);
        QCOMPARE(read.proxy.mode, ProxySettings::Mode::Manual);
        QCOMPARE(read.proxy.type, QNetworkProxy::Socks5Proxy);
        QCOMPARE(read.proxy.host, QStringLiteral("proxy.example.net"));
        QCOMPARE(read.proxy.port, quint16(1080));
        QCOMPARE(read.proxy.user, QStringLiteral("alice"));
        QCOMPARE(read.tls.caPaths, sample().tls.caPaths);
        QCOMPARE(read.tls.pins, QStringList{Pin});
        QVERIFY(read.proxy.password.isEmpty());
        QVERIFY(read.tls.passphrase.isEmpty());
        QCOMPARE(again.profile(id)->network, read);

        // Neither secret is anywhere in the file.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("proxy.example.net"));
        QVERIFY(!ini.contains("pr0xy-Pa55word-xyz"));
        QVERIFY(!ini.contains("k3y-Pa55phrase-xyz"));
    }

    void demoKeepsPinsAndLiveReads()
    {
        QSettings first(m_path, QSettings::IniFormat);
        QSettings second(m_path, QSettings::IniFormat);
        ProfileStore a(&first);
        ProfileStore b(&second);
        NetworkSettings n;
        n.tls.pins = {Pin};
        QSignalSpy changed(&a, &ProfileStore::profilesChanged);
        QVERIFY(a.setNetwork(ProfileStore::demoId(), n));
        QCOMPARE(changed.count(), 1);
        // The other store (another window, connect-cli) sees it without a reload.
        QCOMPARE(b.network(ProfileStore::demoId()).tls.pins, QStringList{Pin});
        QCOMPARE(b.current().network.tls.pins, QStringList{Pin});
        // Back to the defaults: nothing left in the file.
        QVERIFY(a.setNetwork(ProfileStore::demoId(), NetworkSettings{}));
        first.sync();
        first.beginGroup(QStringLiteral("profiles/network"));
        QVERIFY(first.childKeys().isEmpty() && first.childGroups().isEmpty());
        first.endGroup();
    }

    void validation()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QString error;
        NetworkSettings n;
        n.proxy.mode = ProxySettings::Mode::Manual;
        n.proxy.port = 8080;
        QVERIFY(!store.setNetwork(ProfileStore::demoId(), n, &error));
        QVERIFY2(error.contains(QStringLiteral("host")), qPrintable(error));
        n.proxy.host = QStringLiteral("proxy");
        n.proxy.port = 0;
        QVERIFY(!store.setNetwork(ProfileStore::demoId(), n, &error));
        QVERIFY2(error.contains(QStringLiteral("port")), qPrintable(error));
        n.proxy.port = 3128;
        n.tls.pins = {QStringLiteral("sha256/short")};
        QVERIFY(!store.setNetwork(ProfileStore::demoId(), n, &error));
        QVERIFY2(error.contains(QStringLiteral("sha256/short")), qPrintable(error));
        n.tls.pins.clear();
        QVERIFY(!store.setNetwork(QStringLiteral("no-such-id"), n, &error));
        QVERIFY(store.setNetwork(ProfileStore::demoId(), n, &error));

        // A pin broken by hand in the file is dropped, the rest read.
        settings.setValue(QStringLiteral("profiles/network/demo/pins"),
                          QStringList{QStringLiteral("junk"), Pin});
        QCOMPARE(store.network(ProfileStore::demoId()).tls.pins, QStringList{Pin});
    }

    void removedWithTheProfile()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p;
        p.name = QStringLiteral("Gone");
        p.baseUrl = QStringLiteral("https://example.net");
        p.clientId = QStringLiteral("c");
        p.network = sample();
        QVERIFY(store.add(p));
        QVERIFY(settings.contains(QStringLiteral("profiles/network/%1/proxyHost").arg(p.id)));
        QVERIFY(store.remove(p.id));
        QVERIFY(!settings.contains(QStringLiteral("profiles/network/%1/proxyHost").arg(p.id)));
    }

    void secretsThroughTheCredentialStore()
    {
        CredentialStore credentials(QStringLiteral("ConnectExplorerTest"));
        credentials.useMemoryOnly(QStringLiteral("test"));
        const QString id = QStringLiteral("p1");
        ProfileNetwork::saveSecrets(&credentials, id, sample(), this);
        bool done = false;
        NetworkSettings loaded;
        ProfileNetwork::loadSecrets(&credentials, id, withoutSecrets(sample()), this,
                                    [&](const NetworkSettings &n) {
                                        loaded = n;
                                        done = true;
                                    });
        QVERIFY(!done); // never from inside the call
        QTRY_VERIFY(done);
        QCOMPARE(loaded, sample());

        // An empty password removes the stored one.
        NetworkSettings cleared = sample();
        cleared.proxy.password.clear();
        ProfileNetwork::saveSecrets(&credentials, id, cleared, this);
        done = false;
        ProfileNetwork::loadSecrets(&credentials, id, withoutSecrets(sample()), this,
                                    [&](const NetworkSettings &n) {
                                        loaded = n;
                                        done = true;
                                    });
        QTRY_VERIFY(done);
        QVERIFY(loaded.proxy.password.isEmpty());
        QCOMPARE(loaded.tls.passphrase, QByteArray("k3y-Pa55phrase-xyz"));
        QCOMPARE(CredentialStore::networkKeyFor(id, CredentialStore::NetworkSecret::ProxyPassword),
                 QStringLiteral("profile:p1:network:proxy-password"));
    }
};

QTEST_GUILESS_MAIN(TestProfileNetwork)
#include "tst_profile_network.moc"
