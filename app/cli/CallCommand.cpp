#include "CallCommand.h"

#include "CliOutput.h"
#include "CliText.h"
#include "DiffCommand.h"
#include "auth/Session.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "errors/MissingScopes.h"
#include "io/BoundedRead.h"
#include "net/ApiClient.h"
#include "net/RequestHygiene.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileVariables.h"
#include "vars/Variables.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cx::cli {

namespace {

// --data JSON | @file | @- (standard input). The body is sent as given: a malformed body is a
// legitimate thing to send when checking how the API answers bad_request_body. A file is read up to
// `maxBytes` only (BoundedRead): /dev/zero or a 2 GB file is refused instead of ending in bad_alloc.
bool readData(const QString &option, const QString &value, qint64 maxBytes, QByteArray *body, QString *error)
{
    if (!value.startsWith(QLatin1Char('@'))) {
        // Qt has already turned bytes that are not UTF-8 into U+FFFD: sending that would change the body
        // without a word.
        if (!argumentWasValidUtf8(value)) {
            *error = CliText::tr("%1: the text is not valid UTF-8; use --data-binary @file for binary bodies")
                         .arg(option);
            return false;
        }
        *body = value.toUtf8();
        return true;
    }
    const BoundedReadResult read = BoundedRead::readFile(value.mid(1), maxBytes);
    if (!read.ok) {
        *error = read.tooLarge
                     ? CliText::tr("%1: %2 (raise the limit with --max-body)").arg(option, read.error)
                     : CliText::tr("%1: %2").arg(option, read.error);
        return false;
    }
    *body = read.data;
    return true;
}

// Trims optional whitespace (RFC 9110 OWS: spaces and tabs) only: QString::trimmed() would also drop a
// CR or LF at either end, which must be refused rather than quietly removed.
QString trimmedOws(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    const auto ows = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    while (begin < end && ows(text.at(begin)))
        ++begin;
    while (end > begin && ows(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// "Name: value", with a name that is an RFC 9110 token and a value without CR, LF, NUL or other control
// characters (RequestHygiene): a line break would end the header and start another one, or a second
// request, on the wire.
bool parseHeader(const QString &text, QPair<QByteArray, QByteArray> *header, QString *error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = CliText::tr("--header expects 'Name: value', got '%1'").arg(text);
        return false;
    }
    const QByteArray name = trimmedOws(text.left(colon)).toUtf8();
    const QByteArray value = trimmedOws(text.mid(colon + 1)).toUtf8();
    const QString nameProblem = RequestHygiene::headerNameProblem(name);
    if (!nameProblem.isEmpty()) {
        *error = CliText::tr("--header '%1': the name %2").arg(text, nameProblem);
        return false;
    }
    const QString valueProblem = RequestHygiene::headerValueProblem(value);
    if (!valueProblem.isEmpty()) {
        *error = CliText::tr("--header '%1': the value %2").arg(QString::fromUtf8(name), valueProblem);
        return false;
    }
    *header = {name, value};
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

// --var NAME=VALUE: the name as Variables::isValidName() allows, the value as given (may be empty).
bool parseVar(const QString &text, Variable *variable, QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString name = equals < 0 ? QString() : text.left(equals);
    if (equals <= 0 || !Variables::isValidName(name)) {
        *error = CliText::tr("--var expects 'NAME=VALUE' with a name without braces, line breaks or spaces "
                             "at either end, got '%1'")
                     .arg(text);
        return false;
    }
    *variable = {name, text.mid(equals + 1)};
    return true;
}

// The variables of the saved profile `name`, secret values from the keychain (waited for here). A
// profile that does not exist is not an error here: readConnectionOptions() says so in its own words.
VariableList profileVariables(const QString &name)
{
    ProfileStore store;
    const auto profile = store.findByName(name);
    if (!profile || profile->variables.isEmpty())
        return {};
    CredentialStore credentials;
    VariableList loaded = profile->variables;
    QEventLoop loop;
    ProfileVariables::loadSecrets(&credentials, profile->id, profile->variables, &loop,
                                  [&](const VariableList &variables, const QStringList &) {
                                      loaded = variables;
                                      loop.quit();
                                  });
    loop.exec();
    // A secret whose value is not at hand stays unresolved (and is named) rather than sent empty.
    loaded.removeIf([](const Variable &v) { return v.secret && v.value.isEmpty(); });
    return loaded;
}

// Puts the variables' values in the path, query, headers and body. False with `error` naming every
// variable no layer holds (nothing is sent with a literal {{name}}), or a header its value breaks.
bool resolveRequest(ApiRequest *request, const VariableScope &scope, QString *error)
{
    QStringList unresolved;
    const auto note = [&](const QStringList &names) {
        for (const QString &name : names)
            if (!unresolved.contains(name))
                unresolved.append(name);
    };
    const auto text = [&](const QString &in) {
        const VariableResolution r = Variables::resolve(in, scope);
        note(r.unresolved);
        return r.text;
    };
    request->path = text(request->path);
    for (auto &[name, value] : request->query) {
        name = text(name);
        value = text(value);
    }
    for (auto &[name, value] : request->headers) {
        // Header names and values came in as UTF-8 from the command line.
        name = text(QString::fromUtf8(name)).toUtf8();
        value = text(QString::fromUtf8(value)).toUtf8();
    }
    QStringList bodyUnresolved;
    request->body = Variables::resolveBytes(request->body, scope, &bodyUnresolved);
    note(bodyUnresolved);
    if (!unresolved.isEmpty()) {
        QStringList quoted;
        for (const QString &name : unresolved)
            quoted.append(QStringLiteral("{{%1}}").arg(name));
        *error =
            CliText::tr("unresolved variable(s): %1; give each with --var NAME=VALUE or define it in the "
                        "profile (--profile NAME)")
                .arg(quoted.join(QStringLiteral(", ")));
        return false;
    }
    for (const auto &[name, value] : request->headers) {
        const QString problem = RequestHygiene::headerNameProblem(name).isEmpty()
                                    ? RequestHygiene::headerValueProblem(value)
                                    : RequestHygiene::headerNameProblem(name);
        if (!problem.isEmpty()) {
            *error = CliText::tr("the header '%1' with its variables resolved: %2")
                         .arg(QString::fromUtf8(name), problem);
            return false;
        }
    }
    return true;
}

// The value at quantile `q` (0..1) of sorted `values`, nearest-rank.
qint64 quantile(const QList<qint64> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double toMs(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// --compare-profile NAME: the connection of the saved profile NAME, read the way --profile reads one (its
// base URL, client id, secret from the keychain or --compare-client-secret-env, network settings), with
// the machine's --proxy, --no-proxy and --cacert of this command line; and `unresolved` with the variables
// of --var and of NAME's profile.
bool readCompareProfile(const QCommandLineParser &parser, const ConnectionOptions &connection,
                        const QCommandLineOption &secretEnvOption, const ApiRequest &unresolved,
                        const VariableList &given, CallOptions *options, QString *error)
{
    const QString name = options->compareProfile;
    QStringList arguments{QStringLiteral("connect-cli"), QStringLiteral("--profile"), name};
    if (parser.isSet(secretEnvOption))
        arguments << QStringLiteral("--client-secret-env") << parser.value(secretEnvOption);
    for (const QCommandLineOption *shared : {&connection.proxy, &connection.cacert}) {
        for (const QString &value : parser.values(*shared))
            arguments << QStringLiteral("--") + shared->names().constFirst() << value;
    }
    if (parser.isSet(connection.noProxy))
        arguments << QStringLiteral("--") + connection.noProxy.names().constFirst();
    QCommandLineParser second;
    const ConnectionOptions secondConnection = addConnectionOptions(&second);
    QString why;
    if (!second.parse(arguments)) {
        why = second.errorText();
    } else if (readConnectionOptions(second, secondConnection, unresolved.authenticated,
                                     &options->compareBaseUrl, &options->compareClientId,
                                     &options->compareClientSecret, &why) &&
               readNetworkOptions(second, secondConnection, &options->compareNetwork, &why)) {
        options->compareRequest = unresolved;
        VariableScope scope;
        scope.addLayer(QStringLiteral("--var"), given);
        scope.addLayer(name, profileVariables(name));
        if (resolveRequest(&options->compareRequest, scope, &why))
            return true;
    }
    // The profile's own messages name --client-secret-env; for this profile it is the compare one.
    why.replace(QStringLiteral("--client-secret-env"), QStringLiteral("--compare-client-secret-env"));
    *error = CliText::tr("--compare-profile %1: %2").arg(name, why);
    return false;
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
    const QCommandLineOption dataBinaryOption(
        QStringLiteral("data-binary"),
        CliText::tr("Request body from @file (or @- for standard input), sent byte for byte."),
        QStringLiteral("@file"));
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body"),
        CliText::tr("Refuse a --data/--data-binary file larger than this (bytes, or with K, M or G; "
                    "default 256M)."),
        QStringLiteral("bytes"), QStringLiteral("256M"));
    const QCommandLineOption maxTimeOption(
        QStringLiteral("max-time"),
        CliText::tr("Give up when the whole call, redirects and body included, takes longer than this "
                    "(default 300)."),
        QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print one JSON object."));
    const QCommandLineOption includeOption(QStringList{QStringLiteral("i"), QStringLiteral("include")},
                                           CliText::tr("Print the status line and headers before the body."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), CliText::tr("Give up when nothing arrives for this long (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption noAuthOption(QStringLiteral("no-auth"),
                                          CliText::tr("Send without signing in (no Authorization header)."));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        CliText::tr("Send the request N times in a row over one connection and print a summary "
                    "(count, ok, failed, total, mean/p50/p95) instead of the bodies."),
        QStringLiteral("N"));
    const QCommandLineOption varOption(
        QStringLiteral("var"),
        CliText::tr("Variable for {{NAME}} in the path, query, headers and body (repeatable); comes before "
                    "the variables of --profile."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption compareProfileOption(
        QStringLiteral("compare-profile"),
        CliText::tr("Send the same request as the saved profile NAME too (its own URL, client and token) and "
                    "print both statuses and what differs in status, headers and body. Exit 0 when equal, 1 "
                    "when different."),
        QStringLiteral("NAME"));
    const QCommandLineOption compareSecretEnvOption(
        QStringLiteral("compare-client-secret-env"),
        CliText::tr("Environment variable holding the client secret of --compare-profile's profile, when the "
                    "keychain has none."),
        QStringLiteral("VAR"));
    const QCommandLineOption ignoreOption(
        QStringLiteral("ignore"),
        CliText::tr("With --compare-profile: leave out this path and everything below it (repeatable), e.g. "
                    "meta.request_id or data[*].updated_at; see connect-cli diff --help."),
        QStringLiteral("PATH"));
    const QCommandLineOption allHeadersOption(
        QStringLiteral("all-headers"),
        CliText::tr("With --compare-profile: also compare the headers that change with every response."));
    parser.addOptions({queryOption, headerOption, dataOption, dataBinaryOption, maxBodyOption, jsonOption,
                       includeOption, timeoutOption, maxTimeOption, noAuthOption, repeatOption, varOption,
                       compareProfileOption, compareSecretEnvOption, ignoreOption, allHeadersOption});
    const ConnectionOptions connection = addConnectionOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("method"), CliText::tr("HTTP method, e.g. GET."));
    parser.addPositionalArgument(QStringLiteral("path"),
                                 CliText::tr("Path below the base URL, e.g. /api/templates."));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (helpRequested(parser)) {
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
                               &options->clientSecret, error) ||
        !readNetworkOptions(parser, connection, &options->network, error))
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
    // Every number is checked before a file is read: a usage error must not wait for standard input.
    if (!readSeconds(parser, timeoutOption, &options->timeout)) {
        *error = secondsUsage(QStringLiteral("--timeout"));
        return false;
    }
    if (!readSeconds(parser, maxTimeOption, &options->maxTime)) {
        *error = secondsUsage(QStringLiteral("--max-time"));
        return false;
    }
    constexpr qint64 MaxBodyCeiling = qint64(2) << 30; // a request body is held in memory whole
    qint64 maxBody = BoundedRead::MaxRequestBody;
    if (!readByteCount(parser.value(maxBodyOption), MaxBodyCeiling, &maxBody)) {
        *error = CliText::tr("--max-body expects a size from 1 byte to 2G, e.g. 1048576, 512K or 64M");
        return false;
    }
    if (parser.isSet(dataOption) && parser.isSet(dataBinaryOption)) {
        *error = CliText::tr("give the body once: --data or --data-binary");
        return false;
    }
    const QCommandLineOption &bodyOption = parser.isSet(dataBinaryOption) ? dataBinaryOption : dataOption;
    if (parser.isSet(bodyOption) && !readData(QStringLiteral("--") + bodyOption.names().constFirst(),
                                              parser.value(bodyOption), maxBody, &request.body, error))
        return false;
    // Variables: --var first, then the profile's; {{name}} that neither gives is refused here.
    VariableList given;
    for (const QString &text : parser.values(varOption)) {
        Variable variable;
        if (!parseVar(text, &variable, error))
            return false;
        given.removeIf([&](const Variable &v) { return v.name == variable.name; }); // the last one wins
        given.append(variable);
    }
    const ApiRequest unresolved = request; // for --compare-profile, resolved with its profile's variables
    VariableScope scope;
    scope.addLayer(QStringLiteral("--var"), given);
    if (parser.isSet(QStringLiteral("profile")))
        scope.addLayer(parser.value(QStringLiteral("profile")),
                       profileVariables(parser.value(QStringLiteral("profile"))));
    if (!resolveRequest(&request, scope, error))
        return false;

    bool ok = false;
    if (parser.isSet(repeatOption)) {
        const int repeat = parser.value(repeatOption).toInt(&ok);
        if (!ok || repeat < 1 || repeat > 10'000'000) {
            *error = CliText::tr("--repeat expects a number of requests from 1 to 10000000");
            return false;
        }
        options->repeat = repeat;
    }
    options->json = parser.isSet(jsonOption);
    options->includeHeaders = parser.isSet(includeOption);
    options->pretty = stdoutIsTerminal();

    options->profile = parser.value(connection.profile);
    if (!parser.isSet(compareProfileOption)) {
        for (const QCommandLineOption *option : {&compareSecretEnvOption, &ignoreOption, &allHeadersOption}) {
            if (parser.isSet(*option)) {
                *error = CliText::tr("--%1 needs --compare-profile").arg(option->names().constFirst());
                return false;
            }
        }
        return true;
    }
    if (options->repeat > 0) {
        *error = CliText::tr("--compare-profile and --repeat exclude each other");
        return false;
    }
    options->ignore = parser.values(ignoreOption);
    for (const QString &pattern : std::as_const(options->ignore)) {
        QString why;
        if (!JsonDiff::checkPattern(pattern, &why)) {
            *error = QStringLiteral("--ignore: ") + why;
            return false;
        }
    }
    options->allHeaders = parser.isSet(allHeadersOption);
    options->compareProfile = parser.value(compareProfileOption);
    return readCompareProfile(parser, connection, compareSecretEnvOption, unresolved, given, options, error);
}

CallCommand::CallCommand(CallOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_client(new ApiClient(this)),
      m_session(new Session(m_client, this))
{
    m_client->setBaseUrl(m_options.baseUrl);
    m_client->setTransferTimeout(m_options.timeout);
    m_client->setNetworkSettings(m_options.network); // its files were checked by readNetworkOptions
    m_client->setMaxTime(m_options.maxTime);
    if (m_options.request.authenticated) {
        m_session->setCredentials(m_options.clientId, m_options.clientSecret);
        m_client->setSession(m_session);
    }
    if (!m_options.compareProfile.isEmpty()) {
        // The second profile's own client: its own connection, token and network settings.
        m_compareClient = new ApiClient(this);
        m_compareSession = new Session(m_compareClient, this);
        m_compareClient->setBaseUrl(m_options.compareBaseUrl);
        m_compareClient->setTransferTimeout(m_options.timeout);
        m_compareClient->setNetworkSettings(m_options.compareNetwork);
        m_compareClient->setMaxTime(m_options.maxTime);
        if (m_options.compareRequest.authenticated) {
            m_compareSession->setCredentials(m_options.compareClientId, m_options.compareClientSecret);
            m_compareClient->setSession(m_compareSession);
        }
    }
}

void CallCommand::start()
{
    if (m_options.repeat > 0) {
        m_latenciesNs.reserve(m_options.repeat);
        m_total.start();
        sendRepeated();
        return;
    }
    if (m_compareClient) {
        // Both at once; the comparison is printed when both have finished.
        m_call = m_client->send(m_options.request);
        m_compareCall = m_compareClient->send(m_options.compareRequest);
        for (ApiCall *call : {m_call, m_compareCall})
            connect(call, &ApiCall::finished, this, &CallCommand::onCompared);
        return;
    }
    ApiCall *call = m_client->send(m_options.request);
    connect(call, &ApiCall::finished, this, [this, call] { onFinished(call); });
}

void CallCommand::sendRepeated()
{
    m_one.start();
    ApiCall *call = m_client->send(m_options.request);
    connect(call, &ApiCall::finished, this, [this, call] { onRepeatedFinished(call); });
}

void CallCommand::onRepeatedFinished(ApiCall *call)
{
    m_latenciesNs.append(m_one.nsecsElapsed());
    const ApiResponse &response = call->response();
    const bool signInFailed = m_options.request.authenticated && m_session->state() == Session::State::Failed;
    const ApiError error = ApiError::fromResponse(response);
    ++m_statuses[response.hasHttpResponse() ? response.status : 0];
    if (error.isError()) {
        ++m_failed;
        if (m_firstFailureExit == 0) {
            m_firstFailureExit = exitCodeFor(response, error, signInFailed);
            m_firstFailure = errorSummary(response, error, ErrorCatalog::decide(error));
        }
    } else {
        ++m_ok;
    }
    call->deleteLater();
    // A refused sign-in will be refused again: stop instead of asking the token endpoint N times.
    if (signInFailed || m_latenciesNs.size() >= m_options.repeat) {
        printSummary(m_failed == 0 ? int(ExitOk) : m_firstFailureExit);
        return;
    }
    // Queued: the network layer marks the connection free only after this signal returns, so sending
    // from inside it would open another connection instead of reusing the kept-alive one.
    QMetaObject::invokeMethod(this, &CallCommand::sendRepeated, Qt::QueuedConnection);
}

void CallCommand::printSummary(int exitCode)
{
    const qint64 totalNs = m_total.nsecsElapsed();
    QList<qint64> sorted = m_latenciesNs;
    std::sort(sorted.begin(), sorted.end());
    qint64 sum = 0;
    for (const qint64 value : sorted)
        sum += value;
    const double meanMs = sorted.isEmpty() ? 0.0 : toMs(sum) / double(sorted.size());
    const double p50Ms = toMs(quantile(sorted, 0.50));
    const double p95Ms = toMs(quantile(sorted, 0.95));
    const double maxMs = sorted.isEmpty() ? 0.0 : toMs(sorted.last());

    QTextStream out(stdout);
    if (m_options.json) {
        QJsonObject statuses;
        for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
            statuses.insert(it.key() ? QString::number(it.key()) : QStringLiteral("none"), it.value());
        const QJsonObject summary{{QStringLiteral("count"), int(sorted.size())},
                                  {QStringLiteral("ok"), m_ok},
                                  {QStringLiteral("failed"), m_failed},
                                  {QStringLiteral("total_ms"), toMs(totalNs)},
                                  {QStringLiteral("mean_ms"), meanMs},
                                  {QStringLiteral("p50_ms"), p50Ms},
                                  {QStringLiteral("p95_ms"), p95Ms},
                                  {QStringLiteral("max_ms"), maxMs},
                                  {QStringLiteral("statuses"), statuses}};
        out << QJsonDocument(summary).toJson(m_options.pretty ? QJsonDocument::Indented
                                                              : QJsonDocument::Compact);
        if (!m_options.pretty)
            out << '\n';
    } else {
        out << QStringLiteral("count %1  ok %2  failed %3  total %4 ms  mean %5 ms  p50 %6 ms  p95 %7 ms  "
                              "max %8 ms\n")
                   .arg(sorted.size())
                   .arg(m_ok)
                   .arg(m_failed)
                   .arg(toMs(totalNs), 0, 'f', 1)
                   .arg(meanMs, 0, 'f', 3)
                   .arg(p50Ms, 0, 'f', 3)
                   .arg(p95Ms, 0, 'f', 3)
                   .arg(maxMs, 0, 'f', 3);
    }
    out.flush();
    if (!m_firstFailure.isEmpty())
        printError(CliText::tr("first failure: %1").arg(m_firstFailure));
    emit done(exitCode);
}

void CallCommand::onFinished(ApiCall *call)
{
    const ApiError error = ApiError::fromResponse(call->response());
    const ErrorInfo info = ErrorCatalog::decide(error);
    // The docs' /api/* 403 is a bare {"message"}: which scope is missing is the endpoint's required ones
    // minus the token's granted ones, and only introspection says what the token was granted. One extra
    // request, only for a permission error that names no scope.
    const bool needsGranted = info.action == ErrorAction::Permission &&
                              MissingScopes::namedBy(error).isEmpty() && m_options.request.authenticated &&
                              m_session->hasValidToken();
    if (!needsGranted) {
        report(call, {});
        return;
    }
    auto *context = new QObject(this); // ends both connections once either fires
    connect(m_session, &Session::introspected, context, [this, call, context](const TokenInfo &token) {
        context->deleteLater();
        report(call, token.scopes);
    });
    connect(m_session, &Session::introspectFailed, context, [this, call, context] {
        context->deleteLater();
        report(call, {});
    });
    m_session->introspect();
}

void CallCommand::report(ApiCall *call, const QStringList &granted)
{
    const ApiResponse &response = call->response();
    const bool signInFailed = m_options.request.authenticated && m_session->state() == Session::State::Failed;
    const ApiError error = ApiError::fromResponse(response);
    const ErrorInfo info = ErrorCatalog::decide(error);

    if (call->downgradedTo().isValid())
        printError(CliText::tr("note: followed a redirect from https to plain http (%1): the rest of the "
                               "exchange was not encrypted")
                       .arg(call->downgradedTo().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));

    QTextStream out(stdout);
    if (m_options.json) {
        QJsonObject object = responseToJson(response, error, info, granted);
        if (call->downgradedTo().isValid())
            object.insert(QStringLiteral("downgraded_to"),
                          call->downgradedTo().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        out << QJsonDocument(object).toJson(m_options.pretty ? QJsonDocument::Indented
                                                             : QJsonDocument::Compact);
        if (!m_options.pretty)
            out << '\n';
    } else {
        // Server text on a terminal goes through forTerminal; a body piped to a file stays byte-exact.
        // A failed transfer prints nothing here: half a body on stdout would pass for the whole.
        if (m_options.includeHeaders && response.hasHttpResponse()) {
            QByteArray head = "HTTP " + QByteArray::number(response.status) + ' ' + response.reason + '\n';
            for (const auto &[name, value] : response.headers)
                head += name + ": " + value + '\n';
            head += '\n';
            out << forTerminal(head);
        }
        out.flush();
        // An undecodable body is a response too, but its bytes are not the body: they stay off stdout.
        if (response.hasHttpResponse() && response.failure == NetworkFailure::None) {
            QByteArray body = bodyForDisplay(response.body, m_options.pretty);
            if (m_options.pretty)
                body = forTerminal(body);
            fwrite(body.constData(), 1, size_t(body.size()), stdout);
            if (!body.isEmpty() && !body.endsWith('\n') && m_options.pretty)
                fputc('\n', stdout);
        }
        fflush(stdout);
        if (error.isError()) {
            if (signInFailed)
                printError(CliText::tr("sign-in failed at %1/oauth/access-token")
                               .arg(m_options.baseUrl.toString(QUrl::StripTrailingSlash)));
            printError(errorSummary(response, error, info, granted));
        }
    }
    out.flush();
    call->deleteLater();
    emit done(exitCodeFor(response, error, signInFailed));
}

void CallCommand::onCompared()
{
    if (!m_call->isFinished() || !m_compareCall->isFinished())
        return;
    struct Side
    {
        QString name;    // "A" or "B"
        QString profile; // empty when the options gave the connection
        QUrl baseUrl;
        ApiCall *call;
        Session *session;
        bool authenticated;
    };
    const Side sides[] = {{QStringLiteral("A"), m_options.profile, m_options.baseUrl, m_call, m_session,
                           m_options.request.authenticated},
                          {QStringLiteral("B"), m_options.compareProfile, m_options.compareBaseUrl,
                           m_compareCall, m_compareSession, m_options.compareRequest.authenticated}};
    QJsonObject outputs[2];
    QJsonObject summaries[2];
    QStringList heads;
    int failure = 0; // the exit code of the first side that got no response or could not sign in
    for (int i = 0; i < 2; ++i) {
        const Side &side = sides[i];
        const ApiResponse &response = side.call->response();
        const bool signInFailed = side.authenticated && side.session->state() == Session::State::Failed;
        const ApiError error = ApiError::fromResponse(response);
        const ErrorInfo info = ErrorCatalog::decide(error);
        outputs[i] = responseToJson(response, error, info);
        const QString url = side.baseUrl.toString(QUrl::StripTrailingSlash);
        const QString where = side.profile.isEmpty() ? url : CliText::tr("%1 at %2").arg(side.profile, url);
        summaries[i] = {{QStringLiteral("profile"),
                         side.profile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(side.profile)},
                        {QStringLiteral("base_url"), url},
                        {QStringLiteral("status"), outputs[i].value(QLatin1String("status"))}};
        if (signInFailed || !response.hasHttpResponse()) {
            if (failure == 0)
                failure = exitCodeFor(response, error, signInFailed);
            if (signInFailed)
                printError(CliText::tr("%1 (%2): sign-in failed at %3/oauth/access-token")
                               .arg(side.name, where, url));
            printError(CliText::tr("%1 (%2): %3").arg(side.name, where, errorSummary(response, error, info)));
            continue;
        }
        heads.append(CliText::tr("%1 (%2): HTTP %3 %4")
                         .arg(side.name, where)
                         .arg(response.status)
                         .arg(QString::fromLatin1(response.reason)));
    }
    m_call->deleteLater();
    m_compareCall->deleteLater();
    if (failure != 0) {
        emit done(failure);
        return;
    }
    JsonDiffOptions options;
    options.ignore = m_options.ignore;
    options.allHeaders = m_options.allHeaders;
    const QList<JsonChange> changes = JsonDiff::compareCallOutputs(outputs[0], outputs[1], options);
    QTextStream out(stdout);
    if (m_options.json) {
        QJsonObject object = JsonDiff::resultToJson(changes);
        object.insert(QStringLiteral("a"), summaries[0]);
        object.insert(QStringLiteral("b"), summaries[1]);
        out << QJsonDocument(object).toJson(m_options.pretty ? QJsonDocument::Indented
                                                             : QJsonDocument::Compact);
        if (!m_options.pretty)
            out << '\n';
    } else {
        out << forTerminal(heads.join(QLatin1Char('\n'))) << '\n' << diffText(changes);
    }
    out.flush();
    emit done(changes.isEmpty() ? ExitOk : ExitHttpError);
}

} // namespace cx::cli
