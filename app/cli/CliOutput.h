// How connect-cli prints a response: the machine-readable JSON object and the human-readable forms.
#pragma once

#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "net/ApiTypes.h"

#include <QJsonObject>

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

// {"code","message","action","meaning","hint","known","shape"} for an error; null when none.
QJsonValue errorToJson(const ApiError &error, const ErrorInfo &info);

// {status, headers, body, elapsed_ms, error}: `body` is the parsed JSON when it is JSON, else a string.
QJsonObject responseToJson(const ApiResponse &response, const ApiError &error, const ErrorInfo &info);

// The body for a person: indented JSON when `pretty` and the body is JSON, else the bytes as sent.
QByteArray bodyForDisplay(const QByteArray &body, bool pretty);

// One or two lines for stderr that say what failed and what to do.
QString errorSummary(const ApiResponse &response, const ApiError &error, const ErrorInfo &info);

} // namespace cx::cli
