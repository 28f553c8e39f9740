#include "endpoints/CatalogSource.h"

namespace cx::gui::CatalogSource {

QString bundledPath()
{
    return QStringLiteral(":/connect-explorer/connect-api.json");
}

std::optional<EndpointCatalog> load(const QString &path, QString *error)
{
    // Bounded: a user-named file may be anything (a huge export, a device); it is refused with a
    // sentence rather than read until memory runs out.
    return EndpointCatalog::fromFile(path, error);
}

} // namespace cx::gui::CatalogSource
