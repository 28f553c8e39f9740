#include "ExplainCommand.h"

#include "CliOutput.h"
#include "CliText.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace cx::cli {

namespace {

void printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream(stdout) << document.toJson(stdoutIsTerminal() ? QJsonDocument::Indented
                                                              : QJsonDocument::Compact)
                        << (stdoutIsTerminal() ? "" : "\n");
}

void printExplanation(const ApiError &error, const ErrorInfo &info)
{
    QTextStream out(stdout);
    if (!error.isError()) {
        out << CliText::tr("Not an error: status %1 with a readable body.").arg(error.status) << '\n';
        return;
    }
    const QString origin = error.codeFromServer ? CliText::tr("sent by the server")
                                                : CliText::tr("derived from the status and body");
    out << CliText::tr("code:       %1 (%2)").arg(error.code, origin) << '\n';
    if (error.status > 0)
        out << CliText::tr("status:     %1").arg(error.status) << '\n';
    out << CliText::tr("body:       %1").arg(ApiError::shapeName(error.shape)) << '\n';
    if (!error.message.isEmpty())
        out << CliText::tr("message:    %1").arg(error.message) << '\n';
    out << CliText::tr("action:     %1").arg(ErrorCatalog::actionName(info.action)) << '\n';
    out << CliText::tr("meaning:    %1").arg(info.meaning) << '\n';
    out << CliText::tr("what to do: %1").arg(info.hint) << '\n';
    if (!info.known)
        out << CliText::tr("note:       this code is unknown to this version of Connect Explorer.") << '\n';
}

void printCatalogue(bool json)
{
    const QList<ErrorInfo> entries = ErrorCatalog::all();
    if (json) {
        QJsonArray array;
        for (const ErrorInfo &info : entries) {
            array.append(QJsonObject{{QStringLiteral("code"), info.code},
                                     {QStringLiteral("action"), ErrorCatalog::actionName(info.action)},
                                     {QStringLiteral("meaning"), info.meaning},
                                     {QStringLiteral("hint"), info.hint}});
        }
        printJson(array);
        return;
    }
    QTextStream out(stdout);
    for (const ErrorInfo &info : entries)
        out << info.code.leftJustified(26) << ErrorCatalog::actionName(info.action).leftJustified(12)
            << info.meaning << '\n';
}

bool readBody(const QString &argument, QByteArray *body, QString *error)
{
    if (argument == QLatin1String("-") || argument.startsWith(QLatin1Char('@'))) {
        const QString fileName = argument == QLatin1String("-") ? argument : argument.mid(1);
        QFile file;
        const bool opened = fileName == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
        if (!opened) {
            *error = CliText::tr("cannot read '%1': %2").arg(fileName, file.errorString());
            return false;
        }
        *body = file.readAll();
        return true;
    }
    *body = argument.toUtf8();
    return true;
}

} // namespace

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Explain an error response of the Connect API: its code, what it means and what to do."));
    parser.addHelpOption();
    const QCommandLineOption statusOption(
        QStringLiteral("status"), CliText::tr("The HTTP status that came with it."), QStringLiteral("code"));
    const QCommandLineOption typeOption(QStringLiteral("content-type"),
                                        CliText::tr("The response's Content-Type."), QStringLiteral("type"));
    const QCommandLineOption wwwOption(QStringLiteral("www-authenticate"),
                                       CliText::tr("The response's WWW-Authenticate header."),
                                       QStringLiteral("value"));
    const QCommandLineOption codeOption(QStringLiteral("code"), CliText::tr("Explain a bare error code."),
                                        QStringLiteral("code"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        CliText::tr("List every code this version knows."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOptions({statusOption, typeOption, wwwOption, codeOption, listOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("body"),
                                 CliText::tr("The response body, @file, or - for standard input."));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const bool json = parser.isSet(jsonOption);
    if (parser.isSet(listOption)) {
        printCatalogue(json);
        return ExitOk;
    }

    int status = 0;
    if (parser.isSet(statusOption)) {
        bool ok = false;
        status = parser.value(statusOption).toInt(&ok);
        if (!ok || status < 100 || status > 599) {
            printError(CliText::tr("--status expects an HTTP status from 100 to 599"));
            return ExitUsage;
        }
    }

    ApiError error;
    if (parser.isSet(codeOption)) {
        error.status = status;
        error.code = parser.value(codeOption);
        error.codeFromServer = true;
        error.shape = ApiError::Shape::CodeMessage;
    } else {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1) {
            printError(CliText::tr("explain takes one body; quote it or use @file"));
            return ExitUsage;
        }
        QByteArray body;
        QString readError;
        if (!positional.isEmpty() && !readBody(positional.first(), &body, &readError)) {
            printError(readError);
            return ExitUsage;
        }
        if (body.isEmpty() && status == 0) {
            printError(CliText::tr("give an error body, --status, or --code (see --help)"));
            return ExitUsage;
        }
        // Without a status, treat the body as an error body (explain is asked about failures).
        error = ApiError::fromBody(status > 0 ? status : 400, parser.value(typeOption).toLatin1(), body,
                                   parser.value(wwwOption).toLatin1());
        if (status == 0)
            error.status = 0;
    }
    const ErrorInfo info = ErrorCatalog::decide(error);
    if (json)
        printJson(QJsonObject{
            {QStringLiteral("status"), error.status > 0 ? QJsonValue(error.status) : QJsonValue()},
            {QStringLiteral("error"), errorToJson(error, info)}});
    else
        printExplanation(error, info);
    return ExitOk;
}

} // namespace cx::cli
