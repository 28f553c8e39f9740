// connect-cli: the Connect Explorer core without a window. One command per verb; each verb parses its own
// options, so `connect-cli call --help` lists only what `call` takes.
#include "CallCommand.h"
#include "CheckCommand.h"
#include "CliOutput.h"
#include "CliText.h"
#include "ConvertCommand.h"
#include "DiffCommand.h"
#include "EvidenceCommand.h"
#include "ExplainCommand.h"
#include "TourCommand.h"
#include "i18n/Translations.h"
#include "logging/LogFile.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cx/Version.h>

using namespace cx::cli;

namespace {

QString usage()
{
    return CliText::tr("Usage: connect-cli COMMAND [options]\n"
                       "\n"
                       "Commands:\n"
                       "  call METHOD PATH   sign in with client credentials and send one request\n"
                       "  explain [FILE|-]   explain an error response (body, --status, --header): one JSON\n"
                       "                     object with its code, action, meaning, hint and retry_after_s\n"
                       "  check              check an account: sign-in, scopes, every GET endpoint, limits\n"
                       "  check --compare A.json B.json   compare two saved check-up reports\n"
                       "  tour run FILE      play a guided tour headless and check every step\n"
                       "                     (FILE or builtin:connect-api-in-five-minutes)\n"
                       "  tour validate FILE check a tour file: its line and field at fault\n"
                       "  convert [FILE|-] --to FORMAT   convert a cURL command, HAR file or Postman/\n"
                       "                     Insomnia collection into JSON, cURL, HTTPie, Python, JS,\n"
                       "                     C++/Qt, HAR or Postman (--from curl|har|postman|insomnia)\n"
                       "  diff A.json B.json compare two responses (call --json outputs or bodies) by\n"
                       "                     JSON path; call --compare-profile B sends on two profiles\n"
                       "  evidence -o FILE   gather a redacted evidence archive (.zip) for a ticket\n"
                       "\n"
                       "Run 'connect-cli COMMAND --help' for a command's options.\n"
                       "Exit codes: 0 success (2xx), 1 HTTP error, 2 no response (refused, DNS, timeout,\n"
                       "TLS, connection lost), 3 sign-in refused, 64 bad command line.\n"
                       "The client secret is read from an environment variable (--client-secret-env,\n"
                       "default CONNECT_CLIENT_SECRET), never from the command line; with --profile NAME\n"
                       "(a profile saved in Connect Explorer) from the OS keychain.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    recordRawArguments(argc, argv); // before Qt decodes them: invalid UTF-8 is refused, not replaced
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("connect-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(cx::versionString));
    QCoreApplication::setOrganizationName(QStringLiteral("Cliquify"));
    cx::installTranslations(&app);
    cx::LogFile::install(); // redacted: <AppLocalDataLocation of connect-cli>/logs/connect-explorer.log

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage();
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << "connect-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    // The command's own parser sees "connect-cli ARGS..." without the verb.
    arguments.removeAt(1);

    if (command == QLatin1String("explain"))
        return runExplain(arguments);

    if (command == QLatin1String("tour"))
        return runTour(arguments);

    if (command == QLatin1String("convert"))
        return runConvert(arguments);

    if (command == QLatin1String("diff"))
        return runDiff(arguments);

    if (command == QLatin1String("check")) {
        CheckOptions options;
        QString error;
        if (!parseCheckArguments(arguments, &options, &error)) {
            printError(error);
            return ExitUsage;
        }
        if (options.helpShown)
            return ExitOk;
        if (!options.compare.isEmpty())
            return runCompare(options);
        CheckCommand check(std::move(options));
        QObject::connect(&check, &CheckCommand::done, &app, [](int code) { QCoreApplication::exit(code); });
        check.start();
        return QCoreApplication::exec();
    }

    if (command == QLatin1String("evidence")) {
        EvidenceOptions options;
        QString error;
        if (!parseEvidenceArguments(arguments, &options, &error)) {
            printError(error);
            return ExitUsage;
        }
        if (options.helpShown)
            return ExitOk;
        EvidenceCommand evidence(std::move(options));
        QObject::connect(&evidence, &EvidenceCommand::done, &app,
                         [](int code) { QCoreApplication::exit(code); });
        evidence.start();
        return QCoreApplication::exec();
    }

    if (command == QLatin1String("call")) {
        CallOptions options;
        QString error;
        if (!parseCallArguments(arguments, &options, &error)) {
            printError(error);
            return ExitUsage;
        }
        if (options.helpShown)
            return ExitOk;
        CallCommand call(std::move(options));
        QObject::connect(&call, &CallCommand::done, &app, [](int code) { QCoreApplication::exit(code); });
        call.start();
        return QCoreApplication::exec();
    }

    printError(CliText::tr("unknown command '%1'").arg(command));
    QTextStream(stderr) << usage();
    return ExitUsage;
}
