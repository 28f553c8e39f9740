// Which scopes a permission error is about: the ones the error names, else the endpoint's required
// scopes minus the token's granted ones. One rule for the error panel and connect-cli's --json.
#pragma once

#include "errors/ApiError.h"

#include <QStringList>

namespace cx {

class MissingScopes
{
public:
    // The scopes the failure names: WWW-Authenticate's scope, else a quoted name in a message that
    // talks about a scope ("lacks the 'assets:read' scope"). Empty when it names none.
    static QStringList namedBy(const ApiError &error);
    // What is missing: what the error names, else `required` minus `granted`. The docs' /api/* 403 says
    // only {"message": "..."}, so the catalog's required scopes are all there is to go on; with nothing
    // granted known, every required scope is listed.
    static QStringList of(const ApiError &error, const QStringList &required, const QStringList &granted);
};

} // namespace cx
