// HistoryStore: append, bounded with atomic compaction, search, a restart (a new instance) reads it back,
// torn lines are skipped, and the file never holds a secret.
#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

const QString Canary = QStringLiteral("CANARY-7f3a9c");
const QString CanarySecret = QStringLiteral("SECRET-c4n4ry");

ApiRequest request(const QByteArray &method, const QString &path)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.headers = {{"Accept", "application/json"}};
    return r;
}

ApiResponse response(int status, qint64 elapsed = 12, const QByteArray &body = "{}")
{
    ApiResponse r;
    r.status = status;
    r.elapsedMs = elapsed;
    r.body = body;
    return r;
}

HistoryEntry entryFor(const ApiRequest &r, int status)
{
    HistoryEntry e;
    e.baseUrl = QStringLiteral("http://h");
    e.request = r;
    e.status = status;
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int lineCount(const QString &path)
{
    return int(readAll(path).count('\n'));
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("history.jsonl")); }

private slots:
    void init() { QFile::remove(path()); }

    void defaultLocation()
    {
        QVERIFY(HistoryStore::defaultFilePath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(HistoryStore::defaultFilePath().endsWith(QStringLiteral("history.jsonl")));
    }

    void appendAndReload()
    {
        {
            HistoryStore store(path());
            QVERIFY(store.load());
            QCOMPARE(store.count(), 0);
            QSignalSpy added(&store, &HistoryStore::entryAdded);
            ApiRequest r = request("POST", QStringLiteral("/api/folders"));
            r.query = {{QStringLiteral("page"), QStringLiteral("1")}};
            r.body = R"({"name":"New"})";
            ApiResponse failed;
            failed.failure = NetworkFailure::Timeout;
            failed.elapsedMs = 30000;
            const HistoryEntry first =
                store.record(r, QStringLiteral("http://127.0.0.1:8080"), response(201, 34, "{\"id\":1}"));
            store.record(request("GET", QStringLiteral("/api/templates/999")),
                         QStringLiteral("http://127.0.0.1:8080"), response(404), QStringLiteral("not_found"));
            store.record(request("GET", QStringLiteral("/api/assets")),
                         QStringLiteral("http://127.0.0.1:8080"), failed);
            QCOMPARE(added.count(), 3);
            QCOMPARE(store.count(), 3);
            QVERIFY(!first.id.isEmpty());
            QVERIFY(first.time.isValid());
            QCOMPARE(first.url(), QStringLiteral("http://127.0.0.1:8080/api/folders?page=1"));
        }
        // A restart: a new instance reads what the old one wrote.
        HistoryStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.skippedLines(), 0);
        const QList<HistoryEntry> entries = again.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].request.method, QByteArray("POST"));
        QCOMPARE(entries[0].request.path, QStringLiteral("/api/folders"));
        QCOMPARE(entries[0].request.query, (QueryList{{QStringLiteral("page"), QStringLiteral("1")}}));
        QCOMPARE(entries[0].request.headers, (HeaderList{{"Accept", "application/json"}}));
        QCOMPARE(entries[0].request.body, QByteArray(R"({"name":"New"})"));
        QCOMPARE(entries[0].status, 201);
        QCOMPARE(entries[0].elapsedMs, 34);
        QCOMPARE(entries[0].responseSize, 8);
        QCOMPARE(entries[0].baseUrl, QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(entries[1].errorCode, QStringLiteral("not_found"));
        QCOMPARE(entries[2].status, 0);
        QCOMPARE(entries[2].failure, QStringLiteral("timeout"));
        QVERIFY(again.entry(entries[1].id));
        QCOMPARE(again.entry(entries[1].id)->request.path, QStringLiteral("/api/templates/999"));
        QVERIFY(!again.entry(QStringLiteral("nope")));
    }

    void boundedAndCompactedAtomically()
    {
        HistoryStore store(path(), 10);
        QVERIFY(store.load());
        for (int i = 0; i < 95; ++i)
            QVERIFY(store.append(entryFor(request("GET", QStringLiteral("/api/item/%1").arg(i)), 200)));
        QCOMPARE(store.count(), 10);
        QCOMPARE(store.entries().first().request.path, QStringLiteral("/api/item/85"));
        QCOMPARE(store.entries().last().request.path, QStringLiteral("/api/item/94"));
        // The file never grows past the bound plus its slack (10%, at least one line).
        QVERIFY2(lineCount(path()) <= 11, QByteArray::number(lineCount(path())));
        QVERIFY(store.compact());
        QCOMPARE(lineCount(path()), 10);

        HistoryStore again(path(), 10);
        QVERIFY(again.load());
        QCOMPARE(again.count(), 10);
        QCOMPARE(again.entries().first().request.path, QStringLiteral("/api/item/85"));
        // A smaller bound on load keeps the newest.
        HistoryStore smaller(path(), 3);
        QVERIFY(smaller.load());
        QCOMPARE(smaller.count(), 3);
        QCOMPARE(smaller.entries().first().request.path, QStringLiteral("/api/item/92"));
    }

    void defaultBoundIsAThousand()
    {
        HistoryStore store(path());
        QCOMPARE(store.maxEntries(), 1000);
        for (int i = 0; i < 1105; ++i)
            store.append(entryFor(request("GET", QStringLiteral("/x/%1").arg(i)), 200));
        QCOMPARE(store.count(), 1000);
        QVERIFY(lineCount(path()) <= 1100);
        HistoryStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.count(), 1000);
        QCOMPARE(again.entries().last().request.path, QStringLiteral("/x/1104"));
    }

    void search()
    {
        HistoryStore store(path());
        store.record(request("GET", QStringLiteral("/api/templates")), QStringLiteral("http://h"),
                     response(200));
        store.record(request("POST", QStringLiteral("/oauth/access-token")), QStringLiteral("http://h"),
                     response(401), QStringLiteral("invalid_client"));
        store.record(request("GET", QStringLiteral("/api/templates/42")), QStringLiteral("http://h"),
                     response(404), QStringLiteral("not_found"));
        store.record(request("DELETE", QStringLiteral("/api/folders/3")), QStringLiteral("http://h"),
                     response(204));

        auto paths = [](const QList<HistoryEntry> &entries) {
            QStringList out;
            for (const HistoryEntry &e : entries)
                out << e.request.path;
            return out;
        };
        QCOMPARE(paths(store.search(QString())).size(), 4);
        QCOMPARE(paths(store.search(QStringLiteral("templates"))),
                 (QStringList{"/api/templates/42", "/api/templates"})); // newest first
        QCOMPARE(paths(store.search(QStringLiteral("post"))), QStringList{"/oauth/access-token"});
        QCOMPARE(paths(store.search(QStringLiteral("404"))), QStringList{"/api/templates/42"});
        QCOMPARE(paths(store.search(QStringLiteral("INVALID_client"))), QStringList{"/oauth/access-token"});
        QCOMPARE(paths(store.search(QStringLiteral("get 200"))), QStringList{"/api/templates"});
        QCOMPARE(paths(store.search(QStringLiteral("delete folders"))), QStringList{"/api/folders/3"});
        QVERIFY(store.search(QStringLiteral("patch")).isEmpty());
    }

    void neverWritesSecrets()
    {
        {
            HistoryStore store(path());
            store.redactor().addSecret(Canary);
            store.redactor().addSecret(CanarySecret);
            ApiRequest token = request("POST", QStringLiteral("/oauth/access-token"));
            token.authenticated = false;
            token.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
            token.body = QStringLiteral(R"({"client_id":"demo-client","client_secret":"%1"})")
                             .arg(CanarySecret)
                             .toUtf8();
            store.record(token, QStringLiteral("http://h"), response(200));

            ApiRequest call = request("GET", QStringLiteral("/api/templates?access_token=%1").arg(Canary));
            call.headers.append({"Authorization", "Bearer " + Canary.toUtf8()});
            call.headers.append({"Cookie", "sid=" + Canary.toUtf8()});
            call.headers.append({"X-Note", "echo " + Canary.toUtf8()});
            call.query = {{QStringLiteral("token"), Canary}, {QStringLiteral("q"), Canary}};
            store.record(call, QStringLiteral("http://user:%1@h").arg(CanarySecret), response(200),
                         QStringLiteral("odd %1").arg(Canary));

            ApiRequest introspect = request("POST", QStringLiteral("/oauth/introspect"));
            introspect.headers.append(
                {QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
            introspect.body = "token=" + QUrl::toPercentEncoding(Canary);
            store.record(introspect, QStringLiteral("http://h"), response(200));
        }
        const QByteArray file = readAll(path());
        QVERIFY(!file.isEmpty());
        QVERIFY2(!file.contains(Canary.toUtf8()), file.constData());
        QVERIFY2(!file.contains(CanarySecret.toUtf8()), file.constData());
        QVERIFY(file.contains("Bearer [redacted]"));
        QVERIFY(file.contains("demo-client")); // not a secret, kept

        HistoryStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.count(), 3);
        QCOMPARE(again.entries()[1].request.headers[1],
                 (QPair<QByteArray, QByteArray>("Authorization", "Bearer [redacted]")));
        // Reopened, the masked Authorization is gone so the session's token is used.
        const ApiRequest reopened = again.entries()[1].requestToReopen();
        QCOMPARE(reopened.headers,
                 (HeaderList{{"Accept", "application/json"}, {"X-Note", "echo [redacted]"}}));
        QCOMPARE(reopened.method, QByteArray("GET"));
    }

    void tornAndForeignLinesSkipped()
    {
        {
            HistoryStore store(path());
            store.record(request("GET", QStringLiteral("/one")), QStringLiteral("http://h"), response(200));
            store.record(request("GET", QStringLiteral("/two")), QStringLiteral("http://h"), response(200));
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::Append));
        file.write(
            "not json\n{\"v\":99,\"id\":\"x\"}\n{\"v\":1,\"id\":\"torn\",\"method\":\"GE"); // no newline
        file.close();

        HistoryStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.count(), 2);
        QCOMPARE(again.skippedLines(), 3);
        // The next entry starts on a line of its own, so it is not lost to the torn one.
        again.record(request("GET", QStringLiteral("/three")), QStringLiteral("http://h"), response(200));
        HistoryStore third(path());
        QVERIFY(third.load());
        QCOMPARE(third.count(), 3);
        QCOMPARE(third.entries().last().request.path, QStringLiteral("/three"));
    }

    void bigBodiesCut()
    {
        HistoryStore store(path());
        ApiRequest r = request("POST", QStringLiteral("/big"));
        r.body = QByteArray(HistoryStore::MaxStoredBody + 100, 'x');
        const HistoryEntry e = store.record(r, QStringLiteral("http://h"), response(200));
        QVERIFY(e.bodyTruncated);
        QCOMPARE(e.request.body.size(), HistoryStore::MaxStoredBody);
        HistoryStore again(path());
        QVERIFY(again.load());
        QVERIFY(again.entries().first().bodyTruncated);
    }

    void binaryBodyKept()
    {
        HistoryStore store(path());
        ApiRequest r = request("PUT", QStringLiteral("/bin"));
        r.body = QByteArray("\xff\x00\xfe", 3);
        store.record(r, QStringLiteral("http://h"), response(200));
        HistoryStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.entries().first().request.body, QByteArray("\xff\x00\xfe", 3));
    }

    void clear()
    {
        HistoryStore store(path());
        store.record(request("GET", QStringLiteral("/one")), QStringLiteral("http://h"), response(200));
        QSignalSpy cleared(&store, &HistoryStore::cleared);
        QVERIFY(store.clear());
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(store.count(), 0);
        HistoryStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.count(), 0);
    }

    void missingDirectoryCreated()
    {
        const QString nested = m_dir.filePath(QStringLiteral("a/b/history.jsonl"));
        HistoryStore store(nested);
        QVERIFY(store.load());
        QVERIFY(store.append(entryFor(request("GET", QStringLiteral("/x")), 200)));
        QVERIFY(QFile::exists(nested));
    }

    // A write that fails says so (the app logs and shows it); the next good one clears it. A regular
    // file where the folder should be stops writes even for root, unlike chmod.
    void failedWritesAreReported()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        HistoryStore store(blocker + QStringLiteral("/history.jsonl"));
        QSignalSpy written(&store, &HistoryStore::writeFinished);
        QVERIFY(!store.append(entryFor(request("GET", QStringLiteral("/lost")), 200)));
        QCOMPARE(store.count(), 1); // still in memory
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.at(0).at(0).toBool(), false);
        QVERIFY(!written.at(0).at(1).toString().isEmpty());
        QCOMPARE(written.at(0).at(1).toString(), store.lastError());
        QVERIFY(!store.clear());
        QCOMPARE(written.count(), 2);
        QCOMPARE(written.at(1).at(0).toBool(), false);

        QVERIFY(QFile::remove(blocker));
        QVERIFY(store.append(entryFor(request("GET", QStringLiteral("/kept")), 200)));
        QCOMPARE(written.count(), 3);
        QCOMPARE(written.at(2).at(0).toBool(), true);
        QVERIFY(store.lastError().isEmpty());
        QFile::remove(store.filePath());
        QDir(blocker).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
