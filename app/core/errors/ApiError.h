// What went wrong with one request, read from whatever the server (or a proxy) sent back.
#pragma once

#include "net/ApiTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

// One field a validation answer names, with the server's words about it, in the order sent.
struct FieldError
{
    QString name; // as sent: a body key ("name", "items.0.id"), a query or a path parameter
    QStringList messages;
    bool operator==(const FieldError &other) const = default;
};

struct ApiError
{
    // Which body shape the code and message came from.
    enum class Shape {
        None,        // not an error (2xx with a complete body)
        CodeMessage, // {"code", "message"} — the Connect API's own
        OAuth,       // {"error", "error_description"} — RFC 6749 token endpoint style
        Problem,     // application/problem+json (RFC 9457): type, title, status, detail
        // The shapes the newer public docs ("Errors and troubleshooting", developer.cliquify.me) show:
        Message,        // {"message": "..."} alone — protected routes /api/* (401, 403, 404)
        SuccessMessage, // {"success": false, "message", "details" | "data"} — the /oauth/* endpoints
        Validation,     // {"message", "errors": {field: [msgs]}} or bare {field: [msgs]} — 422
        Html,           // an HTML page, usually from a proxy or load balancer
        Text,           // some other non-empty body (plain text, unrecognised JSON)
        Empty,          // no body: the status and WWW-Authenticate decide
        Network,        // no HTTP response at all (see ApiResponse::failure)
    };

    int status = 0;
    QString code;    // machine code as sent, or derived from the status / WWW-Authenticate / failure
    QString message; // the server's words verbatim where it gave any; else a short description
    Shape shape = Shape::None;
    bool codeFromServer = false; // false when `code` was derived rather than sent
    NetworkFailure failure = NetworkFailure::None;
    // Shape::Network with a TLS failure: the server certificate at fault (NetworkDiagnosis).
    CertificateSummary certificate;
    QByteArray retryAfter; // raw Retry-After header value, if any
    // The scope a WWW-Authenticate `insufficient_scope` challenge names, so the permission notice can
    // show it as a value rather than only inside the message.
    QString requiredScope;

    // Which kind of endpoint answered: the docs give each its own error shape and its own meaning for
    // the same status (a 403 from the token endpoint is an inactive enterprise, from /api/* a missing
    // scope), so the code derived for a body without one depends on it.
    enum class Layer {
        Unknown,     // not said (explain without --path): the shape decides where it can
        Token,       // POST /oauth/access-token
        TokenHelper, // POST /oauth/introspect, /oauth/revoke
        Resource,    // /api/*
    };
    Layer layer = Layer::Unknown;
    QString path; // the URL path that answered, as given to fromBody / taken from the response URL
    // The fields a validation answer names (Shape::Validation, or a token endpoint's `details`).
    QList<FieldError> fields;

    bool isError() const { return shape != Shape::None; }

    // Decides whether `response` is an error and, if it is, reads it. A 2xx with a complete body is
    // not an error; a transport failure (even after a 200 status line) is.
    static ApiError fromResponse(const ApiResponse &response);

    // The body reader on its own (also used by `connect-cli explain` and the fuzz target).
    // `wwwAuthenticate` is the raw header value, used when the body says nothing. `path` is the URL path
    // that answered (fromResponse passes the response URL's); it sets `layer`.
    //
    // A body that names no code gets one derived (codeFromServer false), first from WWW-Authenticate,
    // then from the layer's table (see layerCode in ApiError.cpp: 401 at the token endpoint ->
    // invalid_client, 403 there -> inactive_enterprise, 403 on /api/* -> missing_scope, 404 on /api/*
    // naming the company -> company_not_found, 422 from introspect/revoke -> invalid_access_token, 422
    // naming fields -> invalid_field), then from the status.
    static ApiError fromBody(int status, const QByteArray &contentType, const QByteArray &body,
                             const QByteArray &wwwAuthenticate = {}, const QString &path = {});

    // "/oauth/access-token" -> Token, "/api/templates" -> Resource; a base path in front is allowed.
    static Layer layerOf(const QString &path);
    static QString layerName(Layer layer); // "unknown", "token", "token_helper", "resource"

    // "none", "code_message", "oauth", "problem", "message", "success_message", "validation", "html", ...
    static QString shapeName(Shape shape);

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
