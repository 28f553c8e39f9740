// StartupWorker (shell/StartupWorker.h): the bundled catalogue comes from the worker, the font database
// is filled there only once the application exists, the plugins Qt loads next and the window icon's
// images come from there too, and no way out of main() leaves the worker touching fonts or images
// without an application. Its own main(): the first worker runs before any application exists,
// as in the app.
#include "endpoints/CatalogSource.h"
#include "shell/StartupWorker.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>
#include <cstdio>
#include <memory>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif

using cx::gui::StartupWorker;

namespace {
// Set before the QGuiApplication existed (see main()).
bool g_catalogBeforeApplication = false;
bool g_refusedFontsWithoutApplication = false;
} // namespace

class TestStartupWorker : public QObject
{
    Q_OBJECT
public:
    explicit TestStartupWorker(std::unique_ptr<StartupWorker> worker) : m_worker(std::move(worker)) {}

private slots:
    void catalogueIsReadWithoutAnApplication()
    {
        QVERIFY(g_catalogBeforeApplication);
        // Without applicationCreated() the worker ends after the catalogue and never used fonts.
        QVERIFY(g_refusedFontsWithoutApplication);
    }

    void fontDatabaseIsFilledOnceTheApplicationExists()
    {
        {
            const auto warmUp = m_worker->applicationCreated();
            auto catalog = m_worker->takeBundledCatalog();
            QVERIFY(catalog);
            QString error;
            const auto direct = cx::gui::CatalogSource::load(cx::gui::CatalogSource::bundledPath(), &error);
            QVERIFY2(direct, qPrintable(error));
            QCOMPARE(catalog->endpoints().size(), direct->endpoints().size());
            QVERIFY(!m_worker->takeBundledCatalog()); // once only
        }                                             // the guard waited for the font jobs
#ifdef Q_OS_LINUX
        QVERIFY(StartupWorker::warmsFontDatabase()); // fontconfig: where it was measured
#endif
        QCOMPARE(m_worker->warmedFontDatabase(), StartupWorker::warmsFontDatabase());
        QVERIFY(!QFontDatabase::families().isEmpty());
    }

    void windowIconIsReadAtTheSizesAWindowAsksFor()
    {
        const QIcon icon = m_worker->windowIcon();
        QVERIFY(!icon.isNull());
        if (StartupWorker::warmsFontDatabase()) {
            // Images read by the worker: the platform window copies them instead of rendering the SVG.
            QList<QSize> expected;
            for (const int side : StartupWorker::windowIconSizes())
                expected.append(QSize(side, side));
            QCOMPARE(icon.availableSizes(), expected);
            // The same picture as the SVG drawn by Qt's icon engine: the blue of its background.
            const QImage image = icon.pixmap(QSize(64, 64)).toImage();
            QCOMPARE(image.size(), QSize(64, 64));
            QCOMPARE(
                image.pixelColor(32, 10),
                QIcon(StartupWorker::windowIconPath()).pixmap(QSize(64, 64)).toImage().pixelColor(32, 10));
        }
        QCOMPARE(m_worker->windowIcon().cacheKey(), icon.cacheKey()); // made once
    }

    void pluginsAreLoadedByTheWorker()
    {
#ifdef Q_OS_LINUX
        // The worker has run its course (the window icon came after the plugins).
        m_worker->windowIcon();
        int checked = 0;
        for (const QString &kind : StartupWorker::preloadedPluginKinds()) {
            const QDir dir(StartupWorker::defaultPluginsPath() + u'/' + kind);
            for (const QString &name : dir.entryList({QStringLiteral("*.so")}, QDir::Files)) {
                void *handle =
                    dlopen(QFile::encodeName(dir.filePath(name)).constData(), RTLD_LAZY | RTLD_NOLOAD);
                QVERIFY2(handle, qPrintable(dir.filePath(name) + QStringLiteral(" is not loaded")));
                dlclose(handle); // the reference RTLD_NOLOAD took
                ++checked;
            }
        }
        QVERIFY2(checked > 0, "no icon engine or image format plugin installed to check");
#else
        QSKIP("The worker loads plugins on fontconfig platforms only");
#endif
    }

    void aWorkerWithoutAPluginsPathDoesTheRest()
    {
        StartupWorker worker{QString()};
        const auto warmUp = worker.applicationCreated();
        QVERIFY(worker.takeBundledCatalog());
        worker.waitForFonts(); // the fonts are waited for, the window icon not
        QVERIFY(!worker.windowIcon().isNull());
    }

    void switchedOffItDoesNothing()
    {
        qputenv("CONNECT_EXPLORER_NO_WARM_UP", "1");
        StartupWorker worker;
        qunsetenv("CONNECT_EXPLORER_NO_WARM_UP");
        const auto warmUp = worker.applicationCreated();
        QVERIFY(!worker.takeBundledCatalog()); // the UI thread loads it
        worker.waitForFonts();
        QVERIFY(!worker.warmedFontDatabase());
        // The SVG as it is: Qt's icon engine renders it at whatever size is asked.
        QVERIFY(worker.windowIcon().availableSizes().isEmpty());
        QVERIFY(!worker.windowIcon().isNull());
    }

private:
    std::unique_ptr<StartupWorker> m_worker;
};

int main(int argc, char *argv[])
{
    {
        StartupWorker early;
        g_catalogBeforeApplication = early.takeBundledCatalog().has_value();
        early.waitForFonts(); // returns: there is no application to wait for
        g_refusedFontsWithoutApplication = !early.warmedFontDatabase();
    }
    auto worker = std::make_unique<StartupWorker>();
    QGuiApplication app(argc, argv);
    TestStartupWorker test(std::move(worker));
    return QTest::qExec(&test, argc, argv);
}

#include "tst_startupworker.moc"
