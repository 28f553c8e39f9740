#include "CollectionStore.h"

#include "RequestJson.h"
#include "io/BoundedRead.h"
#include "net/RequestHygiene.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace cx {

namespace {
const QString Format = QStringLiteral("connect-explorer-collections");
constexpr int FormatVersion = 1;
} // namespace

QString CollectionStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/collections.json");
}

CollectionStore::CollectionStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{}

bool CollectionStore::load()
{
    m_folders.clear();
    m_requests.clear();
    m_corruptFile.clear();
    m_lastError.clear();
    m_problems.clear();
    // Secret values live in memory only: a reload keeps the ones this session was given.
    const QHash<QString, VariableList> previousVariables = m_folderVariables;
    m_folderVariables.clear();
    if (!QFile::exists(m_filePath)) {
        emit changed();
        return true;
    }
    const BoundedReadResult file = BoundedRead::readFile(m_filePath, BoundedRead::MaxCollection);
    if (file.tooLarge) {
        // Not a file this app wrote: set it aside like a corrupt one, so the next save cannot overwrite it.
        m_corruptFile = m_filePath + QStringLiteral(".corrupt");
        QFile::remove(m_corruptFile);
        if (!QFile::rename(m_filePath, m_corruptFile))
            m_corruptFile.clear();
        m_lastError = file.error;
        emit changed();
        return false;
    }
    if (!file.ok) {
        m_lastError = file.error;
        emit changed();
        return false;
    }
    const QByteArray &data = file.data;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const QJsonObject root = document.object();
    bool ok = parseError.error == QJsonParseError::NoError && document.isObject() &&
              root.value(QStringLiteral("format")).toString() == Format &&
              root.value(QStringLiteral("folders")).isArray() &&
              root.value(QStringLiteral("requests")).isArray();
    QStringList folders;
    QList<SavedRequest> requests;
    if (ok) {
        for (const QJsonValue &value : root.value(QStringLiteral("folders")).toArray()) {
            if (!value.isString()) {
                ok = false;
                break;
            }
            if (!value.toString().isEmpty() && !folders.contains(value.toString()))
                folders.append(value.toString());
        }
    }
    if (ok) {
        for (const QJsonValue &value : root.value(QStringLiteral("requests")).toArray()) {
            const QJsonObject object = value.toObject();
            SavedRequest saved;
            saved.id = object.value(QStringLiteral("id")).toString();
            saved.name = object.value(QStringLiteral("name")).toString();
            saved.folder = object.value(QStringLiteral("folder")).toString();
            saved.baseUrl = object.value(QStringLiteral("baseUrl")).toString();
            saved.extra = object.value(QStringLiteral("extra")).toObject();
            saved.savedAt =
                QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            if (!value.isObject() || saved.id.isEmpty() || saved.name.isEmpty() ||
                !object.value(QStringLiteral("request")).isObject() ||
                !readRequestJson(object.value(QStringLiteral("request")).toObject(), saved.request)) {
                ok = false;
                break;
            }
            if (!saved.folder.isEmpty() && !folders.contains(saved.folder))
                folders.append(saved.folder);
            // Kept, so the rest of the user's work is not lost, but reported: ApiClient refuses to send it.
            if (const auto problem = RequestHygiene::check(saved.request))
                m_problems.append(tr("The saved request \"%1\" cannot be sent as saved: %2")
                                      .arg(saved.name, problem->describe()));
            requests.append(saved);
        }
    }
    if (!ok) {
        m_problems.clear();
        // Keep the user's file for inspection, out of the way of the next save.
        m_corruptFile = m_filePath + QStringLiteral(".corrupt");
        QFile::remove(m_corruptFile);
        if (!QFile::rename(m_filePath, m_corruptFile))
            m_corruptFile.clear();
        m_lastError = QStringLiteral("%1 is not a collection file%2")
                          .arg(m_filePath, parseError.error != QJsonParseError::NoError
                                               ? QStringLiteral(": ") + parseError.errorString()
                                               : QString());
        emit changed();
        return false;
    }
    m_folders = folders;
    m_requests = requests;
    const QJsonObject variables = root.value(QStringLiteral("folderVariables")).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        if (!m_folders.contains(it.key()))
            continue;
        VariableList list;
        for (const QJsonValue &value : it.value().toArray()) {
            const QJsonObject object = value.toObject();
            Variable variable;
            variable.name = object.value(QStringLiteral("name")).toString();
            variable.value = object.value(QStringLiteral("value")).toString();
            variable.secret = object.value(QStringLiteral("secret")).toBool(false);
            variable.enabled = object.value(QStringLiteral("enabled")).toBool(true);
            if (variable.secret) {
                variable.value.clear(); // never written; a file that holds one was not written by us
                for (const Variable &previous : previousVariables.value(it.key())) {
                    if (previous.secret && previous.name == variable.name)
                        variable.value = previous.value;
                }
            }
            if (Variables::isValidName(variable.name))
                list.append(variable);
        }
        m_folderVariables.insert(it.key(), list);
    }
    emit changed();
    return true;
}

