#include "SimulatorCore.h"

#include "ApiDocument.h"
#include "ControlEndpoints.h"
#include "DocumentedDialect.h"
#include "EndpointInputs.h"
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

// What identifies a request when the client sends it again unchanged (Qt's automatic resend).
QByteArray requestKey(const SimRequest &request)
{
    return request.method + ' ' + request.path.toUtf8() + '?' +
           request.query.toString(QUrl::FullyEncoded).toUtf8() + '\n' + request.header("authorization") +
           '\n' + request.body;
}

// The scope a simulated missing_scope takes away on `route`: one the route really requires under the
// scope model, preferring the resource's own scope (templates:read, assets:read, brandkit:read) to the
// profile:read every route needs, so the 403 names what this endpoint is about.
QString scopeToWithhold(const Route &route, ScopeModel model)
{
    const QString profile = QStringLiteral("profile:read");
    const QStringList required = RouteTable::requiredScopes(route, model);
    for (auto it = route.scopes.crbegin(); it != route.scopes.crend(); ++it) {
        if (*it != profile && required.contains(*it))
            return *it;
    }
    for (auto it = required.crbegin(); it != required.crend(); ++it) {
        if (*it != profile)
            return *it;
    }
    return required.isEmpty() ? QString() : required.first();
}

QStringList jsonKeys(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().keys();
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
        if (!m_clock.isValid())
            m_clock.start();
        const QByteArray key = requestKey(request);
        if (m_scenarios.isResendOfDropped(key, m_clock.elapsed())) {
            Outcome outcome;
            outcome.kind = Outcome::Kind::Drop;
            return outcome;
        }
        if (const auto scenario = m_scenarios.take(request.path)) {
            Outcome outcome = applyScenario(*scenario, request, match);
            if (outcome.kind == Outcome::Kind::Drop)
                m_scenarios.noteDropped(key, m_clock.elapsed());
            return inDialect(request, std::move(outcome));
        }
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
    } else if (scenario.code == QLatin1String("missing_scope")) {
        outcome.response = missingScope(request, match);
    } else if (auto fieldAnswer = fieldError(scenario.code, request, match)) {
        outcome.response = std::move(*fieldAnswer);
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

SimResponse SimulatorCore::missingScope(const SimRequest &request, const RouteMatch &match)
{
    const ErrorSpec *spec = ErrorTable::find(QStringLiteral("missing_scope"));
    const QString scope = match.route ? scopeToWithhold(*match.route, m_config.scopeModel) : QString();
    if (scope.isEmpty()) // a path no scoped route serves: the catalogue's words
        return SimResponse::error(spec->status, spec->code, spec->message);
    // The scope is really withheld: the token this request carries loses it, so introspection (the error
    // panel's "granted" list) and every later request with it agree with this 403, also after a "next
    // request only" scenario is spent. Clearing the scenarios, or signing in again (a new token), brings
    // it back.
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        TokenClaims claims;
        const TokenService::Check check =
            m_tokens.verify(QString::fromLatin1(authorization.mid(7).trimmed()), &claims);
        if (check != TokenService::Check::Malformed && check != TokenService::Check::BadSignature)
            m_tokens.withhold(claims.tokenId, scope);
    }
    // The same words as a real missing scope (AccessGuard).
    return SimResponse::error(spec->status, spec->code,
                              QStringLiteral("This token lacks the '%1' scope.").arg(scope));
}

std::optional<SimResponse> SimulatorCore::fieldError(const QString &code, const SimRequest &request,
                                                     const RouteMatch &match)
{
    const bool invalid = code == QLatin1String("invalid_field");
    if ((!invalid && code != QLatin1String("missing_field")) || !match.route)
        return std::nullopt;
    const EndpointInputs inputs = EndpointInputs::of(match.route->method, match.route->pattern);
    const ErrorSpec *spec = ErrorTable::find(code);
    QString message;
    if (!inputs.bodyFields.isEmpty()) {
        // A field of the body this endpoint takes: for an invalid one, a field the request sent (the
        // editor marks it); for a missing one, a required field it left out, else the first required.
        const QStringList sent = jsonKeys(request.body);
        QString name;
        for (const QString &field : invalid ? inputs.bodyFields : inputs.requiredBody) {
            if (sent.contains(field) == invalid) {
                name = field;
                break;
            }
        }
        if (name.isEmpty())
            name = inputs.requiredBody.isEmpty() ? inputs.bodyFields.first() : inputs.requiredBody.first();
        message = invalid ? QStringLiteral("The field '%1' has invalid data.").arg(name)
                          : QStringLiteral("The field '%1' is required.").arg(name);
    } else if (!inputs.queryParams.isEmpty()) {
        // No body (a GET): the input is in the query. A parameter the request carries, else per_page.
        QString name;
        for (const QString &parameter : inputs.queryParams) {
            if (request.query.hasQueryItem(parameter)) {
                name = parameter;
                break;
            }
        }
        if (name.isEmpty())
            name = inputs.queryParams.contains(QStringLiteral("per_page")) ? QStringLiteral("per_page")
                                                                           : inputs.queryParams.first();
        message = invalid ? QStringLiteral("The query parameter '%1' has invalid data.").arg(name)
                          : QStringLiteral("The query parameter '%1' is required.").arg(name);
    } else if (!inputs.pathParams.isEmpty()) {
        message = QStringLiteral("The path parameter '%1' has invalid data.").arg(inputs.pathParams.first());
    } else {
        return std::nullopt; // nothing to name: the catalogue's words
    }
    return SimResponse::error(spec->status, spec->code, message);
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
