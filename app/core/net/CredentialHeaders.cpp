#include "CredentialHeaders.h"

#include <QByteArray>

namespace cx {

bool isCredentialHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().trimmed().toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
        lower == "set-cookie")
        return true;
    for (const char *part : {"api-key", "apikey", "api_key", "token", "secret", "password", "passwd"}) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

} // namespace cx