VariableList CollectionStore::folderVariables(const QString &folder) const
{
    VariableList out;
    QString name = folder;
    while (!name.isEmpty()) {
        out += m_folderVariables.value(name);
        const qsizetype cut = name.lastIndexOf(folderSeparator());
        name = cut < 0 ? QString() : name.left(cut);
    }
    return out;
}

bool CollectionStore::setFolderVariables(const QString &folder, const VariableList &variables)
{
    if (folder.trimmed().isEmpty())
        return false;
    for (const Variable &variable : variables) {
        if (!Variables::isValidName(variable.name))
            return false;
    }
    if (!m_folders.contains(folder))
        m_folders.append(folder);
    for (const Variable &variable : variables) {
        if (variable.secret && !variable.value.isEmpty())
            m_redactor.addSecret(variable.value);
    }
    if (variables.isEmpty())
        m_folderVariables.remove(folder);
    else
        m_folderVariables.insert(folder, variables);
    const bool ok = write();
    emit changed();
    return ok;
}

QList<SavedRequest> CollectionStore::requestsIn(const QString &folder) const
{
    QList<SavedRequest> out;
    for (const SavedRequest &saved : m_requests) {
        if (saved.folder == folder)
            out.append(saved);
    }
    return out;
}

std::optional<SavedRequest> CollectionStore::request(const QString &id) const
{
    for (const SavedRequest &saved : m_requests) {
        if (saved.id == id)
            return saved;
    }
    return std::nullopt;
}

ApiRequest CollectionStore::sanitized(const ApiRequest &request) const
{
    ApiRequest out = request;
    out.headers.clear();
    for (const auto &header : request.headers) {
        if (!Redactor::isSecretHeader(header.first))
            out.headers.append(header);
    }
    return m_redactor.redact(out);
}

QJsonValue CollectionStore::sanitizedValue(const QJsonValue &value, bool secretField) const
{
    if (value.isString()) {
        if (secretField && !value.toString().isEmpty())
            return Redactor::mask();
        return m_redactor.redactText(value.toString());
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = sanitizedValue(it.value(), Redactor::isSecretField(it.key()));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = sanitizedValue(array.at(i), secretField);
        return array;
    }
    return value;
}

QJsonObject CollectionStore::sanitized(const QJsonObject &extra) const
{
    return sanitizedValue(extra, false).toObject();
}

SavedRequest CollectionStore::save(const QString &name, const QString &folder, const ApiRequest &request,
                                   const QJsonObject &extra, const QString &baseUrl)
{
    SavedRequest saved;
    saved.name = name.trimmed();
    saved.folder = folder.trimmed();
    saved.baseUrl = m_redactor.redactText(Redactor::redactUrl(baseUrl));
    saved.request = sanitized(request);
    saved.extra = sanitized(extra);
    saved.savedAt = QDateTime::currentDateTimeUtc();
    if (!saved.folder.isEmpty() && !m_folders.contains(saved.folder))
        m_folders.append(saved.folder);
    bool replaced = false;
    for (SavedRequest &existing : m_requests) {
        if (existing.folder == saved.folder && existing.name == saved.name) {
            saved.id = existing.id;
            existing = saved;
            replaced = true;
            break;
        }
    }
    if (!replaced) {
        saved.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_requests.append(saved);
    }
    write();
    emit changed();
    return saved;
}

bool CollectionStore::update(const QString &id, const ApiRequest &request, const QJsonObject &extra)
{
    for (SavedRequest &saved : m_requests) {
        if (saved.id == id) {
            saved.request = sanitized(request);
            saved.extra = sanitized(extra);
            saved.savedAt = QDateTime::currentDateTimeUtc();
            const bool ok = write();
            emit changed();
            return ok;
        }
    }
    return false;
}

