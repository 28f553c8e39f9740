// The one table that turns an error code into a meaning, an action and a hint, for every front end.
#pragma once

#include "errors/ApiError.h"

#include <QList>
#include <QString>

namespace cx {

class ErrorDecision;

enum class ErrorAction { Relogin, Permission, Retry, FixRequest, NotFound, Report, Notice, Network };

struct ErrorInfo
{
    QString code;
    ErrorAction action = ErrorAction::Notice;
    QString meaning;    // translated, one sentence
    QString hint;       // translated: what the user should do
    bool known = false; // false for codes this version does not know
};

class ErrorCatalog
{
public:
    // Every code of the catalogue (api/errors.md), in its order.
    static QList<ErrorInfo> all();
    // The codes this client derives where api/errors.md names none (always with codeFromServer false):
    // bad_gateway, service_unavailable, gateway_timeout for bare 502, 503 and 504 answers, all Retry;
    // inactive_enterprise (403 from the token endpoint) and company_not_found (404 from /api/* naming the
    // company), both Notice: the account's state, which no retry or sign-in cures. lookup() knows them too.
    static QList<ErrorInfo> derived();
    // The entry for `code`; unknown codes give action Notice, known = false, code kept verbatim.
    // Besides all() and derived(), the standard OAuth codes a token endpoint or gateway may send are
    // known as aliases of their catalogue twins, keeping their own name: invalid_token,
    // insufficient_scope, access_denied, server_error, temporarily_unavailable.
    static ErrorInfo lookup(const QString &code);
    // The decision for a whole error: the code when it is a known one (sent, or derived from the
    // status / WWW-Authenticate), else the status (401 relogin, 403 permission, 404 not_found,
    // 405 report, 400/413/415/422 fix_request, 429 and 5xx retry, other notice); transport failures give
    // Network. An unknown code the server sent gives Notice unless the status is 401, 429 or 5xx, whose
    // remedy does not depend on the code: then the status's action, still with known = false and the
    // code verbatim. A non-error (shape None) gives Notice with an empty code.
    static ErrorInfo decide(const ApiError &error);
    // The same decision with its texts kept untranslated: ErrorDecision::meaning() and hint() translate
    // them when asked, so one decision serves every language the user switches to afterwards.
    // decide(error) is decideLate(error).info().
    static ErrorDecision decideLate(const ApiError &error);
    // The action a bare status calls for (the table above).
    static ErrorAction actionForStatus(int status);
    // The entry for a failure without an HTTP response: action Network, code networkFailureName().
    static ErrorInfo network(NetworkFailure failure);
    // The finer entry for a network code that names the exact TLS check or proxy step that failed
    // (NetworkDiagnosis: tls_expired, proxy_auth_required, ...), each with the one thing to do; falls back
    // to network(failure) for any other code.
    static ErrorInfo network(const QString &code, NetworkFailure failure);
    // Every finer network code, in the catalogue's order.
    static QStringList networkDetailCodes();

    static QString actionName(ErrorAction action); // "relogin", "permission", "retry", ...
    static bool actionFromName(const QString &name, ErrorAction *action);
};

} // namespace cx
