// Writes HAR 1.2 for a support ticket: our own history entries or request/response pairs, redacted.
// Authorization and every secret header are masked ("Bearer [redacted]"), secret query and body fields
// too (client_secret, access_token, ...), and every value registered on the Redactor (the session's
// token, the client secret) wherever it occurs, response bodies included.
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

    // A history entry has no response headers or body (history does not keep them); the HAR says so in
    // the entry's comment.
    void addHistoryEntry(const HistoryEntry &entry);
    void addExchange(const QUrl &baseUrl, const ApiRequest &request, const ApiResponse &response,
                     const QDateTime &startedAt = QDateTime::currentDateTimeUtc());

    int count() const { return int(m_entries.size()); }
    QJsonObject toJson() const;
    QByteArray toHar() const; // indented JSON text
    bool writeFile(const QString &fileName, QString *error) const;

private:
    QJsonObject requestJson(const QUrl &url, const ApiRequest &request) const;

    Redactor m_redactor;
    QJsonArray m_entries;
};

} // namespace cx
