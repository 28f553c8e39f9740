// Where the endpoint browser's OpenAPI document comes from: the bundled one, or a file the user names.
#pragma once

#include "catalog/EndpointCatalog.h"

#include <QString>
#include <optional>

namespace cx::gui::CatalogSource {

// The document bundled into the app as a Qt resource (resources/connect-api.json).
QString bundledPath();
// Reads and parses `path` (a file or a ":/" resource). nullopt and `error` when that fails.
std::optional<EndpointCatalog> load(const QString &path, QString *error);

} // namespace cx::gui::CatalogSource
