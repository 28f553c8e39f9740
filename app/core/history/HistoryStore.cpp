#include "HistoryStore.h"

#include "RequestJson.h"
#include "export/CodeExporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUuid>
#include <atomic>

namespace cx {

namespace {

const int FormatVersion = 1;
const int ResponseFormatVersion = 1;
const QString ResponseSuffix = QStringLiteral(".json");

// An id as a file name: itself when it is plain (the uuids the store makes), else its hash.
QString responseFileName(const QString &id)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
    const QString base =
        plain.match(id).hasMatch()
            ? id
            : QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex());
    return base + ResponseSuffix;
}

// The failure networkFailureName() gives `name` for (nothing for an empty name, Other for an unknown one).
std::optional<NetworkFailure> failureNamed(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    for (int i = int(NetworkFailure::None) + 1; i <= int(NetworkFailure::Other); ++i) {
        if (networkFailureName(NetworkFailure(i)) == name)
            return NetworkFailure(i);
    }
    return NetworkFailure::Other;
}

// Writes one sidecar through QSaveFile (any thread).
bool writeResponseFile(const QString &dir, const QString &filePath, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qWarning("The response of a history entry could not be kept in %s: %s", qPrintable(dir),
                 qPrintable(file.errorString()));
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        qWarning("The response of a history entry could not be kept in %s: %s", qPrintable(dir),
                 qPrintable(file.errorString()));
        return false;
    }
    return true;
}

// Removes the sidecars in `dirPath` whose file name is not in `kept` (any thread).
void pruneResponseFiles(const QString &dirPath, const QSet<QString> &kept)
{
    QDir dir(dirPath);
    if (!dir.exists())
        return;
    const QStringList files = dir.entryList({QStringLiteral("*") + ResponseSuffix}, QDir::Files);
    for (const QString &name : files) {
        if (!kept.contains(name))
            dir.remove(name);
    }
}

} // namespace

struct HistoryStore::WriterState
{
    mutable QMutex mutex;
    QHash<QString, int> pending; // entry id -> sidecar writes queued or running
    int pendingCount = 0;
    std::function<void()> gate;
    // Bumped by clear(): a write queued before that has not started yet is dropped.
    std::atomic<quint64> generation{0};
};

QJsonObject HistoryResponse::toJson(const QString &entryId) const
{
    QJsonObject object;
    object.insert(QStringLiteral("v"), ResponseFormatVersion);
    object.insert(QStringLiteral("id"), entryId);
    object.insert(QStringLiteral("status"), response.status);
    if (!response.reason.isEmpty())
        object.insert(QStringLiteral("reason"), QString::fromLatin1(response.reason));
    writeHeadersJson(response.headers, object);
    writeBodyJson(response.body, object);
    object.insert(QStringLiteral("size"), size);
    if (bodyTruncated)
        object.insert(QStringLiteral("bodyTruncated"), true);
    if (bodyOmitted)
        object.insert(QStringLiteral("bodyOmitted"), true);
    object.insert(QStringLiteral("elapsedMs"), response.elapsedMs);
    if (!response.url.isEmpty())
        object.insert(QStringLiteral("url"), response.url.toString());
    if (response.failure != NetworkFailure::None) {
        object.insert(QStringLiteral("failure"), networkFailureName(response.failure));
        object.insert(QStringLiteral("failureDetail"), response.failureDetail);
        if (!response.failureDetailCode.isEmpty())
            object.insert(QStringLiteral("failureDetailCode"), response.failureDetailCode);
    }
    if (!response.protocol.isEmpty())
        object.insert(QStringLiteral("protocol"), QString::fromLatin1(response.protocol));
    return object;
}

std::optional<HistoryResponse> HistoryResponse::fromJson(const QJsonObject &object, const QString &entryId)
{
    if (object.value(QStringLiteral("v")).toInt() != ResponseFormatVersion ||
        object.value(QStringLiteral("id")).toString() != entryId ||
        !object.value(QStringLiteral("status")).isDouble() ||
        !object.value(QStringLiteral("headers")).isArray())
        return std::nullopt;
    HistoryResponse kept;
    ApiResponse &response = kept.response;
    response.status = object.value(QStringLiteral("status")).toInt();
    response.reason = object.value(QStringLiteral("reason")).toString().toLatin1();
    if (!readHeadersJson(object, response.headers))
        return std::nullopt;
    response.body = readBodyJson(object);
    kept.size = qint64(object.value(QStringLiteral("size")).toDouble());
    kept.bodyTruncated = object.value(QStringLiteral("bodyTruncated")).toBool();
    kept.bodyOmitted = object.value(QStringLiteral("bodyOmitted")).toBool();
    response.elapsedMs = qint64(object.value(QStringLiteral("elapsedMs")).toDouble());
    response.url = QUrl(object.value(QStringLiteral("url")).toString());
    if (const auto failure = failureNamed(object.value(QStringLiteral("failure")).toString())) {
        response.failure = *failure;
        response.failureDetail = object.value(QStringLiteral("failureDetail")).toString();
        response.failureDetailCode = object.value(QStringLiteral("failureDetailCode")).toString();
    }
    response.protocol = object.value(QStringLiteral("protocol")).toString().toLatin1();
    return kept;
}

