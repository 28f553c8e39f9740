#include "TokenRequestFormat.h"

#include "errors/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStringList>

namespace cx {

namespace {

constexpr auto SettingsGroup = "TokenRequestFormat";

// QSettings reads '/' in a key as a group separator: the URL goes in percent-encoded.
QString settingsKey(const QUrl &baseUrl)
{
    const QByteArray url = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toEncoded();
    return QString::fromLatin1(url.toPercentEncoding());
}

bool namesCredentialField(const QString &text)
{
    for (const char *word : {"client_id", "client_secret", "grant_type", "grant type"}) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool talksAboutFormat(const QString &text)
{
    for (const char *word :
         {"content-type", "content type", "media type", "json", "urlencoded", "grant_type", "grant type"}) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

ApiRequest TokenRequestFormat::request(Format format, const QString &clientId, const QString &clientSecret)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/oauth/access-token");
    request.authenticated = false;
    request.sensitiveBody = true; // the client secret
    if (format == Format::Json) {
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.body =
            QJsonDocument(QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                      {QStringLiteral("client_id"), clientId},
                                      {QStringLiteral("client_secret"), clientSecret}})
                .toJson(QJsonDocument::Compact);
    } else {
        request.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        // Every byte but the unreserved ones percent-encoded, so a '+' or '&' in a secret survives.
        request.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId) +
                       "&client_secret=" + QUrl::toPercentEncoding(clientSecret);
    }
    return request;
}

bool TokenRequestFormat::refused(const ApiResponse &response)
{
    if (!response.hasHttpResponse())
        return false;
    if (response.status == 415)
        return true;
    if (response.status != 400 && response.status != 422)
        return false;
    const ApiError error = ApiError::fromResponse(response);
    // The codes a server gives a body it could not read as sent (connect-sim's among them: a body that is
    // not JSON/form data is bad_request_body, a field it did not find missing_field or invalid_request).
    static const QStringList refusalCodes = {
        QStringLiteral("unsupported_grant_type"), QStringLiteral("invalid_request"),
        QStringLiteral("unsupported_content_type"), QStringLiteral("bad_request_body"),
        QStringLiteral("missing_field")};
    if (error.codeFromServer && refusalCodes.contains(error.code))
        return true;
    for (const FieldError &field : error.fields) {
        if (namesCredentialField(field.name))
            return true;
    }
    switch (error.shape) {
    case ApiError::Shape::Empty:
        return true; // nothing else to blame: a body it could read would have had something to say
    case ApiError::Shape::Html:
    case ApiError::Shape::Text:
        return talksAboutFormat(error.message);
    default:
        break;
    }
    // "Missing required fields" ("Errors and troubleshooting": 422 on the token request) without details.
    return error.status == 422 && (namesCredentialField(error.message) ||
                                   error.message.contains(QLatin1String("required"), Qt::CaseInsensitive));
}

QString TokenRequestFormat::name(Format format)
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("form");
}

std::optional<TokenRequestFormat::Format> TokenRequestFormat::fromName(const QString &name)
{
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("form"))
        return Format::Form;
    return std::nullopt;
}

std::optional<TokenRequestFormat::Format> TokenRequestFormat::remembered(const QUrl &baseUrl)
{
    if (!baseUrl.isValid())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    return fromName(settings.value(settingsKey(baseUrl)).toString());
}

void TokenRequestFormat::remember(const QUrl &baseUrl, Format format)
{
    if (!baseUrl.isValid())
        return;
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    const QString key = settingsKey(baseUrl);
    if (settings.value(key).toString() != name(format))
        settings.setValue(key, name(format));
}

} // namespace cx
