// HistoryStore: append, bounded with atomic compaction, search, a restart (a new instance) reads it back,
// torn lines are skipped, and the file never holds a secret. The responses kept in sidecars: read back by
// a new instance, bounded, redacted (a token endpoint's access_token never stored), pruned with the
// entries, and a missing or torn sidecar is only "not kept". They are written on the store's writer thread:
// append() returns before (a held write proves it), the readers and the destructor wait, and clear() right
// after an append leaves none behind.
#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

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

// A JSON array of about `size` bytes whose items carry an access_token (masked when kept).
ApiResponse bigJsonResponse(qsizetype size)
{
    QByteArray body = "[";
    for (int i = 0; body.size() < size; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"id":)" + QByteArray::number(i) + R"(,"name":"item )" + QByteArray::number(i) +
                R"(","access_token":")" + Canary.toUtf8() + R"(","tags":["a","b"]})";
    }
    body += ']';
    ApiResponse r = response(200, 40, body);
    r.headers = {{"Content-Type", "application/json"}};
    return r;
}

// Holds the writer thread inside the store's writer gate until released, and says which thread it was.
struct WriterGate
{
    QSemaphore entered;
    QSemaphore release;
    std::atomic<QThread *> thread{nullptr};

    std::function<void()> function()
    {
        return [this] {
            thread = QThread::currentThread();
            entered.release();
            // Bounded, so a store that wrote on the calling thread fails the test instead of hanging it.
            release.tryAcquire(1, 10000);
        };
    }
};

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("history.jsonl")); }

