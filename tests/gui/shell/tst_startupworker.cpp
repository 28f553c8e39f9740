// StartupWorker (shell/StartupWorker.h): the bundled catalogue comes from the worker, the font database
// is filled there only once the application exists, and no way out of main() leaves the worker
// touching fonts without one. Its own main(): the first worker runs before any application exists,
// as in the app.
#include "endpoints/CatalogSource.h"
#include "shell/StartupWorker.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QTest>
#include <cstdio>
#include <memory>

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

    void switchedOffItDoesNothing()
    {
        qputenv("CONNECT_EXPLORER_NO_WARM_UP", "1");
        StartupWorker worker;
        qunsetenv("CONNECT_EXPLORER_NO_WARM_UP");
        const auto warmUp = worker.applicationCreated();
        QVERIFY(!worker.takeBundledCatalog()); // the UI thread loads it
        worker.waitForFonts();
        QVERIFY(!worker.warmedFontDatabase());
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
