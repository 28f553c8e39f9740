// POST /oauth/access-token, /oauth/introspect and /oauth/revoke, in the newer docs' shapes.
#pragma once

#include "SimConfig.h"
#include "SimHttp.h"
#include "TokenService.h"

namespace cx::sim {

class OAuthEndpoints
{
public:
    OAuthEndpoints(const SimConfig &config, TokenService &tokens) : m_config(config), m_tokens(tokens) {}

    SimResponse accessToken(const SimRequest &request);
    SimResponse introspect(const SimRequest &request);
    SimResponse revoke(const SimRequest &request);

private:
    const SimConfig &m_config; // live: run-time changes to scopes and lifetime apply to the next token
    TokenService &m_tokens;
};

} // namespace cx::sim