QString HistoryEntry::url() const
{
    return CodeExporter::urlFor(request, baseUrl);
}

ApiRequest HistoryEntry::requestToReopen() const
{
    ApiRequest out = request;
    out.headers = Redactor::withoutMaskedSecrets(request.headers);
    return out;
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("v"), FormatVersion);
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("baseUrl"), baseUrl);
    writeRequestJson(request, object);
    if (bodyTruncated)
        object.insert(QStringLiteral("bodyTruncated"), true);
    object.insert(QStringLiteral("status"), status);
    object.insert(QStringLiteral("elapsedMs"), elapsedMs);
    object.insert(QStringLiteral("responseSize"), responseSize);
    if (!errorCode.isEmpty())
        object.insert(QStringLiteral("errorCode"), errorCode);
    if (!failure.isEmpty())
        object.insert(QStringLiteral("failure"), failure);
    return object;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &object)
{
    HistoryEntry entry;
    if (object.value(QStringLiteral("v")).toInt() != FormatVersion)
        return std::nullopt;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (entry.id.isEmpty() || !entry.time.isValid() || !readRequestJson(object, entry.request))
        return std::nullopt;
    entry.baseUrl = object.value(QStringLiteral("baseUrl")).toString();
    entry.bodyTruncated = object.value(QStringLiteral("bodyTruncated")).toBool();
    entry.status = object.value(QStringLiteral("status")).toInt();
    entry.elapsedMs = qint64(object.value(QStringLiteral("elapsedMs")).toDouble());
    entry.responseSize = qint64(object.value(QStringLiteral("responseSize")).toDouble());
    entry.errorCode = object.value(QStringLiteral("errorCode")).toString();
    entry.failure = object.value(QStringLiteral("failure")).toString();
    return entry;
}

QString HistoryStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.jsonl");
}

HistoryStore::HistoryStore(const QString &filePath, int maxEntries, QObject *parent)
    : QObject(parent), m_filePath(filePath), m_maxEntries(std::max(1, maxEntries)),
      m_state(std::make_shared<WriterState>()), m_writer(std::make_unique<QThreadPool>())
{
    m_writer->setObjectName(QStringLiteral("HistoryStore writer"));
    m_writer->setMaxThreadCount(1);
}

HistoryStore::~HistoryStore()
{
    waitForPendingWrites();
}

void HistoryStore::waitForPendingWrites() const
{
    m_writer->waitForDone();
}

int HistoryStore::pendingWrites() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->pendingCount;
}

bool HistoryStore::isResponsePending(const QString &id) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->pending.contains(id);
}

void HistoryStore::setWriterGate(std::function<void()> gate)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->gate = std::move(gate);
}

bool HistoryStore::load()
{
    m_entries.clear();
    m_linesInFile = 0;
    m_skippedLines = 0;
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = file.errorString();
        return false;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++m_linesInFile;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        const auto entry = doc.isObject() ? HistoryEntry::fromJson(doc.object()) : std::nullopt;
        if (!entry) {
            ++m_skippedLines;
            continue;
        }
        m_entries.append(*entry);
        if (m_entries.size() > m_maxEntries)
            m_entries.removeFirst();
    }
    return true;
}

HistoryEntry HistoryStore::record(const ApiRequest &request, const QString &baseUrl,
                                  const ApiResponse &response, const QString &errorCode)
{
    HistoryEntry entry;
    entry.baseUrl = baseUrl;
    entry.request = request;
    entry.status = response.status;
    entry.elapsedMs = response.elapsedMs;
    entry.responseSize = response.body.size();
    entry.errorCode = errorCode;
    if (response.failure != NetworkFailure::None)
        entry.failure = networkFailureName(response.failure);
    append(entry, response);
    return m_entries.last();
}

