// Every sent request, kept as JSON Lines (one entry a line) in AppDataLocation/history.jsonl.
//
// - Redacted before it is written: headers, body, query and URL through Redactor's rules, plus every
//   known secret registered on redactor() (the current token, the client secret).
// - Bounded: the last maxEntries() are kept. Appends are cheap (one line); when the file holds a tenth
//   more lines than that, it is rewritten with the kept entries through QSaveFile (temp file + rename),
//   so a crash leaves either the old or the new file, never half of one.
// - Robust: a torn last line (a killed process) or any line that is not an entry is skipped on load.
// - Failures are reported: every append, clear and compaction emits writeFinished(ok, reason), so the
//   app can log and show a failed write (the entry stays in memory either way).
// - One writer: the app holds one instance per profile folder (SingleInstance); readers only ever see
//   whole lines, or the old or the new file after a compaction.
// - Bodies over MaxStoredBody bytes are cut (bodyTruncated says so). The line holds the status, timing,
//   size and the decided error code of the response.
// - Responses are kept beside the file, one sidecar per entry (<name>.responses/<id>.json next to
//   <name>.jsonl), written through QSaveFile: status, reason, headers and body, redacted like the request
//   (Redactor's rules, so a token endpoint's access_token is masked, plus every secret registered when
//   append() was called). A body over MaxResponseBody bytes is cut (HistoryResponse::bodyTruncated); one
//   over MaxRedactedBody is not kept at all (bodyOmitted), since it could not be redacted whole first;
//   bytes that are not UTF-8 text are kept as base64. A missing or unreadable sidecar only means the
//   response was not kept (old history files have none).
// - The sidecars are redacted, serialised and written off the calling thread, by one writer thread the
//   store owns, in the order they were appended: append() returns once the line is written, and the
//   sidecar follows (responseKept() says when). So another reader of the files (a second store, the
//   CLI) can see an entry before its sidecar, and a crash in between leaves the entry with its response
//   "not kept". Within this store nothing is seen half done: response() and hasResponse() first wait for
//   the writes still pending (waitForPendingWrites()), and the destructor waits for them too, so a store
//   opened after this one is destroyed finds every sidecar. Only isResponseKept() does not wait.
// - Sidecars of entries no longer kept are removed after compact() and clear() (and the compaction of an
//   append), by the same writer thread after every write queued before, so a write in flight is never
//   raced: once it has run (waitForPendingWrites()), no sidecar of a cleared entry is left behind. A
//   write not started yet when clear() is called is dropped.
#pragma once

#include "export/Redactor.h"
#include "net/ApiTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace cx {

struct HistoryEntry
{
    QString id;     // unique, stable across restarts
    QDateTime time; // when the request was sent, UTC
    QString baseUrl;
    ApiRequest request; // redacted
    bool bodyTruncated = false;
    int status = 0; // 0: no HTTP response
    qint64 elapsedMs = 0;
    qint64 responseSize = 0; // body bytes received
    QString errorCode;       // the decided error code ("not_found", "invalid_access_token", ...), or empty
    QString failure;         // networkFailureName() when there was no HTTP response, or empty

    QString url() const; // the full URL, as CodeExporter::urlFor builds it
    // The request to put into a tab when the user reopens the entry: masked secret headers dropped, so
    // sending it uses the current session's token. Masked body fields stay "[redacted]" for the user.
    ApiRequest requestToReopen() const;
    QJsonObject toJson() const;
    static std::optional<HistoryEntry> fromJson(const QJsonObject &object);
};

// The response kept for one history entry (redacted), read back from its sidecar.
struct HistoryResponse
{
    ApiResponse response;       // status, reason, headers, body (cut or left out as below), failure, url
    qint64 size = 0;            // the body's size as received
    bool bodyTruncated = false; // the body holds only the first HistoryStore::MaxResponseBody bytes
    bool bodyOmitted = false;   // the body was too large to keep: response.body is empty

    QJsonObject toJson(const QString &entryId) const;
    static std::optional<HistoryResponse> fromJson(const QJsonObject &object, const QString &entryId);
};

