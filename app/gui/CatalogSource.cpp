#include "CatalogSource.h"

#include <QCoreApplication>
#include <QFile>

namespace cx::gui::CatalogSource {

QString bundledPath()
{
    return QStringLiteral(":/connect-explorer/connect-api.json");
}

std::optional<EndpointCatalog> load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cx::gui::CatalogSource", "Cannot read %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    return EndpointCatalog::fromJson(file.readAll(), error);
}

} // namespace cx::gui::CatalogSource
