// Where in the request a fix_request error points: the parameter, header or body position the
// server's message names (in quotes), else what the code implies. Pure logic, no widgets.
#pragma once

#include "errors/ApiError.h"
#include "net/ApiTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

struct FaultTarget
{
    enum class Kind {
        None,         // nothing to point at: the message is shown on its own
        QueryParam,   // `name` is a query parameter
        PathParam,    // `name` is a path parameter
        Header,       // `name` is a header
        BodyField,    // `name` is a field of the JSON body (it may be missing)
        BodyPosition, // `offset` is a character position in the body text
        Body,         // the body as a whole (too large, wrong format)
    };
    Kind kind = Kind::None;
    QString name;
    qsizetype offset = -1; // characters (not bytes) into the body text, for BodyPosition
    QString message;       // for a field a validation answer names: its messages, "; "-joined

    static QString kindName(Kind kind); // "none", "query", "path", "header", "field", "position", "body"
};

class FaultLocator
{
public:
    // `pathParams` are the names of the request template's {parameters}, used when the message names
    // none but there is only one to choose. A field named on a request that sends no body (none there,
    // or GET, HEAD, DELETE) is the path parameter of that name, else a query parameter.
    static FaultTarget locate(const ApiError &error, const ApiRequest &request,
                              const QStringList &pathParams = {});
    // One target per field a validation answer names (ApiError::fields), in its order: a path parameter
    // of that name, else a query parameter the request carries, else a key of the JSON body; a name found
    // nowhere belongs in the body when the request has one, else in the query (where a GET's input goes).
    static QList<FaultTarget> locateFields(const ApiError &error, const ApiRequest &request,
                                           const QStringList &pathParams = {});

    // The first name the message puts in quotes ('x', "x", `x`, ‘x’ or “x”), else empty.
    static QString quotedName(const QString &message);
    // The character where `body` (UTF-8) stops being JSON (the one the parser choked on); -1 when it
    // parses (or is empty).
    static qsizetype jsonErrorOffset(const QByteArray &body);
    // A position the message states ("offset 12", "position 12", "line 2, column 5"), in characters of
    // `bodyText`; -1 when it states none.
    static qsizetype statedOffset(const QString &message, const QString &bodyText);
};

} // namespace cx
