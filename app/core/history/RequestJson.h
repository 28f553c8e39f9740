// How an ApiRequest is written into history lines and draft files (one shape for both).
#pragma once

#include "net/ApiTypes.h"

#include <QJsonObject>

namespace cx {

// Adds method, path, query, headers, body (or bodyBase64 when not UTF-8) and authenticated to `object`.
void writeRequestJson(const ApiRequest &request, QJsonObject &object);
// Reads what writeRequestJson wrote; false when a field has the wrong type.
bool readRequestJson(const QJsonObject &object, ApiRequest &request);

} // namespace cx
