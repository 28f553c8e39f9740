// What ApiClient needs from whoever signs in: the bearer token to send, a way to wait for one, and
// the renew-once rule after a 401. Session (auth/Session.h) is the one implementation; ApiClient knows
// only this interface, so the network layer does not depend on the sign-in code that uses it.
#pragma once

#include "net/ApiTypes.h"

#include <QByteArray>
#include <functional>

class QObject;

namespace cx {

class TokenProvider
{
public:
    virtual ~TokenProvider() = default;

    // The QObject that is the provider (ApiClient keeps a QPointer to it, so a provider that is
    // destroyed first simply stops being used).
    virtual QObject *tokenProviderObject() = 0;

    // The token to put in "Authorization: Bearer ..." now; empty when there is none.
    virtual QByteArray accessToken() const = 0;

    // Calls `ready(true)` once a valid token is available (at once when it is), or `ready(false)` when
    // getting one failed. `context` guards the callback's lifetime: gone, it is not called.
    virtual void withToken(QObject *context, std::function<void(bool ok)> ready) = 0;
    // After a 401: if `rejectedToken` is still the current token, get a new one (once, however many
    // callers ask); then `ready` as above. A newer token is used at once.
    virtual void renewAfterRejection(const QByteArray &rejectedToken, QObject *context,
                                     std::function<void(bool ok)> ready) = 0;

    // The token endpoint's last answer (or transport failure): what a request that could not get a
    // token finishes with, so the caller sees invalid_client and friends as the server sent them.
    virtual ApiResponse lastTokenResponse() const = 0;
    // Why the last attempt to get a token failed (its message explains a 2xx without a usable token).
    virtual QString lastFailureMessage() const = 0;
};

} // namespace cx
