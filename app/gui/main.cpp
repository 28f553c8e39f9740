// connect-explorer: starts on the Demo profile (a simulator inside the app) unless told otherwise.
#include "CatalogSource.h"
#include "Connection.h"
#include "MainWindow.h"
#include "StartupOptions.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cliquify"));
    QApplication::setOrganizationDomain(QStringLiteral("cliquify.me"));
    QApplication::setApplicationName(QStringLiteral("Connect Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(CX_APP_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/connect-explorer.svg")));
    cx::installTranslations(&app);

    cx::gui::StartupOptions options;
    QString error;
    if (!cx::gui::StartupOptions::parse(QApplication::arguments(), QProcessEnvironment::systemEnvironment(),
                                        &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (options.showHelp) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (options.showVersion) {
        std::printf("connect-explorer %s\n", CX_APP_VERSION);
        return 0;
    }

    const QString catalogPath =
        options.openApiFile.isEmpty() ? cx::gui::CatalogSource::bundledPath() : options.openApiFile;
    auto catalog = cx::gui::CatalogSource::load(catalogPath, &error);
    if (!catalog) {
        QMessageBox::warning(
            nullptr, QApplication::translate("main", "Connect Explorer"),
            QApplication::translate("main", "The endpoint list could not be read: %1").arg(error));
        catalog = cx::EndpointCatalog::fromJson(
            R"({"openapi":"3.0.3","info":{"title":"","version":""},"paths":{}})", &error);
    }

    cx::gui::Connection connection(options.profile);
    if (!connection.start(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Connect Explorer"), error);
        return 1;
    }
    cx::gui::MainWindow window(&connection, *catalog);
    window.show();
    return app.exec();
}
