// libFuzzer target: the Postman collection reader, then a Postman write and read back (CollectionFuzz.h).
#include "CollectionFuzz.h"
#include "FuzzEntryPoints.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return cx::fuzz::postmanCollection(data, size);
}
