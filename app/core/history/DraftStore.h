// Unsent request tabs, one file per tab in AppDataLocation/drafts, saved as the user types (the caller
// debounces) so they survive a restart and a killed process.
//
// - Atomic: each save goes through QSaveFile (temp file + rename), and the previous good version is kept
//   as "<file>.bak". A file is either the old draft or the new one, never half.
// - Checked: each file carries a SHA-256 of its draft; a torn, truncated or edited file fails the check,
//   is moved aside as "<file>.corrupt" (reported by corruptFiles()), and the .bak is used instead.
//   Nothing here throws or crashes on bad input.
// - No secrets: secret header values (Authorization, Cookie, X-Api-Key, ...) are written empty (the app
//   adds the token at send time); secret body fields and query values, and every known secret registered
//   on redactor(), are written as "[redacted]".
#pragma once

#include "export/Redactor.h"
#include "net/ApiTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace cx {

struct Draft
{
    QString tabId;      // the key: one draft per tab
    QString title;      // the tab's title
    QString baseUrl;    // the profile's base URL when it was edited (informative)
    ApiRequest request; // as typed, secrets removed when stored
    QJsonObject extra;  // editor state the GUI wants back (endpoint id, cursor, disabled rows, ...)
    QDateTime savedAt;  // set by save(), UTC

    // The request to send: secret header rows that came back empty are dropped, so ApiClient adds the
    // session's token (a row the user filled in again is kept).
    ApiRequest requestToSend() const;
};

class DraftStore
{
public:
    // AppDataLocation/drafts
    static QString defaultDirectory();

    explicit DraftStore(const QString &directory = defaultDirectory());

    QString directory() const { return m_directory; }
    Redactor &redactor() { return m_redactor; }

    // Writes the draft atomically (secrets removed). False, with lastError(), when it could not be written.
    bool save(const Draft &draft);
    // The tab's draft: its file, or the .bak when the file is missing or corrupt.
    std::optional<Draft> load(const QString &tabId);
    // Every draft that can be read, oldest savedAt first. Corrupt files are set aside, never fatal.
    QList<Draft> loadAll();
    // Forgets the tab's draft (file and .bak). True when nothing is left.
    bool remove(const QString &tabId);

    // What the last load()/loadAll() found corrupt and moved aside ("<file>.corrupt"), for a notice.
    QStringList corruptFiles() const { return m_corruptFiles; }
    QString lastError() const { return m_lastError; }

    // The draft as it would be written: secrets removed.
    Draft sanitized(const Draft &draft) const;
    // The file that holds the tab's draft.
    QString fileFor(const QString &tabId) const;

private:
    std::optional<Draft> readFile(const QString &path) const;
    std::optional<Draft> loadFile(const QString &path);

    QString m_directory;
    Redactor m_redactor;
    QStringList m_corruptFiles;
    QString m_lastError;
};

} // namespace cx
