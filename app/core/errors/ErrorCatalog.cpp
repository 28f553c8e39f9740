#include "ErrorCatalog.h"

#include "ErrorDecision.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>

namespace cx {

namespace {

constexpr char context[] = "cx::ErrorCatalog";

// One row of the table. The texts are marked for lupdate here and translated when looked up, so a
// translator installed after start-up still applies.
struct Entry
{
    const char *code;
    ErrorAction action;
    const char *meaning;
    const char *hint;
};

// api/errors.md, row by row and in its order.
constexpr Entry documented[] = {
    {"invalid_access_token", ErrorAction::Relogin,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The access token is malformed, expired or invalid."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Sign in again; a new token is requested with the stored client credentials.")},
    {"missing_access_token", ErrorAction::Relogin,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The request carried no Authorization: Bearer header."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Sign in; the header is added for you.")},
    {"expired_access_token", ErrorAction::Relogin,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The access token is past its lifetime."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Renew the token (POST /oauth/access-token).")},
    {"revoked_access_token", ErrorAction::Relogin,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The access token was revoked."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Sign in again.")},
    {"invalid_client", ErrorAction::Relogin,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The client ID or client secret is wrong."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Correct the credentials in the sign-in form.")},
    {"unauthorized_client", ErrorAction::Relogin,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The client may not use this grant."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the client in the developer portal.")},
    {"invalid_grant", ErrorAction::Relogin, QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The grant was rejected."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Sign in again.")},
    {"invalid_basic_header", ErrorAction::Relogin,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The Basic authentication header is malformed."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Re-enter the credentials.")},
    {"permission_denied", ErrorAction::Permission,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The user lacks access to the resource."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Compare the scopes granted with the scopes required.")},
    {"missing_scope", ErrorAction::Permission,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "A required scope was not granted."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Re-authorize with the missing scope named here.")},
    {"invalid_scope", ErrorAction::Permission,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The requested scope is unknown or not allowed."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the scope named here.")},
    {"unauthorized_user", ErrorAction::Permission,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The user may not do this."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Ask an administrator of the account for access.")},
    {"permission_not_found", ErrorAction::Permission,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The permission referred to does not exist."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the permission named in the request.")},
    {"too_many_requests", ErrorAction::Retry,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The rate limit was exceeded."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Wait for the countdown from Retry-After, or an exponential backoff with jitter, "
                       "then try again.")},
    {"internal_error", ErrorAction::Retry,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server ran into an unexpected issue."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Wait for the countdown, then try again; only idempotent requests are retried "
                       "automatically.")},
    {"invalid_field", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "A field has invalid data."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Correct the highlighted field.")},
    {"missing_field", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "A required field is absent."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Add the field where it is highlighted.")},
    {"bad_request_body", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The request body is malformed JSON."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Fix the parse error marked in the body editor.")},
    {"bad_request_params", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The path parameters are invalid."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Correct the highlighted path parameter.")},
    {"bad_query_params", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The query parameters are invalid."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Correct the highlighted query parameter.")},
    {"invalid_header_value", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "A header value is invalid."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Correct the highlighted header.")},
    {"invalid_request", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The request is malformed."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Read what is wrong below and correct the request.")},
    {"invalid_file_format", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The uploaded file type is not accepted."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Upload a file in one of the accepted formats named here.")},
    {"unsupported_content_type", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The Content-Type of the request is not accepted."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Set the right Content-Type header.")},
    {"request_too_large", ErrorAction::FixRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The request body is over the size limit."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Send a smaller body, within the limit named here.")},
    {"not_found", ErrorAction::NotFound,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The resource does not exist or is inaccessible."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the ID; the resource may have been deleted.")},
    {"asset_not_found", ErrorAction::NotFound,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The asset does not exist."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the asset ID against the asset list.")},
    {"user_not_found", ErrorAction::NotFound,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The user does not exist."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the user.")},
    {"endpoint_not_found", ErrorAction::NotFound,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "There is no such endpoint."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the path against the endpoint catalog.")},
    {"bad_http_method", ErrorAction::Report,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The method is not allowed on this endpoint."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The catalog and the API disagree; send a report.")},
    {"unsupported_version", ErrorAction::Report,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "This API version is not supported."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Update the app or the base URL.")},
    {"unsupported_grant_type", ErrorAction::Report,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The grant type is not supported."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The app's sign-in is at odds with the API; send a report.")},
    {"max_limit_reached", ErrorAction::Notice,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "A quota or count limit was reached."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Read the limit explained below.")},
    {"permission_exists", ErrorAction::Notice,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The permission already exists."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Nothing to do.")},
};

