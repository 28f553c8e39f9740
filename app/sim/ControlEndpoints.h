// The simulator's own control API under /_sim (never subject to scenarios, tokens or the rate limit):
// POST/DELETE /_sim/scenario, GET /_sim/state, POST /_sim/config, GET /_sim/codes.
//
// A web page the user visits can send requests to a loopback port too (a form post needs no CORS
// preflight, DNS rebinding makes it look same-origin), so control requests must prove they come from a
// local client: a Host naming a loopback address (421 otherwise, which also defeats DNS rebinding), an
// Origin, when sent, that is loopback too (403), and a JSON body, which a form cannot send (415).
#pragma once

#include "SimHttp.h"

#include <optional>

namespace cx::sim {

class SimulatorCore;

class ControlEndpoints
{
public:
    // The refusal of a control request that fails those checks, or nullopt.
    static std::optional<SimResponse> refusal(const SimRequest &request);

    static SimResponse setScenario(SimulatorCore &core, const SimRequest &request);
    static SimResponse clearScenarios(SimulatorCore &core);
    static SimResponse state(const SimulatorCore &core);
    static SimResponse configure(SimulatorCore &core, const SimRequest &request);
    // Every scenario code POST /_sim/scenario takes: the catalogue's with the status they are answered
    // with, then the faults (delay, stall, drop, html_502) with status 0.
    static SimResponse codes();
};

} // namespace cx::sim
