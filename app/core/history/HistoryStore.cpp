#include "HistoryStore.h"

#include "RequestJson.h"
#include "export/CodeExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace cx {

namespace {

const int FormatVersion = 1;

} // namespace

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
    : QObject(parent), m_filePath(filePath), m_maxEntries(std::max(1, maxEntries))
{}

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
    append(entry);
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

bool HistoryStore::append(HistoryEntry entry)
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
    return true;
}

} // namespace cx