// Codes ApiError derives where api/errors.md names none. The gateway ones are transient by nature
// (RFC 9110 §15.6.3-5), so they share internal_error's action rather than falling to notice.
constexpr Entry derivedEntries[] = {
    {"bad_gateway", ErrorAction::Retry,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "A gateway or proxy in front of the API got no valid answer from it."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Wait for the countdown, then try again; only idempotent requests are retried "
                       "automatically.")},
    {"service_unavailable", ErrorAction::Retry,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The API is overloaded or down for maintenance."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Wait for the countdown from Retry-After, or an exponential backoff with jitter, "
                       "then try again.")},
    {"gateway_timeout", ErrorAction::Retry,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "A gateway or proxy in front of the API timed out waiting for it."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Wait for the countdown, then try again; only idempotent requests are retried "
                       "automatically.")},
    // The account states the newer docs name ("Errors and troubleshooting", developer.cliquify.me), which
    // ApiError derives from the endpoint and status. Neither is cured by signing in or retrying.
    {"inactive_enterprise", ErrorAction::Notice,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "The customer's enterprise account is inactive, so no token is issued for it."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Only an administrator of the customer's Cliquify account can reactivate the "
                       "enterprise. Retrying or new credentials will not help until then.")},
    {"company_not_found", ErrorAction::Notice,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "The OAuth client is not linked to a company, so the API has nothing to answer "
                       "with."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Link the OAuth client to an active company in the Cliquify developer portal "
                       "(OAuth Clients page), then send the request again. There is no ID to check.")},
};

// Standard OAuth codes (RFC 6749 §5.2, RFC 6750 §3.1) that mean the same as a catalogue code.
struct Alias
{
    const char *alias;
    const char *code;
};
constexpr Alias aliases[] = {
    {"invalid_token", "invalid_access_token"},
    {"insufficient_scope", "missing_scope"},
    {"access_denied", "permission_denied"},
    {"server_error", "internal_error"},
    {"temporarily_unavailable", "service_unavailable"},
};

struct NetworkEntry
{
    NetworkFailure failure;
    const char *meaning;
    const char *hint;
};
constexpr NetworkEntry networkEntries[] = {
    {NetworkFailure::ConnectionRefused,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server refused the connection."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the base URL and that the server is running, then retry.")},
    {NetworkFailure::HostNotFound,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server's host name could not be resolved."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the base URL and the network connection, then retry.")},
    {NetworkFailure::Timeout, QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server did not answer in time."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Retry; if it keeps happening, the server or the network is slow.")},
    {NetworkFailure::Tls,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The secure connection failed (TLS handshake or certificate)."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the base URL's scheme and the server's certificate.")},
    {NetworkFailure::ConnectionLost,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The connection closed before the response was complete."),
     // A POST, PATCH, PUT or DELETE is never resent by the client (ApiClient): the server may have
     // acted on it, so sending it again blindly could do the work twice.
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Retry; for a POST, PATCH, PUT or DELETE, first check whether "
                                           "the server applied it.")},
    {NetworkFailure::TruncatedBody,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The response body was cut short, so it cannot be trusted."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Retry.")},
    {NetworkFailure::UndecodableBody,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server answered, but its compressed body (gzip or deflate) "
                                           "could not be decoded, so the body cannot be trusted."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The status and headers are the server's; check the server or "
                                           "the proxy that compresses the response, then retry.")},
    {NetworkFailure::BodyTooLarge,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The response body was over the size limit, so it was not read."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Narrow the request, for example with a smaller page size.")},
    {NetworkFailure::HeadersTooLarge,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "The response's headers were too large to read, so the response cannot be trusted."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the server or the proxy in between; this is not a "
                                           "problem with the request.")},
    {NetworkFailure::TooManyRedirects,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server redirected too many times."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the base URL.")},
    {NetworkFailure::UnsupportedRedirect,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server redirected to an address this app does not follow."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the base URL.")},
    {NetworkFailure::Cancelled, QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The request was cancelled."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Send it again when you are ready.")},
    {NetworkFailure::InvalidRequest,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "The request was not sent: a header, the method or the path holds characters that "
                       "cannot go on the wire (a line break, a control character)."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Correct the part named in the message, then send again.")},
    {NetworkFailure::Other,
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The request failed before a complete response arrived."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the network connection, then retry.")},
};

