// What stands before every /api route: the Bearer token (401s), the rate limit (429) and the scopes (403).
// Rate-limit headers go on every /api answer while a limit is set, errors included.
#pragma once

#include "RateLimiter.h"
#include "SimHttp.h"
#include "TokenService.h"

#include <QStringList>
#include <optional>

namespace cx::sim {

class AccessGuard
{
public:
    AccessGuard(const TokenService &tokens, RateLimiter &limiter) : m_tokens(tokens), m_limiter(limiter) {}

    // nullopt: let the request through. Otherwise the error to answer with. Either way `headers`
    // receives the X-RateLimit-* headers to add to whatever is answered.
    std::optional<SimResponse> check(const SimRequest &request, const QStringList &requiredScopes,
                                     QList<QPair<QByteArray, QByteArray>> *headers);

private:
    static SimResponse unauthorized(const QString &code, const QString &message, bool tokenWasSent);

    const TokenService &m_tokens;
    RateLimiter &m_limiter;
};

} // namespace cx::sim
