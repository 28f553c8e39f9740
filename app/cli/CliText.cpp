#include "CliText.h"

#include <QCommandLineParser>
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
    };
    parser->addOption(options.baseUrl);
    parser->addOption(options.clientId);
    parser->addOption(options.clientSecretEnv);
    parser->addHelpOption();
    return options;
}

bool readConnectionOptions(const QCommandLineParser &parser, const ConnectionOptions &options,
                           bool needCredentials, QUrl *baseUrl, QString *clientId, QString *clientSecret,
                           QString *error)
{
    const QString urlText = parser.isSet(options.baseUrl) ? parser.value(options.baseUrl)
                                                          : qEnvironmentVariable("CONNECT_BASE_URL");
    const QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty()) {
        *error = CliText::tr("--base-url is required (or set CONNECT_BASE_URL)");
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
                                               : qEnvironmentVariable("CONNECT_CLIENT_ID");
    if (clientId->isEmpty()) {
        *error = CliText::tr("--client-id is required (or set CONNECT_CLIENT_ID)");
        return false;
    }
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
