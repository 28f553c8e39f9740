// The two ways the public docs tell a client to ask /oauth/access-token for a token, and how to tell that
// the server refused the one it was sent:
//   - JSON {"grant_type", "client_id", "client_secret"} ("Get an access token",
//     developer.cliquify.me/get-an-access-token-32941867e0, the newer page, shows JSON without
//     grant_type; the extra member is what RFC 6749 servers need and JSON readers ignore);
//   - form-urlencoded grant_type=client_credentials&client_id=...&client_secret=...
//     (oauth.cliquify.me/docs/access-token, and the "Creating Integrations" page).
// Session sends JSON first (what the newer page shows), falls back once to the other, and remembers per
// base URL the one that worked (QSettings), so the next sign-in sends it at once.
#pragma once

#include "net/ApiTypes.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace cx {

class TokenRequestFormat
{
public:
    enum class Format { Json, Form };

    static constexpr Format documented = Format::Json;

    // The unauthenticated POST /oauth/access-token in `format`; the body is marked sensitive.
    static ApiRequest request(Format format, const QString &clientId, const QString &clientSecret);
    // True when `response` says the server did not read a body in the format it was sent: 415; a 400 or
    // 422 whose code is unsupported_grant_type or invalid_request (OAuth's "missing a parameter"),
    // unsupported_content_type, bad_request_body or missing_field; a 400 or
    // 422 naming client_id, client_secret or grant_type as missing (we always send them); an empty 400 or
    // 422, or an HTML or text one that talks about the content type or grant type. Wrong credentials (401),
    // an inactive enterprise (403) and 5xx are not format refusals.
    static bool refused(const ApiResponse &response);

    static Format other(Format format) { return format == Format::Json ? Format::Form : Format::Json; }
    static QString name(Format format); // "json" or "form": stable, for --json output and settings
    static std::optional<Format> fromName(const QString &name);

    // The format that last worked for `baseUrl` (QSettings group "TokenRequestFormat"); none when no
    // sign-in there has succeeded yet.
    static std::optional<Format> remembered(const QUrl &baseUrl);
    static void remember(const QUrl &baseUrl, Format format);
};

} // namespace cx
