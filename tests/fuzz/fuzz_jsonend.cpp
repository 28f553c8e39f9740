// libFuzzer target: ApiClient's JsonEndScanner (does an unframed JSON body end where its JSON closes?).
#include "FuzzEntryPoints.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return cx::fuzz::jsonEnd(data, size);
}
