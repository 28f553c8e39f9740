// Named, saved requests in folders ("collections"), kept as one JSON file in
// AppDataLocation/collections.json and written atomically through QSaveFile.
//
// - No secrets: secret headers (Authorization, Cookie, X-Api-Key, ...) are not stored at all (the app
//   adds the session's token at send time); secret body fields and query values, and every known secret
//   registered on redactor(), are stored as "[redacted]". The same rules apply to `extra` (the editor
//   state the GUI keeps with a request): string values under secret field names are masked and known
//   secrets are masked wherever they occur.
// - Folders are one level deep, named by the user; a request with an empty folder sits at the top.
//   Folder names are unique (case-sensitive); request names are unique within their folder.
// - Robust: a file that cannot be parsed, or is larger than BoundedRead::MaxCollection, is moved aside
//   as "<file>.corrupt" (corruptFile() says so) and the store starts empty; nothing here crashes on bad
//   input. A request that cannot be sent as written is kept and listed in problems().
// - Folder variables (an imported Postman or Insomnia collection's `{{name}}` values) are kept with the
//   folder. An imported collection's nested folders are named "Collection / Sub / Sub"
//   (FolderSeparator); folderVariables() of a folder includes those of the folders above it, the
//   innermost first. A secret variable's value (Variable::secret) is never written: the file keeps its
//   name with an empty value and the value lives in memory for the session only (it is also registered
//   on redactor(), so it is masked wherever it would be written).
#pragma once

#include "export/Redactor.h"
#include "net/ApiTypes.h"
#include "vars/Variables.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <optional>

namespace cx {

struct SavedRequest
{
    QString id;         // unique, stable across restarts
    QString name;       // what the user called it
    QString folder;     // empty: top level
    QString baseUrl;    // the profile's base URL when it was saved (informative)
    ApiRequest request; // secrets removed
    QJsonObject extra;  // editor state the GUI wants back (path template, disabled rows, ...)
    QDateTime savedAt;  // UTC
};

class CollectionStore : public QObject
{
    Q_OBJECT
public:
    // AppDataLocation/collections.json
    static QString defaultFilePath();

    explicit CollectionStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    // Register the secrets of the session here; they are never written.
    Redactor &redactor() { return m_redactor; }

    // Reads the file (a missing file is an empty collection). False when the file was unreadable or
    // corrupt; a corrupt file is moved aside (corruptFile()) and the store is empty.
    bool load();
    QString corruptFile() const { return m_corruptFile; }
    QString lastError() const { return m_lastError; }
    // Saved requests load() kept although they cannot be sent as written (a line break in a header,
    // see RequestHygiene), one translated sentence each naming the request and the header. ApiClient
    // refuses to send them; the user can correct them in the editor.
    QStringList problems() const { return m_problems; }

    QStringList folders() const { return m_folders; } // in the user's order (creation order)
    QList<SavedRequest> requests() const { return m_requests; }
    QList<SavedRequest> requestsIn(const QString &folder) const;
    std::optional<SavedRequest> request(const QString &id) const;
    bool hasFolder(const QString &folder) const { return m_folders.contains(folder); }

    // Saves a new request (secrets removed; the folder is created when missing). A name already used in
    // the folder replaces that request (keeping its id). Returns the stored request; lastError() says
    // when it could not be written (it is still kept in memory).
    SavedRequest save(const QString &name, const QString &folder, const ApiRequest &request,
                      const QJsonObject &extra = {}, const QString &baseUrl = {});
    // Overwrites the request and extra of an existing entry. False when unknown or not written.
    bool update(const QString &id, const ApiRequest &request, const QJsonObject &extra = {});
    bool rename(const QString &id, const QString &newName);
    bool move(const QString &id, const QString &folder);
    bool remove(const QString &id);

    bool addFolder(const QString &folder);

    // " / ": between an imported collection's name and its nested folders' names.
    static QString folderSeparator() { return QStringLiteral(" / "); }
    // The variables `folder` resolves {{names}} with: its own, then those of the folders above it
    // ("A / B" gives B's, then A's; a name in B hides the same name in A).
    VariableList folderVariables(const QString &folder) const;
    // The folder's own variables (without its parents').
    VariableList ownFolderVariables(const QString &folder) const { return m_folderVariables.value(folder); }
    // Replaces the folder's own variables (the folder is created when missing). Secret values stay in
    // memory. False when the name is empty, a variable name is invalid, or the file was not written.
    bool setFolderVariables(const QString &folder, const VariableList &variables);
    // Renames the folder and moves its requests along. False when unknown, empty or the name is taken.
    bool renameFolder(const QString &folder, const QString &newName);
    // Removes the folder and every request in it.
    bool removeFolder(const QString &folder);

    // What would be written for `request` / `extra`: secrets removed.
    ApiRequest sanitized(const ApiRequest &request) const;
    QJsonObject sanitized(const QJsonObject &extra) const;

signals:
    void changed();

private:
    bool write();
    QJsonValue sanitizedValue(const QJsonValue &value, bool secretField) const;

    QString m_filePath;
    Redactor m_redactor;
    QStringList m_folders;
    QList<SavedRequest> m_requests;
    QString m_corruptFile;
    QString m_lastError;
    QStringList m_problems;
    QHash<QString, VariableList> m_folderVariables; // secret values only in memory
};

} // namespace cx
