// The one table that turns an error code into a meaning, an action and a hint, for every front end.
#pragma once

#include "errors/ApiError.h"

#include <QList>
#include <QString>

namespace cx {

enum class ErrorAction { Relogin, Permission, Retry, FixRequest, NotFound, Report, Notice, Network };

struct ErrorInfo
{
    QString code;
    ErrorAction action = ErrorAction::Notice;
    QString meaning; // translated, one sentence
    QString hint;    // translated: what the user should do
    bool known = false; // false for codes this version does not know
};

class ErrorCatalog
{
public:
    // Every code of the catalogue (api/errors.md), in its order.
    static QList<ErrorInfo> all();
    // The entry for `code`; unknown codes give action Notice, known = false, code kept verbatim.
    static ErrorInfo lookup(const QString &code);
    // The decision for a whole error: the code when the server sent a known one, else the status
    // (401 relogin, 403 permission, 404 not_found, 405 report, 400/413/415/422 fix_request,
    // 429 and 5xx retry), else notice; transport failures give Network.
    static ErrorInfo decide(const ApiError &error);

    static QString actionName(ErrorAction action); // "relogin", "permission", "retry", ...
    static bool actionFromName(const QString &name, ErrorAction *action);
};

} // namespace cx