HistoryEntry HistoryStore::redacted(HistoryEntry entry) const
{
    entry.request = m_redactor.redact(entry.request);
    entry.baseUrl = m_redactor.redactText(Redactor::redactUrl(entry.baseUrl));
    entry.errorCode = m_redactor.redactText(entry.errorCode);
    if (entry.request.body.size() > MaxStoredBody) {
        entry.request.body.truncate(MaxStoredBody);
        entry.bodyTruncated = true;
    }
    return entry;
}

bool HistoryStore::append(HistoryEntry entry, const std::optional<ApiResponse> &response)
{
    entry = redacted(entry);
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    m_entries.append(entry);
    while (m_entries.size() > m_maxEntries)
        m_entries.removeFirst();

    bool ok = appendLine(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
    // The sidecar after the line, on the writer thread: redacting, serialising and syncing a large body
    // takes a while. A compaction below queues its pruning after this write (the entry is kept).
    if (response)
        queueResponse(entry.id, *response);
    emit entryAdded(entry);
    if (ok && m_linesInFile > m_maxEntries + std::max(1, m_maxEntries / 10))
        ok = rewrite();
    return finishWrite(ok);
}

bool HistoryStore::finishWrite(bool ok)
{
    if (ok)
        m_lastError.clear();
    emit writeFinished(ok, m_lastError);
    return ok;
}

bool HistoryStore::appendLine(const QByteArray &line)
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    // Unbuffered: the line goes to the file in one write() on an O_APPEND descriptor, so a reader never
    // sees half of it (unless the disk fills up or the process dies mid-write: load() skips such a line).
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        m_lastError = file.errorString();
        return false;
    }
    QByteArray out;
    // A torn last line (the process was killed mid-write) must not swallow this entry.
    if (file.size() > 0 && file.seek(file.size() - 1)) {
        char last = '\n';
        if (file.getChar(&last) && last != '\n')
            out += '\n';
    }
    out += line;
    out += '\n';
    if (file.write(out) != out.size() || !file.flush()) {
        m_lastError = file.errorString();
        return false;
    }
    ++m_linesInFile;
    return true;
}

