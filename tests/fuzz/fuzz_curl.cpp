// libFuzzer target: CurlParser::tokenize and CurlParser::parse on any pasted command line.
#include "FuzzEntryPoints.h"
#include "FuzzMain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return cx::fuzz::curlParser(data, size);
}
