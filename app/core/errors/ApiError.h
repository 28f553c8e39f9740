// What went wrong with one request, read from whatever the server (or a proxy) sent back.
#pragma once

#include "net/ApiTypes.h"

#include <QString>

namespace cx {

struct ApiError
{
    // Which body shape the code and message came from.
    enum class Shape {
        None,        // not an error (2xx with a complete body)
        CodeMessage, // {"code", "message"} — the Connect API's own
        OAuth,       // {"error", "error_description"} — RFC 6749 token endpoint style
        Problem,     // application/problem+json (RFC 9457): type, title, status, detail
        Html,        // an HTML page, usually from a proxy or load balancer
        Text,        // some other non-empty body (plain text, unrecognised JSON)
        Empty,       // no body: the status and WWW-Authenticate decide
        Network,     // no HTTP response at all (see ApiResponse::failure)
    };

    int status = 0;
    QString code;    // machine code as sent, or derived from the status / WWW-Authenticate / failure
    QString message; // the server's words verbatim where it gave any; else a short description
    Shape shape = Shape::None;
    bool codeFromServer = false; // false when `code` was derived rather than sent
    NetworkFailure failure = NetworkFailure::None;
    QByteArray retryAfter; // raw Retry-After header value, if any
    // The scope a WWW-Authenticate `insufficient_scope` challenge names, so the permission notice can
    // show it as a value rather than only inside the message.
    QString requiredScope;

    bool isError() const { return shape != Shape::None; }

    // Decides whether `response` is an error and, if it is, reads it. A 2xx with a complete body is
    // not an error; a transport failure (even after a 200 status line) is.
    static ApiError fromResponse(const ApiResponse &response);

    // The body reader on its own (also used by `connect-cli explain` and the fuzz target).
    // `wwwAuthenticate` is the raw header value, used when the body says nothing.
    static ApiError fromBody(int status, const QByteArray &contentType, const QByteArray &body,
                             const QByteArray &wwwAuthenticate = {});

    static QString shapeName(Shape shape); // "none", "code_message", "oauth", "problem", "html", ...

    // The code a client derives when the body gives none: WWW-Authenticate's RFC 6750 error first
    // (invalid_token -> invalid_access_token, insufficient_scope -> missing_scope), else the status
    // (see ApiError.cpp for the table; e.g. 503 -> service_unavailable, unlisted -> "http_<status>").
    static QString derivedCode(int status, const QByteArray &wwwAuthenticate = {});

    // Bodies bigger than this are not parsed as JSON, and only this much of an HTML or text body is
    // read for the message: an error body is a few hundred bytes, and a huge one must not stall the UI.
    static constexpr qsizetype maxParsedBody = 1024 * 1024;
    static constexpr qsizetype maxMessageChars = 200;
};

} // namespace cx
