#include "AccessGuard.h"

namespace cx::sim {

SimResponse AccessGuard::unauthorized(const QString &code, const QString &message, bool tokenWasSent)
{
    SimResponse response = SimResponse::error(401, code, message);
    // RFC 6750 section 3.1: no error attribute when the request carried no credentials at all.
    response.setHeader("WWW-Authenticate",
                       tokenWasSent ? QByteArray("Bearer realm=\"connect\", error=\"invalid_token\"")
                                    : QByteArray("Bearer realm=\"connect\""));
    return response;
}

std::optional<SimResponse> AccessGuard::check(const SimRequest &request, const QStringList &requiredScopes,
                                              QList<QPair<QByteArray, QByteArray>> *headers)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    const bool isBearer =
        authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0;
    if (!isBearer) {
        return unauthorized(
            QStringLiteral("missing_access_token"),
            QStringLiteral("Send the access token in an 'Authorization: Bearer <token>' header."), false);
    }

    TokenClaims claims;
    switch (m_tokens.verify(QString::fromLatin1(authorization.mid(7).trimmed()), &claims)) {
    case TokenService::Check::Valid:
        break;
    case TokenService::Check::Expired:
        return unauthorized(QStringLiteral("expired_access_token"),
                            QStringLiteral("The access token has expired."), true);
    case TokenService::Check::Revoked:
        return unauthorized(QStringLiteral("revoked_access_token"),
                            QStringLiteral("The access token has been revoked."), true);
    case TokenService::Check::Malformed:
    case TokenService::Check::BadSignature:
        return unauthorized(QStringLiteral("invalid_access_token"),
                            QStringLiteral("The access token is malformed or invalid."), true);
    }

    if (m_limiter.enabled()) {
        // Per client: every token of one client shares its budget, as a real API's quota would.
        const RateDecision decision = m_limiter.take(claims.clientId);
        headers->append({"X-RateLimit-Limit", QByteArray::number(decision.limit)});
        headers->append({"X-RateLimit-Remaining", QByteArray::number(decision.remaining)});
        headers->append({"X-RateLimit-Reset", QByteArray::number(decision.resetSeconds)});
        if (!decision.allowed) {
            SimResponse response = SimResponse::error(
                429, QStringLiteral("too_many_requests"),
                QStringLiteral("Rate limit of %1 requests per second exceeded. Retry after %2 s.")
                    .arg(decision.limit)
                    .arg(decision.resetSeconds));
            response.setHeader("Retry-After", QByteArray::number(decision.resetSeconds));
            return response;
        }
    }

    for (const QString &scope : requiredScopes) {
        if (!claims.scopes.contains(scope)) {
            return SimResponse::error(403, QStringLiteral("missing_scope"),
                                      QStringLiteral("This token lacks the '%1' scope.").arg(scope));
        }
    }
    return std::nullopt;
}

} // namespace cx::sim
