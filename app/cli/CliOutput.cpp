#include "CliOutput.h"

#include "checkup/CheckupRunner.h"
#include "errors/MissingScopes.h"
#include "export/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <optional>

namespace cx::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::cli::CliOutput)
};

// A JSON object or array as itself; anything else (a scalar, not JSON) is not "parsed JSON".
std::optional<QJsonValue> parsedJson(const QByteArray &utf8)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return std::nullopt;
}

// The media type without parameters, lower-cased ("text/html").
QByteArray mediaTypeOf(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

// Media types whose bytes are characters: everything else is shown as bytes unless a charset says
// otherwise.
bool isTextMediaType(const QByteArray &type)
{
    return type.startsWith("text/") || type == "application/json" || type.endsWith("+json") ||
           type.endsWith("/xml") || type.endsWith("+xml") || type.contains("javascript") ||
           type == "application/x-www-form-urlencoded";
}

// `bytes` decoded strictly in `charset` (any Qt knows); nullopt when Qt does not know the charset or
// the bytes are not valid in it, so a wrong guess never turns bytes into U+FFFD.
std::optional<QString> decodeStrictly(const QByteArray &bytes, const QByteArray &charset)
{
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.constData());
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Why a body declared as text is given as bytes: its charset is unknown to Qt, or its bytes are not
// valid in that charset.
QString undecodedTextNote(const QByteArray &charset)
{
    const QByteArray name = charset.isEmpty() ? QByteArray("UTF-8") : charset;
    if (!QStringDecoder(name.constData()).isValid())
        return Tr::tr("The charset %1 is unknown to this version of Connect Explorer, so the body is given "
                      "as bytes.")
            .arg(QString::fromLatin1(name));
    return Tr::tr("The body is not valid %1 text, so it is given as bytes.").arg(QString::fromLatin1(name));
}

// Inserts the body as `body` (parsed JSON or text) or, for bytes that are not text, as `body_base64`
// with `body_encoding: "base64"` so that nothing is lost; `body_note` says why text was not possible.
void insertBody(QJsonObject &object, const ApiResponse &response)
{
    const QByteArray &bytes = response.body;
    if (bytes.isEmpty()) {
        object.insert(QStringLiteral("body"), QJsonValue(QJsonValue::Null));
        return;
    }
    const QByteArray contentType = response.contentType();
    const QByteArray type = mediaTypeOf(contentType);
    const QByteArray charset = charsetOf(contentType);
    // No Content-Type at all: text if the bytes are UTF-8 (as before), bytes otherwise.
    const bool declaredText = isTextMediaType(type) || !charset.isEmpty();
    const bool untyped = type.isEmpty();
    std::optional<QString> text;
    QString note;
    if (declaredText || untyped) {
        text = decodeStrictly(bytes, charset);
        if (!text && declaredText)
            note = undecodedTextNote(charset);
    }
    if (text) {
        const std::optional<QJsonValue> json = parsedJson(text->toUtf8());
        object.insert(QStringLiteral("body"), json ? *json : QJsonValue(*text));
        return;
    }
    object.insert(QStringLiteral("body"), QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("body_base64"), QString::fromLatin1(bytes.toBase64()));
    object.insert(QStringLiteral("body_encoding"), QStringLiteral("base64"));
    if (!note.isEmpty())
        object.insert(QStringLiteral("body_note"), note);
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
    if (!error.certificate.isNull())
        object.insert(QStringLiteral("certificate"), certificateToJson(error.certificate));
    return object;
}

QJsonObject certificateToJson(const CertificateSummary &certificate)
{
    return QJsonObject{
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("names"), QJsonArray::fromStringList(certificate.names)},
        {QStringLiteral("not_before"), certificate.notBefore},
        {QStringLiteral("not_after"), certificate.notAfter},
        {QStringLiteral("sha256"), certificate.sha256},
        {QStringLiteral("pin"), certificate.pin},
        {QStringLiteral("self_signed"), certificate.selfSigned},
    };
}

QString certificateText(const CertificateSummary &certificate)
{
    if (certificate.isNull())
        return {};
    return Tr::tr("certificate: %1, issued by %2, valid %3 to %4\n"
                  "names: %5\n"
                  "fingerprint (SHA-256): %6\n"
                  "to trust this certificate only: --pin %7")
        .arg(certificate.subject, certificate.issuer, certificate.notBefore, certificate.notAfter,
             certificate.names.isEmpty() ? Tr::tr("(none)") : certificate.names.join(QStringLiteral(", ")),
             certificate.sha256, certificate.pin);
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
    const QJsonObject headers = foldedHeadersJson(response.headers);
    QJsonObject object{
        {QStringLiteral("status"),
         response.status > 0 ? QJsonValue(response.status) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("headers"), headers},
        // What arrived before a failure (a timeout, a cut connection) is kept, but marked: it is not the
        // body.
        {QStringLiteral("partial_body"),
         response.failure != NetworkFailure::None && !response.body.isEmpty()},
        {QStringLiteral("elapsed_ms"), response.elapsedMs},
        // "h2" or "http/1.1": what the connection actually spoke (null without a response).
        {QStringLiteral("protocol"), response.protocol.isEmpty()
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(QString::fromLatin1(response.protocol))},
        {QStringLiteral("url"),
         Redactor::redactUrl(response.url.toString())}, // a token in the query stays out
        {QStringLiteral("error"), errorToJson(error, info, granted)},
    };
    insertBody(object, response);
    return object;
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
    if (!error.certificate.isNull())
        advice += QLatin1Char('\n') + certificateText(error.certificate);
    return headline + QLatin1Char('\n') + advice;
}

} // namespace cx::cli
