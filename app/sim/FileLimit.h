// Raises this process's soft limit on open descriptors to its hard limit (POSIX; nothing elsewhere).
// The soft limit is often 1024, which a few hundred sockets plus the app's own files can reach; the hard
// limit is what the administrator allows, so asking for it takes nothing from anyone.
#pragma once

namespace cx::sim {

// The soft limit afterwards (-1 where there is none to read, e.g. Windows).
long long raiseOpenFileLimit();

} // namespace cx::sim
