#include "shell/StartupWorker.h"

#include "endpoints/CatalogSource.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
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
        m_worker = std::thread([this] { run(); });
    } catch (...) {
        // No thread to be had: the UI thread does everything, as it always did.
    }
}

StartupWorker::~StartupWorker()
{
    wait();
}

void StartupWorker::run()
{
    initFontconfig();
    QString ignored; // told again in the UI's language by the UI thread's own attempt
    m_catalog = CatalogSource::load(CatalogSource::bundledPath(), &ignored);
    m_catalogDone.set_value();
    if (!warmsFontDatabase())
        return;

    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_fontDatabase != FontDatabase::Unknown; });
    if (m_fontDatabase != FontDatabase::Allowed)
        return;
    lock.unlock();
    // Fills the database (QFontconfigDatabase::populateFontDatabase() on Linux), then resolves the
    // application font once, which caches its fallback families for every thread. The font engine
    // this loads stays in this thread's cache and goes with it.
    QFontDatabase::families();
    QFontMetrics(QGuiApplication::font()).height();
    m_warmedFontDatabase = true;
}

bool StartupWorker::warmsFontDatabase()
{
#ifdef CX_FONTCONFIG_WARM_UP
    return true;
#else
    return false; // measured and tested on fontconfig platforms only; elsewhere the UI thread fills it
#endif
}

StartupWorker::FontWarmUp StartupWorker::applicationCreated()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_fontDatabase == FontDatabase::Unknown)
            m_fontDatabase = FontDatabase::Allowed;
    }
    m_changed.notify_one();
    return FontWarmUp(this);
}

void StartupWorker::wait()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_fontDatabase == FontDatabase::Unknown)
            m_fontDatabase = FontDatabase::Refused; // no application: the worker ends after the catalogue
    }
    m_changed.notify_one();
    m_worker.join();
}

std::optional<EndpointCatalog> StartupWorker::takeBundledCatalog()
{
    if (m_worker.joinable())
        m_catalogReady.wait(); // not the font jobs after it
    return std::exchange(m_catalog, std::nullopt);
}

void StartupWorker::waitForFonts()
{
    wait();
}

} // namespace cx::gui
