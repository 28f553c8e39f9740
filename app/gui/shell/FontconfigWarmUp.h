// Loads the system's font configuration on a worker thread while QApplication is being built.
//
// On Linux and the BSDs Qt finds fonts through fontconfig, and the first widget that lays out text
// pays for FcInit() (reading the configuration files and font caches) on the UI thread, before the
// first frame: callgrind on bench_startup put it at about an eighth of our start-up's instructions,
// the largest single cost a bare window does not have. FcInit() is thread-safe and its result is
// process-wide, so main() starts it here before constructing QApplication, which takes longer, and
// waits for it (wait()) just before building the first widget with text. If the worker has not
// finished by then the UI thread waits for it rather than loading a second copy: on a busy
// two-core machine two copies competing for the processors made start-up slower, not faster.
// Windows and macOS do not use fontconfig; there this does nothing.
// CONNECT_EXPLORER_NO_WARM_UP=1 turns it off, to measure it.
#pragma once

#include <thread>

namespace cx::gui {

class FontconfigWarmUp
{
public:
    FontconfigWarmUp();  // starts the worker (where fontconfig is used)
    ~FontconfigWarmUp(); // wait(): the worker never outlives main()

    // Returns once fontconfig is loaded (or at once where there is nothing to load).
    void wait();

    FontconfigWarmUp(const FontconfigWarmUp &) = delete;
    FontconfigWarmUp &operator=(const FontconfigWarmUp &) = delete;

private:
    std::thread m_worker;
};

} // namespace cx::gui
