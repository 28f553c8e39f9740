#include "shell/StartupOptions.h"

#include "profiles/ProfileController.h"
#include "profiles/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cx::gui {

bool StartupOptions::parse(const QStringList &arguments, const QProcessEnvironment &environment,
                           StartupOptions *options, QString *error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cx::gui::StartupOptions", text);
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Desktop client for the Cliquify Connect API. Without options it starts on the last used "
           "profile (the Demo profile, a simulator inside the app, on a first start).\n"
           "One window runs per profile folder: starting it again brings that window to the front, opens "
           "the --openapi document there, and switches to the --profile (or to the saved profile with "
           "that --base-url and --client-id; for a new one the New Profile dialog opens, filled in)."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version."));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           tr("Use the API at URL instead of the Demo."), tr("URL"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"), tr("Sign in as this OAuth client."),
                                            tr("ID"));
    const QCommandLineOption secretEnvOption(QStringLiteral("client-secret-env"),
                                             tr("Read the client secret from environment variable NAME."),
                                             tr("NAME"), QStringLiteral("CONNECT_CLIENT_SECRET"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("Start on the saved profile NAME (its secret from the keychain)."),
        tr("NAME"));
    const QCommandLineOption openApiOption(
        QStringLiteral("openapi"), tr("Browse the endpoints of this OpenAPI 3 JSON file."), tr("FILE"));
    parser.addOptions({helpOption, versionOption, profileOption, baseUrlOption, clientIdOption,
                       secretEnvOption, openApiOption});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    options->helpText = parser.helpText();
    options->showHelp = parser.isSet(helpOption);
    options->showVersion = parser.isSet(versionOption);
    options->openApiFile = parser.value(openApiOption);

    if (parser.isSet(profileOption)) {
        if (parser.isSet(baseUrlOption) || parser.isSet(clientIdOption)) {
            *error = tr("Give either --profile or --base-url with --client-id, not both.");
            return false;
        }
        if (options->showHelp || options->showVersion)
            return true; // answered without reading the settings
        const auto saved = cx::ProfileStore().findByName(parser.value(profileOption));
        if (!saved) {
            *error = tr("There is no profile named '%1'.").arg(parser.value(profileOption));
            return false;
        }
        options->profile = ProfileController::fromStored(*saved); // the secret follows from the keychain
        options->profileFromCommandLine = true;
    } else if (parser.isSet(baseUrlOption)) {
        const QUrl url = QUrl::fromUserInput(parser.value(baseUrlOption));
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *error = tr("--base-url needs an http or https URL, not '%1'.").arg(parser.value(baseUrlOption));
            return false;
        }
        if (!parser.isSet(clientIdOption)) {
            *error = tr("--base-url needs --client-id as well.");
            return false;
        }
        Profile profile;
        profile.name = url.host();
        profile.baseUrl = url.toString();
        profile.clientId = parser.value(clientIdOption);
        profile.clientSecret = environment.value(parser.value(secretEnvOption));
        options->profile = profile;
        options->profileFromCommandLine = true;
    } else if (parser.isSet(clientIdOption)) {
        *error = tr("--client-id is for another server: give --base-url too.");
        return false;
    }
    return true;
}

} // namespace cx::gui
