// One worker thread for what start-up would otherwise do on the UI thread before the first frame,
// started at the top of main(), before QApplication, whose construction takes longer than the first
// two jobs:
//
// 1. fontconfig's FcInit() (Linux and the BSDs): reading the font configuration and caches, which the
//    first widget that lays out text pays for on the UI thread: callgrind on bench_startup put it at
//    about an eighth of our start-up's instructions, the largest single cost a bare window does not
//    have. It is thread-safe and its result process-wide.
// 2. parsing the bundled endpoint catalogue (EndpointCatalog is plain data).
// 3. loading Qt's icon engine and image format plugins (dlopen() only, no plugin object), while the
//    UI thread still builds the QApplication. Qt loads them on the UI thread just after: the SVG icon
//    engine for the window icon, and every image format plugin when the menu bar's style sniffs its
//    extension button's icon. Those loads then find the libraries mapped and relocated: about 5M
//    instructions off the UI thread before the first frame (callgrind on bench_startup).
// 4. once the application exists (applicationCreated()): Qt's font database, which the first text
//    fills from fontconfig's font list, and the fallback families of the application font. Both are
//    process-wide and guarded by Qt's font database lock (fonts may be used outside the GUI thread
//    since Qt 5), about 9.5M instructions the UI thread no longer spends before the first frame.
// 5. then the window icon: the platform window renders a scalable icon at four sizes when it is
//    created (xcb: 16 to 128 pixels, 2.7M instructions on the UI thread). The worker reads the SVG at
//    those sizes with QImageReader, which may run on any thread; windowIcon() makes the QIcon of them
//    on the UI thread, which the window's show() then only copies.
//
// One thread, the jobs in turn (1 to 3 end well before the QApplication is built): on a two-core machine the
// UI thread and the display server keep one core each. The UI thread waits for the worker rather than doing a
// job again: with fontconfig a second copy competing for the processors made start-up slower on a busy
// machine, not faster. Windows and macOS do not use fontconfig; there the worker only parses the catalogue
// (the font database and plugin jobs are measured and tested on fontconfig platforms only:
// warmsFontDatabase()). CONNECT_EXPLORER_NO_WARM_UP=1 does everything on the UI thread as before, to measure
// the difference.
#pragma once

#include "catalog/EndpointCatalog.h"

#include <QIcon>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <condition_variable>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace cx::gui {

class StartupWorker
{
public:
    // Starts the worker. The plugins it loads are those under `pluginsPath`, by default Qt's own
    // plugin directory (QLibraryInfo::PluginsPath), the first place Qt looks.
    explicit StartupWorker(const QString &pluginsPath = defaultPluginsPath());
    ~StartupWorker(); // waits for it: it never outlives main()

    // The bundled catalogue parsed on the worker (waiting for it), or nullopt when it could not be
    // read there or the worker did not run: load it on the UI thread then, where a failure is told in
    // the UI's language. Once only.
    std::optional<EndpointCatalog> takeBundledCatalog();
    // Waits for the worker in its destructor: declare it after the QApplication, so that the worker
    // is done with fonts and images on every way out of main() before the application ends.
    class FontWarmUp
    {
    public:
        explicit FontWarmUp(StartupWorker *worker) : m_worker(worker) {}
        ~FontWarmUp() { m_worker->wait(); }
        FontWarmUp(const FontWarmUp &) = delete;
        FontWarmUp &operator=(const FontWarmUp &) = delete;

    private:
        StartupWorker *m_worker;
    };
    // Call right after constructing the QApplication: the worker may now fill the font database.
    [[nodiscard]] FontWarmUp applicationCreated();
    // Returns once the font jobs are done (or at once where the worker did not run). Call it before
    // building the first widget with text.
    void waitForFonts();
    // The application's window icon: the images the worker read (waiting for them), or the SVG as it
    // is where the worker did not read them. GUI thread. Call it after building the window, which
    // gives the worker time; several calls return the same icon.
    QIcon windowIcon();
    // The icon's file, and the sizes the worker reads it at (those a platform window asks of an icon
    // that has none of its own: Qt's xcb window).
    static QString windowIconPath();
    static QList<int> windowIconSizes();
    // Whether the worker filled the font database (after waitForFonts()): false where it did not run
    // or was not told of an application.
    bool warmedFontDatabase() const { return m_warmedFontDatabase; }
    // Whether this platform's worker fills the font database at all (Linux and the BSDs).
    static bool warmsFontDatabase();
    static QString defaultPluginsPath();
    // The plugin kinds the worker loads (subdirectories of the plugins path).
    static QStringList preloadedPluginKinds();

    StartupWorker(const StartupWorker &) = delete;
    StartupWorker &operator=(const StartupWorker &) = delete;

private:
    void wait(); // for the whole worker (joins it)
    // Says that no application will come if none was announced yet (the worker then ends).
    void refuseApplicationIfUnknown();

    void run();

    QString m_pluginsPath; // read by the worker only

    std::thread m_worker;
    std::optional<EndpointCatalog> m_catalog; // written by the worker before m_catalogDone is set
    std::promise<void> m_catalogDone;
    std::future<void> m_catalogReady = m_catalogDone.get_future();
    // Whether the font database may be warmed (the application exists) or must not be (the worker
    // is being waited for without one).
    enum class FontDatabase { Unknown, Allowed, Refused };
    std::mutex m_mutex;
    std::condition_variable m_changed;
    FontDatabase m_fontDatabase = FontDatabase::Unknown;
    bool m_warmedFontDatabase = false; // written by the worker before m_fontsDone is set
    std::promise<void> m_fontsDone;
    std::future<void> m_fontsReady = m_fontsDone.get_future();
    QList<QImage> m_windowIconImages; // written by the worker before m_windowIconDone is set
    std::promise<void> m_windowIconDone;
    std::future<void> m_windowIconReady = m_windowIconDone.get_future();
    QIcon m_windowIcon; // the GUI thread's
};

} // namespace cx::gui
