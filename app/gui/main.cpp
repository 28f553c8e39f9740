// connect-explorer: starts on the Demo profile (a simulator inside the app) unless told otherwise.
#include "auth/Session.h"
#include "connection/Connection.h"
#include "endpoints/CatalogSource.h"
#include "history/HistoryStore.h"
#include "i18n/Translations.h"
#include "logging/LogFile.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "shell/CrashGuard.h"
#include "shell/MainWindow.h"
#include "shell/SingleInstance.h"
#include "shell/StartupOptions.h"
#include "shell/StartupWorker.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <cstdio>
#include <cx/Version.h>
#include <memory>

namespace {

// --help and --version answer on stdout without opening a window (or needing a display).
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Cliquify"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cliquify.me"));
    QCoreApplication::setApplicationName(QStringLiteral("Connect Explorer"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(cx::versionString));
}

// Wayland compositors match the window to its .desktop file (name and icon) by this id.
void setDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QStringLiteral("me.cliquify.ConnectExplorer"));
}

bool parseOptions(cx::gui::StartupOptions *options)
{
    QString error;
    if (!cx::gui::StartupOptions::parse(QCoreApplication::arguments(),
                                        QProcessEnvironment::systemEnvironment(), options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

// A later start on the same profile folder handed over its command line (SingleInstance): bring the
// window to the front and do what the command line asks, the way a first start would.
void applyLaterStart(cx::gui::MainWindow *window, const QStringList &arguments,
                     const QString &workingDirectory)
{
    window->bringToFront();
    cx::gui::StartupOptions options;
    QString error;
    if (!cx::gui::StartupOptions::parse(arguments, QProcessEnvironment::systemEnvironment(), &options,
                                        &error)) {
        window->statusBar()->showMessage(
            QApplication::translate("main", "Another start's command line was not understood: %1").arg(error),
            15000);
        return;
    }
    qInfo("Another start handed over its command line: %s",
          qPrintable(arguments.mid(1).join(QLatin1Char(' '))));
    if (!options.openApiFile.isEmpty()) {
        const QString path = QDir(workingDirectory).absoluteFilePath(options.openApiFile);
        if (window->openCatalogFile(path))
            qInfo("Opened the OpenAPI document %s", qPrintable(QDir::toNativeSeparators(path)));
    }
    if (!options.profileFromCommandLine)
        return;
    cx::gui::ProfileController *profiles = window->profileController();
    if (options.profile.isSaved()) { // --profile NAME
        qInfo("Switching to the saved profile %s", qPrintable(options.profile.name));
        profiles->switchTo(options.profile.id);
        return;
    }
    // --base-url with --client-id: the saved profile with that server and client, or a New Profile
    // dialog filled in with them (the secret is typed there: it never travels between processes).
    for (const cx::Profile &saved : profiles->store()->profiles()) {
        if (QUrl(saved.baseUrl).adjusted(QUrl::StripTrailingSlash) ==
                QUrl(options.profile.baseUrl).adjusted(QUrl::StripTrailingSlash) &&
            saved.clientId == options.profile.clientId && saved.id != cx::ProfileStore::demoId()) {
            qInfo("Switching to the saved profile %s", qPrintable(saved.name));
            profiles->switchTo(saved.id);
            return;
        }
    }
    cx::Profile wanted;
    wanted.name = options.profile.name;
    wanted.baseUrl = options.profile.baseUrl;
    wanted.clientId = options.profile.clientId;
    profiles->openNewProfileDialog()->setProfile(wanted, false);
    qInfo("Opened the New Profile dialog for %s", qPrintable(wanted.baseUrl));
}

int printTextAnswer(const cx::gui::StartupOptions &options)
{
    if (options.showHelp)
        std::fputs(qPrintable(options.helpText), stdout);
    else
        std::printf("connect-explorer %s\n", cx::versionString);
    return 0;
}

// CONNECT_EXPLORER_EXIT_WHEN_READY=1: a start-up self-check for scripts (the README's run command on a
// machine without a display): once the window is up and signed in, say so on stdout and quit; a refused
// sign-in or no answer within 30 s is a failure. When a window already runs on the same profile folder
// the command line is handed to it instead, and that is said (exit 0) in place of "ready".
void reportReadinessAndQuit(cx::Session *session, const QUrl &baseUrl, qsizetype endpointCount,
                            const QElapsedTimer &started)
{
    auto finish = [=](bool ok, const QString &detail) {
        std::fprintf(ok ? stdout : stderr, "connect-explorer: %s after %lld ms: %s\n",
                     ok ? "ready" : "NOT ready", static_cast<long long>(started.elapsed()),
                     qPrintable(detail));
        std::fflush(nullptr);
        QCoreApplication::exit(ok ? 0 : 1);
    };
    auto signedIn = [=] {
        finish(true, QStringLiteral("window shown, signed in as %1 at %2, %3 endpoints")
                         .arg(session->clientId(), baseUrl.toString())
                         .arg(endpointCount));
    };
    if (session->hasValidToken()) {
        QTimer::singleShot(0, qApp, signedIn);
        return;
    }
    QObject::connect(session, &cx::Session::signedIn, qApp, signedIn);
    QObject::connect(session, &cx::Session::signInFailed, qApp, [=](const cx::ApiError &error) {
        finish(false, QStringLiteral("sign-in failed: %1 %2").arg(error.code, error.message));
    });
    QTimer::singleShot(30000, qApp, [=] { finish(false, QStringLiteral("no sign-in within 30 s")); });
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        cx::installTranslations(&app, cx::localeForLanguage(cx::savedLanguage()));
        cx::gui::StartupOptions options;
        if (!parseOptions(&options))
            return 2;
        return printTextAnswer(options);
    }

    QElapsedTimer started;
    started.start();
    // Before QApplication: fontconfig and the bundled catalogue load beside its construction
    // (see StartupWorker.h).
    cx::gui::StartupWorker startupWorker;
    QApplication app(argc, argv);
    const auto fontWarmUp = startupWorker.applicationCreated(); // ends before the application does
    setApplicationInfo();
    setDesktopIdentity();
    // The window icon is set just before anything is shown: the worker reads it meanwhile.
    const auto setWindowIcon = [&startupWorker] { QApplication::setWindowIcon(startupWorker.windowIcon()); };
    cx::installTranslations(&app, cx::localeForLanguage(cx::savedLanguage()));
    // Redacted log in the platform's location.
    cx::LogFile::install();

    cx::gui::StartupOptions options;
    if (!parseOptions(&options))
        return 2;
    if (options.showHelp || options.showVersion)
        return printTextAnswer(options);

    // One process per profile folder writes its history and drafts: a later start hands its command
    // line to the running one and ends here.
    cx::gui::SingleInstance instance(QFileInfo(cx::HistoryStore::defaultFilePath()).absolutePath());
    switch (instance.start(QCoreApplication::arguments(), QDir::currentPath())) {
    case cx::gui::SingleInstance::Role::HandedOver:
        // A start-up self-check that met a running window says so rather than "ready".
        if (qEnvironmentVariableIsSet("CONNECT_EXPLORER_EXIT_WHEN_READY"))
            std::printf("connect-explorer: handed over to the window already running on %s\n",
                        qPrintable(QDir::toNativeSeparators(instance.folder())));
        return 0;
    case cx::gui::SingleInstance::Role::Failed:
        std::fprintf(stderr, "connect-explorer: %s\n", qPrintable(instance.error()));
        // Started from a desktop menu nobody reads standard error; without a screen nobody could
        // close the box.
        if (!QGuiApplication::platformName().startsWith(QLatin1String("offscreen")) &&
            !QGuiApplication::platformName().startsWith(QLatin1String("minimal"))) {
            setWindowIcon();
            QMessageBox::warning(nullptr, QApplication::translate("main", "Connect Explorer"),
                                 instance.error());
        }
        return 1;
    case cx::gui::SingleInstance::Role::Primary:
        if (!instance.error().isEmpty())
            qWarning("Started without the one-instance guard: %s", qPrintable(instance.error()));
        break;
    }
    // A marker that tells the next start if this one crashes (only the running instance has one).
    cx::gui::CrashGuard crashGuard;

    QString error;
    const QString catalogPath =
        options.openApiFile.isEmpty() ? cx::gui::CatalogSource::bundledPath() : options.openApiFile;
    auto catalog = options.openApiFile.isEmpty() ? startupWorker.takeBundledCatalog() : std::nullopt;
    if (!catalog)
        catalog = cx::gui::CatalogSource::load(catalogPath, &error);
    if (!catalog) {
        setWindowIcon();
        QMessageBox::warning(
            nullptr, QApplication::translate("main", "Connect Explorer"),
            QApplication::translate("main", "The endpoint list could not be read: %1").arg(error));
        catalog = cx::EndpointCatalog::fromJson(
            R"({"openapi":"3.0.3","info":{"title":"","version":""},"paths":{}})", &error);
    }

    // The last used profile (Demo on a fresh HOME) unless the command line names a server.
    if (!options.profileFromCommandLine)
        options.profile = cx::gui::ProfileController::startupProfile();
    auto connection = std::make_unique<cx::gui::Connection>(options.profile);
    if (!connection->start(&error) && !options.profileFromCommandLine && !options.profile.embeddedSimulator) {
        // A saved profile that cannot be used (a hand-edited URL): open on Demo rather than not at all.
        connection = std::make_unique<cx::gui::Connection>(cx::Profile::demo());
        error.clear();
        connection->start(&error);
    }
    if (!error.isEmpty()) {
        setWindowIcon();
        QMessageBox::critical(nullptr, QApplication::translate("main", "Connect Explorer"), error);
        return 1;
    }
    // The session's secrets (client secret, every token) never reach the log, whatever prints them.
    cx::LogFile::addSecrets(connection->session()->secrets());
    startupWorker.waitForFonts(); // the window is the first to lay out text
    cx::gui::MainWindow window(connection.get(), *catalog);
    QObject::connect(&instance, &cx::gui::SingleInstance::argumentsReceived, &window,
                     [&window](const QStringList &arguments, const QString &workingDirectory) {
                         applyLaterStart(&window, arguments, workingDirectory);
                     });
    setWindowIcon();
    window.show();
    QTimer::singleShot(0, &window, [&] { crashGuard.showNoticeIn(&window); });
    if (qEnvironmentVariableIsSet("CONNECT_EXPLORER_EXIT_WHEN_READY"))
        reportReadinessAndQuit(connection->session(), connection->baseUrl(), catalog->endpoints().size(),
                               started);
    return app.exec();
}
