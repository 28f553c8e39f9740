// libFuzzer target: HarReader::read, replay and HarPortable read/write round trips on any HAR file.
#include "FuzzEntryPoints.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return cx::fuzz::harReader(data, size);
}
