// The documented dialect: rewrites the simulator's {"code","message"} errors into the shapes the newer
// "Errors and troubleshooting" page shows, layer by layer, so a client can be tried against them:
//   /oauth/access-token     {"success": false, "message", "details": []}       (400, 401, 403, 415, 422)
//   /oauth/introspect|revoke {"success": false, "message", "data": null}         (422)
//   /api/* validation        422 {"message": "The given data was invalid.", "errors": {field: [msgs]}}
//   /api/* anything else     {"message"} with the same status
// Every handler keeps producing {"code","message"}; one rewrite at the end keeps the two dialects from
// drifting apart in what they decide.
#pragma once

#include "SimHttp.h"

namespace cx::sim {

class DocumentedDialect
{
public:
    // `response` rewritten for a request to `path`; answers that are no {"code"} error pass unchanged.
    static SimResponse rewrite(const QString &path, SimResponse response);

    // The field a validation error is about: the simulator's messages quote it first ("Query parameter
    // 'page' must ...", "The field 'name' is required."). Empty when none is quoted.
    static QString quotedField(const QString &message);
};

} // namespace cx::sim
