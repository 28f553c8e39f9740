// Which HTTP headers carry a credential. The network layer needs the rule to drop such headers on a
// redirect to another origin; the Redactor needs it to mask them. It lives here, below both, so the
// network layer does not depend on the export code.
#pragma once

#include <QByteArrayView>

namespace cx {

// Authorization, Proxy-Authorization, Cookie, Set-Cookie, and any header whose name says it holds a
// key, token, secret or password (X-Api-Key, X-Auth-Token, ...). Case and surrounding blanks ignored.
bool isCredentialHeader(QByteArrayView name);

} // namespace cx