// The finer network codes (NetworkDiagnosis): the exact TLS check or proxy step, and the one fix.
struct NetworkDetailEntry
{
    const char *code;
    const char *meaning;
    const char *hint;
};
constexpr NetworkDetailEntry networkDetailEntries[] = {
    {"tls_untrusted",
     QT_TRANSLATE_NOOP(
         "cx::ErrorCatalog",
         "The server's certificate is not issued by a certificate authority this computer trusts."),
     QT_TRANSLATE_NOOP(
         "cx::ErrorCatalog",
         "If your company inspects HTTPS, add its CA certificate in Profile > Network (connect-cli: "
         "--cacert FILE); or check the fingerprint below with the server's owner and trust this "
         "certificate for the profile only (--pin).")},
    {"tls_self_signed",
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "The server's certificate is self-signed: no certificate authority vouches for it."),
     QT_TRANSLATE_NOOP(
         "cx::ErrorCatalog",
         "Check the fingerprint below with the server's owner, then trust this certificate for the "
         "profile only (Profile > Network, or connect-cli --pin).")},
    {"tls_expired", QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server's certificate has expired."),
     QT_TRANSLATE_NOOP(
         "cx::ErrorCatalog",
         "Check this computer's date and time; if they are right, the server's owner must renew "
         "the certificate.")},
    {"tls_not_yet_valid", QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server's certificate is not valid yet."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "This computer's clock is probably wrong: set the date and time, then retry.")},
    {"tls_hostname_mismatch",
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "The server's certificate is for other names than the base URL's host."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Use a base URL with one of the names the certificate holds (listed below).")},
    {"tls_client_cert_required",
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "The server requires a client certificate, and none was presented."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Ask the server's owner for a client certificate, then set it in Profile > Network "
                       "(connect-cli: --cert FILE --key FILE).")},
    {"tls_client_cert_refused",
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server refused the client certificate that was presented."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Check that it is the certificate issued for this server and that it has not expired; "
                       "ask the server's owner for a new one.")},
    {"tls_protocol",
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The app and the server share no TLS version or cipher."),
     QT_TRANSLATE_NOOP(
         "cx::ErrorCatalog",
         "The server needs TLS 1.2 or later with current ciphers; ask its owner to update it.")},
    {"proxy_refused", QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The proxy refused the connection."),
     QT_TRANSLATE_NOOP(
         "cx::ErrorCatalog",
         "Check the proxy's address and port in Profile > Network (or the https_proxy variable), "
         "or choose no proxy.")},
    {"proxy_auth_required",
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The proxy requires a user name and password (407)."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "Set the proxy's user and password in Profile > Network (connect-cli: --proxy "
                       "http://USER@HOST:PORT with the password in CONNECT_PROXY_PASSWORD).")},
    {"proxy_not_found", QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The proxy's host name could not be resolved."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the proxy's address, or choose no proxy.")},
    {"proxy_timeout", QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The proxy did not answer in time."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the proxy, or choose no proxy.")},
    {"proxy_closed",
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The proxy closed the connection before the server answered."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "The proxy may block this server; check with your network administrators.")},
    {"connect_timeout",
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "No connection to the server could be made in time."),
     QT_TRANSLATE_NOOP(
         "cx::ErrorCatalog",
         "Check the address and port, and that a firewall or VPN lets the connection through.")},
    {"response_timeout",
     QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server took the request but did not answer in time."),
     QT_TRANSLATE_NOOP("cx::ErrorCatalog",
                       "The server may be overloaded; try again later, or raise the timeout.")},
};

