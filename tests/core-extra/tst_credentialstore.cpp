// CredentialStore: the in-memory fallback always; the automatic switch when no keychain answers; and the
// real keychain when one is reachable. ctest runs this binary twice: as is (on a headless machine: the
// fallback path) and, when dbus-run-session and gnome-keyring-daemon exist, inside a private D-Bus
// session with an unlocked keyring and CONNECT_TEST_REQUIRE_KEYCHAIN=1 (the real path must work there).
//
// The whole test runs in a throw-away HOME/XDG tree, and at the end no file under it may hold a secret
// in plain text.
#include "profiles/CredentialStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace cx;

namespace {

const QString TestService = QStringLiteral("ConnectExplorerTest");
const QString Canary = QStringLiteral("CANARY-secret-%1").arg(QCoreApplication::applicationPid());

enum class Op { Save, Load, Remove };

// Runs one operation and waits for its single answer.
CredentialResult call(CredentialStore &store, Op op, const QString &profile, const QString &secret = {})
{
    QObject context;
    auto result = std::make_shared<std::optional<CredentialResult>>();
    auto calls = std::make_shared<int>(0);
    auto done = [=](const CredentialResult &r) {
        ++*calls;
        *result = r;
    };
    switch (op) {
    case Op::Save:
        store.save(profile, secret, &context, done);
        break;
    case Op::Load:
        store.load(profile, &context, done);
        break;
    case Op::Remove:
        store.remove(profile, &context, done);
        break;
    }
    if (result->has_value()) // answers are always delivered later, never from inside the call
        qFatal("callback ran synchronously");
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 30000))
        qFatal("no answer from the credential store");
    QTest::qWait(1);
    if (*calls != 1)
        qFatal("callback ran %d times", *calls);
    return **result;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    bool m_keychainReachable = false;
    QString m_probeError;

