// {{name}} in a request tab's draft: the draft with every variable put in (path template and path
// values, query and header names and values, the body), and the names no layer holds.
#pragma once

#include "request/RequestDraft.h"
#include "vars/Variables.h"

namespace cx::gui {

struct ResolvedDraft
{
    RequestDraft draft;
    QStringList used;       // in order of first use
    QStringList unresolved; // in order of first use
};

// `dynamic`: also Postman's {{$guid}} and friends (at send time; the preview leaves them as written).
// `withBody`: false for the cheap per-keystroke preview.
ResolvedDraft resolveDraft(const RequestDraft &draft, const VariableScope &scope, bool dynamic = true,
                           bool withBody = true);

} // namespace cx::gui
