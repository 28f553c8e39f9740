// Plain value types for one request and its outcome, shared by every front end.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cx {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;
using QueryList = QList<QPair<QString, QString>>;

// What the user asked to send. `path` is relative to the base URL ("/api/templates").
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QueryList query;
    HeaderList headers;
    QByteArray body;
    // false for calls that must not carry the bearer token (the OAuth endpoints themselves).
    bool authenticated = true;
    // The body carries a secret (client_secret, a token): a redirect to another origin that would
    // resend the body (307/308) is refused with NetworkFailure::UnsupportedRedirect.
    bool sensitiveBody = false;
    // The call changes nothing on the server although its method is not safe (a POST such as RFC 7662
    // token introspection): when the connection dies after the request went out but before any byte
    // of the answer (a kept-alive connection the server closes as the request arrives), Qt may send it
    // again on a fresh connection, as it does for GET. Without the flag such a call ends in
    // NetworkFailure::ConnectionLost and is never sent twice (ApiClient's OneShotBody).
    bool replayable = false;
};

// Why no complete HTTP response could be read. None means `status` and `body` are the server's.
enum class NetworkFailure {
    None,
    ConnectionRefused,
    HostNotFound,
    Timeout,        // no progress within the transfer timeout
    Tls,            // handshake or certificate failure
    ConnectionLost, // the peer closed or reset before the response was complete
    TruncatedBody,  // fewer body bytes than announced, or broken chunked framing
    BodyTooLarge,   // over ApiClient's body limit; the transfer was aborted
    // The server answered (status and headers are real) but its Content-Encoding (gzip, deflate) could
    // not be undone: the bytes are corrupt, or Qt's decompression-bomb check refused them. Unlike the
    // other failures this one is a response, so hasHttpResponse() is true, yet never a success.
    UndecodableBody,
    // The response's header block is over Qt's limits (more than 100 fields, a field over 100 KiB or
    // 256 KiB in all: Qt 6.4 then drops every header), so nothing frames or describes its body.
    HeadersTooLarge,
    TooManyRedirects,
    UnsupportedRedirect, // a redirect to a scheme we do not follow (not http/https)
    Cancelled,           // the user (or the caller) cancelled the request
    // The request cannot be put on the wire as written (a CR/LF in a header, a method that is not a
    // token, ...: RequestHygiene); nothing was sent.
    InvalidRequest,
    Other,
};

// The server certificate a TLS failure is about, as the user needs to judge it (issue 14).
struct CertificateSummary
{
    QString subject;   // the common name, else the whole subject
    QString issuer;    // the issuer's common name (or organisation)
    QStringList names; // subject alternative names (DNS and IP), the names it is valid for
    QString notBefore; // ISO 8601, UTC
    QString notAfter;  // ISO 8601, UTC
    QString sha256;    // "AB:CD:..." fingerprint
    QString pin;       // "sha256/BASE64", what a profile or --pin trusts
    bool selfSigned = false;
    bool isNull() const { return sha256.isEmpty(); }
};

// What one hop of an exchange put on the wire: the first request, each redirect followed, and the
// replay after a token renewal. Headers are the ones ApiClient set plus Host and Content-Length; Qt's
// network layer adds its own Connection, Accept-Encoding and Accept-Language. The values are the real
// ones (the bearer token included): a front end masks them (Redactor) before showing or storing them.
struct SentHop
{
    enum class Reason { First, Redirect, Renewal };
    Reason reason = Reason::First;
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    bool viaProxy = false; // a plain-HTTP proxy gets the absolute URL on the request line
    int status = 0;        // what this hop was answered with (0: no answer)
    QByteArray location;   // the Location a redirect named
};

// When each step of the final hop happened, in microseconds from the moment the hop was handed to Qt;
// -1 where Qt did not report the step. Qt 6 reports no DNS lookup and no "connected" moment: the lookup
// is inside connect, and over https the TCP connect inside the TLS handshake's time.
struct HopTiming
{
    qint64 connectStartUs = -1; // Qt began opening a connection (-1: a kept-alive one was reused)
    qint64 encryptedUs = -1;    // the TLS handshake finished (https only)
    qint64 requestSentUs = -1;  // the request went out
    qint64 firstByteUs = -1;    // the response's status line and headers arrived
    qint64 finishedUs = -1;     // the last byte arrived
    bool recorded() const { return finishedUs >= 0 || firstByteUs >= 0 || requestSentUs >= 0; }
};

// Everything a front end needs to show a response. The body is kept as bytes: parsing it is the
// viewer's job, off the UI thread.
struct ApiResponse
{
    int status = 0; // 0 when no HTTP response was received
    QByteArray reason;
    HeaderList headers; // in arrival order, names as sent
    QByteArray body;
    qint64 elapsedMs = 0;
    QUrl url; // the URL that finally answered (after redirects)
    int redirectCount = 0;
    NetworkFailure failure = NetworkFailure::None;
    QString failureDetail; // Qt's error string or ours, for the user and the report
    // A finer name than networkFailureName(failure) when one is known ("tls_expired",
    // "proxy_auth_required": NetworkDiagnosis), else empty; failureCode() gives whichever applies.
    QString failureDetailCode;
    CertificateSummary certificate; // the certificate a TLS failure is about
    QByteArray protocol;            // "h2" or "http/1.1" once a response arrived
    QList<SentHop> sent;            // what went on the wire, hop by hop (empty: nothing was sent)
    HopTiming timing;               // the final hop's steps

    bool hasHttpResponse() const
    {
        return (failure == NetworkFailure::None || failure == NetworkFailure::UndecodableBody) && status > 0;
    }
    bool isSuccess() const { return failure == NetworkFailure::None && status >= 200 && status < 300; }
    // Case-insensitive header lookup; the first value when repeated.
    QByteArray header(const QByteArray &name) const;
    QByteArray contentType() const { return header("Content-Type"); }
    // The machine name of the failure: the finer code when known, else networkFailureName(failure).
    QString failureCode() const;
};

// The full URL of `request` below `baseUrl`: base path + request path (an inline "?query" kept) + the
// query list, values percent-encoded by us ('+' included, which QUrlQuery would leave as a space).
// ApiClient sends to it and CodeExporter writes it, so both always agree.
QUrl requestUrl(const QUrl &baseUrl, const ApiRequest &request);

// The charset parameter of a Content-Type value, unquoted ("" when there is none): the one rule the CLI's
// body decoding and the app's body views share.
QByteArray charsetOf(const QByteArray &contentType);

// Stable machine names ("timeout", "connection_refused", ...) used by the CLI's JSON and reports.
QString networkFailureName(NetworkFailure failure);

// The headers as one JSON object, as `connect-cli call --json` prints them: names lower-cased (they are
// case-insensitive), a repeated header folded into one comma-separated value (RFC 9110 §5.3).
QJsonObject foldedHeadersJson(const HeaderList &headers);

} // namespace cx