// The hint when only the status is known, per action.
const char *statusHint(ErrorAction action)
{
    switch (action) {
    case ErrorAction::Relogin:
        return QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Sign in again.");
    case ErrorAction::Permission:
        return QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the scopes and permissions of the client.");
    case ErrorAction::Retry:
        return QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Wait for the countdown, then try again.");
    case ErrorAction::FixRequest:
        return QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Correct the request and send it again.");
    case ErrorAction::NotFound:
        return QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Check the ID and the path.");
    case ErrorAction::Report:
        return QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The app and the API disagree; send a report.");
    case ErrorAction::Notice:
    case ErrorAction::Network:
        break;
    }
    return QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Read the server's message below.");
}

QString translated(const char *text)
{
    return QCoreApplication::translate(context, text);
}

ErrorInfo toInfo(const Entry &entry)
{
    return {QString::fromLatin1(entry.code), entry.action, translated(entry.meaning), translated(entry.hint),
            true};
}

template<std::size_t N> const Entry *findIn(const Entry (&table)[N], const QString &code)
{
    const auto it = std::find_if(std::begin(table), std::end(table),
                                 [&](const Entry &e) { return code == QLatin1String(e.code); });
    return it == std::end(table) ? nullptr : it;
}

const Entry *findEntry(const QString &code)
{
    if (const Entry *entry = findIn(documented, code))
        return entry;
    if (const Entry *entry = findIn(derivedEntries, code))
        return entry;
    for (const Alias &alias : aliases) {
        if (code == QLatin1String(alias.alias))
            return findEntry(QString::fromLatin1(alias.code));
    }
    return nullptr;
}

constexpr const char *actionNames[] = {"relogin",   "permission", "retry",  "fix_request",
                                       "not_found", "report",     "notice", "network"};

} // namespace

QList<ErrorInfo> ErrorCatalog::all()
{
    QList<ErrorInfo> infos;
    for (const Entry &entry : documented)
        infos.append(toInfo(entry));
    return infos;
}

QList<ErrorInfo> ErrorCatalog::derived()
{
    QList<ErrorInfo> infos;
    for (const Entry &entry : derivedEntries)
        infos.append(toInfo(entry));
    return infos;
}

