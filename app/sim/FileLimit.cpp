#include "FileLimit.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <algorithm>
#include <climits>
#include <sys/resource.h>
#endif

namespace cx::sim {

long long raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
#ifdef Q_OS_MACOS
        // macOS refuses more than OPEN_MAX per process, whatever the hard limit says (often "unlimited").
        raised.rlim_cur = std::min<rlim_t>(limit.rlim_max, OPEN_MAX);
#endif
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? -1 : static_cast<long long>(limit.rlim_cur);
#else
    return -1;
#endif
}

} // namespace cx::sim
