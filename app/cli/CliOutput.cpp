#include "CliOutput.h"

#include "checkup/CheckupRunner.h"
#include "errors/MissingScopes.h"
#include "export/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cx::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::cli::CliOutput)
};

// Parses a body as JSON when it is JSON; otherwise returns it as a string so nothing is lost.
QJsonValue bodyAsJsonValue(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (document.isObject())
            return document.object();
        if (document.isArray())
            return document.array();
    }
    return QString::fromUtf8(body);
}
} // namespace

ExitCode exitCodeFor(const ApiResponse &response, const ApiError &error, bool signInFailed)
{
    if (signInFailed)
        return response.hasHttpResponse() ? ExitSignInFailed : ExitNoResponse;
    // Refused before anything was sent (a CR/LF in a header, ...): the command line is at fault.
    if (response.failure == NetworkFailure::InvalidRequest)
        return ExitUsage;
    if (!response.hasHttpResponse())
        return ExitNoResponse;
    return error.isError() ? ExitHttpError : ExitOk;
}

QJsonValue errorToJson(const ApiError &error, const ErrorInfo &info, const QStringList &granted)
{
    if (!error.isError())
        return QJsonValue(QJsonValue::Null);
    QJsonObject object{
        {QStringLiteral("code"), error.code},
        {QStringLiteral("message"), error.message},
        {QStringLiteral("action"), ErrorCatalog::actionName(info.action)},
        {QStringLiteral("meaning"), info.meaning},
        {QStringLiteral("hint"), info.hint},
        {QStringLiteral("known"), info.known},
        {QStringLiteral("code_from_server"), error.codeFromServer},
        {QStringLiteral("shape"), ApiError::shapeName(error.shape)},
    };
    if (!error.retryAfter.isEmpty())
        object.insert(QStringLiteral("retry_after"), QString::fromLatin1(error.retryAfter));
    object.insert(QStringLiteral("layer"), ApiError::layerName(error.layer));
    object.insert(QStringLiteral("fields"), fieldsToJson(error.fields));
    object.insert(QStringLiteral("missing_scopes"),
                  QJsonArray::fromStringList(missingScopesFor(error, info, granted)));
    return object;
}

QJsonArray fieldsToJson(const QList<FieldError> &fields)
{
    QJsonArray array;
    for (const FieldError &field : fields) {
        array.append(QJsonObject{{QStringLiteral("name"), field.name},
                                 {QStringLiteral("messages"), QJsonArray::fromStringList(field.messages)}});
    }
    return array;
}

QStringList requiredScopesFor(const QString &rawPath)
{
    QString path = rawPath.section(QLatin1Char('?'), 0, 0);
    if (path.isEmpty())
        return {};
    if (const qsizetype api = path.indexOf(QLatin1String("/api/")); api > 0)
        path = path.mid(api); // a base URL's own path in front
    // Parsed once: a permission error is rare, and the description does not change while we run.
    static const std::optional<EndpointCatalog> catalog = [] {
        QString ignored;
        return CheckupRunner::bundledCatalog(&ignored);
    }();
    if (!catalog)
        return {};
    if (const Endpoint *endpoint = catalog->find("GET", path)) // every documented Connect route is a GET
        return endpoint->requiredScopes;
    for (const Endpoint &endpoint : catalog->endpoints()) {
        if (endpoint.matches(path))
            return endpoint.requiredScopes;
    }
    return {};
}

QStringList missingScopesFor(const ApiError &error, const ErrorInfo &info, const QStringList &granted)
{
    if (info.action != ErrorAction::Permission)
        return {};
    return MissingScopes::of(error, requiredScopesFor(error.path), granted);
}

QString fieldsText(const QList<FieldError> &fields)
{
    QString text;
    for (const FieldError &field : fields)
        text += QStringLiteral("  %1: %2\n").arg(field.name, field.messages.join(QStringLiteral("; ")));
    return text;
}

QJsonObject responseToJson(const ApiResponse &response, const ApiError &error, const ErrorInfo &info,
                           const QStringList &granted)
{
    QJsonObject headers;
    for (const auto &[name, value] : response.headers) {
        // Header names are case-insensitive: fold repeats into one comma-separated value (RFC 9110 §5.3).
        const QString key = QString::fromLatin1(name).toLower();
        const QString text = QString::fromLatin1(value);
        headers.insert(
            key, headers.contains(key) ? headers.value(key).toString() + QStringLiteral(", ") + text : text);
    }
    return QJsonObject{
        {QStringLiteral("status"),
         response.status > 0 ? QJsonValue(response.status) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), bodyAsJsonValue(response.body)},
        // What arrived before a failure (a timeout, a cut connection) is kept, but marked: it is not the
        // body.
        {QStringLiteral("partial_body"),
         response.failure != NetworkFailure::None && !response.body.isEmpty()},
        {QStringLiteral("elapsed_ms"), response.elapsedMs},
        {QStringLiteral("url"),
         Redactor::redactUrl(response.url.toString())}, // a token in the query stays out
        {QStringLiteral("error"), errorToJson(error, info, granted)},
    };
}

QByteArray bodyForDisplay(const QByteArray &body, bool pretty)
{
    if (!pretty || body.isEmpty())
        return body;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return body;
    return document.toJson(QJsonDocument::Indented);
}

QString errorSummary(const ApiResponse &response, const ApiError &error, const ErrorInfo &info,
                     const QStringList &granted)
{
    QString headline;
    if (response.hasHttpResponse()) {
        headline = Tr::tr("error: HTTP %1 %2: %3").arg(response.status).arg(error.code, error.message);
    } else {
        headline = Tr::tr("error: no response (%1): %2").arg(error.code, error.message);
    }
    QString advice = Tr::tr("action: %1. %2 %3")
                         .arg(ErrorCatalog::actionName(info.action), info.meaning, info.hint)
                         .trimmed();
    if (!info.known)
        advice += QLatin1Char(' ') + Tr::tr("(This code is unknown to this version of Connect Explorer.)");
    if (!error.fields.isEmpty())
        advice +=
            QLatin1Char('\n') + Tr::tr("fields:") + QLatin1Char('\n') + fieldsText(error.fields).chopped(1);
    if (const QStringList missing = missingScopesFor(error, info, granted); !missing.isEmpty())
        advice += QLatin1Char('\n') + Tr::tr("missing scopes: %1").arg(missing.join(QStringLiteral(", ")));
    return headline + QLatin1Char('\n') + advice;
}

} // namespace cx::cli
