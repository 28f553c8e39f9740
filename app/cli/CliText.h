// What every connect-cli command shares: the translation context, terminal checks, and the
// connection options (--profile, --base-url, --client-id, --client-secret-env) with their environment
// fallbacks.
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <chrono>

class QCommandLineParser;

namespace cx::cli {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCli)
};

bool stdoutIsTerminal();
// --help or --help-all (which addHelpOption also offers) was given: print the help, exit 0.
bool helpRequested(const QCommandLineParser &parser);
// A number of seconds above 0 and up to a day (fractions allowed) from `option`; false when it is not one.
bool readSeconds(const QCommandLineParser &parser, const QCommandLineOption &option,
                 std::chrono::milliseconds *duration);
void printError(const QString &text);

struct ConnectionOptions
{
    QCommandLineOption baseUrl;
    QCommandLineOption clientId;
    QCommandLineOption clientSecretEnv;
    QCommandLineOption profile;
};

ConnectionOptions addConnectionOptions(QCommandLineParser *parser);

// Reads the connection options. The secret comes only from the environment variable the user
// names (default CONNECT_CLIENT_SECRET), so it never appears in argv or the shell history.
//
// --profile NAME uses a profile saved by connect-explorer (ProfileStore's shared settings): its base URL
// and client id, and its secret from the OS keychain (CredentialStore; waited for in a local event
// loop). --base-url, --client-id and --client-secret-env override the profile's. A missing profile, the
// built-in Demo one, or no stored secret is an error that says what to do instead.
bool readConnectionOptions(const QCommandLineParser &parser, const ConnectionOptions &options,
                           bool needCredentials, QUrl *baseUrl, QString *clientId, QString *clientSecret,
                           QString *error);

} // namespace cx::cli
