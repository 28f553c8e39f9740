#include "SimulatorCore.h"

#include "ApiDocument.h"
#include "ControlEndpoints.h"
#include "DocumentedDialect.h"
#include "ErrorTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cx::sim {

namespace {

// What a misbehaving reverse proxy sends when the API behind it is down: HTML, not the API's JSON.
const char ProxyErrorPage[] = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                              "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                              "</body>\r\n</html>\r\n";

bool isApiPath(const QString &path)
{
    return path == QLatin1String("/api") || path.startsWith(QLatin1String("/api/"));
}

} // namespace

SimulatorCore::SimulatorCore(const SimConfig &config)
    : m_config(config), m_tokens(config.signingKey), m_data(config.seed), m_oauth(m_config, m_tokens),
      m_resources(m_data), m_guard(m_tokens, m_limiter)
{
    m_limiter.setLimit(m_config.rateLimitPerSecond);
    // Start-time scenarios in command-line order; set() puts the newest first, so the last one given
    // for a path wins, as it would at run time.
    for (const Scenario &scenario : m_config.scenarios)
        m_scenarios.set(scenario);
}

void SimulatorCore::setRateLimit(int perSecond)
{
    m_config.rateLimitPerSecond = qMax(0, perSecond);
    m_limiter.setLimit(m_config.rateLimitPerSecond);
}

QJsonObject SimulatorCore::state() const
{
    QJsonArray scenarios;
    for (const Scenario &scenario : m_scenarios.scenarios()) {
        scenarios.append(QJsonObject{{QStringLiteral("code"), scenario.code},
                                     {QStringLiteral("path"), scenario.pathPrefix},
                                     {QStringLiteral("delay_ms"), scenario.delayMs},
                                     {QStringLiteral("count"), scenario.remaining}});
    }
    return QJsonObject{
        {QStringLiteral("client_id"), m_config.clientId},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(m_config.scopes)},
        {QStringLiteral("rate_limit"), m_config.rateLimitPerSecond},
        {QStringLiteral("token_lifetime"), m_config.tokenLifetimeSeconds},
        {QStringLiteral("seed"), qint64(m_config.seed)},
        {QStringLiteral("token_requests"), m_tokenRequests},
        {QStringLiteral("requests"), m_requests},
        {QStringLiteral("scenarios"), scenarios},
        {QStringLiteral("dialect"), dialectName(m_config.dialect)},
        {QStringLiteral("token_format"), tokenFormatName(m_config.tokenFormat)},
        {QStringLiteral("scope_model"), scopeModelName(m_config.scopeModel)},
    };
}

Outcome SimulatorCore::respond(SimResponse response) const
{
    Outcome outcome;
    outcome.response = std::move(response);
    return outcome;
}

Outcome SimulatorCore::handle(const SimRequest &request)
{
    const RouteMatch match = RouteTable::match(request.method, request.path);
    if (isApiPath(request.path))
        ++m_requests;
    if (match.route && match.route->endpoint == Endpoint::AccessToken)
        ++m_tokenRequests;

    if (!request.path.startsWith(QLatin1String("/_sim"))) {
        if (const auto scenario = m_scenarios.take(request.path))
            return inDialect(request, applyScenario(*scenario, request, match));
    }
    return inDialect(request, respond(dispatch(request, match)));
}

Outcome SimulatorCore::inDialect(const SimRequest &request, Outcome outcome) const
{
    // The control API is the simulator's own, not the Connect API's: it keeps {"code","message"}.
    if (m_config.dialect != Dialect::Documented || request.path.startsWith(QLatin1String("/_sim")))
        return outcome;
    outcome.response = DocumentedDialect::rewrite(request.path, std::move(outcome.response));
    return outcome;
}

