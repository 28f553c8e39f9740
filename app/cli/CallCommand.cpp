#include "CallCommand.h"

#include "CliOutput.h"
#include "CliText.h"
#include "auth/Session.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "net/ApiClient.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace cx::cli {

namespace {

// --data JSON | @file | @- (standard input). The body is sent as given: a malformed body is a
// legitimate thing to send when checking how the API answers bad_request_body.
bool readData(const QString &value, QByteArray *body, QString *error)
{
    if (!value.startsWith(QLatin1Char('@'))) {
        *body = value.toUtf8();
        return true;
    }
    const QString fileName = value.mid(1);
    QFile file;
    const bool opened = fileName == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = CliText::tr("cannot read --data file '%1': %2").arg(fileName, file.errorString());
        return false;
    }
    *body = file.readAll();
    return true;
}

bool parseHeader(const QString &text, QPair<QByteArray, QByteArray> *header, QString *error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString name = text.left(colon).trimmed();
    if (colon <= 0 || name.isEmpty() || name.contains(QLatin1Char(' '))) {
        *error = CliText::tr("--header expects 'Name: value', got '%1'").arg(text);
        return false;
    }
    *header = {name.toLatin1(), text.mid(colon + 1).trimmed().toUtf8()};
    return true;
}

bool parseQuery(const QString &text, QPair<QString, QString> *item, QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = CliText::tr("--query expects 'name=value', got '%1'").arg(text);
        return false;
    }
    *item = {text.left(equals), text.mid(equals + 1)};
    return true;
}

} // namespace

bool parseCallArguments(const QStringList &arguments, CallOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Send one request to the Connect API."));
    const QCommandLineOption queryOption(
        QStringLiteral("query"), CliText::tr("Query parameter (repeatable)."), QStringLiteral("name=value"));
    const QCommandLineOption headerOption(
        QStringLiteral("header"), CliText::tr("Request header (repeatable)."), QStringLiteral("Name: value"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"), CliText::tr("Request body: JSON text, @file, or @- for standard input."),
        QStringLiteral("json"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print one JSON object."));
    const QCommandLineOption includeOption(QStringList{QStringLiteral("i"), QStringLiteral("include")},
                                           CliText::tr("Print the status line and headers before the body."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), CliText::tr("Give up when nothing arrives for this long (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption noAuthOption(QStringLiteral("no-auth"),
                                          CliText::tr("Send without signing in (no Authorization header)."));
    parser.addOptions(
        {queryOption, headerOption, dataOption, jsonOption, includeOption, timeoutOption, noAuthOption});
    const ConnectionOptions connection = addConnectionOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("method"), CliText::tr("HTTP method, e.g. GET."));
    parser.addPositionalArgument(QStringLiteral("path"),
                                 CliText::tr("Path below the base URL, e.g. /api/templates."));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        options->helpShown = true;
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        *error = CliText::tr("call expects METHOD and PATH, e.g. connect-cli call GET /api/templates");
        return false;
    }
    const QString method = positional.at(0).toUpper();
    if (method.isEmpty() || method.contains(QLatin1Char(' '))) {
        *error = CliText::tr("'%1' is not an HTTP method").arg(positional.at(0));
        return false;
    }
    QString path = positional.at(1);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));

    const bool authenticated = !parser.isSet(noAuthOption);
    if (!readConnectionOptions(parser, connection, authenticated, &options->baseUrl, &options->clientId,
                               &options->clientSecret, error))
        return false;

    ApiRequest &request = options->request;
    request.method = method.toLatin1();
    request.path = path;
    request.authenticated = authenticated;
    for (const QString &text : parser.values(queryOption)) {
        QPair<QString, QString> item;
        if (!parseQuery(text, &item, error))
            return false;
        request.query.append(item);
    }
    for (const QString &text : parser.values(headerOption)) {
        QPair<QByteArray, QByteArray> header;
        if (!parseHeader(text, &header, error))
            return false;
        request.headers.append(header);
    }
    if (parser.isSet(dataOption) && !readData(parser.value(dataOption), &request.body, error))
        return false;

    bool ok = false;
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600) {
        *error = CliText::tr("--timeout expects a number of seconds greater than 0");
        return false;
    }
    options->timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    options->json = parser.isSet(jsonOption);
    options->includeHeaders = parser.isSet(includeOption);
    options->pretty = stdoutIsTerminal();
    return true;
}

CallCommand::CallCommand(CallOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_client(new ApiClient(this)),
      m_session(new Session(m_client, this))
{
    m_client->setBaseUrl(m_options.baseUrl);
    m_client->setTransferTimeout(m_options.timeout);
    if (m_options.request.authenticated) {
        m_session->setCredentials(m_options.clientId, m_options.clientSecret);
        m_client->setSession(m_session);
    }
}

void CallCommand::start()
{
    ApiCall *call = m_client->send(m_options.request);
    connect(call, &ApiCall::finished, this, [this, call] { onFinished(call); });
}

void CallCommand::onFinished(ApiCall *call)
{
    const ApiResponse &response = call->response();
    const bool signInFailed = m_options.request.authenticated && m_session->state() == Session::State::Failed;
    const ApiError error = ApiError::fromResponse(response);
    const ErrorInfo info = ErrorCatalog::decide(error);

    QTextStream out(stdout);
    if (m_options.json) {
        const QJsonObject object = responseToJson(response, error, info);
        out << QJsonDocument(object).toJson(m_options.pretty ? QJsonDocument::Indented
                                                             : QJsonDocument::Compact);
        if (!m_options.pretty)
            out << '\n';
    } else {
        if (m_options.includeHeaders && response.hasHttpResponse()) {
            out << "HTTP " << response.status << ' ' << response.reason << '\n';
            for (const auto &[name, value] : response.headers)
                out << name << ": " << value << '\n';
            out << '\n';
        }
        out.flush();
        const QByteArray body = bodyForDisplay(response.body, m_options.pretty);
        fwrite(body.constData(), 1, size_t(body.size()), stdout);
        if (!body.isEmpty() && !body.endsWith('\n') && m_options.pretty)
            fputc('\n', stdout);
        fflush(stdout);
        if (error.isError()) {
            if (signInFailed)
                printError(CliText::tr("sign-in failed at %1/oauth/access-token")
                               .arg(m_options.baseUrl.toString(QUrl::StripTrailingSlash)));
            printError(errorSummary(response, error, info));
        }
    }
    out.flush();
    call->deleteLater();
    emit done(exitCodeFor(response, error, signInFailed));
}

} // namespace cx::cli