private slots:
    void init()
    {
        QFile::remove(path());
        QDir(HistoryStore(path()).responsesDirectory()).removeRecursively();
    }

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

    void responseKeptAcrossRestart()
    {
        QString id;
        {
            HistoryStore store(path());
            QVERIFY(store.load());
            ApiResponse r = response(404, 21, R"({"error":{"code":"not_found","message":"No template 9"}})");
            r.reason = "Not Found";
            r.headers = {
                {"Content-Type", "application/json"}, {"X-Request-Id", "abc"}, {"X-Request-Id", "def"}};
            r.url = QUrl(QStringLiteral("http://h/api/templates/9"));
            id = store
                     .record(request("GET", QStringLiteral("/api/templates/9")), QStringLiteral("http://h"),
                             r, QStringLiteral("not_found"))
                     .id;
            ApiResponse failed;
            failed.failure = NetworkFailure::ConnectionRefused;
            failed.failureDetail = QStringLiteral("Connection refused");
            const QString failedId =
                store.record(request("GET", QStringLiteral("/api/x")), QStringLiteral("http://h"), failed).id;
            QVERIFY(store.hasResponse(id));
            QVERIFY(store.hasResponse(failedId));
            QVERIFY(QFile::exists(store.responseFilePath(id)));
            QVERIFY(
                store.responseFilePath(id).startsWith(m_dir.filePath(QStringLiteral("history.responses/"))));
        }
        HistoryStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.count(), 2);
        const std::optional<HistoryResponse> kept = again.response(id);
        QVERIFY(kept);
        QCOMPARE(kept->response.status, 404);
        QCOMPARE(kept->response.reason, QByteArray("Not Found"));
        QCOMPARE(kept->response.headers, (HeaderList{{"Content-Type", "application/json"},
                                                     {"X-Request-Id", "abc"},
                                                     {"X-Request-Id", "def"}}));
        QCOMPARE(kept->response.body,
                 QByteArray(R"({"error":{"code":"not_found","message":"No template 9"}})"));
        QCOMPARE(kept->response.elapsedMs, 21);
        QCOMPARE(kept->response.url, QUrl(QStringLiteral("http://h/api/templates/9")));
        QCOMPARE(kept->size, 56);
        QVERIFY(!kept->bodyTruncated);
        QVERIFY(!kept->bodyOmitted);
        const std::optional<HistoryResponse> failed = again.response(again.entries().at(1).id);
        QVERIFY(failed);
        QCOMPARE(failed->response.failure, NetworkFailure::ConnectionRefused);
        QCOMPARE(failed->response.status, 0);
        QVERIFY(!again.response(QStringLiteral("nope")));
        QVERIFY(!again.hasResponse(QStringLiteral("nope")));
    }

    void responseBounded()
    {
        HistoryStore store(path());
        // Text over the cap: cut, flagged, the size as received kept.
        QByteArray big(HistoryStore::MaxResponseBody + 5000, 'x');
        const QString bigId = store
                                  .record(request("GET", QStringLiteral("/big")), QStringLiteral("http://h"),
                                          response(200, 1, big))
                                  .id;
        // Bytes that are not UTF-8: kept as they were (base64 in the file).
        const QByteArray binary("\x89PNG\r\n\x1a\n\xff\x00\xfe", 11);
        ApiResponse image = response(200, 1, binary);
        image.headers = {{"Content-Type", "image/png"}};
        const QString binaryId =
            store.record(request("GET", QStringLiteral("/img")), QStringLiteral("http://h"), image).id;
        // Too large to redact whole: not kept, said so.
        const QByteArray huge(HistoryStore::MaxRedactedBody + 1, 'y');
        const QString hugeId = store
                                   .record(request("GET", QStringLiteral("/huge")),
                                           QStringLiteral("http://h"), response(200, 1, huge))
                                   .id;
        // Another reader of the files sees the sidecars once they are written.
        store.waitForPendingWrites();

        HistoryStore again(path());
        QVERIFY(again.load());
        const auto cut = again.response(bigId);
        QVERIFY(cut);
        QVERIFY(cut->bodyTruncated);
        QCOMPARE(cut->response.body.size(), HistoryStore::MaxResponseBody);
        QCOMPARE(cut->size, big.size());
        const auto bytes = again.response(binaryId);
        QVERIFY(bytes);
        QCOMPARE(bytes->response.body, binary);
        QVERIFY(readAll(again.responseFilePath(binaryId)).contains("bodyBase64"));
        const auto omitted = again.response(hugeId);
        QVERIFY(omitted);
        QVERIFY(omitted->bodyOmitted);
        QVERIFY(omitted->response.body.isEmpty());
        QCOMPARE(omitted->size, huge.size());
        QVERIFY(QFileInfo(again.responseFilePath(hugeId)).size() < 4096);
    }

    // The token endpoint's answer carries the access token: the sidecar must never hold it, whether the
    // token was registered as a secret yet or not; nor a registered secret echoed anywhere else.
    void responseNeverWritesSecrets()
    {
        {
            HistoryStore store(path());
            store.redactor().addSecret(CanarySecret);
            ApiRequest token = request("POST", QStringLiteral("/oauth/access-token"));
            token.authenticated = false;
            ApiResponse issued =
                response(200, 5,
                         QStringLiteral(R"({"access_token":"%1","token_type":"Bearer","expires_in":3600})")
                             .arg(Canary)
                             .toUtf8());
            issued.headers = {{"Content-Type", "application/json"},
                              {"Set-Cookie", "sid=" + Canary.toUtf8() + "; Path=/"}};
            store.record(token, QStringLiteral("http://h"), issued);

            ApiResponse echo =
                response(400, 5, QStringLiteral("bad secret %1 sent").arg(CanarySecret).toUtf8());
            echo.headers = {{"Content-Type", "text/plain"},
                            {"X-Echo", CanarySecret.toUtf8()},
                            {"X-Api-Token", "whatever-" + Canary.toUtf8()}};
            echo.url = QUrl(QStringLiteral("http://h/api/x?access_token=%1").arg(Canary));
            echo.failureDetail = CanarySecret;
            store.record(request("GET", QStringLiteral("/api/x")), QStringLiteral("http://h"), echo);

            ApiResponse form = response(200, 5, "access_token=" + Canary.toUtf8() + "&scope=read");
            form.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
            store.record(token, QStringLiteral("http://h"), form);
        }
        const QDir dir(HistoryStore(path()).responsesDirectory());
        const QStringList files = dir.entryList(QDir::Files);
        QCOMPARE(files.size(), 3);
        for (const QString &name : files) {
            const QByteArray bytes = readAll(dir.filePath(name));
            QVERIFY(!bytes.isEmpty());
            QVERIFY2(!bytes.contains(Canary.toUtf8()), bytes.constData());
            QVERIFY2(!bytes.contains(CanarySecret.toUtf8()), bytes.constData());
        }
        HistoryStore again(path());
        QVERIFY(again.load());
        const auto issued = again.response(again.entries().at(0).id);
        QVERIFY(issued);
        QVERIFY(issued->response.body.contains("\"access_token\":\"[redacted]\""));
        QVERIFY(issued->response.body.contains("\"token_type\":\"Bearer\"")); // not a secret, kept
    }

    void responsesPrunedWithEntries()
    {
        HistoryStore store(path(), 10);
        QVERIFY(store.load());
        QString first;
        for (int i = 0; i < 30; ++i) {
            const QString id = store
                                   .record(request("GET", QStringLiteral("/api/item/%1").arg(i)),
                                           QStringLiteral("http://h"), response(200))
                                   .id;
            if (i == 0)
                first = id;
        }
        const QDir dir(store.responsesDirectory());
        store.waitForPendingWrites();
        // Compacted on the way (at 12 lines): no more sidecars than lines in the file.
        QVERIFY(dir.entryList(QDir::Files).size() <= 12);
        QVERIFY(!QFile::exists(store.responseFilePath(first)));
        // A sidecar without an entry (left by a crash) goes at the next compaction.
        QFile orphan(dir.filePath(QStringLiteral("orphan.json")));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.write("{}");
        orphan.close();
        QVERIFY(store.compact());
        store.waitForPendingWrites(); // the pruning is done on the writer thread too
        QCOMPARE(dir.entryList(QDir::Files).size(), 10);
        for (const HistoryEntry &e : store.entries())
            QVERIFY(store.hasResponse(e.id));
        // Another history file in the same folder keeps its own sidecars.
        HistoryStore other(m_dir.filePath(QStringLiteral("other.jsonl")));
        const QString otherId =
            other.record(request("GET", QStringLiteral("/o")), QStringLiteral("http://h"), response(200)).id;
        QVERIFY(store.clear());
        store.waitForPendingWrites();
        QCOMPARE(dir.entryList(QDir::Files).size(), 0);
        QVERIFY(other.hasResponse(otherId));
        QVERIFY(other.clear());
    }

    // History written before responses were kept, and sidecars that are missing, torn or someone else's:
    // the entries load, their responses are "not kept".
    void oldFilesAndBrokenSidecars()
    {
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                R"({"v":1,"id":"old-1","time":"2026-01-02T03:04:05.000Z","baseUrl":"http://h","method":"GET","path":"/a","status":200,"elapsedMs":3,"responseSize":2})"
                "\n");
        }
        HistoryStore store(path());
        QVERIFY(store.load());
        QCOMPARE(store.count(), 1);
        QVERIFY(!store.hasResponse(QStringLiteral("old-1")));
        QVERIFY(!store.response(QStringLiteral("old-1")));

        const QString torn = store
                                 .record(request("GET", QStringLiteral("/t")), QStringLiteral("http://h"),
                                         response(200, 1, R"({"a":1})"))
                                 .id;
        const QString foreign = store
                                    .record(request("GET", QStringLiteral("/f")), QStringLiteral("http://h"),
                                            response(200, 1, R"({"b":2})"))
                                    .id;
        QVERIFY(store.response(torn));
        {
            QFile file(store.responseFilePath(torn));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
        }
        QVERIFY(QFile::remove(store.responseFilePath(foreign)));
        HistoryStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.count(), 3);
        QVERIFY(!again.response(torn));
        QVERIFY(!again.response(foreign));
        QVERIFY(!again.response(QStringLiteral("old-1")));
        // A whole sidecar naming another entry is not this entry's response.
        HistoryStore writer(path());
        QVERIFY(writer.load());
        const QString good = writer
                                 .record(request("GET", QStringLiteral("/g")), QStringLiteral("http://h"),
                                         response(200, 1, R"({"c":3})"))
                                 .id;
        writer.waitForPendingWrites();
        QFile::remove(writer.responseFilePath(foreign));
        QVERIFY(QFile::copy(writer.responseFilePath(good), writer.responseFilePath(foreign)));
        QVERIFY(writer.response(good));
        QVERIFY(!writer.response(foreign));
    }

    // The sidecar is redacted, serialised and written on the store's writer thread: append() returns
    // while the writer is still held in its gate (a store writing on the calling thread would enter the
    // gate from there and find it closed), and a reader that asks for the response meanwhile waits for it.
    void responseWrittenOffTheCallingThread()
    {
        HistoryStore store(path());
        store.redactor().addSecret(CanarySecret);
        WriterGate gate;
        store.setWriterGate(gate.function());
        QSignalSpy kept(&store, &HistoryStore::responseKept);
        const ApiResponse big = bigJsonResponse(8 * 1024 * 1024);
        QVERIFY(big.body.size() >= 8 * 1024 * 1024);

        HistoryEntry sent = entryFor(request("GET", QStringLiteral("/api/templates")), 200);
        QVERIFY(store.append(sent, big));
        const QString id = store.entries().constLast().id;
        // The line is written; the sidecar is not yet.
        QCOMPARE(lineCount(path()), 1);
        QVERIFY(gate.entered.tryAcquire(1, 10000));
        QVERIFY(gate.thread.load() != nullptr);
        QVERIFY(gate.thread.load() != QThread::currentThread());
        QCOMPARE(store.pendingWrites(), 1);
        QVERIFY(store.isResponsePending(id));
        QVERIFY(!store.isResponseKept(id));
        QVERIFY(!QFile::exists(store.responseFilePath(id)));
        QCOMPARE(kept.count(), 0);

        // Released: response() waits for the write instead of answering "not kept".
        gate.release.release();
        const std::optional<HistoryResponse> read = store.response(id);
        QVERIFY(read);
        QCOMPARE(store.pendingWrites(), 0);
        QVERIFY(!store.isResponsePending(id));
        QVERIFY(store.isResponseKept(id));
        QVERIFY(read->bodyTruncated);
        QCOMPARE(read->size, big.body.size());
        QCOMPARE(read->response.body.size(), HistoryStore::MaxResponseBody);
        QVERIFY(read->response.body.contains(R"("access_token":"[redacted]")"));
        QVERIFY(!readAll(store.responseFilePath(id)).contains(Canary.toUtf8()));
        // Said on the store's thread, once.
        QTRY_COMPARE(kept.count(), 1);
        QCOMPARE(kept.at(0).at(0).toString(), id);
    }

    // readResponse() never blocks the caller: a read queued behind a held write answers once the write is
    // done, with what it wrote; an unknown entry answers "nothing"; a receiver gone by then hears nothing.
    void readResponseDoesNotBlockAndFollowsTheWrites()
    {
        HistoryStore store(path());
        WriterGate gate;
        store.setWriterGate(gate.function());
        QVERIFY(store.append(entryFor(request("GET", QStringLiteral("/api/templates")), 200), response(200)));
        const QString id = store.entries().constLast().id;
        QVERIFY(gate.entered.tryAcquire(1, 10000));
        QVERIFY(store.isResponsePending(id));

        QObject receiver;
        std::optional<std::optional<HistoryResponse>> got;
        store.readResponse(id, &receiver,
                           [&got](std::optional<HistoryResponse> kept) { got = std::move(kept); });
        QTest::qWait(50);
        QVERIFY(!got); // the write is still held, and so is the read behind it; this thread went on
        gate.release.release();
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->has_value());
        QCOMPARE((*got)->response.status, 200);
        QCOMPARE((*got)->response.body, store.response(id)->response.body);

        std::optional<std::optional<HistoryResponse>> unknown;
        store.readResponse(QStringLiteral("no-such-entry"), &receiver,
                           [&unknown](std::optional<HistoryResponse> kept) { unknown = std::move(kept); });
        QTRY_VERIFY(unknown.has_value());
        QVERIFY(!unknown->has_value());

        bool called = false;
        {
            QObject gone;
            store.readResponse(id, &gone, [&called](std::optional<HistoryResponse>) { called = true; });
        }
        store.waitForPendingWrites();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // Two writes in order behind a held one; hasResponse() waits for all of them.
    void hasResponseWaitsForPendingWrites()
    {
        HistoryStore store(path());
        WriterGate gate;
        store.setWriterGate(gate.function());
        QVERIFY(
            store.append(entryFor(request("GET", QStringLiteral("/one")), 200), bigJsonResponse(64 * 1024)));
        QVERIFY(store.append(entryFor(request("GET", QStringLiteral("/two")), 200), response(200)));
        const QString one = store.entries().at(0).id;
        const QString two = store.entries().at(1).id;
        QVERIFY(gate.entered.tryAcquire(1, 10000));
        QCOMPARE(store.pendingWrites(), 2);
        QVERIFY(store.isResponsePending(two));
        QVERIFY(!QFile::exists(store.responseFilePath(two)));
        gate.release.release(2);
        QVERIFY(store.hasResponse(two));
        QVERIFY(QFile::exists(store.responseFilePath(one)));
        QCOMPARE(store.pendingWrites(), 0);
    }

    // clear() right after append(): neither the write in flight nor the one still queued leaves a sidecar
    // behind, and neither is announced as kept.
    void clearRightAfterAppendLeavesNoSidecar()
    {
        HistoryStore store(path());
        WriterGate gate;
        store.setWriterGate(gate.function());
        QSignalSpy kept(&store, &HistoryStore::responseKept);
        QVERIFY(store.append(entryFor(request("GET", QStringLiteral("/flight")), 200),
                             bigJsonResponse(256 * 1024)));
        QVERIFY(store.append(entryFor(request("GET", QStringLiteral("/queued")), 200), response(200)));
        const QString inFlight = store.entries().at(0).id;
        const QString queued = store.entries().at(1).id;
        QVERIFY(gate.entered.tryAcquire(1, 10000)); // the first is being written
        QVERIFY(store.clear());
        QVERIFY(!store.hasResponse(inFlight) && !store.response(queued));
        gate.release.release(2);
        store.waitForPendingWrites();
        QCOMPARE(QDir(store.responsesDirectory()).entryList(QDir::Files), QStringList());
        QVERIFY(!QFile::exists(store.responseFilePath(inFlight)));
        QVERIFY(!QFile::exists(store.responseFilePath(queued)));
        QCoreApplication::processEvents();
        QCOMPARE(kept.count(), 0);

        // Without a held writer, the same.
        store.setWriterGate({});
        QVERIFY(store.append(entryFor(request("GET", QStringLiteral("/again")), 200),
                             bigJsonResponse(1024 * 1024)));
        QVERIFY(store.clear());
        store.waitForPendingWrites();
        QCOMPARE(QDir(store.responsesDirectory()).entryList(QDir::Files), QStringList());
    }

    // Destroying the store right after append() waits for the sidecar: a new store reads it whole.
    void destroyedRightAfterAppendKeepsTheResponse()
    {
        const ApiResponse big = bigJsonResponse(8 * 1024 * 1024);
        QString id;
        {
            HistoryStore store(path());
            QVERIFY(store.append(entryFor(request("GET", QStringLiteral("/big")), 200), big));
            id = store.entries().constLast().id;
        }
        HistoryStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.pendingWrites(), 0);
        QVERIFY(again.isResponseKept(id));
        const QByteArray file = readAll(again.responseFilePath(id));
        QVERIFY(QJsonDocument::fromJson(file).isObject()); // whole, not torn
        const std::optional<HistoryResponse> read = again.response(id);
        QVERIFY(read);
        QCOMPARE(read->response.status, 200);
        QCOMPARE(read->size, big.body.size());
        QVERIFY(read->bodyTruncated);
        QCOMPARE(read->response.body.size(), HistoryStore::MaxResponseBody);
        QVERIFY(read->response.body.startsWith(R"([{"id":0,"name":"item 0","access_token":"[redacted]")"));
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
