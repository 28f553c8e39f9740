// `connect-cli explain [FILE|-] [--status N] [--header 'K: V']...`: what an error response means and
// what to do about it, as one JSON object {status, code, message, action, meaning, hint, retry_after_s}
// (or text with --text) — the same ErrorCatalog decision the desktop app's error panel makes.
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
};

// The decision for one response: `status` (0 when unknown), its headers (Content-Type,
// WWW-Authenticate and Retry-After are read) and body. Malformed or truncated bodies are decided by the
// status (and WWW-Authenticate).
Explanation explainResponse(int status, const HeaderList &headers, const QByteArray &body,
                            const QDateTime &now);
// The decision for a bare code.
Explanation explainCode(int status, const QString &code);
// {status, code, message, action, meaning, hint, retry_after_s}; null where there is nothing to say.
QJsonObject explanationToJson(const Explanation &explanation);
// "Name: value" -> the pair; false when there is no colon or no name.
bool parseHeaderArgument(const QString &text, QPair<QByteArray, QByteArray> *header);

int runExplain(const QStringList &arguments);

} // namespace cx::cli
