// libFuzzer target: RetryPolicy::parseRetryAfter and delayFor on any header value.
#include "FuzzEntryPoints.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return cx::fuzz::retryAfter(data, size);
}
