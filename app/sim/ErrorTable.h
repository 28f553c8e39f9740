// The simulator's side of the error catalogue: which HTTP status and message each documented code is
// answered with. Statuses the docs leave open follow RFC 9110 / RFC 6749 (see connect-api.json).
#pragma once

#include <QString>
#include <QStringList>

namespace cx::sim {

struct ErrorSpec
{
    QString code;
    int status = 0;
    QString message;
    int retryAfterSeconds = 0; // > 0: the answer carries Retry-After
};

class ErrorTable
{
public:
    // The spec for `code`, or nullptr when the code is not in the catalogue.
    static const ErrorSpec *find(const QString &code);
    static QStringList codes();
};

} // namespace cx::sim
