#include "DraftStore.h"

#include "RequestJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace cx {

namespace {

const QString Format = QStringLiteral("connect-explorer-draft");
const int FormatVersion = 1;
const QString Suffix = QStringLiteral(".draft.json");
const QString BakSuffix = QStringLiteral(".bak");
const QString CorruptSuffix = QStringLiteral(".corrupt");

QByteArray checksum(const QJsonObject &draft)
{
    return QCryptographicHash::hash(QJsonDocument(draft).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

ApiRequest Draft::requestToSend() const
{
    ApiRequest out = request;
    out.headers = Redactor::withoutMaskedSecrets(request.headers);
    return out;
}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

DraftStore::DraftStore(const QString &directory) : m_directory(directory) {}

QString DraftStore::fileFor(const QString &tabId) const
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString stem =
        safe.match(tabId).hasMatch()
            ? tabId
            : QString::fromLatin1(QCryptographicHash::hash(tabId.toUtf8(), QCryptographicHash::Sha1).toHex());
    return m_directory + QLatin1Char('/') + stem + Suffix;
}

Draft DraftStore::sanitized(const Draft &draft) const
{
    Draft out = draft;
    ApiRequest &r = out.request;
    for (auto &[name, value] : r.headers) {
        if (Redactor::isSecretHeader(name))
            value.clear();
    }
    r = m_redactor.redact(r); // secret fields and known secrets; secret headers are already empty
    out.baseUrl = m_redactor.redactText(Redactor::redactUrl(draft.baseUrl));
    out.title = m_redactor.redactText(draft.title);
    return out;
}

bool DraftStore::save(const Draft &input)
{
    if (input.tabId.isEmpty()) {
        m_lastError = QStringLiteral("a draft needs a tab id");
        return false;
    }
    Draft draft = sanitized(input);
    draft.savedAt = QDateTime::currentDateTimeUtc();

    QJsonObject body;
    body.insert(QStringLiteral("tabId"), draft.tabId);
    body.insert(QStringLiteral("title"), draft.title);
    body.insert(QStringLiteral("baseUrl"), draft.baseUrl);
    body.insert(QStringLiteral("savedAt"), draft.savedAt.toString(Qt::ISODateWithMs));
    body.insert(QStringLiteral("extra"), draft.extra);
    QJsonObject request;
    writeRequestJson(draft.request, request);
    body.insert(QStringLiteral("request"), request);

    QJsonObject file;
    file.insert(QStringLiteral("format"), Format);
    file.insert(QStringLiteral("version"), FormatVersion);
    file.insert(QStringLiteral("sha256"), QString::fromLatin1(checksum(body)));
    file.insert(QStringLiteral("draft"), body);

    if (!QDir().mkpath(m_directory)) {
        m_lastError = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    const QString path = fileFor(draft.tabId);
    // Keep the previous good version as .bak. Between the rename and the commit below only the .bak
    // exists, and load() falls back to it.
    if (QFile::exists(path) && readFile(path)) {
        QFile::remove(path + BakSuffix);
        QFile::rename(path, path + BakSuffix);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        m_lastError = out.errorString();
        return false;
    }
    out.write(QJsonDocument(file).toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        m_lastError = out.errorString();
        return false;
    }
    return true;
}

std::optional<Draft> DraftStore::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != Format ||
        root.value(QStringLiteral("version")).toInt() != FormatVersion)
        return std::nullopt;
    const QJsonObject body = root.value(QStringLiteral("draft")).toObject();
    if (root.value(QStringLiteral("sha256")).toString().toLatin1() != checksum(body))
        return std::nullopt;
    Draft draft;
    draft.tabId = body.value(QStringLiteral("tabId")).toString();
    draft.title = body.value(QStringLiteral("title")).toString();
    draft.baseUrl = body.value(QStringLiteral("baseUrl")).toString();
    draft.savedAt =
        QDateTime::fromString(body.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    draft.extra = body.value(QStringLiteral("extra")).toObject();
    if (draft.tabId.isEmpty() ||
        !readRequestJson(body.value(QStringLiteral("request")).toObject(), draft.request))
        return std::nullopt;
    return draft;
}

std::optional<Draft> DraftStore::loadFile(const QString &path)
{
    if (QFile::exists(path)) {
        if (auto draft = readFile(path))
            return draft;
        // Set the bad file aside (kept for a look, never read again) and fall back to the .bak.
        QFile::remove(path + CorruptSuffix);
        if (QFile::rename(path, path + CorruptSuffix))
            m_corruptFiles << path + CorruptSuffix;
        else
            m_corruptFiles << path;
    }
    if (QFile::exists(path + BakSuffix))
        return readFile(path + BakSuffix);
    return std::nullopt;
}

std::optional<Draft> DraftStore::load(const QString &tabId)
{
    m_corruptFiles.clear();
    auto draft = loadFile(fileFor(tabId));
    if (draft && draft->tabId != tabId)
        return std::nullopt; // a hash collision or a file copied by hand
    return draft;
}

QList<Draft> DraftStore::loadAll()
{
    m_corruptFiles.clear();
    QDir dir(m_directory);
    QStringList paths;
    const QStringList names = dir.entryList(
        {QLatin1Char('*') + Suffix, QLatin1Char('*') + Suffix + BakSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QString path = dir.filePath(name);
        if (path.endsWith(BakSuffix))
            path.chop(BakSuffix.size());
        if (!paths.contains(path))
            paths << path;
    }
    QList<Draft> drafts;
    for (const QString &path : std::as_const(paths)) {
        if (auto draft = loadFile(path))
            drafts << *draft;
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft &a, const Draft &b) { return a.savedAt < b.savedAt; });
    return drafts;
}

bool DraftStore::remove(const QString &tabId)
{
    const QString path = fileFor(tabId);
    for (const QString &file : {path, path + BakSuffix, path + CorruptSuffix}) {
        if (QFile::exists(file))
            QFile::remove(file);
    }
    return !QFile::exists(path) && !QFile::exists(path + BakSuffix);
}

} // namespace cx
