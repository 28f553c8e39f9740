// The OpenAPI document every part of Connect Explorer knows (resources/connect-api.json), embedded once.
#pragma once

#include <QString>

namespace cx::ApiDocument {

// The Qt resource path of the bundled document (":/connect-api/connect-api.json").
QString resourcePath();

} // namespace cx::ApiDocument
