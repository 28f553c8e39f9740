#include "shell/StartupWorker.h"

#include "endpoints/CatalogSource.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImageReader>
#include <QLibraryInfo>
#include <QPixmap>
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

// Maps Qt's plugins of these kinds into the process, for Qt to find them loaded (see the header).
void preloadPlugins(const QString &pluginsPath)
{
#ifdef CX_FONTCONFIG_WARM_UP
    if (pluginsPath.isEmpty())
        return;
    for (const QString &kind : StartupWorker::preloadedPluginKinds()) {
        const QDir dir(pluginsPath + u'/' + kind);
        for (const QString &name : dir.entryList({QStringLiteral("*.so")}, QDir::Files)) {
            // RTLD_LOCAL as Qt's QLibrary does; never dlclose()d: Qt is about to load it too.
            dlopen(QFile::encodeName(dir.filePath(name)).constData(), RTLD_LAZY | RTLD_LOCAL);
        }
    }
#else
    Q_UNUSED(pluginsPath)
#endif
}
} // namespace

StartupWorker::StartupWorker(const QString &pluginsPath) : m_pluginsPath(pluginsPath)
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
    preloadPlugins(m_pluginsPath);

    bool application = false;
    if (warmsFontDatabase()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_fontDatabase != FontDatabase::Unknown; });
        application = m_fontDatabase == FontDatabase::Allowed;
    }
    if (application) {
        // Fills the database (QFontconfigDatabase::populateFontDatabase() on Linux), then resolves the
        // application font once, which caches its fallback families for every thread. The font
        // engine this loads stays in this thread's cache and goes with it.
        QFontDatabase::families();
        QFontMetrics(QGuiApplication::font()).height();
        m_warmedFontDatabase = true;
    }
    m_fontsDone.set_value();

    if (application) {
        for (const int side : windowIconSizes()) {
            QImageReader reader(windowIconPath());
            reader.setScaledSize(QSize(side, side));
            const QImage image = reader.read();
            if (image.isNull()) { // no SVG image plugin: the UI thread uses the SVG icon engine
                m_windowIconImages.clear();
                break;
            }
            m_windowIconImages.append(image);
        }
    }
    m_windowIconDone.set_value();
}

bool StartupWorker::warmsFontDatabase()
{
#ifdef CX_FONTCONFIG_WARM_UP
    return true;
#else
    return false; // measured and tested on fontconfig platforms only; elsewhere the UI thread fills it
#endif
}

QString StartupWorker::defaultPluginsPath()
{
#ifdef CX_FONTCONFIG_WARM_UP
    return QLibraryInfo::path(QLibraryInfo::PluginsPath);
#else
    return {};
#endif
}

QStringList StartupWorker::preloadedPluginKinds()
{
    return {QStringLiteral("iconengines"), QStringLiteral("imageformats")};
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

void StartupWorker::refuseApplicationIfUnknown()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_fontDatabase == FontDatabase::Unknown)
            m_fontDatabase = FontDatabase::Refused; // no application: the worker ends after the plugins
    }
    m_changed.notify_one();
}

void StartupWorker::wait()
{
    if (!m_worker.joinable())
        return;
    refuseApplicationIfUnknown();
    m_worker.join();
}

std::optional<EndpointCatalog> StartupWorker::takeBundledCatalog()
{
    if (m_worker.joinable())
        m_catalogReady.wait(); // not the jobs after it
    return std::exchange(m_catalog, std::nullopt);
}

void StartupWorker::waitForFonts()
{
    if (!m_worker.joinable())
        return;
    refuseApplicationIfUnknown();
    m_fontsReady.wait(); // not the window icon after them
}

QIcon StartupWorker::windowIcon()
{
    if (!m_windowIcon.isNull())
        return m_windowIcon;
    if (m_worker.joinable()) {
        refuseApplicationIfUnknown();
        m_windowIconReady.wait();
    }
    for (const QImage &image : std::as_const(m_windowIconImages))
        m_windowIcon.addPixmap(QPixmap::fromImage(image));
    m_windowIconImages.clear();
    if (m_windowIcon.isNull())
        m_windowIcon = QIcon(windowIconPath());
    return m_windowIcon;
}

QString StartupWorker::windowIconPath()
{
    return QStringLiteral(":/icons/connect-explorer.svg");
}

QList<int> StartupWorker::windowIconSizes()
{
    return {16, 32, 64, 128};
}

} // namespace cx::gui
