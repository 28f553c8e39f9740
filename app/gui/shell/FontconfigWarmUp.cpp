#include "shell/FontconfigWarmUp.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define CX_FONTCONFIG_WARM_UP 1
#include <dlfcn.h>
#endif

namespace cx::gui {

namespace {
#ifdef CX_FONTCONFIG_WARM_UP
void initFontconfig()
{
    // QtGui links the library, so this finds the copy already loaded. Looked up rather than linked so
    // that the build needs no fontconfig headers, and a system without it just skips this.
    void *library = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_GLOBAL);
    if (!library)
        return;
    using FcInitFunction = int (*)();
    if (auto fcInit = reinterpret_cast<FcInitFunction>(dlsym(library, "FcInit")))
        fcInit();
    // Not dlclose()d: Qt is about to use the library.
}
#endif
} // namespace

FontconfigWarmUp::FontconfigWarmUp()
{
#ifdef CX_FONTCONFIG_WARM_UP
    if (qEnvironmentVariableIsSet("CONNECT_EXPLORER_NO_WARM_UP"))
        return;
    try {
        m_worker = std::thread(initFontconfig);
    } catch (...) {
        // No thread to be had: Qt loads fontconfig on the UI thread, as it always did.
    }
#endif
}

FontconfigWarmUp::~FontconfigWarmUp()
{
    wait();
}

void FontconfigWarmUp::wait()
{
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace cx::gui
