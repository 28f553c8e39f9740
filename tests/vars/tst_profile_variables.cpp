// Profile variables on disk: names and plain values in the profile's settings, a secret's value never
// there (CredentialStore keeps it, here in its in-memory mode), kept when another ProfileStore rewrites
// the profile list, removed with the profile; the Demo profile has them too.
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileVariables.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

Q_DECLARE_METATYPE(cx::VariableList)

class TestProfileVariables : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    Profile addAcme(ProfileStore &store, const VariableList &variables)
    {
        Profile p;
        p.name = QStringLiteral("Acme %1").arg(store.profiles().size());
        p.baseUrl = QStringLiteral("https://api.example.com");
        p.clientId = QStringLiteral("acme");
        p.variables = variables;
        QString error;
        if (!store.add(p, &error))
            qWarning("%s", qPrintable(error));
        return p;
    }

private slots:
    void init()
    {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void plainAndSecretOnDisk()
    {
        ProfileStore store(m_settings.get());
        const Profile acme =
            addAcme(store, {{QStringLiteral("templateId"), QStringLiteral("tpl_123")},
                            {QStringLiteral("apiKey"), QStringLiteral("sk-canary-91ab"), true},
                            {QStringLiteral("off"), QStringLiteral("x"), false, false}});
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray disk = file.readAll();
        QVERIFY(disk.contains("tpl_123"));
        QVERIFY(disk.contains("apiKey"));
        QVERIFY2(!disk.contains("sk-canary-91ab"), disk.constData());

        ProfileStore again(m_settings.get());
        const VariableList read = again.profile(acme.id)->variables;
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0), (Variable{QStringLiteral("templateId"), QStringLiteral("tpl_123")}));
        QCOMPARE(read.at(1), (Variable{QStringLiteral("apiKey"), QString(), true}));
        QCOMPARE(read.at(2), (Variable{QStringLiteral("off"), QStringLiteral("x"), false, false}));
        // Not even in memory: what profiles() hands out is what the settings hold.
        QCOMPARE(store.profile(acme.id)->variables.at(1).value, QString());
    }

    void anotherStoreDoesNotDropThem()
    {
        ProfileStore a(m_settings.get());
        ProfileStore b(m_settings.get());
        const Profile acme = addAcme(a, {});
        b.reload();
        QVERIFY(a.setVariables(acme.id, {{QStringLiteral("templateId"), QStringLiteral("tpl_1")}}));
        // b knows the list from before and rewrites it (switching the current profile does that).
        QVERIFY(b.setCurrentId(acme.id));
        QCOMPARE(b.variables(acme.id).size(), 1);
        QCOMPARE(ProfileStore(m_settings.get()).variables(acme.id).constFirst().value,
                 QStringLiteral("tpl_1"));
        // And an update of the connection details keeps them when it carries them, as read.
        Profile edited = *b.profile(acme.id);
        edited.clientId = QStringLiteral("acme-2");
        QVERIFY(b.update(edited));
        QCOMPARE(a.variables(acme.id).size(), 1);
    }

    void demoHasVariables()
    {
        ProfileStore store(m_settings.get());
        QVERIFY(store.setVariables(ProfileStore::demoId(),
                                   {{QStringLiteral("templateId"), QStringLiteral("1003")}}));
        QCOMPARE(ProfileStore(m_settings.get()).profile(ProfileStore::demoId())->variables.size(), 1);
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<VariableList>("variables");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << VariableList{{QString(), QStringLiteral("v")}} << "needs a name";
        QTest::newRow("brace") << VariableList{{QStringLiteral("a}"), QStringLiteral("v")}} << "\"a}\"";
        QTest::newRow("twice") << VariableList{{QStringLiteral("a"), QStringLiteral("1")},
                                               {QStringLiteral("a"), QStringLiteral("2")}}
                               << "defined twice";
    }
    void badNamesAreRefused()
    {
        QFETCH(VariableList, variables);
        QFETCH(QString, words);
        ProfileStore store(m_settings.get());
        const Profile acme = addAcme(store, {});
        QString error;
        QVERIFY(!store.setVariables(acme.id, variables, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
        QVERIFY(store.variables(acme.id).isEmpty());
    }

    void removedWithTheProfile()
    {
        ProfileStore store(m_settings.get());
        const Profile acme = addAcme(store, {{QStringLiteral("a"), QStringLiteral("1")}});
        QVERIFY(store.remove(acme.id));
        QVERIFY(store.variables(acme.id).isEmpty());
        QVERIFY(!m_settings->allKeys().join(QLatin1Char(',')).contains(acme.id));
    }

    void secretValuesThroughCredentialStore()
    {
        CredentialStore credentials;
        credentials.useMemoryOnly(QStringLiteral("test"));
        QCOMPARE(CredentialStore::variableKeyFor(QStringLiteral("p1"), QStringLiteral("apiKey")),
                 QStringLiteral("profile:p1:variable:apiKey"));
        const VariableList before{{QStringLiteral("old"), QStringLiteral("o"), true}};
        const VariableList after{{QStringLiteral("apiKey"), QStringLiteral("sk-1"), true},
                                 {QStringLiteral("plain"), QStringLiteral("p")}};
        QObject context;
        ProfileVariables::saveSecrets(&credentials, QStringLiteral("p1"), {}, before, &context);
        ProfileVariables::saveSecrets(&credentials, QStringLiteral("p1"), before, after, &context);

        // Read back from what the store keeps (no values for secrets).
        const VariableList stored{{QStringLiteral("apiKey"), QString(), true},
                                  {QStringLiteral("plain"), QStringLiteral("p")},
                                  {QStringLiteral("old"), QString(), true}};
        std::optional<std::pair<VariableList, QStringList>> loaded;
        ProfileVariables::loadSecrets(&credentials, QStringLiteral("p1"), stored, &context,
                                      [&](const VariableList &v, const QStringList &missing) {
                                          loaded = {{v, missing}};
                                      });
        QVERIFY(!loaded); // never from inside the call
        QTRY_VERIFY(loaded);
        QCOMPARE(loaded->first.at(0).value, QStringLiteral("sk-1"));
        QCOMPARE(loaded->first.at(1).value, QStringLiteral("p"));
        QCOMPARE(loaded->second, QStringList{QStringLiteral("old")}); // removed when it left the list
        // The client secret lives under its own key.
        bool clientFound = true;
        credentials.load(QStringLiteral("p1"), &context,
                         [&](const CredentialResult &r) { clientFound = r.found; });
        QTRY_VERIFY(!clientFound);
    }

    void setOne()
    {
        VariableList list{{QStringLiteral("a"), QStringLiteral("1"), true}};
        ProfileVariables::set(list, QStringLiteral("a"), QStringLiteral("2"));
        ProfileVariables::set(list, QStringLiteral("b"), QStringLiteral("3"));
        QCOMPARE(list, (VariableList{{QStringLiteral("a"), QStringLiteral("2"), true},
                                     {QStringLiteral("b"), QStringLiteral("3")}}));
    }
};

QTEST_GUILESS_MAIN(TestProfileVariables)
#include "tst_profile_variables.moc"