private slots:
    void initTestCase()
    {
        // Keep everything (QSettings, app data, a keyring started by libsecret) in a throw-away tree.
        // The ctest entry with a keyring sets its own HOME before the daemon starts; keep that one.
        if (!qEnvironmentVariableIsSet("CONNECT_TEST_REQUIRE_KEYCHAIN")) {
            qputenv("HOME", m_home.path().toLocal8Bit());
            qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toLocal8Bit());
            qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toLocal8Bit());
        }
        qunsetenv("CONNECT_EXPLORER_NO_KEYCHAIN");
        CredentialStore probe(TestService);
        probe.setTimeout(15000);
        const CredentialResult r = call(probe, Op::Remove, QStringLiteral("probe"));
        m_keychainReachable = r.ok && !probe.isUsingMemoryFallback();
        m_probeError = probe.fallbackReason();
        qInfo().noquote() << "keychain reachable:" << m_keychainReachable << m_probeError;
    }

    void memoryFallbackRoundTrip()
    {
        CredentialStore store(TestService);
        QSignalSpy fallback(&store, &CredentialStore::memoryFallbackActivated);
        store.useMemoryOnly(QStringLiteral("test"));
        QVERIFY(store.isUsingMemoryFallback());
        QCOMPARE(store.fallbackReason(), QStringLiteral("test"));
        QCOMPARE(fallback.count(), 1);
        store.useMemoryOnly(QStringLiteral("again"));
        QCOMPARE(fallback.count(), 1); // announced once

        CredentialResult r = call(store, Op::Load, QStringLiteral("p1"));
        QVERIFY(r.ok);
        QVERIFY(!r.found);
        QVERIFY(r.fromMemory);

        QVERIFY(call(store, Op::Save, QStringLiteral("p1"), Canary).ok);
        QVERIFY(call(store, Op::Save, QStringLiteral("p2"), QStringLiteral("other")).ok);
        r = call(store, Op::Load, QStringLiteral("p1"));
        QVERIFY(r.ok && r.found && r.fromMemory);
        QCOMPARE(r.secret, Canary);
        QVERIFY(call(store, Op::Save, QStringLiteral("p1"), QStringLiteral("changed")).ok);
        QCOMPARE(call(store, Op::Load, QStringLiteral("p1")).secret, QStringLiteral("changed"));

        QVERIFY(call(store, Op::Remove, QStringLiteral("p1")).ok);
        QVERIFY(!call(store, Op::Load, QStringLiteral("p1")).found);
        QCOMPARE(call(store, Op::Load, QStringLiteral("p2")).secret, QStringLiteral("other"));
        QVERIFY(call(store, Op::Remove, QStringLiteral("never")).ok);

        // Memory is per session: a new store knows nothing.
        CredentialStore fresh(TestService);
        fresh.useMemoryOnly(QStringLiteral("test"));
        QVERIFY(!call(fresh, Op::Load, QStringLiteral("p2")).found);
    }

    void environmentSwitch()
    {
        qputenv("CONNECT_EXPLORER_NO_KEYCHAIN", "1");
        CredentialStore store(TestService);
        qunsetenv("CONNECT_EXPLORER_NO_KEYCHAIN");
        QVERIFY(store.isUsingMemoryFallback());
        QVERIFY(store.fallbackReason().contains(QStringLiteral("CONNECT_EXPLORER_NO_KEYCHAIN")));
        QVERIFY(call(store, Op::Save, QStringLiteral("p"), Canary).fromMemory);
    }

    void destroyedContextGetsNoCallback()
    {
        CredentialStore store(TestService);
        store.useMemoryOnly(QStringLiteral("test"));
        bool called = false;
        {
            QObject context;
            store.save(QStringLiteral("p"), Canary, &context,
                       [&](const CredentialResult &) { called = true; });
        }
        QTest::qWait(20);
        QVERIFY(!called);
        // Without a context the callback always runs.
        store.remove(QStringLiteral("p"), nullptr, [&](const CredentialResult &) { called = true; });
        QTRY_VERIFY(called);
    }

    void storeDestroyedWhileJobsRun()
    {
        bool called = false;
        {
            CredentialStore store(TestService);
            for (int i = 0; i < 5; ++i)
                store.load(QStringLiteral("p%1").arg(i), nullptr,
                           [&](const CredentialResult &) { called = true; });
        }
        QTest::qWait(300); // the jobs finish after their store is gone: nothing may crash or call back
        QVERIFY(!called);
    }

    void unreachableKeychainSwitchesToMemory()
    {
        if (m_keychainReachable)
            QSKIP("a keychain is reachable here; the switch is exercised where none is (plain ctest run)");
        CredentialStore store(TestService);
        QSignalSpy fallback(&store, &CredentialStore::memoryFallbackActivated);
        QVERIFY(!store.isUsingMemoryFallback());
        const CredentialResult saved = call(store, Op::Save, QStringLiteral("p"), Canary);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QVERIFY(saved.fromMemory);
        QVERIFY(store.isUsingMemoryFallback());
        QCOMPARE(fallback.count(), 1);
        QVERIFY(!store.fallbackReason().isEmpty());
        qInfo().noquote() << "fallback reason:" << store.fallbackReason();
        const CredentialResult loaded = call(store, Op::Load, QStringLiteral("p"));
        QVERIFY(loaded.found && loaded.fromMemory);
        QCOMPARE(loaded.secret, Canary);
    }

    void realKeychain()
    {
        if (!m_keychainReachable) {
            if (qEnvironmentVariableIsSet("CONNECT_TEST_REQUIRE_KEYCHAIN"))
                QFAIL(qPrintable(QStringLiteral("the keychain should be reachable here: ") + m_probeError));
            QSKIP("no keychain reachable (no Secret Service on this session bus)");
        }
        const QString profile = QStringLiteral("tst-%1").arg(QCoreApplication::applicationPid());
        {
            CredentialStore store(TestService);
            QCOMPARE(store.service(), TestService);
            const CredentialResult saved = call(store, Op::Save, profile, Canary);
            QVERIFY2(saved.ok, qPrintable(saved.error));
            QVERIFY(!saved.fromMemory);
            QVERIFY(!store.isUsingMemoryFallback());
        }
        {
            // A new store has no memory: finding the secret proves it is in the keychain.
            CredentialStore store(TestService);
            const CredentialResult loaded = call(store, Op::Load, profile);
            QVERIFY2(loaded.ok, qPrintable(loaded.error));
            QVERIFY(loaded.found);
            QVERIFY(!loaded.fromMemory);
            QCOMPARE(loaded.secret, Canary);
            QVERIFY(call(store, Op::Save, profile, QStringLiteral("second \u00e9 value")).ok);
            QCOMPARE(call(store, Op::Load, profile).secret, QStringLiteral("second \u00e9 value"));
            // Another service (another app) does not see it.
            CredentialStore other(TestService + QStringLiteral("Other"));
            QVERIFY(!call(other, Op::Load, profile).found);
        }
        CredentialStore store(TestService);
        QVERIFY(call(store, Op::Remove, profile).ok);
        const CredentialResult gone = call(store, Op::Load, profile);
        QVERIFY(gone.ok);
        QVERIFY(!gone.found);
        QVERIFY(call(store, Op::Remove, profile).ok); // removing twice is fine
        QVERIFY(!store.isUsingMemoryFallback());
    }

    void noSecretInAnyFile()
    {
        const QString root = qEnvironmentVariable("HOME");
        QVERIFY(!root.isEmpty());
        QDirIterator it(root,
                        QDir::Files | QDir::AllDirs | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = file.readAll();
            const QString marker = QStringLiteral("CANARY-secret");
            const QByteArray utf16(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2);
            QVERIFY2(!bytes.contains(marker.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(utf16), qPrintable(file.fileName()));
        }
        qInfo() << "files checked:" << files;
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
