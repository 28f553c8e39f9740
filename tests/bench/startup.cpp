// connect-explorer's start-up, measured: the same steps as app/gui/main.cpp (application info, icon,
// translations, start-up options, the catalogue, the Demo connection with its in-process simulator and
// sign-in, the main window), with a StartupProbe on the window. Prints one JSON line and exits.
// Keep it in step with app/gui/main.cpp.
#include "StartupProbe.h"
#include "connection/Connection.h"
#include "endpoints/CatalogSource.h"
#include "i18n/Translations.h"
#include "profiles/ProfileController.h"
#include "shell/MainWindow.h"
#include "shell/StartupOptions.h"
#include "shell/StartupWorker.h"

#include <QApplication>
#include <QIcon>
#include <QProcessEnvironment>
#include <cstdio>
#include <cx/Version.h>
#include <memory>

int main(int argc, char *argv[])
{
    const qint64 mainNs = cx::bench::nowNs();
    cx::bench::mark("main");
    // Before QApplication: fontconfig and the bundled catalogue load beside its construction
    // (see StartupWorker.h).
    cx::gui::StartupWorker startupWorker;
    QApplication app(argc, argv);
    const auto fontWarmUp = startupWorker.applicationCreated(); // ends before the application does
    cx::bench::mark("app");
    QCoreApplication::setOrganizationName(QStringLiteral("Cliquify"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cliquify.me"));
    QCoreApplication::setApplicationName(QStringLiteral("Connect Explorer"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(cx::versionString));
    cx::installTranslations(&app);
    cx::bench::mark("translations");

    cx::gui::StartupOptions options;
    QString error;
    if (!cx::gui::StartupOptions::parse(QCoreApplication::arguments(),
                                        QProcessEnvironment::systemEnvironment(), &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QString catalogPath =
        options.openApiFile.isEmpty() ? cx::gui::CatalogSource::bundledPath() : options.openApiFile;
    auto catalog = options.openApiFile.isEmpty() ? startupWorker.takeBundledCatalog() : std::nullopt;
    if (!catalog)
        catalog = cx::gui::CatalogSource::load(catalogPath, &error);
    cx::bench::mark("catalog");
    if (!catalog) {
        std::fprintf(stderr, "catalogue: %s\n", qPrintable(error));
        return 1;
    }
    // The last used profile (Demo on a fresh HOME) unless the command line names a server.
    if (!options.profileFromCommandLine)
        options.profile = cx::gui::ProfileController::startupProfile();
    cx::bench::mark("profile");
    auto connection = std::make_unique<cx::gui::Connection>(options.profile);
    if (!connection->start(&error)) {
        std::fprintf(stderr, "connection: %s\n", qPrintable(error));
        return 1;
    }
    cx::bench::mark("connection");
    startupWorker.waitForFonts(); // the window is the first to lay out text
    cx::bench::mark("fonts");
    cx::gui::MainWindow window(connection.get(), *catalog);
    cx::bench::mark("window");
    QApplication::setWindowIcon(startupWorker.windowIcon());
    window.show();
    cx::bench::mark("shown");
    cx::bench::StartupProbe probe(window.windowHandle(), mainNs);
    return app.exec();
}
