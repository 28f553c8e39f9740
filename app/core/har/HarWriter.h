// Writes HAR 1.2 for a support ticket: our own history entries or request/response pairs, redacted.
// Authorization and every secret header are masked ("Bearer [redacted]"), secret query and body fields
// too (client_secret, access_token, ...), and every value registered on the Redactor (the session's
// token, the client secret) wherever it occurs, response bodies included.
//
// Response headers and bodies are kept (redacted the same way), so a reopened HAR decides the same error
// as the live run: HarReader reads them back and ApiError decides from them. Where the app decided an
// error code, the entry's response carries it as "_errorCode" (a HAR custom field); HarReader reads it
// back (HarEntry::recordedErrorCode) for an entry whose body was not kept.
#pragma once

#include "export/Redactor.h"
#include "history/HistoryStore.h"
#include "net/ApiTypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace cx {

class HarWriter
{
public:
    explicit HarWriter(Redactor redactor = {});

    Redactor &redactor() { return m_redactor; }

    // A history entry alone has no response headers or body (history does not keep them): the HAR says
    // so in the entry's comment and keeps the decided code ("_errorCode").
    void addHistoryEntry(const HistoryEntry &entry);
    // A history entry with the response the app received for it (kept while the app runs): the request
    // as history stored it, the response's headers and body.
    void addHistoryEntry(const HistoryEntry &entry, const ApiResponse &response);
    // `decidedCode`: the error code the app decided for the response, written as "_errorCode".
    void addExchange(const QUrl &baseUrl, const ApiRequest &request, const ApiResponse &response,
                     const QDateTime &startedAt = QDateTime::currentDateTimeUtc(),
                     const QString &decidedCode = {});

    int count() const { return int(m_entries.size()); }
    QJsonObject toJson() const;
    QByteArray toHar() const; // indented JSON text
    bool writeFile(const QString &fileName, QString *error) const;

private:
    QJsonObject requestJson(const QUrl &url, const ApiRequest &request) const;
    QJsonObject responseJson(const ApiResponse &response, const QString &decidedCode) const;

    Redactor m_redactor;
    QJsonArray m_entries;
};

} // namespace cx
