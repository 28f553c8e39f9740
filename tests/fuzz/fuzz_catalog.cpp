// libFuzzer target: EndpointCatalog::fromJson (the OpenAPI loader) and lookups on what it loaded.
#include "FuzzEntryPoints.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return cx::fuzz::endpointCatalog(data, size);
}
