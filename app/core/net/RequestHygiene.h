// The one check that a request can be put on the wire as the user wrote it: no CR, LF or NUL in a
// header (they would end the header early and let the rest of the value be read as another header or a
// whole second request, with our Authorization header appended to it), header names that are RFC 9110
// tokens, a method that is a token, and a path without control characters. Query names and values are
// percent-encoded on the way out (requestUrl()), so they may hold anything.
//
// Every entry point runs it: ApiClient refuses a request that fails it before anything is sent, and the
// CLI, the tour loader, the cURL, HAR and collection readers and the GUI's editor use it to name the
// part at fault early (the line, the row), instead of leaving it to the last line of defence.
#pragma once

#include "net/ApiTypes.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace cx {

struct RequestProblem
{
    enum class Part { Method, Path, QueryName, QueryValue, HeaderName, HeaderValue };
    Part part = Part::HeaderValue;
    int index = -1;  // the header's or query item's position in the request's list; -1 otherwise
    QByteArray name; // the header or query name (as far as it is printable), empty for method/path
    QString reason;  // translated, e.g. "contains a line break (CR or LF)"

    // A sentence naming the part and the reason, e.g. "Header 'X-Inj': its value contains a line break
    // (CR or LF)". Translated.
    QString describe() const;
};

namespace RequestHygiene {

// RFC 9110 token: one or more of the tchar set (letters, digits and !#$%&'*+-.^_`|~).
bool isToken(QByteArrayView text);
// A header field value: no CR, LF, NUL or other control character except horizontal tab (RFC 9110
// field-value; obs-text, bytes >= 0x80, is allowed).
bool isValidHeaderValue(QByteArrayView value);
// The reason `value` is not a valid header value (empty when it is), translated.
QString headerValueProblem(QByteArrayView value);
// The reason `name` is not a valid header name (empty when it is), translated.
QString headerNameProblem(QByteArrayView name);
// A path: no control characters (C0 except horizontal tab, or DEL).
QString pathProblem(QStringView path);
// A query name or value: always empty, as requestUrl() percent-encodes every one of them (kept so each
// part of a request has its check, should that change).
QString queryProblem(QStringView text);

// The first problem in `request`, or nothing when it can be sent as written.
std::optional<RequestProblem> check(const ApiRequest &request);

} // namespace RequestHygiene

} // namespace cx
