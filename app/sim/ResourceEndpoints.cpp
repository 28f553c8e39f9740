#include "ResourceEndpoints.h"

#include "Pagination.h"

#include <optional>

namespace cx::sim {

namespace {

// Ids are positive integers; anything else is a malformed path parameter (400), not an unknown id (404).
std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1 || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return id;
}

SimResponse badId(const QString &id)
{
    return SimResponse::error(
        400, QStringLiteral("bad_request_params"),
        QStringLiteral("Path parameter 'id' must be a positive integer, not '%1'.").arg(id));
}

} // namespace

SimResponse ResourceEndpoints::list(const QList<QJsonObject> &items, const SimRequest &request) const
{
    ListQuery query;
    QString error;
    if (!Pagination::parse(request.query, &query, &error))
        return SimResponse::error(400, QStringLiteral("bad_query_params"), error);
    return SimResponse::json(200, Pagination::page(items, query));
}

SimResponse ResourceEndpoints::templateItem(const QString &id) const
{
    const auto number = parseId(id);
    if (!number)
        return badId(id);
    const QJsonObject found = m_data.templateById(*number);
    if (found.isEmpty()) {
        return SimResponse::error(404, QStringLiteral("not_found"),
                                  QStringLiteral("No template with id '%1' exists.").arg(*number));
    }
    return SimResponse::json(200, QJsonObject{{QStringLiteral("data"), found}});
}

SimResponse ResourceEndpoints::assetItem(const QString &id) const
{
    const auto number = parseId(id);
    if (!number)
        return badId(id);
    const QJsonObject found = m_data.assetById(*number);
    if (found.isEmpty()) {
        return SimResponse::error(404, QStringLiteral("asset_not_found"),
                                  QStringLiteral("No asset with id '%1' exists.").arg(*number));
    }
    return SimResponse::json(200, QJsonObject{{QStringLiteral("data"), found}});
}

SimResponse ResourceEndpoints::handle(Endpoint endpoint, const SimRequest &request, const QString &id) const
{
    switch (endpoint) {
    case Endpoint::Templates:
        return list(m_data.templates(), request);
    case Endpoint::TemplateTags:
        return list(m_data.templateTags(), request);
    case Endpoint::TemplateById:
        return templateItem(id);
    case Endpoint::Assets:
        return list(m_data.assets(), request);
    case Endpoint::AssetTags:
        return list(m_data.assetTags(), request);
    case Endpoint::AssetById:
        return assetItem(id);
    case Endpoint::Folders:
        return list(m_data.folders(), request);
    case Endpoint::BrandKit:
        return SimResponse::json(200, QJsonObject{{QStringLiteral("data"), m_data.brandKit()}});
    case Endpoint::BrandKitLogos:
        return list(m_data.logos(), request);
    case Endpoint::BrandKitColors:
        return list(m_data.colors(), request);
    default:
        break;
    }
    return SimResponse::error(404, QStringLiteral("endpoint_not_found"), QStringLiteral("No such endpoint."));
}

} // namespace cx::sim
