// DraftStore: save/load/remove, secrets never written, corrupt and torn files set aside (the .bak is used),
// and a draft written by a child process killed with SIGKILL mid-session is still loadable.
//
// The child is this test binary started with "--draft-writer <dir>": it saves a growing draft in a loop
// until it is killed.
#include "history/DraftStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

using namespace cx;

namespace {

const QString Canary = QStringLiteral("CANARY-d4a1");

Draft sample(const QString &tabId, const QString &title = QStringLiteral("Templates"))
{
    Draft d;
    d.tabId = tabId;
    d.title = title;
    d.baseUrl = QStringLiteral("http://127.0.0.1:8080");
    d.request.method = "POST";
    d.request.path = QStringLiteral("/api/folders");
    d.request.query = {{QStringLiteral("page"), QStringLiteral("2")}};
    d.request.headers = {{"Content-Type", "application/json"}, {"X-Trace", "abc"}};
    d.request.body = QByteArray("{\"name\": \"F\xC3\xB6lder\",\n \"n\": 1}");
    d.extra = {{QStringLiteral("endpoint"), QStringLiteral("createFolder")}, {QStringLiteral("cursor"), 12}};
    return d;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// The child: save drafts in a loop; each body is "<n>:" followed by n-dependent filler so a half-written
// file would be told apart. Never returns.
[[noreturn]] void runDraftWriter(const QString &directory)
{
    DraftStore store(directory);
    for (int n = 1;; ++n) {
        Draft d = sample(QStringLiteral("tab-kill"), QStringLiteral("draft %1").arg(n));
        d.request.body = QByteArray::number(n) + ':' + QByteArray(20000 + (n % 7) * 5000, char('a' + n % 26));
        if (!store.save(d)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(store.lastError()));
            std::exit(2);
        }
        if (n == 1 || n % 50 == 0) {
            std::printf("saved %d\n", n);
            std::fflush(stdout);
        }
    }
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString dir() const { return m_dir.filePath(QStringLiteral("drafts")); }

private slots:
    void init() { QDir(dir()).removeRecursively(); }

    void defaultLocation()
    {
        QCOMPARE(DraftStore::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     QStringLiteral("/drafts"));
    }

    void saveLoadRemove()
    {
        DraftStore store(dir());
        QVERIFY(store.loadAll().isEmpty());
        QVERIFY(store.save(sample(QStringLiteral("tab-1"))));
        QTest::qWait(5);
        QVERIFY(store.save(sample(QStringLiteral("tab-2"), QStringLiteral("Second"))));

        DraftStore restarted(dir()); // a new instance, as after a restart
        const auto one = restarted.load(QStringLiteral("tab-1"));
        QVERIFY(one);
        const Draft expected = sample(QStringLiteral("tab-1"));
        QCOMPARE(one->tabId, expected.tabId);
        QCOMPARE(one->title, expected.title);
        QCOMPARE(one->baseUrl, expected.baseUrl);
        QCOMPARE(one->request.method, expected.request.method);
        QCOMPARE(one->request.path, expected.request.path);
        QCOMPARE(one->request.query, expected.request.query);
        QCOMPARE(one->request.headers, expected.request.headers);
        QCOMPARE(one->request.body, expected.request.body);
        QCOMPARE(one->extra, expected.extra);
        QVERIFY(one->savedAt.isValid());

        const QList<Draft> all = restarted.loadAll();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].tabId, QStringLiteral("tab-1")); // oldest first
        QCOMPARE(all[1].title, QStringLiteral("Second"));
        QVERIFY(restarted.corruptFiles().isEmpty());

