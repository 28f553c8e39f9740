#include "RouteTable.h"

namespace cx::sim {

namespace {

QList<Route> buildRoutes()
{
    const QString profile = QStringLiteral("profile:read");
    const QStringList templates{profile, QStringLiteral("templates:read")};
    const QStringList assets{profile, QStringLiteral("assets:read")};
    const QStringList brandKit{profile, QStringLiteral("brandkit:read")};
    // Literal segments come before {id} so /api/templates/tags is not read as an id.
    return {
        {"POST", QStringLiteral("/oauth/access-token"), Endpoint::AccessToken, {}},
        {"POST", QStringLiteral("/oauth/introspect"), Endpoint::Introspect, {}},
        {"POST", QStringLiteral("/oauth/revoke"), Endpoint::Revoke, {}},
        {"GET", QStringLiteral("/api/templates"), Endpoint::Templates, templates},
        {"GET", QStringLiteral("/api/templates/tags"), Endpoint::TemplateTags, templates},
        {"GET", QStringLiteral("/api/templates/{id}"), Endpoint::TemplateById, templates},
        {"GET", QStringLiteral("/api/assets"), Endpoint::Assets, assets},
        {"GET", QStringLiteral("/api/assets/tags"), Endpoint::AssetTags, assets},
        {"GET", QStringLiteral("/api/assets/{id}"), Endpoint::AssetById, assets},
        {"GET", QStringLiteral("/api/folders"), Endpoint::Folders, assets},
        {"GET", QStringLiteral("/api/brandkit"), Endpoint::BrandKit, brandKit},
        {"GET", QStringLiteral("/api/brandkit/logos"), Endpoint::BrandKitLogos, brandKit},
        {"GET", QStringLiteral("/api/brandkit/colors"), Endpoint::BrandKitColors, brandKit},
        {"GET", QStringLiteral("/openapi.json"), Endpoint::OpenApi, {}},
        {"POST", QStringLiteral("/_sim/scenario"), Endpoint::SimSetScenario, {}},
        {"DELETE", QStringLiteral("/_sim/scenario"), Endpoint::SimClearScenarios, {}},
        {"GET", QStringLiteral("/_sim/state"), Endpoint::SimState, {}},
        {"GET", QStringLiteral("/_sim/codes"), Endpoint::SimCodes, {}},
        {"POST", QStringLiteral("/_sim/config"), Endpoint::SimConfig, {}},
    };
}

// Matches `path` against `pattern` segment by segment; "{id}" takes any one non-empty segment.
bool pathMatches(const QString &pattern, const QString &path, QString *id)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    QString trimmed = path;
    if (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1); // "/api/templates/" is the same endpoint
    const QStringList got = trimmed.split(QLatin1Char('/'));
    if (want.size() != got.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i] == QLatin1String("{id}")) {
            if (got[i].isEmpty())
                return false;
            *id = got[i];
        } else if (want[i] != got[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

const QList<Route> &RouteTable::routes()
{
    static const QList<Route> table = buildRoutes();
    return table;
}

QStringList RouteTable::requiredScopes(const Route &route, ScopeModel model)
{
    if (model == ScopeModel::PerResource || route.scopes.isEmpty())
        return route.scopes;
    // The newer overview: "protected routes need profile:read, templates:read, assets:read".
    return {QStringLiteral("profile:read"), QStringLiteral("templates:read"), QStringLiteral("assets:read")};
}

RouteMatch RouteTable::match(const QByteArray &method, const QString &path)
{
    RouteMatch result;
    for (const Route &route : routes()) {
        QString id;
        if (!pathMatches(route.pattern, path, &id))
            continue;
        if (route.method == method) {
            result.result = RouteMatch::Result::Found;
            result.route = &route;
            result.id = id;
            return result;
        }
        // A literal route of another method must not hide an {id} route of this method, so keep looking.
        if (!result.allowed.contains(route.method))
            result.allowed << route.method;
    }
    if (!result.allowed.isEmpty())
        result.result = RouteMatch::Result::MethodNotAllowed;
    return result;
}

} // namespace cx::sim
