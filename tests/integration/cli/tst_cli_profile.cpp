// connect-cli --profile NAME: the real executable uses a profile saved the way connect-explorer saves
// it (ProfileStore's shared settings) and its secret from the OS keychain, against the in-process
// simulator. ctest runs this binary twice: as is (no keychain on a headless machine: the clear errors)
// and inside a private D-Bus session with an unlocked gnome-keyring (tests/core-extra/with-keyring.sh)
// with CONNECT_TEST_REQUIRE_KEYCHAIN=1, where the keychain path must work.
#include "SimFixture.h"
#include "TinyProxy.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

const char CanarySecret[] = "canary-profile-secret-51d2e8";
const char ClientId[] = "acme-support";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs connect-cli while this thread's event loop turns (the simulator is in this process). No secret
// is given in argv or, unless `secretVariable` is set, in the environment.
CliRun runCli(const QStringList &arguments, const QString &secretVariable = {}, bool noKeychain = false)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("CONNECT_CLI"));
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"CONNECT_BASE_URL", "CONNECT_CLIENT_ID", "CONNECT_CLIENT_SECRET"})
        environment.remove(QString::fromLatin1(name));
    if (!secretVariable.isEmpty())
        environment.insert(secretVariable, QString::fromLatin1(CanarySecret));
    if (noKeychain)
        environment.insert(QStringLiteral("CONNECT_EXPLORER_NO_KEYCHAIN"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000) || !finished.wait(60000)) {
        process.kill();
        process.waitForFinished(1000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CredentialResult waitFor(CredentialStore &store, bool save, const QString &id, const QString &secret = {})
{
    CredentialResult result;
    bool done = false;
    QObject context;
    auto callback = [&](const CredentialResult &r) {
        result = r;
        done = true;
    };
    if (save)
        store.save(id, secret, &context, callback);
    else
        store.remove(id, &context, callback);
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.error = QStringLiteral("timed out");
    return result;
}

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void usesTheProfileAndItsKeychainSecret();
    void profileNameIsCaseInsensitive();
    void explicitOptionsOverrideTheProfile();
    void missingProfileIsAClearError();
    void demoProfileIsRefused();
    void missingSecretWithoutKeychainSuggestsSecretEnv();
    void missingSecretInKeychainSuggestsSecretEnv();
    void noSecretInAnyFile();
    void usesTheProfilesNetworkSettings();

private:
    Profile addProfile(const QString &name, const QString &baseUrl);
    bool requireKeychain();

    QTemporaryDir m_home;
    std::unique_ptr<sim::ConnectSimulator> m_sim;
    bool m_keychainReachable = false;
    QString m_probeError;
    QString m_acmeId;
};

void TestCliProfile::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("CONNECT_CLI").isEmpty());
    QVERIFY(m_home.isValid());
    // Everything in a throw-away tree; the keyring run has set its own before the daemon started.
    if (!qEnvironmentVariableIsSet("CONNECT_TEST_REQUIRE_KEYCHAIN")) {
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toLocal8Bit());
    }
    qunsetenv("CONNECT_EXPLORER_NO_KEYCHAIN");
    CredentialStore probe;
    probe.setTimeout(15000);
    const CredentialResult r = waitFor(probe, false, QStringLiteral("probe"));
    m_keychainReachable = r.ok && !probe.isUsingMemoryFallback();
    m_probeError = probe.fallbackReason();
    qInfo().noquote() << "keychain reachable:" << m_keychainReachable << m_probeError;

    sim::SimConfig config;
    config.clientId = QString::fromLatin1(ClientId);
    config.clientSecret = QString::fromLatin1(CanarySecret);
    m_sim = test::startSimulator(config);
    QVERIFY(m_sim);
    m_acmeId = addProfile(QStringLiteral("Acme"), m_sim->baseUrl().toString()).id;
    QVERIFY(!m_acmeId.isEmpty());
    if (m_keychainReachable) {
        CredentialStore store;
        const CredentialResult saved = waitFor(store, true, m_acmeId, QString::fromLatin1(CanarySecret));
        QVERIFY2(saved.ok && !saved.fromMemory, qPrintable(saved.error));
    }
}

void TestCliProfile::cleanupTestCase()
{
    if (m_keychainReachable && !m_acmeId.isEmpty()) {
        CredentialStore store;
        waitFor(store, false, m_acmeId);
    }
}

Profile TestCliProfile::addProfile(const QString &name, const QString &baseUrl)
{
    ProfileStore store; // the settings connect-explorer and connect-cli share
    Profile profile;
    profile.name = name;
    profile.baseUrl = baseUrl;
    profile.clientId = QString::fromLatin1(ClientId);
    profile.rememberSecret = true;
    QString error;
    if (!store.add(profile, &error))
        qWarning("add profile: %s", qPrintable(error));
    return profile;
}

bool TestCliProfile::requireKeychain()
{
    if (m_keychainReachable)
        return true;
    if (qEnvironmentVariableIsSet("CONNECT_TEST_REQUIRE_KEYCHAIN"))
        qWarning("the keychain must be reachable here: %s", qPrintable(m_probeError));
    return false;
}

void TestCliProfile::usesTheProfileAndItsKeychainSecret()
{
    if (!requireKeychain()) {
        QVERIFY2(!qEnvironmentVariableIsSet("CONNECT_TEST_REQUIRE_KEYCHAIN"), qPrintable(m_probeError));
        QSKIP("no keychain here; the ctest entry tst_cli_profile_keychain runs this with one");
    }
    const int before = m_sim->tokenRequestCount();
    const QStringList arguments{QStringLiteral("call"), QStringLiteral("GET"),
                                QStringLiteral("/api/templates"), QStringLiteral("--profile"),
                                QStringLiteral("Acme")};
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("\"data\""), run.out.left(300).constData());
    QCOMPARE(m_sim->tokenRequestCount(), before + 1); // signed in as the profile's client
    QVERIFY(!arguments.join(QLatin1Char(' ')).contains(QString::fromLatin1(CanarySecret)));
}

