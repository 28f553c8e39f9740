#include "OAuthFault.h"

#include <QStringList>

namespace cx {

OAuthField oauthFieldFor(const ApiError &error)
{
    if (error.shape == ApiError::Shape::Network) {
        // Nothing answered at that URL; a cancelled request is not the URL's fault.
        return error.failure == NetworkFailure::Cancelled ? OAuthField::General : OAuthField::BaseUrl;
    }
    static const QStringList credentialCodes{
        QStringLiteral("invalid_client"), QStringLiteral("unauthorized_client"),
        QStringLiteral("invalid_grant"), QStringLiteral("access_denied")};
    if (credentialCodes.contains(error.code))
        return OAuthField::ClientSecret;
    // Something answered, but it has no token endpoint there: a web page or a 404.
    if (error.status == 404 || error.code == QLatin1String("endpoint_not_found") ||
        error.shape == ApiError::Shape::Html)
        return OAuthField::BaseUrl;
    return OAuthField::General;
}

} // namespace cx
