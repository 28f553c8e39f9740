// The simulator's own control API under /_sim (never subject to scenarios, tokens or the rate limit):
// POST/DELETE /_sim/scenario, GET /_sim/state, POST /_sim/config. Loopback-only like the rest.
#pragma once

#include "SimHttp.h"

namespace cx::sim {

class SimulatorCore;

class ControlEndpoints
{
public:
    static SimResponse setScenario(SimulatorCore &core, const SimRequest &request);
    static SimResponse clearScenarios(SimulatorCore &core);
    static SimResponse state(const SimulatorCore &core);
    static SimResponse configure(SimulatorCore &core, const SimRequest &request);
};

} // namespace cx::sim