void TestCliProfile::profileNameIsCaseInsensitive()
{
    if (!requireKeychain()) {
        QVERIFY2(!qEnvironmentVariableIsSet("CONNECT_TEST_REQUIRE_KEYCHAIN"), qPrintable(m_probeError));
        QSKIP("no keychain here; the ctest entry tst_cli_profile_keychain runs this with one");
    }
    const CliRun run =
        runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                QStringLiteral("--profile"), QStringLiteral("acme")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliProfile::explicitOptionsOverrideTheProfile()
{
    // A profile whose URL leads nowhere and whose secret was never stored: the options supply both.
    addProfile(QStringLiteral("Stale"), QStringLiteral("http://127.0.0.1:9"));
    CliRun run = runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                         QStringLiteral("--profile"), QStringLiteral("Stale"), QStringLiteral("--base-url"),
                         m_sim->baseUrl().toString(), QStringLiteral("--client-secret-env"),
                         QStringLiteral("TEST_SECRET")},
                        QStringLiteral("TEST_SECRET"));
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // --client-id wins over the profile's: the simulator refuses that client (exit 3, sign-in refused).
    run = runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                  QStringLiteral("--profile"), QStringLiteral("Stale"), QStringLiteral("--base-url"),
                  m_sim->baseUrl().toString(), QStringLiteral("--client-id"), QStringLiteral("someone-else"),
                  QStringLiteral("--client-secret-env"), QStringLiteral("TEST_SECRET")},
                 QStringLiteral("TEST_SECRET"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("invalid_client") || run.out.contains("invalid_client"), run.err.constData());

    // Without --base-url the profile's URL is used: nothing listens there (exit 2, no response).
    run = runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                  QStringLiteral("--profile"), QStringLiteral("Stale"), QStringLiteral("--client-secret-env"),
                  QStringLiteral("TEST_SECRET")},
                 QStringLiteral("TEST_SECRET"));
    QCOMPARE(run.exitCode, 2);
}

void TestCliProfile::missingProfileIsAClearError()
{
    const CliRun run =
        runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                QStringLiteral("--profile"), QStringLiteral("Nobody")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("no profile named 'Nobody'"), run.err.constData());
    QVERIFY2(run.err.contains("Acme"), run.err.constData()); // the saved ones are listed
}

void TestCliProfile::demoProfileIsRefused()
{
    const CliRun run =
        runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                QStringLiteral("--profile"), QStringLiteral("Demo")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("Demo profile"), run.err.constData());
}

void TestCliProfile::missingSecretWithoutKeychainSuggestsSecretEnv()
{
    const CliRun run =
        runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                QStringLiteral("--profile"), QStringLiteral("Acme")},
               {}, /*noKeychain=*/true);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("profile 'Acme' has no client secret"), run.err.constData());
    QVERIFY2(run.err.contains("no keychain"), run.err.constData());
    QVERIFY2(run.err.contains("--client-secret-env"), run.err.constData());
    QCOMPARE(run.out, QByteArray());
}

void TestCliProfile::missingSecretInKeychainSuggestsSecretEnv()
{
    addProfile(QStringLiteral("Unsaved"), m_sim->baseUrl().toString());
    const CliRun run =
        runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                QStringLiteral("--profile"), QStringLiteral("Unsaved")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("profile 'Unsaved' has no client secret"), run.err.constData());
    QVERIFY2(run.err.contains("--client-secret-env"), run.err.constData());
    if (m_keychainReachable)
        QVERIFY2(run.err.contains("no secret is stored in the keychain"), run.err.constData());
}

void TestCliProfile::noSecretInAnyFile()
{
    // Not in the shared settings, nor anywhere else under HOME in plain text.
    const QByteArray canary(CanarySecret);
    QDirIterator files(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                       QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++checked;
        QVERIFY2(!file.readAll().contains(canary), qPrintable(file.fileName()));
    }
    QVERIFY(checked > 0); // the settings file at least
}

QTEST_GUILESS_MAIN(TestCliProfile)
// The profile's network settings (Profile > Network in the app) carry over to the command line: its
// manual proxy is used, and --no-proxy overrides it.
void TestCliProfile::usesTheProfilesNetworkSettings()
{
    test::TinyProxy proxy;
    QVERIFY2(proxy.start(), qPrintable(proxy.error()));
    const Profile profile = addProfile(QStringLiteral("Proxied"), m_sim->baseUrl().toString());
    ProfileStore store;
    NetworkSettings network;
    network.proxy = *ProxySettings::fromUrl(proxy.url(), nullptr);
    QString error;
    QVERIFY2(store.setNetwork(profile.id, network, &error), qPrintable(error));

    CliRun run = runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                         QStringLiteral("--profile"), QStringLiteral("Proxied"),
                         QStringLiteral("--client-secret-env"), QStringLiteral("TEST_SECRET")},
                        QStringLiteral("TEST_SECRET"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray target = "GET " + m_sim->baseUrl().toEncoded() + "/api/templates";
    QCOMPARE(proxy.log().count(target), 1);

    run =
        runCli({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                QStringLiteral("--profile"), QStringLiteral("Proxied"), QStringLiteral("--client-secret-env"),
                QStringLiteral("TEST_SECRET"), QStringLiteral("--no-proxy")},
               QStringLiteral("TEST_SECRET"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(proxy.log().count(target), 1); // direct this time
}

#include "tst_cli_profile.moc"