std::optional<HistoryEntry> HistoryStore::entry(const QString &id) const
{
    for (const HistoryEntry &e : m_entries) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

QString HistoryStore::responsesDirectory() const
{
    const QFileInfo info(m_filePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".responses");
}

QString HistoryStore::responseFilePath(const QString &id) const
{
    return responsesDirectory() + QLatin1Char('/') + responseFileName(id);
}

bool HistoryStore::hasResponse(const QString &id) const
{
    if (id.isEmpty() || !entry(id))
        return false;
    waitForPendingWrites();
    return QFileInfo::exists(responseFilePath(id));
}

bool HistoryStore::isResponseKept(const QString &id) const
{
    return !id.isEmpty() && entry(id) && !isResponsePending(id) && QFileInfo::exists(responseFilePath(id));
}

std::optional<HistoryResponse> HistoryStore::response(const QString &id) const
{
    if (id.isEmpty() || !entry(id))
        return std::nullopt;
    waitForPendingWrites();
    return readResponseFile(responseFilePath(id), id);
}

void HistoryStore::readResponse(const QString &id, QObject *context,
                                std::function<void(std::optional<HistoryResponse>)> done) const
{
    QPointer<QObject> receiver(context);
    auto *self = const_cast<HistoryStore *>(this); // the result comes back through the store's own thread
    const auto deliver = [self, receiver, done](std::optional<HistoryResponse> kept) {
        // Queued to the store, which outlives the task (its destructor waits for the writer), and from
        // there to `context` on the same thread, where QPointer can be trusted.
        QMetaObject::invokeMethod(
            self,
            [receiver, done, kept = std::move(kept)]() mutable {
                if (receiver)
                    done(std::move(kept));
            },
            Qt::QueuedConnection);
    };
    if (id.isEmpty() || !entry(id)) {
        deliver(std::nullopt);
        return;
    }
    m_writer->start([deliver, path = responseFilePath(id), id] { deliver(readResponseFile(path, id)); });
}

void HistoryStore::whenWritten(QObject *context, std::function<void()> then) const
{
    QPointer<QObject> receiver(context);
    auto *self = const_cast<HistoryStore *>(this); // see readResponse()
    m_writer->start([self, receiver, then = std::move(then)] {
        QMetaObject::invokeMethod(
            self,
            [receiver, then] {
                if (receiver)
                    then();
            },
            Qt::QueuedConnection);
    });
}

std::optional<HistoryResponse> HistoryStore::readResponseFile(const QString &filePath, const QString &id)
{
    QFile file(filePath);
    // Bounded: the body's cap as base64 and JSON-escaped, with room for the headers.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 8 * MaxResponseBody)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return HistoryResponse::fromJson(doc.object(), id);
}

HistoryResponse HistoryStore::redactedResponse(const ApiResponse &response) const
{
    return redactedResponse(m_redactor, response);
}

HistoryResponse HistoryStore::redactedResponse(const Redactor &redactor, const ApiResponse &response)
{
    HistoryResponse kept;
    ApiResponse &out = kept.response;
    out.status = response.status;
    out.reason = redactor.redactText(response.reason);
    out.headers = Redactor::redactHeaders(response.headers);
    for (auto &[name, value] : out.headers)
        value = redactor.redactText(value);
    out.elapsedMs = response.elapsedMs;
    out.url = QUrl(redactor.redactText(Redactor::redactUrl(response.url.toString())));
    out.failure = response.failure;
    out.failureDetail = redactor.redactText(response.failureDetail);
    out.failureDetailCode = response.failureDetailCode;
    out.protocol = response.protocol;
    kept.size = response.body.size();
    if (response.body.size() > MaxRedactedBody) {
        // Too large to redact whole first: cutting it before could leave a secret field unparsed.
        kept.bodyOmitted = true;
        return kept;
    }
    out.body = redactor.redactText(Redactor::redactBody(response.body, response.contentType()));
    if (out.body.size() > MaxResponseBody) {
        out.body.truncate(MaxResponseBody);
        kept.bodyTruncated = true;
    }
    return kept;
}

void HistoryStore::queueResponse(const QString &id, const ApiResponse &response)
{
    {
        QMutexLocker lock(&m_state->mutex);
        ++m_state->pending[id];
        ++m_state->pendingCount;
    }
    // Copies: the redactor with the secrets registered now (the live set is shared and thread-safe), the
    // response (its body is implicitly shared, not copied).
    m_writer->start([this, state = m_state, redactor = m_redactor, response, id,
                     generation = m_state->generation.load(), dir = responsesDirectory(),
                     filePath = responseFilePath(id)] {
        bool ok = false;
        // Dropped when clear() came first; one cleared while it is written is pruned right after.
        if (state->generation.load() == generation) {
            std::function<void()> gate;
            {
                QMutexLocker lock(&state->mutex);
                gate = state->gate;
            }
            if (gate)
                gate();
            const QByteArray bytes =
                QJsonDocument(redactedResponse(redactor, response).toJson(id)).toJson(QJsonDocument::Compact);
            ok = writeResponseFile(dir, filePath, bytes) && state->generation.load() == generation;
        }
        {
            QMutexLocker lock(&state->mutex);
            if (--state->pending[id] <= 0)
                state->pending.remove(id);
            --state->pendingCount;
        }
        // The store outlives this task (its destructor waits for the writer); the signal is emitted on
        // the store's thread.
        if (ok)
            QMetaObject::invokeMethod(
                this, [this, id] { emit responseKept(id); }, Qt::QueuedConnection);
    });
}

void HistoryStore::queuePruning()
{
    QSet<QString> kept;
    for (const HistoryEntry &e : std::as_const(m_entries))
        kept.insert(responseFileName(e.id));
    // After every write queued before: those of entries no longer kept go too.
    m_writer->start([dir = responsesDirectory(), kept] { pruneResponseFiles(dir, kept); });
}

QList<HistoryEntry> HistoryStore::search(const QString &text) const
{
    const QStringList terms = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<HistoryEntry> out;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        const HistoryEntry &e = *it;
        const QStringList fields = {QString::fromLatin1(e.request.method),
                                    e.request.path,
                                    e.url(),
                                    e.status > 0 ? QString::number(e.status) : QString(),
                                    e.errorCode,
                                    e.failure};
        const bool matches = std::all_of(terms.begin(), terms.end(), [&](const QString &term) {
            return std::any_of(fields.begin(), fields.end(), [&](const QString &field) {
                return field.contains(term, Qt::CaseInsensitive);
            });
        });
        if (matches)
            out.append(e);
    }
    return out;
}

bool HistoryStore::clear()
{
    m_entries.clear();
    ++m_state->generation;
    const bool ok = rewrite();
    emit cleared();
    return finishWrite(ok);
}

bool HistoryStore::compact()
{
    return finishWrite(rewrite());
}

bool HistoryStore::rewrite()
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = file.errorString();
        return false;
    }
    for (const HistoryEntry &e : std::as_const(m_entries)) {
        file.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    if (!file.commit()) {
        m_lastError = file.errorString();
        return false;
    }
    m_linesInFile = int(m_entries.size());
    // Only once the file holds exactly the kept entries: their sidecars stay, the others go.
    queuePruning();
    return true;
}

} // namespace cx
