// How connect-cli prints a response: the machine-readable JSON object and the human-readable forms.
#pragma once

#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "net/ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace cx::cli {

// Exit codes, documented in --help and the README.
enum ExitCode : int {
    ExitOk = 0,           // 2xx
    ExitHttpError = 1,    // an HTTP response with a non-2xx status (or a body that failed framing)
    ExitNoResponse = 2,   // no HTTP response: refused, DNS, timeout, TLS, connection lost
    ExitSignInFailed = 3, // the token endpoint refused the credentials
    ExitUsage = 64,       // bad command line (EX_USAGE)
};

ExitCode exitCodeFor(const ApiResponse &response, const ApiError &error, bool signInFailed);

// {"code","message","action","meaning","hint","known","code_from_server","shape","layer","fields",
// "missing_scopes"} for an error; null when none. `fields` lists what a validation answer names
// ([{"name","messages"}], empty when none); `missing_scopes` is filled for a permission decision (the
// scopes the error names, else the bundled catalog's required scopes for error.path).
QJsonValue errorToJson(const ApiError &error, const ErrorInfo &info);

// [{"name": "...", "messages": ["..."]}] in the order of `fields`.
// The server certificate a TLS failure is about: as JSON, and as lines for the terminal (with the
// --pin that would trust it).
QJsonObject certificateToJson(const CertificateSummary &certificate);
QString certificateText(const CertificateSummary &certificate);

QJsonArray fieldsToJson(const QList<FieldError> &fields);
// The scopes the bundled API description requires for `path` (any base path before /api/ is dropped);
// empty when the path is not in it.
QStringList requiredScopesFor(const QString &path);
// The scopes a permission error is missing (MissingScopes::of with the bundled catalog's required scopes
// for error.path and `granted`); empty for any other action.
QStringList missingScopesFor(const ApiError &error, const ErrorInfo &info, const QStringList &granted = {});
// "  name: message; message" lines, one per field, for people (empty when there are none).
QString fieldsText(const QList<FieldError> &fields);

// {status, headers, body, partial_body, elapsed_ms, url, error}: `body` is the parsed JSON when it is JSON,
// else a string; `partial_body` is true when the body is only what arrived before a failure.
// `granted`: the token's scopes when known (introspected), so missing_scopes is required minus granted.
QJsonObject responseToJson(const ApiResponse &response, const ApiError &error, const ErrorInfo &info,
                           const QStringList &granted = {});

// The body for a person: indented JSON when `pretty` and the body is JSON, else the bytes as sent.
QByteArray bodyForDisplay(const QByteArray &body, bool pretty);

// One or two lines for stderr that say what failed and what to do.
QString errorSummary(const ApiResponse &response, const ApiError &error, const ErrorInfo &info,
                     const QStringList &granted = {});

} // namespace cx::cli