class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxEntries = 1000;
    static constexpr qsizetype MaxStoredBody = 64 * 1024;
    static constexpr qsizetype MaxResponseBody = 1024 * 1024;
    static constexpr qsizetype MaxRedactedBody = 16 * 1024 * 1024;

    // AppDataLocation/history.jsonl
    static QString defaultFilePath();

    explicit HistoryStore(const QString &filePath = defaultFilePath(), int maxEntries = DefaultMaxEntries,
                          QObject *parent = nullptr);
    // Waits for the sidecars still being written.
    ~HistoryStore() override;

    QString filePath() const { return m_filePath; }
    int maxEntries() const { return m_maxEntries; }
    // Register the secrets of the session here; they are masked wherever they appear.
    Redactor &redactor() { return m_redactor; }
    const Redactor &redactor() const { return m_redactor; }

    // Reads the file (a missing file is an empty history). Returns false only when it cannot be read.
    bool load();
    int skippedLines() const { return m_skippedLines; } // torn or foreign lines the last load() ignored

    // Redacts, stores and returns the entry for one sent request.
    HistoryEntry record(const ApiRequest &request, const QString &baseUrl, const ApiResponse &response,
                        const QString &errorCode = {});
    // Redacts and stores `entry` (an id and time are filled in when empty), and queues `response` for its
    // sidecar when given (written on the writer thread; responseKept() follows). False when the line could
    // not be written (the entry is still kept in memory; lastError() and writeFinished() say why); a
    // sidecar that cannot be written only leaves the response not kept.
    bool append(HistoryEntry entry, const std::optional<ApiResponse> &response = std::nullopt);

    QList<HistoryEntry> entries() const { return m_entries; } // oldest first
    int count() const { return int(m_entries.size()); }
    std::optional<HistoryEntry> entry(const QString &id) const;
    // The response kept for the entry `id` (read from its sidecar, after the pending writes), or nothing:
    // an unknown entry, an entry recorded before responses were kept, a missing or torn sidecar.
    std::optional<HistoryResponse> response(const QString &id) const;
    // The same without blocking the caller: read on the writer thread, after the writes queued before
    // it, and handed to `done` on this store's thread, unless `context` is gone by then. For the UI: a
    // kept body runs to 1 MiB of JSON to parse.
    void readResponse(const QString &id, QObject *context,
                      std::function<void(std::optional<HistoryResponse>)> done) const;
    // Calls `then` on this store's thread once every sidecar queued so far is written (unless `context`
    // is gone by then), without blocking the caller: waitForPendingWrites() for the UI.
    void whenWritten(QObject *context, std::function<void()> then) const;
    // Reads one sidecar file (any thread: touches no store): the response kept for `entryId`, or nothing
    // when the file is missing, torn, too large or another entry's.
    static std::optional<HistoryResponse> readResponseFile(const QString &filePath, const QString &entryId);
    // Whether a sidecar exists for the entry `id` (without reading it), after the pending writes.
    bool hasResponse(const QString &id) const;
    // The same without waiting (for the UI): false while the response of `id` is still being written.
    bool isResponseKept(const QString &id) const;
    // Whether the response of `id` is queued or being written.
    bool isResponsePending(const QString &id) const;
    // The responses queued or being written.
    int pendingWrites() const;
    // Blocks until every sidecar queued so far is written and every pruning queued so far is done.
    void waitForPendingWrites() const;
    // For tests: called on the writer thread before each sidecar is written (a test can hold a write in
    // flight with it). Empty: none.
    void setWriterGate(std::function<void()> gate);
    // The folder of the sidecars: <name>.responses beside <name>.jsonl.
    QString responsesDirectory() const;
    QString responseFilePath(const QString &id) const;
    // The response as it would be kept (redacted, bounded), without writing it.
    HistoryResponse redactedResponse(const ApiResponse &response) const;
    // The same with `redactor` (any thread).
    static HistoryResponse redactedResponse(const Redactor &redactor, const ApiResponse &response);
    // Newest first. Every whitespace-separated term must occur (case-insensitively) in the method, path,
    // URL, status or error code of an entry. An empty text gives everything.
    QList<HistoryEntry> search(const QString &text) const;

    bool clear();
    // Rewrites the file with exactly the kept entries (atomically).
    bool compact();

    // Why the last write failed; empty after a successful one.
    QString lastError() const { return m_lastError; }

signals:
    void entryAdded(const cx::HistoryEntry &entry);
    void cleared();
    // After every append(), clear() and compact(): whether the file now holds what was asked.
    void writeFinished(bool ok, const QString &error);
    // The sidecar of the entry `entryId` was written (emitted on the store's thread, after append()
    // returned); not emitted when it could not be, nor when clear() came first.
    void responseKept(const QString &entryId);

private:
    HistoryEntry redacted(HistoryEntry entry) const;
    bool appendLine(const QByteArray &line);
    void queueResponse(const QString &id, const ApiResponse &response);
    void queuePruning();
    bool rewrite();
    bool finishWrite(bool ok);

    QString m_filePath;
    int m_maxEntries;
    Redactor m_redactor;
    QList<HistoryEntry> m_entries;
    int m_linesInFile = 0;
    int m_skippedLines = 0;
    QString m_lastError;
    struct WriterState;                    // shared with the writer's tasks
    std::shared_ptr<WriterState> m_state;  // pending ids, generation, gate
    std::unique_ptr<QThreadPool> m_writer; // one thread: the sidecars are written in order
};

} // namespace cx