bool CollectionStore::rename(const QString &id, const QString &newName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return false;
    for (SavedRequest &saved : m_requests) {
        if (saved.id != id)
            continue;
        for (const SavedRequest &other : std::as_const(m_requests)) {
            if (other.id != id && other.folder == saved.folder && other.name == name)
                return false;
        }
        saved.name = name;
        const bool ok = write();
        emit changed();
        return ok;
    }
    return false;
}

bool CollectionStore::move(const QString &id, const QString &folder)
{
    const QString target = folder.trimmed();
    for (SavedRequest &saved : m_requests) {
        if (saved.id != id)
            continue;
        for (const SavedRequest &other : std::as_const(m_requests)) {
            if (other.id != id && other.folder == target && other.name == saved.name)
                return false;
        }
        if (!target.isEmpty() && !m_folders.contains(target))
            m_folders.append(target);
        saved.folder = target;
        const bool ok = write();
        emit changed();
        return ok;
    }
    return false;
}

bool CollectionStore::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).id == id) {
            m_requests.removeAt(i);
            const bool ok = write();
            emit changed();
            return ok;
        }
    }
    return false;
}

bool CollectionStore::addFolder(const QString &folder)
{
    const QString name = folder.trimmed();
    if (name.isEmpty() || m_folders.contains(name))
        return false;
    m_folders.append(name);
    const bool ok = write();
    emit changed();
    return ok;
}

bool CollectionStore::renameFolder(const QString &folder, const QString &newName)
{
    const QString name = newName.trimmed();
    const qsizetype at = m_folders.indexOf(folder);
    if (at < 0 || name.isEmpty() || m_folders.contains(name))
        return false;
    m_folders[at] = name;
    for (SavedRequest &saved : m_requests) {
        if (saved.folder == folder)
            saved.folder = name;
    }
    if (m_folderVariables.contains(folder))
        m_folderVariables.insert(name, m_folderVariables.take(folder));
    const bool ok = write();
    emit changed();
    return ok;
}

bool CollectionStore::removeFolder(const QString &folder)
{
    if (!m_folders.removeOne(folder))
        return false;
    m_requests.removeIf([&folder](const SavedRequest &saved) { return saved.folder == folder; });
    m_folderVariables.remove(folder);
    const bool ok = write();
    emit changed();
    return ok;
}

bool CollectionStore::write()
{
    QJsonArray requests;
    for (const SavedRequest &saved : std::as_const(m_requests)) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), saved.id);
        object.insert(QStringLiteral("name"), saved.name);
        object.insert(QStringLiteral("folder"), saved.folder);
        object.insert(QStringLiteral("baseUrl"), saved.baseUrl);
        object.insert(QStringLiteral("savedAt"), saved.savedAt.toString(Qt::ISODateWithMs));
        QJsonObject request;
        // Sanitized again on the way out: secrets registered after the save are not written either.
        writeRequestJson(sanitized(saved.request), request);
        object.insert(QStringLiteral("request"), request);
        object.insert(QStringLiteral("extra"), sanitized(saved.extra));
        requests.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), Format);
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("folders"), QJsonArray::fromStringList(m_folders));
    root.insert(QStringLiteral("requests"), requests);
    QJsonObject folderVariables;
    for (auto it = m_folderVariables.cbegin(); it != m_folderVariables.cend(); ++it) {
        QJsonArray list;
        for (const Variable &variable : it.value()) {
            QJsonObject object;
            object.insert(QStringLiteral("name"), variable.name);
            // A secret's value stays in memory; every other value is still masked where it holds a
            // registered secret.
            object.insert(QStringLiteral("value"),
                          variable.secret ? QString() : m_redactor.redactText(variable.value));
            if (variable.secret)
                object.insert(QStringLiteral("secret"), true);
            if (!variable.enabled)
                object.insert(QStringLiteral("enabled"), false);
            list.append(object);
        }
        folderVariables.insert(it.key(), list);
    }
    if (!folderVariables.isEmpty())
        root.insert(QStringLiteral("folderVariables"), folderVariables);

    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        m_lastError = QStringLiteral("cannot create the folder of %1").arg(m_filePath);
        return false;
    }
    QSaveFile out(m_filePath);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        m_lastError = QStringLiteral("cannot write %1: %2").arg(m_filePath, out.errorString());
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace cx
