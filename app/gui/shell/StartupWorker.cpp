#include "shell/StartupWorker.h"

#include "endpoints/CatalogSource.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define CX_FONTCONFIG_WARM_UP 1
#include <dlfcn.h>
#endif

namespace cx::gui {

namespace {
void initFontconfig()
{
#ifdef CX_FONTCONFIG_WARM_UP
    // QtGui links the library, so this finds the copy already loaded. Looked up rather than linked so
    // that the build needs no fontconfig headers, and a system without it just skips this.
    void *library = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_GLOBAL);
    if (!library)
        return;
    using FcInitFunction = int (*)();
    if (auto fcInit = reinterpret_cast<FcInitFunction>(dlsym(library, "FcInit")))
        fcInit();
        // Not dlclose()d: Qt is about to use the library.
#endif
}
} // namespace

StartupWorker::StartupWorker()
{
    if (qEnvironmentVariableIsSet("CONNECT_EXPLORER_NO_WARM_UP"))
        return;
    try {
        m_worker = std::thread([this] {
            initFontconfig();
            QString ignored; // told again in the UI's language by the UI thread's own attempt
            m_catalog = CatalogSource::load(CatalogSource::bundledPath(), &ignored);
        });
    } catch (...) {
        // No thread to be had: the UI thread does both, as it always did.
    }
}

StartupWorker::~StartupWorker()
{
    wait();
}

void StartupWorker::wait()
{
    if (m_worker.joinable())
        m_worker.join();
}

std::optional<EndpointCatalog> StartupWorker::takeBundledCatalog()
{
    wait();
    return std::exchange(m_catalog, std::nullopt);
}

void StartupWorker::waitForFonts()
{
    wait(); // the catalogue, parsed after fontconfig, is long done by then
}

} // namespace cx::gui
