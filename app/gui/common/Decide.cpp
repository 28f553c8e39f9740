#include "common/Decide.h"

#include "errors/ErrorCatalog.h"
#include "net/ApiTypes.h"

namespace cx::gui {

ErrorDecision decideError(const ApiError &error)
{
    return ErrorCatalog::decideLate(error);
}

ErrorDecision decideResponse(const ApiResponse &response)
{
    return decideError(ApiError::fromResponse(response));
}

} // namespace cx::gui
