#include "OAuthEndpoints.h"

#include "FormBody.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace cx::sim {

namespace {

const QString ClientCredentials = QStringLiteral("client_credentials");

QString field(const QHash<QString, QString> &fields, const char *name)
{
    return fields.value(QLatin1String(name));
}

// RFC 6749 client_secret_basic: Authorization: Basic base64(id:secret). Accepted besides the body fields.
bool readBasic(const SimRequest &request, QString *id, QString *secret, bool *malformed)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(6).trimmed());
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (!decoded || colon < 0) {
        *malformed = true;
        return false;
    }
    *id = QUrl::fromPercentEncoding(decoded.decoded.left(colon));
    *secret = QUrl::fromPercentEncoding(decoded.decoded.mid(colon + 1));
    return true;
}

SimResponse missing(const char *name)
{
    return SimResponse::error(422, QStringLiteral("invalid_request"),
                              QStringLiteral("The '%1' field is required.").arg(QLatin1String(name)));
}

bool isForm(const SimRequest &request)
{
    return request.header("content-type").toLower().contains("application/x-www-form-urlencoded");
}

} // namespace

std::optional<SimResponse> OAuthEndpoints::formatRefusal(const SimRequest &request) const
{
    const bool form = isForm(request);
    if (m_config.tokenFormat == TokenFormat::Json && form) {
        // A JSON-only endpoint (the "Get an access token" page shows a JSON body) cannot read a form:
        // RFC 9110 section 15.5.16's answer to a content type it does not take.
        return SimResponse::error(
            415, QStringLiteral("unsupported_content_type"),
            QStringLiteral("The token endpoint takes an application/json body, not form data."));
    }
    if (m_config.tokenFormat == TokenFormat::Form && !form) {
        // A form-only endpoint (oauth.cliquify.me/docs/access-token: form-urlencoded with grant_type) finds
        // no grant_type in a JSON body; an RFC 6749 server answers that in its own {"error"} shape
        // (section 5.2), whatever the API's dialect.
        SimResponse response = SimResponse::json(
            400, QJsonObject{{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")},
                             {QStringLiteral("error_description"),
                              QStringLiteral("The authorization grant type is not supported by the "
                                             "authorization server; send grant_type=client_credentials as "
                                             "application/x-www-form-urlencoded.")}});
        response.setHeader("Cache-Control", "no-store");
        return response;
    }
    return std::nullopt;
}

SimResponse OAuthEndpoints::accessToken(const SimRequest &request)
{
    if (auto refusal = formatRefusal(request))
        return std::move(*refusal);
    QHash<QString, QString> fields;
    QString error;
    if (!FormBody::parse(request, &fields, &error))
        return SimResponse::error(422, QStringLiteral("bad_request_body"), error);

    const QString grantType = field(fields, "grant_type");
    if (!grantType.isEmpty() && grantType != ClientCredentials) {
        return SimResponse::error(
            400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("The grant type '%1' is not supported; use 'client_credentials'.").arg(grantType));
    }

    QString clientId = field(fields, "client_id");
    QString clientSecret = field(fields, "client_secret");
    bool malformedBasic = false;
    QString basicId, basicSecret;
    if (readBasic(request, &basicId, &basicSecret, &malformedBasic)) {
        clientId = basicId;
        clientSecret = basicSecret;
    } else if (malformedBasic) {
        return SimResponse::error(401, QStringLiteral("invalid_basic_header"),
                                  QStringLiteral("The Basic Authorization header is malformed."));
    }
    if (clientId.isEmpty())
        return missing("client_id");
    if (clientSecret.isEmpty())
        return missing("client_secret");
    if (clientId != m_config.clientId || clientSecret != m_config.clientSecret) {
        return SimResponse::error(
            401, QStringLiteral("invalid_client"),
            QStringLiteral("Client authentication failed: unknown client or wrong secret."));
    }

    const QString token = m_tokens.issue(clientId, m_config.scopes, m_config.tokenLifetimeSeconds);
    SimResponse response = SimResponse::json(
        200, QJsonObject{{QStringLiteral("success"), true},
                         {QStringLiteral("token"),
                          QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                      {QStringLiteral("expires_in"), m_config.tokenLifetimeSeconds},
                                      {QStringLiteral("access_token"), token}}}});
    response.setHeader("Cache-Control", "no-store"); // RFC 6749 section 5.1
    return response;
}

SimResponse OAuthEndpoints::introspect(const SimRequest &request)
{
    QHash<QString, QString> fields;
    QString error;
    if (!FormBody::parse(request, &fields, &error))
        return SimResponse::error(422, QStringLiteral("bad_request_body"), error);
    const QString token = field(fields, "token");
    if (token.isEmpty())
        return SimResponse::error(422, QStringLiteral("missing_field"),
                                  QStringLiteral("The 'token' field is required."));

    TokenClaims claims;
    switch (m_tokens.verify(token, &claims)) {
    case TokenService::Check::Valid:
        break;
    case TokenService::Check::Expired:
        return SimResponse::error(422, QStringLiteral("expired_access_token"),
                                  QStringLiteral("The token has expired."));
    case TokenService::Check::Revoked:
        return SimResponse::error(422, QStringLiteral("revoked_access_token"),
                                  QStringLiteral("The token has been revoked."));
    case TokenService::Check::Malformed:
    case TokenService::Check::BadSignature:
        return SimResponse::error(422, QStringLiteral("invalid_access_token"),
                                  QStringLiteral("The token is invalid."));
    }
    const QString expiresAt = QDateTime::fromSecsSinceEpoch(claims.expiresAt, QTimeZone::utc())
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("success"), true},
                         {QStringLiteral("message"), QString()},
                         {QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("active"), true},
                                      {QStringLiteral("client_id"), claims.clientId},
                                      {QStringLiteral("user_id"), QJsonValue::Null},
                                      {QStringLiteral("scopes"), QJsonArray::fromStringList(claims.scopes)},
                                      {QStringLiteral("expires_at"), expiresAt}}}});
}

SimResponse OAuthEndpoints::revoke(const SimRequest &request)
{
    QHash<QString, QString> fields;
    QString error;
    if (!FormBody::parse(request, &fields, &error))
        return SimResponse::error(422, QStringLiteral("bad_request_body"), error);
    const QString token = field(fields, "token");
    if (token.isEmpty())
        return SimResponse::error(422, QStringLiteral("missing_field"),
                                  QStringLiteral("The 'token' field is required."));
    if (!m_tokens.revoke(token)) {
        return SimResponse::error(422, QStringLiteral("invalid_access_token"),
                                  QStringLiteral("The token was not found or is already revoked."));
    }
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("success"), true},
                         {QStringLiteral("message"), QStringLiteral("Token successfully revoked.")},
                         {QStringLiteral("data"), QJsonValue::Null}});
}

} // namespace cx::sim
