// What every connect-cli command shares: the translation context, terminal checks, and the
// connection options (--profile, --base-url, --client-id, --client-secret-env) with their environment
// fallbacks.
#pragma once

#include "net/NetworkSettings.h"

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
// A finite number of seconds from 0.001 up to a day (fractions allowed) from `option`; false when it is
// not one. 0, NaN and values that round to 0 ms are refused: Qt reads a timeout of 0 as "no timeout".
bool readSeconds(const QCommandLineParser &parser, const QCommandLineOption &option,
                 std::chrono::milliseconds *duration);
// "--timeout expects a number of seconds from 0.001 to 86400": the usage error for readSeconds.
QString secondsUsage(const QString &optionName);
// A byte count: plain bytes or with a K, M or G suffix (KiB, MiB, GiB; "k"/"KiB"/"KB" alike), from 1 byte
// up to `max`; false when it is not one.
bool readByteCount(const QString &text, qint64 max, qint64 *bytes);
// Whether the command-line argument QCoreApplication decoded into `decoded` was valid UTF-8 as typed.
// Qt turns invalid bytes into U+FFFD silently, so the raw argv (recordRawArguments) is consulted.
bool argumentWasValidUtf8(const QString &decoded);
void recordRawArguments(int argc, const char *const *argv);

// Text from a server, made safe to print on a terminal: control characters other than line feed and tab
// (ESC, CSI, BEL, backspace, a lone CR, C1 controls) are shown as \xHH instead of being obeyed, so a
// response cannot move the cursor, rewrite what is on screen, change the title or hide text.
QString forTerminal(const QString &text);
QByteArray forTerminal(const QByteArray &bytes);
// Prints `text` and a line break on stderr, through forTerminal (messages quote server text).
void printError(const QString &text);

struct ConnectionOptions
{
    QCommandLineOption baseUrl;
    QCommandLineOption clientId;
    QCommandLineOption clientSecretEnv;
    QCommandLineOption profile;
    // How to reach the server (issue 14): proxy, extra CA, client certificate, pins.
    QCommandLineOption proxy;
    QCommandLineOption noProxy;
    QCommandLineOption cacert;
    QCommandLineOption cert;
    QCommandLineOption key;
    QCommandLineOption pin;
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

// The network options: --proxy URL (http:// or socks5://; its password from $CONNECT_PROXY_PASSWORD when
// the URL has none, so it stays out of argv), --no-proxy, --cacert FILE|DIR (repeatable), --cert FILE
// (PEM or PKCS#12) and --key FILE (passphrase from $CONNECT_CERT_PASSPHRASE), --pin sha256/BASE64
// (repeatable). Without --proxy/--no-proxy the environment's https_proxy & co. apply (ProxyResolver).
// The files are read here, so a wrong one is a usage error naming it.
bool readNetworkOptions(const QCommandLineParser &parser, const ConnectionOptions &options,
                        NetworkSettings *settings, QString *error);

} // namespace cx::cli
