// libFuzzer target: ApiError::fromBody / fromResponse and ErrorCatalog::decide on any status,
// Content-Type, WWW-Authenticate and body. Input format: see cx::fuzz::apiErrorBody.
#include "FuzzEntryPoints.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return cx::fuzz::apiErrorBody(data, size);
}
