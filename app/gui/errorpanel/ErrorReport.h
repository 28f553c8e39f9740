// The support report is built in core (errors/ErrorReport.h); the GUI names it as it always did.
#pragma once

#include "errors/ErrorReport.h"

namespace cx::gui {

using cx::ErrorReport;
using cx::ReportInput;

} // namespace cx::gui
