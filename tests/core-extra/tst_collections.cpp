// CollectionStore: saved requests in folders persist across instances, rename/move/delete, folder
// rename and removal, secrets never written (secret headers, secret fields, known secrets, in `extra`
// too), folder variables (an imported collection's; secret values only in memory), and a corrupt or
// foreign file set aside without a crash.
#include "history/CollectionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

const QString Token = QStringLiteral("tok-CANARY-7f3e9a");
const QString ClientSecret = QStringLiteral("secret-CANARY-51b2");

ApiRequest sampleRequest()
{
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/api/folders");
    r.query = {{QStringLiteral("page"), QStringLiteral("2")}, {QStringLiteral("access_token"), Token}};
    r.headers = {{"Content-Type", "application/json"},
                 {"Authorization", "Bearer " + Token.toLatin1()},
                 {"X-Api-Key", "key-123"},
                 {"X-Trace", "abc"}};
    r.body = "{\"name\": \"F\\u00f6lder\", \"client_secret\": \"whatever\", \"note\": \"tok-CANARY-7f3e9a\"}";
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCollections : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_path;

private slots:
    void init() { m_path = m_dir.filePath(QStringLiteral("c%1/collections.json").arg(++m_n)); }

    void defaultPathIsInAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(CollectionStore::defaultFilePath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(CollectionStore::defaultFilePath().endsWith(QStringLiteral("/collections.json")));
    }

    void missingFileIsEmpty()
    {
        CollectionStore store(m_path);
        QVERIFY(store.load());
        QVERIFY(store.folders().isEmpty());
        QVERIFY(store.requests().isEmpty());
        QVERIFY(store.corruptFile().isEmpty());
    }

    void savedRequestsPersistAcrossInstances()
    {
        {
            CollectionStore store(m_path);
            QVERIFY(store.load());
            QSignalSpy changed(&store, &CollectionStore::changed);
            const SavedRequest a =
                store.save(QStringLiteral("List templates"), QStringLiteral("Templates"), sampleRequest(),
                           {{QStringLiteral("cursor"), 3}}, QStringLiteral("http://127.0.0.1:1/"));
            QVERIFY(!a.id.isEmpty());
            QVERIFY(store.lastError().isEmpty());
            store.save(QStringLiteral("Top"), QString(), sampleRequest());
            QCOMPARE(changed.count(), 2);
        }
        CollectionStore again(m_path);
        QVERIFY(again.load());
        QCOMPARE(again.folders(), QStringList{QStringLiteral("Templates")});
        QCOMPARE(again.requests().size(), 2);
        const QList<SavedRequest> inFolder = again.requestsIn(QStringLiteral("Templates"));
        QCOMPARE(inFolder.size(), 1);
        const SavedRequest &saved = inFolder.first();
        QCOMPARE(saved.name, QStringLiteral("List templates"));
        QCOMPARE(saved.request.method, QByteArray("POST"));
        QCOMPARE(saved.request.path, QStringLiteral("/api/folders"));
        QCOMPARE(saved.request.query.first(), qMakePair(QStringLiteral("page"), QStringLiteral("2")));
        QCOMPARE(saved.extra.value(QStringLiteral("cursor")).toInt(), 3);
        QCOMPARE(saved.baseUrl, QStringLiteral("http://127.0.0.1:1/"));
        QVERIFY(saved.savedAt.isValid());
        QCOMPARE(again.requestsIn(QString()).size(), 1);
        QVERIFY(again.request(saved.id).has_value());
    }

    void secretsAreNeverWritten()
    {
        CollectionStore store(m_path);
        store.redactor().addSecret(Token);
        store.redactor().addSecret(ClientSecret);
        QJsonObject extra{{QStringLiteral("headers"),
                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Trace")},
                                                  {QStringLiteral("value"), Token}}}},
                          {QStringLiteral("password"), QStringLiteral("hunter2")},
                          {QStringLiteral("note"), QStringLiteral("uses ") + ClientSecret}};
        const SavedRequest saved =
            store.save(QStringLiteral("Secretive"), QStringLiteral("F"), sampleRequest(), extra);
        const QByteArray file = readAll(m_path);
        QVERIFY(!file.isEmpty());
        QVERIFY2(!file.contains(Token.toLatin1()), file.constData());
        QVERIFY(!file.contains(ClientSecret.toLatin1()));
        QVERIFY(!file.contains("key-123"));
        QVERIFY(!file.contains("hunter2"));
        QVERIFY(!file.contains("whatever"));
        // Secret headers are gone (the session's token is used when sent); other headers stay.
        bool hasAuthorization = false, hasTrace = false;
        for (const auto &header : saved.request.headers) {
            hasAuthorization =
                hasAuthorization || header.first.compare("Authorization", Qt::CaseInsensitive) == 0;
            hasTrace = hasTrace || header.first == "X-Trace";
        }
        QVERIFY(!hasAuthorization);
        QVERIFY(hasTrace);
        QVERIFY(file.contains("F\\u00f6lder") || file.contains("Földer") || file.contains("F\\\\u00f6lder"));
    }

    void sameNameInAFolderReplaces()
    {
        CollectionStore store(m_path);
        const SavedRequest a = store.save(QStringLiteral("One"), QStringLiteral("F"), sampleRequest());
        ApiRequest other = sampleRequest();
        other.method = "GET";
        const SavedRequest b = store.save(QStringLiteral("One"), QStringLiteral("F"), other);
        QCOMPARE(b.id, a.id);
        QCOMPARE(store.requests().size(), 1);
        QCOMPARE(store.request(a.id)->request.method, QByteArray("GET"));
        // Another folder is another request.
        store.save(QStringLiteral("One"), QStringLiteral("G"), other);
        QCOMPARE(store.requests().size(), 2);
    }

    void renameMoveAndDelete()
    {
        const QString id = [this] {
            CollectionStore store(m_path);
            const SavedRequest a = store.save(QStringLiteral("Old"), QStringLiteral("F"), sampleRequest());
            store.save(QStringLiteral("Taken"), QStringLiteral("F"), sampleRequest());
            [&] {
                QVERIFY(!store.rename(a.id, QStringLiteral("Taken"))); // unique within the folder
                QVERIFY(!store.rename(a.id, QStringLiteral("  ")));
                QVERIFY(!store.rename(QStringLiteral("nope"), QStringLiteral("X")));
                QVERIFY(store.rename(a.id, QStringLiteral("New name")));
                QVERIFY(store.move(a.id, QStringLiteral("Other")));
            }();
            return a.id;
        }();
        {
            CollectionStore store(m_path);
            QVERIFY(store.load());
            QCOMPARE(store.request(id)->name, QStringLiteral("New name"));
            QCOMPARE(store.request(id)->folder, QStringLiteral("Other"));
            QVERIFY(store.hasFolder(QStringLiteral("Other")));
            QVERIFY(store.remove(id));
            QVERIFY(!store.remove(id));
        }
        CollectionStore store(m_path);
        QVERIFY(store.load());
        QVERIFY(!store.request(id).has_value());
        QCOMPARE(store.requests().size(), 1);
    }

    void foldersAddRenameRemove()
    {
        {
            CollectionStore store(m_path);
            QVERIFY(store.addFolder(QStringLiteral("Empty")));
            QVERIFY(!store.addFolder(QStringLiteral("Empty")));
            QVERIFY(!store.addFolder(QStringLiteral(" ")));
            store.save(QStringLiteral("A"), QStringLiteral("Assets"), sampleRequest());
            store.save(QStringLiteral("B"), QStringLiteral("Assets"), sampleRequest());
            store.save(QStringLiteral("C"), QString(), sampleRequest());
            QVERIFY(!store.renameFolder(QStringLiteral("Assets"), QStringLiteral("Empty")));
            QVERIFY(store.renameFolder(QStringLiteral("Assets"), QStringLiteral("Media")));
        }
        {
            CollectionStore store(m_path);
            QVERIFY(store.load());
            QCOMPARE(store.folders(), (QStringList{QStringLiteral("Empty"), QStringLiteral("Media")}));
            QCOMPARE(store.requestsIn(QStringLiteral("Media")).size(), 2);
            QVERIFY(store.requestsIn(QStringLiteral("Assets")).isEmpty());
            QVERIFY(store.removeFolder(QStringLiteral("Media")));
            QVERIFY(!store.removeFolder(QStringLiteral("Media")));
        }
        CollectionStore store(m_path);
        QVERIFY(store.load());
        QCOMPARE(store.folders(), QStringList{QStringLiteral("Empty")});
        QCOMPARE(store.requests().size(), 1); // the top-level one
        QCOMPARE(store.requests().first().name, QStringLiteral("C"));
    }

    void folderVariablesPersistAndSecretsStayInMemory()
    {
        const QString secretValue = QStringLiteral("cs-CANARY-90ad");
        {
            CollectionStore store(m_path);
            QVERIFY(store.load());
            const VariableList top{Variable{QStringLiteral("baseUrl"), QStringLiteral("https://api.example")},
                                   Variable{QStringLiteral("templateId"), QStringLiteral("t-1")},
                                   Variable{QStringLiteral("clientSecret"), secretValue, true},
                                   Variable{QStringLiteral("off"), QStringLiteral("x"), false, false}};
            QVERIFY(store.setFolderVariables(QStringLiteral("Brand kit"), top));
            QVERIFY(
                store.setFolderVariables(QStringLiteral("Brand kit / Assets"),
                                         {Variable{QStringLiteral("templateId"), QStringLiteral("t-2")}}));
            QVERIFY(store.hasFolder(QStringLiteral("Brand kit / Assets")));
            // The innermost folder's value first, then the parent's.
            const VariableList inner = store.folderVariables(QStringLiteral("Brand kit / Assets"));
            QCOMPARE(inner.size(), 5);
            QCOMPARE(inner.first().value, QStringLiteral("t-2"));
            VariableScope scope;
            scope.addLayer(QStringLiteral("folder"), inner);
            QCOMPARE(scope.value(QStringLiteral("templateId")),
                     std::optional<QString>(QStringLiteral("t-2")));
            QCOMPARE(scope.value(QStringLiteral("baseUrl")),
                     std::optional<QString>(QStringLiteral("https://api.example")));
            QCOMPARE(store.ownFolderVariables(QStringLiteral("Brand kit")), top);
            // In memory for the session: a reload keeps the secret value.
            QVERIFY(store.load());
            QCOMPARE(store.ownFolderVariables(QStringLiteral("Brand kit")).at(2).value, secretValue);
            QVERIFY(!store.setFolderVariables(QStringLiteral("Brand kit"),
                                              {Variable{QStringLiteral("a{b"), QString()}}));
            QVERIFY(!store.setFolderVariables(QString(), {}));
        }
        // Never in the file; a new instance (a restart) has the name, not the value.
        const QByteArray file = readAll(m_path);
        QVERIFY(file.contains("clientSecret"));
        QVERIFY(!file.contains(secretValue.toUtf8()));
        CollectionStore again(m_path);
        QVERIFY(again.load());
        const VariableList top = again.ownFolderVariables(QStringLiteral("Brand kit"));
        QCOMPARE(top.size(), 4);
        QCOMPARE(top.at(0).value, QStringLiteral("https://api.example"));
        QVERIFY(top.at(2).secret);
        QVERIFY(top.at(2).value.isEmpty());
        QVERIFY(!top.at(3).enabled);
        // Renaming moves them; removing drops them.
        QVERIFY(again.renameFolder(QStringLiteral("Brand kit"), QStringLiteral("Kit")));
        QCOMPARE(again.ownFolderVariables(QStringLiteral("Kit")).size(), 4);
        QVERIFY(again.ownFolderVariables(QStringLiteral("Brand kit")).isEmpty());
        QVERIFY(again.removeFolder(QStringLiteral("Kit")));
        QVERIFY(again.ownFolderVariables(QStringLiteral("Kit")).isEmpty());
        CollectionStore third(m_path);
        QVERIFY(third.load());
        QVERIFY(third.ownFolderVariables(QStringLiteral("Kit")).isEmpty());
    }

    void corruptFileIsSetAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("\x00\xff not json {{{", 15);
        QTest::newRow("torn") << QByteArray(
            "{\"format\":\"connect-explorer-collections\",\"version\":1,\"folders\":[\"A\"],\"req");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("foreign object") << QByteArray("{\"hello\":\"world\"}");
        QTest::newRow("wrong types") << QByteArray(
            "{\"format\":\"connect-explorer-collections\",\"version\":1,\"folders\":[1],\"requests\":[]}");
        QTest::newRow("request without id")
            << QByteArray("{\"format\":\"connect-explorer-collections\",\"version\":1,\"folders\":[],"
                          "\"requests\":[{\"name\":\"x\",\"request\":{\"method\":\"GET\",\"path\":\"/\"}}]}");
        QTest::newRow("empty") << QByteArray();
    }

    void corruptFileIsSetAside()
    {
        QFETCH(QByteArray, content);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        CollectionStore store(m_path);
        QVERIFY(!store.load());
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.corruptFile(), m_path + QStringLiteral(".corrupt"));
        QCOMPARE(readAll(store.corruptFile()), content);
        QVERIFY(store.requests().isEmpty());
        // The store works on: the next save writes a fresh, readable file.
        store.save(QStringLiteral("After"), QStringLiteral("F"), sampleRequest());
        CollectionStore again(m_path);
        QVERIFY(again.load());
        QCOMPARE(again.requests().size(), 1);
    }

    void unwritableLocationIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        CollectionStore store(dir.filePath(QStringLiteral("file/sub/collections.json")));
        const SavedRequest saved = store.save(QStringLiteral("X"), QString(), sampleRequest());
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.request(saved.id).has_value()); // kept in memory
    }
};

QTEST_GUILESS_MAIN(TestCollections)
#include "tst_collections.moc"
