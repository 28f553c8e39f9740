#include "CliText.h"

#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QStringList>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CX_ISATTY _isatty
#define CX_FILENO _fileno
#else
#include <unistd.h>
#define CX_ISATTY isatty
#define CX_FILENO fileno
#endif

namespace cx::cli {

bool stdoutIsTerminal()
{
    return CX_ISATTY(CX_FILENO(stdout)) != 0;
}

bool helpRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
}

bool readSeconds(const QCommandLineParser &parser, const QCommandLineOption &option,
                 std::chrono::milliseconds *duration)
{
    bool ok = false;
    const double seconds = parser.value(option).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600)
        return false;
    *duration = std::chrono::milliseconds(qint64(seconds * 1000));
    return true;
}

void printError(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    fprintf(stderr, "%s\n", bytes.constData());
    fflush(stderr);
}

ConnectionOptions addConnectionOptions(QCommandLineParser *parser)
{
    ConnectionOptions options{
        QCommandLineOption(QStringLiteral("base-url"),
                           CliText::tr("API base URL, e.g. http://127.0.0.1:8080 (or $CONNECT_BASE_URL)."),
                           QStringLiteral("url")),
        QCommandLineOption(QStringLiteral("client-id"),
                           CliText::tr("OAuth client id (or $CONNECT_CLIENT_ID)."), QStringLiteral("id")),
        QCommandLineOption(QStringLiteral("client-secret-env"),
                           CliText::tr("Name of the environment variable that holds the client secret "
                                       "(default CONNECT_CLIENT_SECRET)."),
                           QStringLiteral("var"), QStringLiteral("CONNECT_CLIENT_SECRET")),
        QCommandLineOption(QStringLiteral("profile"),
                           CliText::tr("Use a profile saved in Connect Explorer: its base URL, client id "
                                       "and the secret from the keychain (the options above override it)."),
                           QStringLiteral("name")),
    };
    parser->addOption(options.baseUrl);
    parser->addOption(options.clientId);
    parser->addOption(options.clientSecretEnv);
    parser->addOption(options.profile);
    parser->addHelpOption();
    return options;
}

namespace {

struct SavedProfile
{
    QString name;
    QString baseUrl;
    QString clientId;
    QString id;
};

bool findProfile(const QString &name, SavedProfile *found, QString *error)
{
    ProfileStore store;
    const auto profile = store.findByName(name);
    if (!profile) {
        QStringList names;
        for (const Profile &p : store.profiles()) {
            if (!p.isDemo())
                names << p.name;
        }
        *error =
            names.isEmpty()
                ? CliText::tr("no profile named '%1': none is saved yet (create one in Connect Explorer, "
                              "Profile > New Profile, or use --base-url and --client-id)")
                      .arg(name)
                : CliText::tr("no profile named '%1' (saved profiles: %2)")
                      .arg(name, names.join(QStringLiteral(", ")));
        return false;
    }
    if (profile->isDemo()) {
        *error = CliText::tr("the Demo profile runs inside Connect Explorer; for the command line start "
                             "connect-sim and use --base-url with its demo client");
        return false;
    }
    *found = {profile->name, profile->baseUrl, profile->clientId, profile->id};
    return true;
}

// The profile's secret from the keychain, waited for here (a command line may block).
bool loadSecret(const SavedProfile &profile, QString *secret, QString *error)
{
    CredentialStore credentials;
    CredentialResult result;
    QEventLoop loop;
    credentials.load(profile.id, &loop, [&](const CredentialResult &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    if (result.ok && result.found && !result.secret.isEmpty()) {
        *secret = result.secret;
        return true;
    }
    const QString why =
        credentials.isUsingMemoryFallback()
            ? CliText::tr("no keychain is available here (%1)").arg(credentials.fallbackReason())
        : !result.ok ? result.error
                     : CliText::tr("no secret is stored in the keychain for it");
    *error = CliText::tr("profile '%1' has no client secret to use: %2. Tick \"Remember the secret in the "
                         "keychain\" for it in Connect Explorer, or pass --client-secret-env VAR with the "
                         "secret in the environment variable VAR")
                 .arg(profile.name, why);
    return false;
}

} // namespace

bool readConnectionOptions(const QCommandLineParser &parser, const ConnectionOptions &options,
                           bool needCredentials, QUrl *baseUrl, QString *clientId, QString *clientSecret,
                           QString *error)
{
    SavedProfile profile;
    const bool useProfile = parser.isSet(options.profile);
    if (useProfile && !findProfile(parser.value(options.profile), &profile, error))
        return false;

    // Explicit options first, then the profile, then the environment.
    const QString urlText = parser.isSet(options.baseUrl) ? parser.value(options.baseUrl)
                            : useProfile                  ? profile.baseUrl
                                                          : qEnvironmentVariable("CONNECT_BASE_URL");
    const QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty()) {
        *error = CliText::tr("--base-url is required (or set CONNECT_BASE_URL, or use --profile NAME)");
        return false;
    }
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        *error = CliText::tr("--base-url must be an http:// or https:// URL, got '%1'").arg(urlText);
        return false;
    }
    *baseUrl = url;
    if (!needCredentials)
        return true;

    *clientId = parser.isSet(options.clientId) ? parser.value(options.clientId)
                : useProfile                   ? profile.clientId
                                               : qEnvironmentVariable("CONNECT_CLIENT_ID");
    if (clientId->isEmpty()) {
        *error = CliText::tr("--client-id is required (or set CONNECT_CLIENT_ID, or use --profile NAME)");
        return false;
    }
    if (useProfile && !parser.isSet(options.clientSecretEnv))
        return loadSecret(profile, clientSecret, error);
    const QString variable = parser.value(options.clientSecretEnv);
    *clientSecret = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (clientSecret->isEmpty()) {
        *error = CliText::tr("the environment variable %1 holding the client secret is not set or empty")
                     .arg(variable);
        return false;
    }
    return true;
}

} // namespace cx::cli