Outcome SimulatorCore::applyScenario(const Scenario &scenario, const SimRequest &request,
                                     const RouteMatch &match)
{
    Outcome outcome;
    if (scenario.code == QLatin1String("delay")) {
        outcome.kind = Outcome::Kind::Delay;
        outcome.delayMs = scenario.delayMs;
        outcome.response = dispatch(request, match);
    } else if (scenario.code == QLatin1String("stall")) {
        outcome.kind = Outcome::Kind::Stall;
    } else if (scenario.code == QLatin1String("drop")) {
        outcome.kind = Outcome::Kind::Drop;
    } else if (scenario.code == QLatin1String("html_502")) {
        outcome.response.status = 502;
        outcome.response.setHeader("Content-Type", "text/html");
        outcome.response.body = ProxyErrorPage;
    } else if (const ErrorSpec *spec = ErrorTable::find(scenario.code)) {
        outcome.response = SimResponse::error(spec->status, spec->code, spec->message);
        if (spec->retryAfterSeconds > 0)
            outcome.response.setHeader("Retry-After", QByteArray::number(spec->retryAfterSeconds));
        if (spec->status == 401)
            outcome.response.setHeader("WWW-Authenticate",
                                       "Bearer realm=\"connect\", error=\"invalid_token\"");
        if (spec->status == 405)
            outcome.response.setHeader("Allow", "GET");
    } else {
        // parseScenario lets any well-formed code through at start; an unknown one answers as an
        // unknown code would from the real API, which is exactly what a client's fallback must handle.
        outcome.response = SimResponse::error(400, scenario.code,
                                              QStringLiteral("Simulated error '%1'.").arg(scenario.code));
    }
    return outcome;
}

SimResponse SimulatorCore::dispatch(const SimRequest &request, const RouteMatch &match)
{
    if (match.result == RouteMatch::Result::NotFound) {
        return SimResponse::error(404, QStringLiteral("endpoint_not_found"),
                                  QStringLiteral("No endpoint matches '%1 %2'.")
                                      .arg(QString::fromLatin1(request.method), request.path));
    }
    if (match.result == RouteMatch::Result::MethodNotAllowed) {
        SimResponse response =
            SimResponse::error(405, QStringLiteral("bad_http_method"),
                               QStringLiteral("Method '%1' is not allowed on '%2'; use %3.")
                                   .arg(QString::fromLatin1(request.method), request.path,
                                        QString::fromLatin1(match.allowed.join(", "))));
        response.setHeader("Allow", match.allowed.join(", "));
        return response;
    }

    const Route &route = *match.route;
    const bool control = route.endpoint == Endpoint::SimSetScenario ||
                         route.endpoint == Endpoint::SimClearScenarios ||
                         route.endpoint == Endpoint::SimState || route.endpoint == Endpoint::SimConfig ||
                         route.endpoint == Endpoint::SimCodes;
    if (control) {
        if (auto refusal = ControlEndpoints::refusal(request))
            return std::move(*refusal);
    }
    switch (route.endpoint) {
    case Endpoint::AccessToken:
        return m_oauth.accessToken(request);
    case Endpoint::Introspect:
        return m_oauth.introspect(request);
    case Endpoint::Revoke:
        return m_oauth.revoke(request);
    case Endpoint::OpenApi:
        return openApi();
    case Endpoint::SimSetScenario:
        return ControlEndpoints::setScenario(*this, request);
    case Endpoint::SimClearScenarios:
        return ControlEndpoints::clearScenarios(*this);
    case Endpoint::SimState:
        return ControlEndpoints::state(*this);
    case Endpoint::SimConfig:
        return ControlEndpoints::configure(*this, request);
    case Endpoint::SimCodes:
        return ControlEndpoints::codes();
    default:
        break;
    }

    QList<QPair<QByteArray, QByteArray>> rateHeaders;
    SimResponse response;
    if (auto refusal =
            m_guard.check(request, RouteTable::requiredScopes(route, m_config.scopeModel), &rateHeaders))
        response = std::move(*refusal);
    else
        response = m_resources.handle(route.endpoint, request, match.id);
    for (const auto &header : rateHeaders)
        response.setHeader(header.first, header.second);
    return response;
}

SimResponse SimulatorCore::openApi() const
{
    QFile file(cx::ApiDocument::resourcePath()); // also answered at GET /openapi.json
    if (!file.open(QIODevice::ReadOnly))
        return SimResponse::error(500, QStringLiteral("internal_error"),
                                  QStringLiteral("The OpenAPI document is not embedded."));
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    // Point "Try it" style clients at this instance rather than the production host.
    if (m_baseUrl.isValid()) {
        QJsonArray servers{
            QJsonObject{{QStringLiteral("url"), m_baseUrl.toString()},
                        {QStringLiteral("description"), QStringLiteral("This connect-sim instance")}}};
        for (const QJsonValue &server : document.value(QStringLiteral("servers")).toArray())
            servers.append(server);
        document.insert(QStringLiteral("servers"), servers);
    }
    return SimResponse::json(200, document);
}

} // namespace cx::sim