        QVERIFY(restarted.remove(QStringLiteral("tab-1")));
        QVERIFY(!restarted.load(QStringLiteral("tab-1")));
        QCOMPARE(restarted.loadAll().size(), 1);
        QVERIFY(restarted.remove(QStringLiteral("never-there")));
    }

    void overwriteKeepsBak()
    {
        DraftStore store(dir());
        QVERIFY(store.save(sample(QStringLiteral("tab"), QStringLiteral("v1"))));
        QVERIFY(store.save(sample(QStringLiteral("tab"), QStringLiteral("v2"))));
        QCOMPARE(store.load(QStringLiteral("tab"))->title, QStringLiteral("v2"));
        QVERIFY(QFile::exists(store.fileFor(QStringLiteral("tab")) + QStringLiteral(".bak")));
        QCOMPARE(store.loadAll().size(), 1); // the .bak is not a second draft
    }

    void oddTabIds()
    {
        DraftStore store(dir());
        const QString odd = QStringLiteral("../../etc/passwd {tab} \u00e9");
        QVERIFY(store.save(sample(odd)));
        QVERIFY(QFileInfo(store.fileFor(odd)).absolutePath() == QFileInfo(dir()).absoluteFilePath());
        QCOMPARE(store.load(odd)->tabId, odd);
        QVERIFY(!store.save(sample(QString())));
    }

    void secretsNeverWritten()
    {
        DraftStore store(dir());
        store.redactor().addSecret(Canary);
        Draft d = sample(QStringLiteral("tab-s"), QStringLiteral("uses ") + Canary);
        d.request.headers.append({"Authorization", "Bearer " + Canary.toUtf8()});
        d.request.headers.append({"X-Api-Key", "k-" + Canary.toUtf8()});
        d.request.headers.append({"Cookie", "sid=" + Canary.toUtf8()});
        d.request.query.append({QStringLiteral("access_token"), QStringLiteral("qs-") + Canary});
        d.request.body =
            QStringLiteral(R"({"client_id":"x","client_secret":"cs-%1","note":"%1"})").arg(Canary).toUtf8();
        QVERIFY(store.save(d));
        const QByteArray file = readAll(store.fileFor(QStringLiteral("tab-s")));
        QVERIFY2(!file.contains(Canary.toUtf8()), file.constData());
        QVERIFY(!file.contains("Bearer"));

        const auto loaded = store.load(QStringLiteral("tab-s"));
        QVERIFY(loaded);
        // The header rows stay (the user sees them), their values are gone.
        const HeaderList headers = loaded->request.headers;
        QCOMPARE(headers.size(), 5);
        QCOMPARE(headers[2], (QPair<QByteArray, QByteArray>("Authorization", "")));
        QCOMPARE(headers[3], (QPair<QByteArray, QByteArray>("X-Api-Key", "")));
        QCOMPARE(headers[4], (QPair<QByteArray, QByteArray>("Cookie", "")));
        QCOMPARE(headers[1], (QPair<QByteArray, QByteArray>("X-Trace", "abc")));
        QCOMPARE(loaded->request.body,
                 QByteArray(R"({"client_id":"x","client_secret":"[redacted]","note":"[redacted]"})"));
        // Sending it leaves the token to the session: the empty secret rows are not sent.
        QCOMPARE(loaded->requestToSend().headers,
                 (HeaderList{{"Content-Type", "application/json"}, {"X-Trace", "abc"}}));
    }

    void corruptFileIgnoredAndBakUsed()
    {
        DraftStore store(dir());
        QVERIFY(store.save(sample(QStringLiteral("tab-c"), QStringLiteral("good"))));
        QVERIFY(store.save(sample(QStringLiteral("tab-c"), QStringLiteral("newer"))));
        const QString path = store.fileFor(QStringLiteral("tab-c"));
        const QByteArray whole = readAll(path);
        writeAll(path, whole.left(whole.size() / 2)); // torn

        DraftStore restarted(dir());
        const auto loaded = restarted.load(QStringLiteral("tab-c"));
        QVERIFY(loaded);
        QCOMPARE(loaded->title, QStringLiteral("good")); // from the .bak
        QCOMPARE(restarted.corruptFiles(), QStringList{path + QStringLiteral(".corrupt")});
        QVERIFY(QFile::exists(path + QStringLiteral(".corrupt")));
        // Saving again works and the bad file is not read again.
        QVERIFY(restarted.save(sample(QStringLiteral("tab-c"), QStringLiteral("after"))));
        QCOMPARE(restarted.loadAll().size(), 1);
        QVERIFY(restarted.corruptFiles().isEmpty());
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1,"draft":{}})");
        QTest::newRow("no checksum") << QByteArray(
            R"({"format":"connect-explorer-draft","version":1,"draft":{"tabId":"t"}})");
        QTest::newRow("wrong types") << QByteArray(
            R"({"format":"connect-explorer-draft","version":1,"sha256":"x","draft":{"tabId":5,"request":7}})");
    }
    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, content);
        DraftStore store(dir());
        QVERIFY(QDir().mkpath(dir()));
        writeAll(store.fileFor(QStringLiteral("junk")), content);
        QVERIFY(store.save(sample(QStringLiteral("fine"))));
        const QList<Draft> all = store.loadAll();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().tabId, QStringLiteral("fine"));
        QCOMPARE(store.corruptFiles().size(), 1);
        QVERIFY(!store.load(QStringLiteral("junk")));
    }

    void editedFileFailsChecksum()
    {
        DraftStore store(dir());
        QVERIFY(store.save(sample(QStringLiteral("tab-e"))));
        const QString path = store.fileFor(QStringLiteral("tab-e"));
        QByteArray bytes = readAll(path);
        bytes.replace("/api/folders", "/api/f0lders");
        writeAll(path, bytes);
        QVERIFY(!store.load(QStringLiteral("tab-e"))); // no .bak yet: nothing trustworthy
        QCOMPARE(store.corruptFiles().size(), 1);
    }

    void survivesSigkillOfTheWriter()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is a Unix thing");
#endif
        for (int round = 0; round < 3; ++round) {
            QDir(dir()).removeRecursively();
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--draft-writer"), dir()});
            QVERIFY(child.waitForStarted());
            QByteArray out;
            QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("saved 1\n"), 10000);
            QThread::msleep(30 + 40 * round); // in the middle of the save loop
            child.kill();                     // SIGKILL: no clean-up of any kind
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            DraftStore store(dir());
            const auto draft = store.load(QStringLiteral("tab-kill"));
            QVERIFY2(draft, "the draft of a killed writer must be loadable");
            QVERIFY(store.corruptFiles().isEmpty());
            const int n = draft->title.mid(QStringLiteral("draft ").size()).toInt();
            QVERIFY(n >= 1);
            const QByteArray expectedBody =
                QByteArray::number(n) + ':' + QByteArray(20000 + (n % 7) * 5000, char('a' + n % 26));
            QCOMPARE(draft->request.body, expectedBody);
            QCOMPARE(store.loadAll().size(), 1);
        }
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--draft-writer") == 0) {
        QCoreApplication app(argc, argv);
        runDraftWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestDrafts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drafts.moc"
