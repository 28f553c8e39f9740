#include "ExplainCommand.h"

#include "CliOutput.h"
#include "CliText.h"
#include "errors/RetryPolicy.h"
#include "io/BoundedRead.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CX_EXPLAIN_ISATTY _isatty
#define CX_EXPLAIN_FILENO _fileno
#else
#include <unistd.h>
#define CX_EXPLAIN_ISATTY isatty
#define CX_EXPLAIN_FILENO fileno
#endif

namespace cx::cli {

namespace {

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void printJson(const QJsonDocument &document)
{
    QTextStream(stdout) << document.toJson(stdoutIsTerminal() ? QJsonDocument::Indented
                                                              : QJsonDocument::Compact)
                        << (stdoutIsTerminal() ? "" : "\n");
}

// The explanation for people. The code and message come from the response, so the whole text goes
// through forTerminal: an ESC in a message must not reach the terminal.
QString explanationText(const Explanation &explanation)
{
    const ApiError &error = explanation.error;
    const ErrorInfo &info = explanation.info;
    QString text;
    QTextStream out(&text);
    if (!error.isError()) {
        out << CliText::tr("Not an error: status %1.").arg(error.status) << '\n';
        return text;
    }
    const QString origin = error.codeFromServer ? CliText::tr("sent by the server")
                                                : CliText::tr("derived from the status and headers");
    out << CliText::tr("code:        %1 (%2)").arg(info.code.isEmpty() ? error.code : info.code, origin)
        << '\n';
    if (error.status > 0)
        out << CliText::tr("status:      %1").arg(error.status) << '\n';
    out << CliText::tr("body:        %1").arg(ApiError::shapeName(error.shape)) << '\n';
    if (!error.message.isEmpty())
        out << CliText::tr("message:     %1").arg(error.message) << '\n';
    out << CliText::tr("action:      %1").arg(ErrorCatalog::actionName(info.action)) << '\n';
    out << CliText::tr("meaning:     %1").arg(info.meaning) << '\n';
    out << CliText::tr("what to do:  %1").arg(info.hint) << '\n';
    if (explanation.retryAfterSeconds)
        out << CliText::tr("retry after: %1 s").arg(*explanation.retryAfterSeconds) << '\n';
    if (!info.known)
        out << CliText::tr("note:        this code is unknown to this version of Connect Explorer.") << '\n';
    if (error.layer != ApiError::Layer::Unknown)
        out << CliText::tr("endpoint:    %1").arg(ApiError::layerName(error.layer)) << '\n';
    for (const FieldError &field : error.fields)
        out << CliText::tr("field:       %1: %2").arg(field.name, field.messages.join(QStringLiteral("; ")))
            << '\n';
    if (!explanation.missingScopes.isEmpty())
        out << CliText::tr("missing:     %1").arg(explanation.missingScopes.join(QStringLiteral(", ")))
            << '\n';
    out.flush();
    return text;
}

void printText(const Explanation &explanation)
{
    QTextStream(stdout) << forTerminal(explanationText(explanation));
}

void printCatalogue(bool text)
{
    const QList<ErrorInfo> entries = ErrorCatalog::all();
    if (!text) {
        QJsonArray array;
        for (const ErrorInfo &info : entries) {
            array.append(QJsonObject{{QStringLiteral("code"), info.code},
                                     {QStringLiteral("action"), ErrorCatalog::actionName(info.action)},
                                     {QStringLiteral("meaning"), info.meaning},
                                     {QStringLiteral("hint"), info.hint}});
        }
        printJson(QJsonDocument(array));
        return;
    }
    QTextStream out(stdout);
    for (const ErrorInfo &info : entries)
        out << info.code.leftJustified(26) << ErrorCatalog::actionName(info.action).leftJustified(12)
            << info.meaning << '\n';
}

// An error body is small; anything past this (a 2 GB file, /dev/zero) is refused, not read to an abort.
constexpr qint64 MaxExplainInput = 64 * BoundedRead::MiB;

bool readInput(const QString &argument, QByteArray *body, QString *error)
{
    // Without a FILE, standard input is read unless it is a terminal (nobody is typing a body).
    if (argument.isEmpty() && CX_EXPLAIN_ISATTY(CX_EXPLAIN_FILENO(stdin)))
        return true;
    const BoundedReadResult read =
        BoundedRead::readFile(argument.isEmpty() ? QStringLiteral("-") : argument, MaxExplainInput);
    if (!read.ok) {
        *error = read.error;
        return false;
    }
    *body = read.data;
    return true;
}

} // namespace

bool parseHeaderArgument(const QString &text, QPair<QByteArray, QByteArray> *header)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QByteArray name = text.left(colon).trimmed().toLatin1();
    if (name.isEmpty() || name.contains(' '))
        return false;
    *header = {name, text.mid(colon + 1).trimmed().toUtf8()};
    return true;
}

