#include "ApiTypes.h"

namespace cx {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString networkFailureName(NetworkFailure failure)
{
    switch (failure) {
    case NetworkFailure::None:
        return QStringLiteral("none");
    case NetworkFailure::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case NetworkFailure::HostNotFound:
        return QStringLiteral("host_not_found");
    case NetworkFailure::Timeout:
        return QStringLiteral("timeout");
    case NetworkFailure::Tls:
        return QStringLiteral("tls");
    case NetworkFailure::ConnectionLost:
        return QStringLiteral("connection_lost");
    case NetworkFailure::TruncatedBody:
        return QStringLiteral("truncated_body");
    case NetworkFailure::BodyTooLarge:
        return QStringLiteral("body_too_large");
    case NetworkFailure::TooManyRedirects:
        return QStringLiteral("too_many_redirects");
    case NetworkFailure::UnsupportedRedirect:
        return QStringLiteral("unsupported_redirect");
    case NetworkFailure::Cancelled:
        return QStringLiteral("cancelled");
    case NetworkFailure::Other:
        break;
    }
    return QStringLiteral("network_error");
}

} // namespace cx
