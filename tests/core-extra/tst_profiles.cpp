// ProfileStore: Demo always there and read-only, add/edit/remove/current persist across instances,
// validation, and nothing but the five plain fields is ever written.
#include "SimConfig.h" // header only: the simulator's demo pair
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

Profile make(const QString &name, const QString &url = QStringLiteral("https://oauth.cliquify.me"))
{
    Profile p;
    p.name = name;
    p.baseUrl = url;
    p.clientId = QStringLiteral("client-") + name.toLower();
    p.rememberSecret = true;
    return p;
}

} // namespace

class TestProfiles : public QObject
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

    void demoAlwaysPresent()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.profiles().size(), 1);
        const Profile demo = store.profiles().first();
        QVERIFY(demo.isDemo());
        QCOMPARE(demo.id, ProfileStore::demoId());
        QCOMPARE(demo.name, QStringLiteral("Demo"));
        QCOMPARE(demo.baseUrl, ProfileStore::embeddedSimulatorUrl());
        QCOMPARE(demo.clientId, QStringLiteral("demo-client"));
        QCOMPARE(store.currentId(), ProfileStore::demoId());
        QCOMPARE(store.current(), demo);

        QString error;
        QVERIFY(!store.remove(ProfileStore::demoId(), &error));
        QVERIFY(error.contains(QStringLiteral("cannot be removed")));
        Profile edited = demo;
        edited.baseUrl = QStringLiteral("https://elsewhere");
        QVERIFY(!store.update(edited, &error));
        QVERIFY(error.contains(QStringLiteral("cannot be changed")));
        QCOMPARE(store.profiles().first(), demo);

        // Even a hand-written "demo" entry in the settings cannot replace it.
        settings.beginWriteArray(QStringLiteral("profiles/list"), 1);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("id"), QStringLiteral("demo"));
        settings.setValue(QStringLiteral("name"), QStringLiteral("Fake"));
        settings.endArray();
        store.reload();
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().name, QStringLiteral("Demo"));
    }

    void demoCredentialsAreTheSimulators()
    {
        QCOMPARE(ProfileStore::demoClientId(), QString::fromLatin1(cx::sim::DemoClientId));
        QCOMPARE(ProfileStore::demoClientSecret(), QString::fromLatin1(cx::sim::DemoClientSecret));
    }

    // The running app's Demo: the in-process simulator with its demo pair, its secret in memory only.
    void demoAsTheAppSignsIn()
    {
        const Profile demo = Profile::demo();
        QVERIFY(demo.isDemo());
        QVERIFY(demo.isSaved());
        QVERIFY(demo.embeddedSimulator);
        QCOMPARE(demo.clientId, QString::fromLatin1(cx::sim::DemoClientId));
        QCOMPARE(demo.clientSecret, QString::fromLatin1(cx::sim::DemoClientSecret));
        QVERIFY(!Profile{}.isSaved()); // one from the command line
    }

    // A profile may carry its client secret while the app holds it; the store never writes it.
    void clientSecretNeverWritten()
    {
        const QString secret = QStringLiteral("canary-secret-7f3a");
        QString id;
        {
            QSettings settings(m_path, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p = make(QStringLiteral("Work"));
            p.clientSecret = secret;
            QVERIFY(store.add(p));
            id = p.id;
            p.name = QStringLiteral("Work 2");
            QVERIFY(store.update(p));
            QVERIFY(store.profile(id)->clientSecret.isEmpty());
        }
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.profile(id)->name, QStringLiteral("Work 2"));
        QVERIFY(store.profile(id)->clientSecret.isEmpty());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toLatin1()));
    }

    void demoBaseUrlAtRuntimeOnly()
    {
        {
            QSettings settings(m_path, QSettings::IniFormat);
            ProfileStore store(&settings);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            store.setDemoBaseUrl(QStringLiteral("http://127.0.0.1:45123"));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(store.profile(ProfileStore::demoId())->baseUrl,
                     QStringLiteral("http://127.0.0.1:45123"));
            QCOMPARE(store.current().baseUrl, QStringLiteral("http://127.0.0.1:45123"));
            Profile p = make(QStringLiteral("Work"));
            QVERIFY(store.add(p));
        }
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.profile(ProfileStore::demoId())->baseUrl, ProfileStore::embeddedSimulatorUrl());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("45123")); // the port of one run is never persisted
    }

    void addEditRemovePersist()
    {
        QString workId;
        QString stagingId;
        {
            QSettings settings(m_path, QSettings::IniFormat);
            ProfileStore store(&settings);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            Profile work = make(QStringLiteral("Work"));
            QVERIFY(store.add(work));
            QVERIFY(!work.id.isEmpty());
            QVERIFY(!work.isDemo());
            workId = work.id;
            Profile staging = make(QStringLiteral("Staging"), QStringLiteral("http://127.0.0.1:8080/"));
            staging.rememberSecret = false;
            QVERIFY(store.add(staging));
            stagingId = staging.id;
            QVERIFY(workId != stagingId);
            QCOMPARE(changed.count(), 2);
            QVERIFY(store.setCurrentId(stagingId));
        }
        {
            QSettings settings(m_path, QSettings::IniFormat);
            ProfileStore store(&settings);
            const QList<Profile> all = store.profiles();
            QCOMPARE(all.size(), 3);
            QVERIFY(all[0].isDemo());
            QCOMPARE(all[1].id, workId);
            QCOMPARE(all[1].name, QStringLiteral("Work"));
            QCOMPARE(all[1].baseUrl, QStringLiteral("https://oauth.cliquify.me"));
            QCOMPARE(all[1].clientId, QStringLiteral("client-work"));
            QVERIFY(all[1].rememberSecret);
            QCOMPARE(all[2].name, QStringLiteral("Staging"));
            QVERIFY(!all[2].rememberSecret);
            QCOMPARE(store.currentId(), stagingId);

            Profile edited = *store.profile(workId);
            edited.name = QStringLiteral("Work (EU)");
            edited.clientId = QStringLiteral("eu-client");
            edited.rememberSecret = false;
            QVERIFY(store.update(edited));

            QSignalSpy current(&store, &ProfileStore::currentChanged);
            QVERIFY(store.remove(stagingId));
            QCOMPARE(current.count(), 1); // the current profile went away: back to Demo
            QCOMPARE(store.currentId(), ProfileStore::demoId());
        }
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(workId)->name, QStringLiteral("Work (EU)"));
        QCOMPARE(store.profile(workId)->clientId, QStringLiteral("eu-client"));
        QVERIFY(!store.profile(workId)->rememberSecret);
        QVERIFY(!store.profile(stagingId));
        QCOMPARE(store.currentId(), ProfileStore::demoId());
        QCOMPARE(store.findByName(QStringLiteral("work (eu)"))->id, workId);
        QVERIFY(store.findByName(QStringLiteral("demo"))->isDemo());
        QVERIFY(!store.findByName(QStringLiteral("Staging")));
    }

    void validation()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QString error;
        Profile empty = make(QStringLiteral("  "));
        QVERIFY(!store.add(empty, &error));
        QVERIFY(error.contains(QStringLiteral("name")));
        Profile demoName = make(QStringLiteral("demo"));
        QVERIFY(!store.add(demoName, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        for (const char *bad : {"", "oauth.cliquify.me", "ftp://h", "http://", "https://exa mple.com"}) {
            Profile p = make(QStringLiteral("P"), QString::fromLatin1(bad));
            QVERIFY2(!store.add(p, &error), bad);
            QVERIFY(error.contains(QStringLiteral("base URL")));
        }
        Profile a = make(QStringLiteral("A"));
        QVERIFY(store.add(a));
        Profile b = make(QStringLiteral("B"));
        QVERIFY(store.add(b));
        b.name = QStringLiteral("a");
        QVERIFY(!store.update(b, &error));
        Profile ghost = make(QStringLiteral("Ghost"));
        ghost.id = QStringLiteral("nope");
        QVERIFY(!store.update(ghost, &error));
        QVERIFY(!store.remove(QStringLiteral("nope"), &error));
        QVERIFY(!store.setCurrentId(QStringLiteral("nope")));
        QCOMPARE(store.profiles().size(), 3);
    }

    void onlyPlainFieldsWritten()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p = make(QStringLiteral("Work"));
        QVERIFY(store.add(p));
        QVERIFY(store.setCurrentId(p.id));
        settings.sync();
        const QStringList allowed = {"id",   "name",   "baseUrl", "clientId", "rememberSecret",
                                     "size", "current"};
        for (const QString &key : settings.allKeys()) {
            const QString leaf = key.section(QLatin1Char('/'), -1);
            QVERIFY2(allowed.contains(leaf), qPrintable(key));
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll().toLower();
        QVERIFY(!ini.contains("clientsecret") && !ini.contains("client_secret") && !ini.contains("password"));
    }

    // connect-cli and the desktop app have different application names; both must see the same profiles.
    void sharedBetweenAppAndCli()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("shared")));
        const QString oldName = QCoreApplication::applicationName();
        const QString oldOrg = QCoreApplication::organizationName();
        QCoreApplication::setOrganizationName(QStringLiteral("ConnectExplorer"));
        QCoreApplication::setApplicationName(QStringLiteral("connect-cli"));
        QString id;
        {
            ProfileStore cli;
            Profile p = make(QStringLiteral("From CLI"));
            QVERIFY(cli.add(p));
            id = p.id;
        }
        QCoreApplication::setOrganizationName(QStringLiteral("Cliquify"));
        QCoreApplication::setApplicationName(QStringLiteral("Connect Explorer"));
        {
            ProfileStore gui;
            QVERIFY(gui.profile(id));
            QCOMPARE(gui.profile(id)->name, QStringLiteral("From CLI"));
            QVERIFY(gui.remove(id));
            QSettings plain; // what the desktop app's own QSettings() opens
            QCOMPARE(plain.fileName(), ProfileStore::openSharedSettings()->fileName());
        }
        QVERIFY(ProfileStore::openSharedSettings()->fileName().startsWith(
            m_dir.filePath(QStringLiteral("shared"))));
        QCoreApplication::setOrganizationName(oldOrg);
        QCoreApplication::setApplicationName(oldName);
    }

    void anotherProcessSeesChanges()
    {
        QSettings first(m_path, QSettings::IniFormat);
        ProfileStore a(&first);
        QSettings second(m_path, QSettings::IniFormat);
        ProfileStore b(&second);
        Profile p = make(QStringLiteral("Shared"));
        QVERIFY(a.add(p));
        b.reload();
        QVERIFY(b.findByName(QStringLiteral("Shared")));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