Explanation explainResponse(int status, const HeaderList &headers, const QByteArray &body,
                            const QDateTime &now, const QString &path, const QStringList &granted)
{
    Explanation explanation;
    const QByteArray retryAfter = headerValue(headers, "Retry-After");
    if (status >= 200 && status < 300) {
        explanation.error.status = status; // shape None: not an error
    } else {
        explanation.error = ApiError::fromBody(status, headerValue(headers, "Content-Type"), body,
                                               headerValue(headers, "WWW-Authenticate"), path);
        explanation.error.retryAfter = retryAfter;
    }
    explanation.info = ErrorCatalog::decide(explanation.error);
    explanation.missingScopes = missingScopesFor(explanation.error, explanation.info, granted);
    if (!retryAfter.isEmpty()) {
        if (const auto wait = RetryPolicy::parseRetryAfter(retryAfter, now))
            explanation.retryAfterSeconds = (wait->count() + 999) / 1000;
    }
    return explanation;
}

Explanation explainCode(int status, const QString &code)
{
    Explanation explanation;
    explanation.error.status = status;
    explanation.error.code = code;
    explanation.error.codeFromServer = true;
    explanation.error.shape = ApiError::Shape::CodeMessage;
    explanation.info = ErrorCatalog::decide(explanation.error);
    return explanation;
}

QJsonObject explanationToJson(const Explanation &explanation)
{
    const ApiError &error = explanation.error;
    const ErrorInfo &info = explanation.info;
    const bool isError = error.isError();
    const auto text = [isError](const QString &value) {
        return isError && !value.isEmpty() ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("status"),
         error.status > 0 ? QJsonValue(error.status) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("code"), text(info.code.isEmpty() ? error.code : info.code)},
        {QStringLiteral("message"), text(error.message)},
        {QStringLiteral("action"), text(isError ? ErrorCatalog::actionName(info.action) : QString())},
        {QStringLiteral("meaning"), text(info.meaning)},
        {QStringLiteral("hint"), text(info.hint)},
        {QStringLiteral("retry_after_s"), explanation.retryAfterSeconds
                                              ? QJsonValue(double(*explanation.retryAfterSeconds))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("code_from_server"), isError ? QJsonValue(error.codeFromServer) : QJsonValue()},
        {QStringLiteral("layer"), ApiError::layerName(error.layer)},
        {QStringLiteral("fields"), fieldsToJson(error.fields)},
        {QStringLiteral("missing_scopes"), QJsonArray::fromStringList(explanation.missingScopes)},
    };
}

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Explain an error response of the Connect API: its code, what it means and what to do.\n"
        "Reads the body from FILE, or from standard input ('-', or no FILE), and prints one JSON object\n"
        "{status, code, code_from_server, message, action, meaning, hint, retry_after_s, layer, fields,\n"
        "missing_scopes}."));
    parser.addHelpOption();
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          CliText::tr("The HTTP status that came with the body."),
                                          QStringLiteral("N"));
    const QCommandLineOption headerOption(
        QStringLiteral("header"),
        CliText::tr("A response header, 'Name: value' (repeatable). Content-Type, WWW-Authenticate and "
                    "Retry-After are read."),
        QStringLiteral("header"));
    const QCommandLineOption textOption(QStringLiteral("text"),
                                        CliText::tr("Print it for people, not as JSON."));
    const QCommandLineOption codeOption(QStringLiteral("code"), CliText::tr("Explain a bare error code."),
                                        QStringLiteral("code"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        CliText::tr("List every code this version knows."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print JSON (the default)."));
    const QCommandLineOption pathOption(
        QStringLiteral("path"),
        CliText::tr("The path that answered, such as /oauth/access-token or /api/templates: the same status "
                    "means different things at the token endpoint and on /api/*."),
        QStringLiteral("PATH"));
    const QCommandLineOption grantedOption(
        QStringLiteral("granted"),
        CliText::tr("The scopes the token was granted, separated by spaces or commas, to name the missing "
                    "ones of a permission error."),
        QStringLiteral("SCOPES"));
    parser.addOptions({statusOption, headerOption, textOption, codeOption, listOption, jsonOption, pathOption,
                       grantedOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliText::tr("The response body; '-' or none for standard input."),
                                 QStringLiteral("[FILE|-]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (helpRequested(parser)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const bool text = parser.isSet(textOption);
    if (parser.isSet(listOption)) {
        printCatalogue(text);
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
    HeaderList headers;
    for (const QString &value : parser.values(headerOption)) {
        QPair<QByteArray, QByteArray> header;
        if (!parseHeaderArgument(value, &header)) {
            printError(CliText::tr("--header expects 'Name: value', not '%1'").arg(value));
            return ExitUsage;
        }
        headers.append(header);
    }

    Explanation explanation;
    if (parser.isSet(codeOption)) {
        explanation = explainCode(status, parser.value(codeOption));
    } else {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1) {
            printError(CliText::tr("explain reads one FILE (or '-' for standard input)"));
            return ExitUsage;
        }
        QByteArray body;
        QString readError;
        if (!readInput(positional.value(0), &body, &readError)) {
            printError(readError);
            return ExitUsage;
        }
        if (body.trimmed().isEmpty() && status == 0 && headers.isEmpty()) {
            printError(
                CliText::tr("give an error body (FILE or standard input), --status, or --code (see --help)"));
            return ExitUsage;
        }
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        explanation =
            explainResponse(status, headers, body, QDateTime::currentDateTimeUtc(), parser.value(pathOption),
                            parser.value(grantedOption).split(separators, Qt::SkipEmptyParts));
    }
    if (text)
        printText(explanation);
    else
        printJson(QJsonDocument(explanationToJson(explanation)));
    return ExitOk;
}

} // namespace cx::cli
