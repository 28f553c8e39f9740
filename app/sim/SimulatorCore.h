// The simulator without its transport: one request in, one outcome out. It owns the state (config,
// tokens, data, limiter, scenarios) and runs the pipeline: route -> scenario -> guard -> endpoint.
// Keeping sockets out of here lets ConnectSimulator deal alone with QtHttpServer's version differences.
#pragma once

#include "AccessGuard.h"
#include "DataStore.h"
#include "OAuthEndpoints.h"
#include "RateLimiter.h"
#include "ResourceEndpoints.h"
#include "RouteTable.h"
#include "ScenarioInjector.h"
#include "SimConfig.h"
#include "SimHttp.h"
#include "TokenService.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QUrl>

namespace cx::sim {

struct Outcome
{
    enum class Kind { Respond, Delay, Stall, Drop };
    Kind kind = Kind::Respond;
    SimResponse response; // for Respond and Delay
    int delayMs = 0;      // for Delay
};

class SimulatorCore
{
public:
    explicit SimulatorCore(const SimConfig &config);

    Outcome handle(const SimRequest &request);

    const SimConfig &config() const { return m_config; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    void setScenario(const Scenario &scenario) { m_scenarios.set(scenario); }
    // Also gives the tokens back the scopes a simulated missing_scope withheld.
    void clearScenarios()
    {
        m_scenarios.clear();
        m_tokens.restoreWithheld();
    }
    void setScopes(const QStringList &scopes) { m_config.scopes = scopes; }
    void setRateLimit(int perSecond);
    void setTokenLifetime(int seconds) { m_config.tokenLifetimeSeconds = seconds; }
    void setClock(TokenService::Clock secondsSinceEpoch) { m_tokens.setClock(std::move(secondsSinceEpoch)); }
    void setDialect(Dialect dialect) { m_config.dialect = dialect; }
    void setTokenFormat(TokenFormat format) { m_config.tokenFormat = format; }
    void setScopeModel(ScopeModel model) { m_config.scopeModel = model; }

    int tokenRequestCount() const { return m_tokenRequests; }
    int requestCount() const { return m_requests; }
    QJsonObject state() const; // what GET /_sim/state answers

private:
    Outcome respond(SimResponse response) const;
    Outcome inDialect(const SimRequest &request, Outcome outcome) const;
    Outcome applyScenario(const Scenario &scenario, const SimRequest &request, const RouteMatch &match);
    SimResponse missingScope(const SimRequest &request, const RouteMatch &match);
    static std::optional<SimResponse> fieldError(const QString &code, const SimRequest &request,
                                                 const RouteMatch &match);
    SimResponse dispatch(const SimRequest &request, const RouteMatch &match);
    SimResponse openApi() const;

    SimConfig m_config;
    QUrl m_baseUrl;
    TokenService m_tokens;
    DataStore m_data;
    RateLimiter m_limiter;
    ScenarioInjector m_scenarios;
    OAuthEndpoints m_oauth;
    ResourceEndpoints m_resources;
    AccessGuard m_guard;
    int m_tokenRequests = 0;
    int m_requests = 0;
    QElapsedTimer m_clock; // for the resends of a dropped request (ScenarioInjector::isResendOfDropped)
};

} // namespace cx::sim
