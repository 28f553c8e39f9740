// Reads HAR 1.2 files as browsers' developer tools save them (Chrome, Firefox, Safari): every entry's
// request (method, URL, headers, query, postData) and response (status, headers, content text — base64
// aware), timings and start time; then picks the Connect API calls among them.
//
// A customer's HAR carries the customer's tokens. HarEntry keeps what the file says (so the GUI can show
// it masked with Redactor and decide errors with ApiError); requestForReplay() is the only way to turn an
// entry into something to send, and it drops every credential, so the customer's token is never reused.
#pragma once

#include "net/ApiTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace cx {

struct HarTimings
{
    // Milliseconds as the file gives them; -1 when it says "does not apply" (or gives nothing).
    double blocked = -1, dns = -1, connect = -1, ssl = -1, send = -1, wait = -1, receive = -1;
};

struct HarEntry
{
    int index = 0; // position in log.entries
    QDateTime startedDateTime;
    double timeMs = 0; // the entry's total time
    QByteArray method;
    QUrl url;
    QByteArray httpVersion;
    HeaderList requestHeaders;
    QueryList query;        // queryString, or parsed from the URL when the file has none
    QByteArray requestBody; // postData.text (or params joined as a form)
    QByteArray requestMimeType;
    int status = 0; // 0: no response (a blocked or failed request in the browser)
    QByteArray statusText;
    HeaderList responseHeaders;
    QByteArray responseBody; // decoded when content.encoding is base64
    QByteArray responseMimeType;
    qint64 responseSize = -1;         // content.size
    bool responseBodyMissing = false; // the browser did not save the body
    HarTimings timings;
    QString serverIp;

    QString path() const { return url.path(); }
    // The response as ApiClient would have produced it: decide errors with ApiError::fromResponse(...).
    ApiResponse toResponse() const;
    // The request as our client would send it to `url`'s origin: path and query from the URL, headers
    // without any credential (Authorization, Cookie, API keys, tokens), secret body fields masked.
    // `authenticated` is true for /api calls, so the current profile's token is added on send; OAuth
    // calls are marked unauthenticated with their secrets masked (never the customer's).
    ApiRequest requestForReplay() const;
};

struct HarLog
{
    QString version;     // "1.2" (1.1 is read as well)
    QString creatorName; // "WebInspector", "Firefox", ...
    QString creatorVersion;
    QList<HarEntry> entries;
    QStringList warnings; // entries that were skipped, with why (the file stays usable)
};

class HarReader
{
public:
    // Reads a HAR document. Nullopt and a sentence naming what is malformed (with the JSON offset, or the
    // entry index and field) when the document is not a HAR. A single malformed entry is skipped with a
    // warning rather than failing the whole file; so is an entry whose request could not be sent as
    // written (a line break or control character in a header, the method or the path: see
    // RequestHygiene), so it is never shown as the customer's call nor replayed.
    static std::optional<HarLog> read(const QByteArray &json, QString *error);
    // At most BoundedRead::MaxHar bytes; a larger file is refused before it is read.
    static std::optional<HarLog> readFile(const QString &fileName, QString *error);

    // True for a call to the Connect API: same origin as `baseUrl` when one is given (any path), or else a
    // path under /api/ or /oauth/ on any host.
    static bool isConnectCall(const HarEntry &entry, const QUrl &baseUrl = {});
    static QList<HarEntry> connectCalls(const QList<HarEntry> &entries, const QUrl &baseUrl = {});
};

} // namespace cx
