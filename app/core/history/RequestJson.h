// How an ApiRequest is written into history lines and draft files (one shape for both), and the
// header list and body in that shape, which the history's kept responses use too.
#pragma once

#include "net/ApiTypes.h"

#include <QJsonObject>

namespace cx {

// Adds method, path, query, headers, body (or bodyBase64 when not UTF-8) and authenticated to `object`.
void writeRequestJson(const ApiRequest &request, QJsonObject &object);
// Reads what writeRequestJson wrote; false when a field has the wrong type.
bool readRequestJson(const QJsonObject &object, ApiRequest &request);

// "headers": [[name, value], ...].
void writeHeadersJson(const HeaderList &headers, QJsonObject &object);
// False when "headers" holds something else than [name, value] string pairs (a missing one is empty).
bool readHeadersJson(const QJsonObject &object, HeaderList &headers);
// "body" when the bytes are UTF-8, else "bodyBase64"; nothing for an empty body.
void writeBodyJson(const QByteArray &body, QJsonObject &object);
QByteArray readBodyJson(const QJsonObject &object);

} // namespace cx
