#include "endpoints/CatalogSource.h"

#include "ApiDocument.h"

namespace cx::gui::CatalogSource {

QString bundledPath()
{
    return cx::ApiDocument::resourcePath();
}

std::optional<EndpointCatalog> load(const QString &path, QString *error)
{
    // Bounded: a user-named file may be anything (a huge export, a device); it is refused with a
    // sentence rather than read until memory runs out.
    return EndpointCatalog::fromFile(path, error);
}

} // namespace cx::gui::CatalogSource
