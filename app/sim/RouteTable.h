// Every route the simulator serves, with the scopes it needs, and the matching of a method + path to one.
// The simulator routes on its own instead of through QHttpServer's rules because QtHttpServer 6.4 has
// no portable "missing handler" or 405 hook; one catch-all rule hands every request to this table, so
// unknown paths (404 endpoint_not_found) and wrong methods (405 bad_http_method) are decided here.
#pragma once

#include "SimConfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cx::sim {

enum class Endpoint {
    AccessToken,
    Introspect,
    Revoke,
    Templates,
    TemplateTags,
    TemplateById,
    Assets,
    AssetTags,
    AssetById,
    Folders,
    BrandKit,
    BrandKitLogos,
    BrandKitColors,
    OpenApi,
    SimSetScenario,
    SimClearScenarios,
    SimState,
    SimConfig,
    SimCodes,
};

struct Route
{
    QByteArray method;
    QString pattern; // OpenAPI style: /api/templates/{id}
    Endpoint endpoint;
    QStringList scopes; // required scopes; empty = no token needed
};

struct RouteMatch
{
    enum class Result { Found, NotFound, MethodNotAllowed };
    Result result = Result::NotFound;
    const Route *route = nullptr;
    QString id;             // the {id} segment, when the pattern has one
    QByteArrayList allowed; // for MethodNotAllowed: the methods the path does accept
};

class RouteTable
{
public:
    static const QList<Route> &routes();
    static RouteMatch match(const QByteArray &method, const QString &path);
    // What `route` requires under `model` (route.scopes is the per-resource rule).
    static QStringList requiredScopes(const Route &route, ScopeModel model);
};

} // namespace cx::sim
