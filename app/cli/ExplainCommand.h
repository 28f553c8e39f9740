// `connect-cli explain [FILE|-] [--status N] [--header 'K: V']... [--path PATH] [--granted SCOPES]`: what
// an error response means and what to do about it, as one JSON object {status, code, code_from_server,
// message, action, meaning, hint, retry_after_s, layer, fields, missing_scopes} (or text with --text) —
// the same ErrorCatalog decision the desktop app's error panel makes. --path says which endpoint
// answered: the docs give the token endpoint and /api/* different meanings for the same status.
#pragma once

#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "net/ApiTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace cx::cli {

struct Explanation
{
    ApiError error;
    ErrorInfo info;
    std::optional<qint64> retryAfterSeconds; // from Retry-After (seconds or HTTP-date, relative to now)
    QStringList missingScopes;               // for a permission decision: named, else required - granted
};

// The decision for one response: `status` (0 when unknown), its headers (Content-Type,
// WWW-Authenticate and Retry-After are read) and body. Malformed or truncated bodies are decided by the
// status (and WWW-Authenticate).
// `path` is the endpoint that answered (empty when not known); `granted` the token's scopes, if known.
Explanation explainResponse(int status, const HeaderList &headers, const QByteArray &body,
                            const QDateTime &now, const QString &path = {}, const QStringList &granted = {});
// The decision for a bare code.
Explanation explainCode(int status, const QString &code);
// {status, code, code_from_server, message, action, meaning, hint, retry_after_s, layer, fields,
// missing_scopes}; null where there is nothing to say, fields and missing_scopes empty lists then.
QJsonObject explanationToJson(const Explanation &explanation);
// "Name: value" -> the pair; false when there is no colon or no name.
bool parseHeaderArgument(const QString &text, QPair<QByteArray, QByteArray> *header);

int runExplain(const QStringList &arguments);

} // namespace cx::cli
