// The one place the GUI decides what a failed response means. Whoever meets a failure (a request tab,
// the error panel for a failure handed to it, the check-up, the HAR viewer, the sign-in dialog) calls
// this once and passes the decision on; the widgets translate its meaning and hint when they paint or
// retranslate, and never decide again.
#pragma once

#include "errors/ErrorDecision.h"

namespace cx {
struct ApiResponse;
}

namespace cx::gui {

ErrorDecision decideError(const ApiError &error);
ErrorDecision decideResponse(const ApiResponse &response);

} // namespace cx::gui
