// Reads HAR 1.2 files as browsers' developer tools save them (Chrome, Firefox, Safari): every entry's
// request (method, URL, headers, query, postData) and response (status, headers, content text — base64
// aware), timings and start time; then picks the Connect API calls among them.
//
// A customer's HAR carries the customer's tokens. HarEntry keeps what the file says (so the GUI can show
// it masked with Redactor and decide errors with ApiError); requestForReplay() is the only way to turn an
// entry into something to send, and it drops every credential, so the customer's token is never reused.
//
// Replay sends what the browser sent: `request.url` is the truth, byte for byte (Chrome writes
// queryString values still percent-encoded, WebPagetest and chrome-har-capturer decode the names: the
// URL is never rebuilt from queryString, which only adds the names the URL lacks, as hand-written HARs
// and snippet generators rely on). postData.text is sent exactly; postData.params only when there is
// no text, encoded as the browser's form encoder would (multipart when the mime type says so).
#pragma once

#include "net/ApiTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace cx {

class Redactor;

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
    QString urlText; // request.url exactly as the file writes it
    QUrl url;
    QByteArray httpVersion;
    HeaderList requestHeaders;
    QueryList query; // the query as sent (the URL's own, then what queryString adds), decoded
    // The path and query as sent, percent-encoding kept as request.url writes it ("/api/x?q=a%20b"),
    // plus the queryString names the URL lacks. What the request line of a replay carries.
    QString target;
    QByteArray requestBody; // postData.text exactly (or params encoded as the browser would)
    bool hasPostData = false;
    QByteArray requestMimeType;
    QStringList notes; // translated: what was added to the URL, a params value that was not text, ...
    int status = 0;    // 0: no response (a blocked or failed request in the browser)
    QByteArray statusText;
    HeaderList responseHeaders;
    QByteArray responseBody; // decoded when content.encoding is base64
    QByteArray responseMimeType;
    qint64 responseSize = -1;         // content.size
    bool responseBodyMissing = false; // the browser did not save the body
    // response._errorCode: the code Connect Explorer decided when it sent the request (HarWriter writes
    // it); empty in a browser's HAR.
    QString recordedErrorCode;
    HarTimings timings;
    QString serverIp;

    QString path() const { return url.path(); }
    // "https://host:port" of the URL (scheme and host lower case, default port omitted).
    QString origin() const;
    // The response as ApiClient would have produced it: decide errors with ApiError::fromResponse(...).
    // When the body was not kept but the file records the code decided when it was sent
    // (recordedErrorCode), the body is {"code": that code, "message": a sentence saying the body was not
    // kept}, so the same code is decided again rather than one guessed from the bare status.
    ApiResponse toResponse() const;
    // The request as our client would send it: `path` is `target` (path and query exactly as the file
    // writes them, a secret query value masked) below `baseUrl`'s path when the URL starts with it;
    // headers without any credential (Authorization, Cookie, API keys, tokens), secret body fields
    // masked. `authenticated` is true for Connect calls, so the current profile's token is added on
    // send; OAuth calls are marked unauthenticated with their secrets masked (never the customer's).
    // `thirdParty`: a call to another origin replayed on purpose: never authenticated (the profile's
    // token never goes to another origin), sent to origin() from the root.
    ApiRequest requestForReplay(const QUrl &baseUrl = {}, bool thirdParty = false) const;
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

    // The Connect API's origin when no profile says otherwise.
    static QUrl defaultBaseUrl();
    // True for a call to the Connect API: its origin is `baseUrl`'s (scheme, host and port; and its path
    // below the base URL's path, when it has one). Without a base URL, defaultBaseUrl(). Any other host
    // is not a Connect call, whatever its path (a tracker's /api/ or its OPTIONS preflight).
    static bool isConnectCall(const HarEntry &entry, const QUrl &baseUrl = {});
    // Why `entry` is not a Connect call, in a sentence for the user (empty when it is one).
    static QString whyNotConnect(const HarEntry &entry, const QUrl &baseUrl = {});
    static QList<HarEntry> connectCalls(const QList<HarEntry> &entries, const QUrl &baseUrl = {});
    // Registers on `redactor` every credential the file shows: Authorization and other secret header
    // values (with and without their scheme), cookie values, secret query values and secret fields of
    // request and response bodies (access_token, client_secret, ...), so they are masked wherever else
    // they occur in it (a token echoed in a message).
    static void collectSecrets(const HarLog &log, Redactor *redactor);
};

} // namespace cx
