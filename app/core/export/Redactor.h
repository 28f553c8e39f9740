// The one place that decides what is secret in a request, a URL or a piece of text, and how it is
// masked. History, drafts, exports, logs and copy-as-code all go through it.
//
// Structural rules (static, need no state):
//  - headers: Authorization and Proxy-Authorization keep their scheme ("Bearer [redacted]"); Cookie and
//    Set-Cookie keep the cookie names and attributes ("sid=[redacted]; Path=/"); any header whose name
//    contains "api-key"/"apikey"/"api_key", "token", "secret" or "password" is masked whole.
//  - fields in JSON bodies, form bodies and query strings named client_secret, access_token, token,
//    refresh_token, id_token, password, passwd, secret, api_key, apikey (case-insensitive, '-' == '_').
//    JSON is redacted in place: formatting and key order are kept, only the secret values change.
//  - the password of a URL's user info.
// Known secret values (per instance): every occurrence of a registered string (the current token, the
// client secret) is replaced in free text, and in its percent-encoded and JSON-escaped forms too.
#pragma once

#include "export/SecretSet.h"
#include "net/ApiTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cx {

class Redactor
{
public:
    Redactor() = default;
    // Also masks every value of `live` (a Session's secrets()) as it is at the time of redacting.
    explicit Redactor(SharedSecrets live) : m_live(std::move(live)) {}

    // What replaces a secret value.
    static QString mask() { return QStringLiteral("[redacted]"); }

    // --- structural rules -------------------------------------------------------------------------
    static bool isSecretHeader(QByteArrayView name);
    static bool isSecretField(QStringView name);

    static QByteArray redactHeaderValue(QByteArrayView name, const QByteArray &value);
    static HeaderList redactHeaders(const HeaderList &headers);
    // For a request read back from history or a draft: drops the secret headers whose value was masked
    // or emptied, so that sending it adds the session's token instead of "Bearer [redacted]" (ApiClient
    // leaves a request that carries its own Authorization header alone).
    static HeaderList withoutMaskedSecrets(const HeaderList &headers);
    static QueryList redactQuery(const QueryList &query);
    // `contentType` picks the format; when empty, JSON ('{' or '[' first) or a form body is sniffed.
    // Anything else is returned unchanged.
    static QByteArray redactBody(const QByteArray &body, QByteArrayView contentType = {});
    static QByteArray redactJson(const QByteArray &json);
    static QByteArray redactForm(const QByteArray &form);
    // A full URL or a bare query string ("a=1&token=x"): secret query values and the user-info
    // password are masked; everything else is kept byte for byte.
    static QString redactUrl(const QString &url);

    // --- known secret values ----------------------------------------------------------------------
    // Empty strings are ignored. Registering the same value twice is harmless.
    void addSecret(const QString &value);
    void removeSecret(const QString &value);
    void clearSecrets() { m_secrets.clear(); }
    // The registered values and the live set's, longest first.
    QStringList secrets() const;
    // Reads `live` too from now on (a Redactor reads at most one live set; the last one wins).
    void setLiveSecrets(SharedSecrets live) { m_live = std::move(live); }

    QString redactText(const QString &text) const;
    QByteArray redactText(const QByteArray &text) const;

    // Structural rules + known secrets over every part of the request (path, query, headers, body).
    ApiRequest redact(const ApiRequest &request) const;

private:
    QStringList m_secrets; // longest first, so a secret containing another is masked whole
    SharedSecrets m_live;
};

} // namespace cx