ErrorInfo ErrorCatalog::lookup(const QString &code)
{
    if (const Entry *entry = findEntry(code)) {
        ErrorInfo info = toInfo(*entry);
        info.code = code; // an alias keeps its own name
        return info;
    }
    return {
        code, ErrorAction::Notice,
        translated(
            QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server sent a code this version does not know.")),
        translated(QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Read the code and the server's message below.")),
        false};
}

ErrorAction ErrorCatalog::actionForStatus(int status)
{
    switch (status) {
    case 400:
    case 413:
    case 415:
    case 422:
        return ErrorAction::FixRequest;
    case 401:
        return ErrorAction::Relogin;
    case 403:
        return ErrorAction::Permission;
    case 404:
        return ErrorAction::NotFound;
    case 405:
        return ErrorAction::Report;
    case 429:
        return ErrorAction::Retry;
    default:
        break;
    }
    return status >= 500 && status <= 599 ? ErrorAction::Retry : ErrorAction::Notice;
}

ErrorInfo ErrorCatalog::network(NetworkFailure failure)
{
    const auto it = std::find_if(std::begin(networkEntries), std::end(networkEntries),
                                 [&](const NetworkEntry &e) { return e.failure == failure; });
    const NetworkEntry &entry =
        it != std::end(networkEntries) ? *it : networkEntries[std::size(networkEntries) - 1];
    const NetworkFailure named = it != std::end(networkEntries) ? failure : NetworkFailure::Other;
    return {networkFailureName(named), ErrorAction::Network, translated(entry.meaning),
            translated(entry.hint), true};
}

ErrorInfo ErrorCatalog::network(const QString &code, NetworkFailure failure)
{
    for (const NetworkDetailEntry &entry : networkDetailEntries)
        if (code == QLatin1String(entry.code))
            return {code, ErrorAction::Network, translated(entry.meaning), translated(entry.hint), true};
    return network(failure);
}

QStringList ErrorCatalog::networkDetailCodes()
{
    QStringList codes;
    for (const NetworkDetailEntry &entry : networkDetailEntries)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

ErrorInfo ErrorCatalog::decide(const ApiError &error)
{
    return decideLate(error).info();
}

ErrorDecision ErrorCatalog::decideLate(const ApiError &error)
{
    ErrorDecision decision;
    decision.m_error = error;
    if (error.shape == ApiError::Shape::None) {
        decision.m_action = ErrorAction::Notice;
        decision.m_meaning =
            QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The request succeeded; there is no error.");
        return decision;
    }
    if (error.shape == ApiError::Shape::Network) {
        decision.m_action = ErrorAction::Network;
        decision.m_known = true;
        for (const NetworkDetailEntry &entry : networkDetailEntries) {
            if (error.code == QLatin1String(entry.code)) {
                decision.m_code = error.code;
                decision.m_meaning = entry.meaning;
                decision.m_hint = entry.hint;
                return decision;
            }
        }
        const auto it = std::find_if(std::begin(networkEntries), std::end(networkEntries),
                                     [&](const NetworkEntry &e) { return e.failure == error.failure; });
        const NetworkEntry &entry =
            it != std::end(networkEntries) ? *it : networkEntries[std::size(networkEntries) - 1];
        decision.m_code =
            networkFailureName(it != std::end(networkEntries) ? error.failure : NetworkFailure::Other);
        decision.m_meaning = entry.meaning;
        decision.m_hint = entry.hint;
        return decision;
    }

    decision.m_code = error.code;
    if (const Entry *entry = findEntry(error.code)) {
        decision.m_action = entry->action;
        decision.m_meaning = entry->meaning;
        decision.m_hint = entry->hint;
        decision.m_known = true;
        return decision;
    }
    decision.m_action = ErrorAction::Notice;
    decision.m_meaning =
        QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server sent a code this version does not know.");
    decision.m_hint = QT_TRANSLATE_NOOP("cx::ErrorCatalog", "Read the code and the server's message below.");

    // An unknown code from the server is shown as it came, with notice's plain explanation; but 401,
    // 429 and 5xx call for the same remedy whatever the code says (sign in, or wait and retry), and a
    // notice there would strand the user. Other statuses (a 403 with an account code, say) carry
    // codes we cannot second-guess.
    const ErrorAction byStatus = actionForStatus(error.status);
    const bool statusDecides = error.status == 401 || byStatus == ErrorAction::Retry;
    if (error.codeFromServer && !error.code.isEmpty() && !statusDecides)
        return decision;
    decision.m_action = byStatus;
    decision.m_hint = statusHint(byStatus);
    if (!error.codeFromServer) {
        decision.m_meaning = QT_TRANSLATE_NOOP("cx::ErrorCatalog", "The server answered with HTTP status %1 "
                                                                   "and no error code this version knows.");
        decision.m_meaningStatus = error.status;
    }
    return decision;
}

QString ErrorCatalog::actionName(ErrorAction action)
{
    return QString::fromLatin1(actionNames[static_cast<int>(action)]);
}

bool ErrorCatalog::actionFromName(const QString &name, ErrorAction *action)
{
    for (int i = 0; i < int(std::size(actionNames)); ++i) {
        if (name == QLatin1String(actionNames[i])) {
            if (action)
                *action = static_cast<ErrorAction>(i);
            return true;
        }
    }
    return false;
}

} // namespace cx
