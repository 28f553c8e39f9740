// Which part of the sign-in a token endpoint's error is about: the protocol's reading of an OAuth
// error (RFC 6749 §5.2) and of what answered, with no widgets. The sign-in dialog maps the answer to
// its own fields.
#pragma once

#include "errors/ApiError.h"

namespace cx {

enum class OAuthField {
    General,      // nothing one field can fix (a server error, a cancelled request, ...)
    BaseUrl,      // nothing answered there, or no token endpoint: a web page or a 404
    ClientId,     // reserved: no code the token endpoint sends names the id alone
    ClientSecret, // the client credentials were refused (invalid_client, invalid_grant, ...)
};

// The part of the sign-in form `error` (from the token endpoint) concerns.
OAuthField oauthFieldFor(const ApiError &error);

} // namespace cx
