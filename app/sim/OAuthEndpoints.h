// POST /oauth/access-token, /oauth/introspect and /oauth/revoke, in the newer docs' shapes.
#pragma once

#include "SimConfig.h"
#include "SimHttp.h"
#include "TokenService.h"

#include <optional>

namespace cx::sim {

class OAuthEndpoints
{
public:
    OAuthEndpoints(const SimConfig &config, TokenService &tokens) : m_config(config), m_tokens(tokens) {}

    SimResponse accessToken(const SimRequest &request);
    SimResponse introspect(const SimRequest &request);
    SimResponse revoke(const SimRequest &request);

private:
    // The refusal of a token request in the format config.tokenFormat does not take, else nullopt.
    std::optional<SimResponse> formatRefusal(const SimRequest &request) const;

    const SimConfig &m_config; // live: run-time changes to scopes and lifetime apply to the next token
    TokenService &m_tokens;
};

} // namespace cx::sim
