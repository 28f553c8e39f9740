// One worker thread for what start-up would otherwise do on the UI thread before the first frame,
// started at the top of main(), before QApplication, whose construction takes longer than both jobs:
//
// 1. fontconfig's FcInit() (Linux and the BSDs): reading the font configuration and caches, which the
//    first widget that lays out text pays for on the UI thread: callgrind on bench_startup put it at
//    about an eighth of our start-up's instructions, the largest single cost a bare window does not
//    have. It is thread-safe and its result process-wide.
// 2. parsing the bundled endpoint catalogue (EndpointCatalog is plain data).
//
// One thread, the jobs in turn: on a two-core machine the UI thread and the display server keep one
// core each. The UI thread waits for the worker rather than doing a job again: with fontconfig a
// second copy competing for the processors made start-up slower on a busy machine, not faster.
// Windows and macOS do not use fontconfig; there the worker only parses the catalogue.
// CONNECT_EXPLORER_NO_WARM_UP=1 does everything on the UI thread as before, to measure the difference.
#pragma once

#include "catalog/EndpointCatalog.h"

#include <optional>
#include <thread>

namespace cx::gui {

class StartupWorker
{
public:
    StartupWorker();  // starts the worker
    ~StartupWorker(); // waits for it: it never outlives main()

    // The bundled catalogue parsed on the worker (waiting for it), or nullopt when it could not be
    // read there or the worker did not run: load it on the UI thread then, where a failure is told in
    // the UI's language. Once only.
    std::optional<EndpointCatalog> takeBundledCatalog();
    // Returns once fontconfig is loaded (or at once where there is nothing to load). Call it before
    // building the first widget with text.
    void waitForFonts();

    StartupWorker(const StartupWorker &) = delete;
    StartupWorker &operator=(const StartupWorker &) = delete;

private:
    void wait();

    std::thread m_worker;
    std::optional<EndpointCatalog> m_catalog; // written by the worker, read after wait()
};

} // namespace cx::gui
