#include "net/RequestHygiene.h"

#include <QCoreApplication>

namespace cx {

namespace {

// The context lupdate files these strings under, and the one looked up at run time: a plain tr() helper
// would leave lupdate to guess it from the caller ("cx", "cx::RequestProblem"), never translated on screen.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::RequestHygiene)
};

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// The name as far as it can be shown: control characters become '?', so a message never carries them.
QByteArray printable(QByteArrayView text)
{
    QByteArray out = text.first(qMin<qsizetype>(64, text.size())).toByteArray();
    for (char &c : out) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7f)
            c = '?';
    }
    if (text.size() > 64)
        out += "...";
    return out;
}

// The reason a path holds a character that must never reach a request line. A horizontal tab is let
// through, as in a header value: it is percent-encoded like a space, and exported requests holding one
// must parse back the same.
QString controlProblem(QStringView text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\t'))
            continue;
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return Tr::tr("contains a line break (CR or LF)");
        if (c.unicode() == 0)
            return Tr::tr("contains a NUL character");
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Tr::tr("contains a control character (0x%1)").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

QString RequestProblem::describe() const
{
    const QString shown = QString::fromLatin1(printable(name));
    switch (part) {
    case Part::Method:
        return Tr::tr("The method %1").arg(reason);
    case Part::Path:
        return Tr::tr("The path %1").arg(reason);
    case Part::QueryName:
        return Tr::tr("Query parameter '%1': its name %2").arg(shown, reason);
    case Part::QueryValue:
        return Tr::tr("Query parameter '%1': its value %2").arg(shown, reason);
    case Part::HeaderName:
        return Tr::tr("Header '%1': its name %2").arg(shown, reason);
    case Part::HeaderValue:
        return Tr::tr("Header '%1': its value %2").arg(shown, reason);
    }
    return reason;
}

namespace RequestHygiene {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

QString headerValueProblem(QByteArrayView value)
{
    for (const char c : value) {
        const uchar u = uchar(c);
        if (u == '\r' || u == '\n')
            return Tr::tr("contains a line break (CR or LF)");
        if (u == 0)
            return Tr::tr("contains a NUL character");
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return Tr::tr("contains a control character (0x%1)").arg(u, 2, 16, QLatin1Char('0'));
    }
    return {};
}

bool isValidHeaderValue(QByteArrayView value)
{
    return headerValueProblem(value).isEmpty();
}

QString headerNameProblem(QByteArrayView name)
{
    if (name.isEmpty())
        return Tr::tr("is empty");
    const QString control = headerValueProblem(name);
    if (!control.isEmpty())
        return control;
    if (!isToken(name))
        return Tr::tr("is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)");
    return {};
}

QString pathProblem(QStringView path)
{
    // A space is percent-encoded on the way out, like any other character a URL cannot hold.
    return controlProblem(path);
}

QString queryProblem(QStringView text)
{
    // Query names and values are always percent-encoded on the way out (requestUrl()): a line break in
    // one is sent as %0A and cannot end the request line. They are data the user may mean (a multi-line
    // search), and requests the app exports as cURL must parse back the same, so nothing is refused.
    Q_UNUSED(text);
    return {};
}

std::optional<RequestProblem> check(const ApiRequest &request)
{
    const QByteArray method = request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method;
    if (!isToken(method)) {
        const QString control = headerValueProblem(method);
        return RequestProblem{RequestProblem::Part::Method,
                              -1,
                              {},
                              control.isEmpty() ? Tr::tr("is not a valid HTTP method (a token such as GET)")
                                                : control};
    }
    if (const QString problem = pathProblem(request.path); !problem.isEmpty())
        return RequestProblem{RequestProblem::Part::Path, -1, {}, problem};
    for (int i = 0; i < request.query.size(); ++i) {
        const auto &[name, value] = request.query.at(i);
        if (const QString problem = queryProblem(name); !problem.isEmpty())
            return RequestProblem{RequestProblem::Part::QueryName, i, name.toUtf8(), problem};
        if (const QString problem = queryProblem(value); !problem.isEmpty())
            return RequestProblem{RequestProblem::Part::QueryValue, i, name.toUtf8(), problem};
    }
    for (int i = 0; i < request.headers.size(); ++i) {
        const auto &[name, value] = request.headers.at(i);
        if (const QString problem = headerNameProblem(name); !problem.isEmpty())
            return RequestProblem{RequestProblem::Part::HeaderName, i, name, problem};
        if (const QString problem = headerValueProblem(value); !problem.isEmpty())
            return RequestProblem{RequestProblem::Part::HeaderValue, i, name, problem};
    }
    return std::nullopt;
}

} // namespace RequestHygiene

} // namespace cx
