#include "ApiError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <algorithm>
#include <optional>

namespace cx {

namespace {

// Only this much of an HTML or text body is decoded for its message: titles and first lines sit at the
// top, and decoding megabytes of a proxy page to show one line would stall the caller.
constexpr qsizetype messagePrefixBytes = 64 * 1024;
// A code longer than this is not a machine code anyone wrote on purpose (more likely a message or an
// echo of the request): we derive one from the status instead of showing it as the code.
constexpr qsizetype maxCodeChars = 128;

// Callers mark their literals with QT_TRANSLATE_NOOP("cx::ApiError", ...) so lupdate finds them.
QString translated(const char *text)
{
    return QCoreApplication::translate("cx::ApiError", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

QByteArray withoutBom(const QByteArray &body)
{
    return body.startsWith("\xEF\xBB\xBF") ? body.sliced(3) : body;
}

// The first non-blank byte, if any. Scans from the front, so a huge body with content near the start
// costs nothing.
std::optional<char> firstNonSpace(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (!isSpace(c))
            return c;
    }
    return std::nullopt;
}

// "Application/Problem+JSON; charset=utf-8" -> "application/problem+json".
QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isJsonMediaType(const QByteArray &type)
{
    return type == "application/json" || type == "text/json" || type.endsWith("+json");
}

bool isHtmlMediaType(const QByteArray &type)
{
    return type == "text/html" || type == "application/xhtml+xml";
}

// A body that starts like HTML is read as HTML even when the proxy sent no or a wrong Content-Type.
bool looksLikeHtml(const QByteArray &body)
{
    if (firstNonSpace(body) != '<')
        return false;
    const QByteArray head = body.left(1024).toLower();
    for (const char *marker : {"<!doctype html", "<html", "<head", "<body", "<title", "<h1"}) {
        if (head.contains(marker))
            return true;
    }
    return false;
}

QString reasonPhrase(int status)
{
    // RFC 9110 §15 reason phrases: protocol names, deliberately not translated.
    static const QHash<int, const char *> phrases = {
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {402, "Payment Required"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {406, "Not Acceptable"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {411, "Length Required"},
        {412, "Precondition Failed"},
        {413, "Content Too Large"},
        {414, "URI Too Long"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Content"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    return QString::fromLatin1(phrases.value(status, ""));
}

// The message when the server gave no words of its own: "HTTP 404 Not Found".
QString statusDescription(int status)
{
    const QString phrase = reasonPhrase(status);
    return phrase.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                            : QStringLiteral("HTTP %1 %2").arg(status).arg(phrase);
}

// Collapses whitespace, drops control characters (a raw body must not drive the user's terminal) and
// shortens to one readable line.
QString oneLine(const QString &text)
{
    QString line;
    line.reserve(qMin(text.size(), ApiError::maxMessageChars + 1));
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !line.isEmpty();
            continue;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        if (pendingSpace)
            line += QLatin1Char(' ');
        pendingSpace = false;
        line += c;
        if (line.size() > ApiError::maxMessageChars)
            break;
    }
    if (line.size() > ApiError::maxMessageChars) {
        line.truncate(ApiError::maxMessageChars - 1);
        line += QChar(0x2026); // …
    }
    return line;
}

// Decodes at most `limit` bytes as UTF-8 without splitting a multi-byte sequence at the cut.
QString utf8Prefix(const QByteArray &bytes, qsizetype limit)
{
    if (bytes.size() <= limit)
        return QString::fromUtf8(bytes);
    qsizetype cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(bytes.constData(), cut);
}

QString decodeEntities(const QString &text)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QStringLiteral(" ")},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype semicolon = text.at(i) == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i) : -1;
        if (semicolon < 0 || semicolon - i > 10) {
            out += text.at(i);
            continue;
        }
        const QString name = text.mid(i + 1, semicolon - i - 1);
        QString replacement = named.value(name);
        if (replacement.isEmpty() && name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive);
            const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10FFFF && QChar::isPrint(char32_t(code)))
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        }
        if (replacement.isEmpty()) {
            out += text.at(i);
            continue;
        }
        out += replacement;
        i = semicolon;
    }
    return out;
}

// The text between `<tag ...>` and `</tag`, tags inside replaced by spaces; empty when absent.
// A linear search rather than a regular expression: the page is untrusted and may be huge.
QString elementText(const QByteArray &page, const QByteArray &lowerPage, qsizetype openAt,
                    const QByteArray &closeTag)
{
    const qsizetype contentStart = lowerPage.indexOf('>', openAt);
    if (contentStart < 0)
        return {};
    qsizetype contentEnd = lowerPage.indexOf(closeTag, contentStart);
    if (contentEnd < 0)
        contentEnd = page.size();
    QString inner = utf8Prefix(page.mid(contentStart + 1, contentEnd - contentStart - 1), messagePrefixBytes);
    QString text;
    bool inTag = false;
    for (QChar c : inner) {
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>') && inTag) {
            inTag = false;
            text += QLatin1Char(' '); // "<p>a</p><p>b</p>" reads "a b", not "ab"
        } else if (!inTag) {
            text += c;
        }
    }
    return oneLine(decodeEntities(text));
}

// Position of the first `<tag` whose name ends there (so "<title" does not match "<titles").
qsizetype findOpenTag(const QByteArray &lowerPage, const QByteArray &tag, qsizetype from = 0)
{
    for (qsizetype at = lowerPage.indexOf(tag, from); at >= 0; at = lowerPage.indexOf(tag, at + 1)) {
        const qsizetype after = at + tag.size();
        if (after >= lowerPage.size() || lowerPage.at(after) == '>' || lowerPage.at(after) == '/' ||
            isSpace(lowerPage.at(after)))
            return at;
    }
    return -1;
}

// A proxy page's <title>, else its first heading (h1..h6, whichever comes first).
QString htmlMessage(const QByteArray &body)
{
    const QByteArray page = body.left(messagePrefixBytes);
    const QByteArray lower = page.toLower();
    if (const qsizetype at = findOpenTag(lower, "<title"); at >= 0) {
        const QString title = elementText(page, lower, at, "</title");
        if (!title.isEmpty())
            return title;
    }
    qsizetype first = -1;
    QByteArray firstClose;
    for (char level = '1'; level <= '6'; ++level) {
        const QByteArray tag = QByteArray("<h") + level;
        const qsizetype at = findOpenTag(lower, tag);
        if (at >= 0 && (first < 0 || at < first)) {
            first = at;
            firstClose = QByteArray("</h") + level;
        }
    }
    return first < 0 ? QString() : elementText(page, lower, first, firstClose);
}

// The first non-blank line of a plain body.
QString textMessage(const QByteArray &body)
{
    const QString text = utf8Prefix(body, messagePrefixBytes);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString shown = oneLine(line);
        if (!shown.isEmpty())
            return shown;
    }
    return {};
}

// One RFC 9110 §11.6.1 challenge's parameters, as far as RFC 6750 needs them.
struct Challenge
{
    QByteArray error;
    QString description;
    QString scope;
};

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Reads a token or a quoted-string (with backslash escapes) starting at `pos`.
QByteArray readParamValue(const QByteArray &header, qsizetype &pos)
{
    QByteArray value;
    if (pos < header.size() && header.at(pos) == '"') {
        for (++pos; pos < header.size() && header.at(pos) != '"'; ++pos) {
            if (header.at(pos) == '\\' && pos + 1 < header.size())
                ++pos;
            value += header.at(pos);
        }
        ++pos; // the closing quote
        return value;
    }
    while (pos < header.size() && (isTokenChar(header.at(pos)) || header.at(pos) == '/' ||
                                   header.at(pos) == '=' || header.at(pos) == ':'))
        value += header.at(pos++);
    return value;
}

// RFC 6750 §3: error = 1*( %x20-21 / %x23-5B / %x5D-7E ). Anything else (a BOM, control bytes, only
// blanks) cannot be a code, and the status decides instead.
bool isErrorValue(const QByteArray &value)
{
    const auto allowed = [](char c) { return c >= 0x20 && c <= 0x7E && c != '"' && c != '\\'; };
    return !value.trimmed().isEmpty() && std::all_of(value.begin(), value.end(), allowed);
}

// Parses every challenge of a WWW-Authenticate value ("Basic realm=x, Bearer error=..." included) and
// returns the first that carries an `error` parameter, preferring Bearer's.
Challenge parseChallenge(const QByteArray &header)
{
    Challenge found, current;
    QByteArray scheme;
    auto finish = [&] {
        if (!current.error.isEmpty() &&
            (found.error.isEmpty() || scheme.compare("bearer", Qt::CaseInsensitive) == 0))
            found = current;
        current = {};
    };
    qsizetype pos = 0;
    while (pos < header.size()) {
        const char c = header.at(pos);
        if (isSpace(c) || c == ',' || !isTokenChar(c)) {
            ++pos; // separators, and anything a token68 holds that a token cannot
            continue;
        }
        QByteArray name;
        while (pos < header.size() && isTokenChar(header.at(pos)))
            name += header.at(pos++);
        qsizetype look = pos;
        while (look < header.size() && isSpace(header.at(look)))
            ++look;
        const bool isParam = look < header.size() && header.at(look) == '=' &&
                             (look + 1 >= header.size() || header.at(look + 1) != '=');
        if (!isParam) {
            if (look < header.size() && header.at(look) == '=') { // token68 padding such as "abc=="
                pos = look;
                while (pos < header.size() && header.at(pos) == '=')
                    ++pos;
                continue;
            }
            finish();
            scheme = name;
            continue;
        }
        pos = look + 1;
        while (pos < header.size() && isSpace(header.at(pos)))
            ++pos;
        const QByteArray value = readParamValue(header, pos);
        const QByteArray key = name.toLower();
        if (key == "error" && isErrorValue(value))
            current.error = value;
        else if (key == "error_description")
            current.description = QString::fromUtf8(value);
        else if (key == "scope")
            current.scope = QString::fromUtf8(value);
    }
    finish();
    return found;
}

QString bearerErrorCode(const QByteArray &error)
{
    if (error == "invalid_token")
        return QStringLiteral("invalid_access_token");
    if (error == "insufficient_scope")
        return QStringLiteral("missing_scope");
    return QString::fromLatin1(error.trimmed()); // invalid_request, or an extension kept verbatim
}

// The status table for bodies that name no code. Every entry is a code ErrorCatalog knows; 502, 503 and
// 504 have no code in api/errors.md, so they get the client's own names, which the catalogue maps to retry.
QString statusCode(int status)
{
    switch (status) {
    case 400:
    case 422:
        return QStringLiteral("invalid_request");
    case 401:
        return QStringLiteral("invalid_access_token");
    case 403:
        return QStringLiteral("permission_denied");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("bad_http_method");
    case 413:
        return QStringLiteral("request_too_large");
    case 415:
        return QStringLiteral("unsupported_content_type");
    case 429:
        return QStringLiteral("too_many_requests");
    case 500:
        return QStringLiteral("internal_error");
    case 502:
        return QStringLiteral("bad_gateway");
    case 503:
        return QStringLiteral("service_unavailable");
    case 504:
        return QStringLiteral("gateway_timeout");
    default:
        break;
    }
    return status > 0 ? QStringLiteral("http_%1").arg(status) : QStringLiteral("unknown_error");
}

// A body without a code gets one from WWW-Authenticate's error, else from the status.
QString codeFor(int status, const Challenge &challenge)
{
    return challenge.error.isEmpty() ? statusCode(status) : bearerErrorCode(challenge.error);
}

QString stringMember(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// A usable machine code: non-blank and short; anything else is ignored and the code derived.
QString machineCode(const QString &candidate)
{
    const QString code = candidate.trimmed();
    return code.size() <= maxCodeChars ? code : QString();
}

// "https://api.example.com/problems/missing_scope" -> "missing_scope"; "about:blank" means "no type".
QString problemTypeCode(const QString &type)
{
    QString uri = type.trimmed();
    if (uri.isEmpty() || uri == QLatin1String("about:blank"))
        return {};
    if (const qsizetype query = uri.indexOf(QLatin1Char('?')); query >= 0)
        uri.truncate(query);
    while (uri.endsWith(QLatin1Char('/')))
        uri.chop(1);
    const qsizetype cut = std::max({uri.lastIndexOf(QLatin1Char('/')), uri.lastIndexOf(QLatin1Char('#')),
                                    uri.lastIndexOf(QLatin1Char(':'))});
    return machineCode(uri.mid(cut + 1));
}

bool looksLikeProblem(const QJsonObject &object)
{
    const bool hasText =
        object.value(QLatin1String("title")).isString() || object.value(QLatin1String("detail")).isString();
    return hasText && (object.contains(QLatin1String("type")) || object.contains(QLatin1String("status")));
}

// {field: ["msg", ...]} (a lone string per field is read too): the validation errors a Laravel-style API
// sends, bare or under "errors" / "details". Empty when any value is something else: then it is no field
// list. QJsonObject keeps no order, so the fields come sorted by name.
QList<FieldError> fieldList(const QJsonValue &value, bool arraysOnly)
{
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    QList<FieldError> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        FieldError field{it.key().trimmed(), {}};
        if (field.name.isEmpty())
            return {};
        if (it->isString() && !arraysOnly) {
            field.messages << it->toString();
        } else if (it->isArray()) {
            for (const QJsonValue &message : it->toArray()) {
                if (!message.isString())
                    return {};
                field.messages << message.toString();
            }
        } else {
            return {};
        }
        fields << field;
    }
    return fields;
}

// The words of a validation answer that gave no message of its own: each field's first message.
QString fieldsMessage(const QList<FieldError> &fields)
{
    QStringList words;
    for (const FieldError &field : fields)
        words << (field.messages.isEmpty() ? field.name : field.messages.constFirst());
    return oneLine(words.join(QLatin1Char(' ')));
}

// Fills code, message and shape from a JSON object in one of the known shapes; false when it is none.
// The order matters: a code names itself, then the layered shapes of the newer docs, most specific first.
bool readKnownObject(const QJsonObject &object, const QByteArray &type, ApiError &error)
{
    const QString code = machineCode(stringMember(object, QLatin1String("code")));
    const QString oauthError = machineCode(stringMember(object, QLatin1String("error")));
    if (type == "application/problem+json" ||
        (code.isEmpty() && oauthError.isEmpty() && looksLikeProblem(object))) {
        error.shape = ApiError::Shape::Problem;
        error.code = code.isEmpty() ? problemTypeCode(stringMember(object, QLatin1String("type"))) : code;
        error.message = stringMember(object, QLatin1String("detail"));
        if (error.message.isEmpty())
            error.message = stringMember(object, QLatin1String("title"));
        if (error.status <= 0)
            error.status = object.value(QLatin1String("status")).toInt();
    } else if (!code.isEmpty()) {
        error.shape = ApiError::Shape::CodeMessage;
        error.code = code;
        error.message = stringMember(object, QLatin1String("message"));
    } else if (!oauthError.isEmpty()) {
        error.shape = ApiError::Shape::OAuth;
        error.code = oauthError;
        error.message = stringMember(object, QLatin1String("error_description"));
        if (error.message.isEmpty()) // some token endpoints put the words in "message"
            error.message = stringMember(object, QLatin1String("message"));
    } else if (const QList<FieldError> fields = fieldList(object.value(QLatin1String("errors")), false);
               !fields.isEmpty()) {
        // Laravel's default: {"message": "The given data was invalid.", "errors": {"name": ["..."]}}.
        error.shape = ApiError::Shape::Validation;
        error.fields = fields;
        error.message = stringMember(object, QLatin1String("message"));
        if (error.message.trimmed().isEmpty())
            error.message = fieldsMessage(fields);
    } else if (object.value(QLatin1String("success")).isBool()) {
        // The /oauth/* endpoints: {"success": false, "message": "Inactive enterprise", "details": []}
        // ("Get an access token"), introspect and revoke with "data" instead of "details".
        error.shape = ApiError::Shape::SuccessMessage;
        error.message = stringMember(object, QLatin1String("message"));
        error.fields = fieldList(object.value(QLatin1String("details")), false);
        if (error.layer == ApiError::Layer::Unknown) // only the /oauth/* endpoints answer like this
            error.layer = object.contains(QLatin1String("data")) ? ApiError::Layer::TokenHelper
                                                                 : ApiError::Layer::Token;
    } else if (object.value(QLatin1String("message")).isString() && !object.contains(QLatin1String("code")) &&
               !object.contains(QLatin1String("error"))) {
        // /api/*: {"message": "Company not found"}; extra debugging members (exception, trace) are ignored.
        error.shape = ApiError::Shape::Message;
        error.message = stringMember(object, QLatin1String("message"));
    } else if (const QList<FieldError> fields = fieldList(object, true); !fields.isEmpty()) {
        // The docs' request validation shape, bare: {"name": ["The name field is required."]}. Arrays
        // only, so an unknown object of plain strings ({"status": "fail"}) is not taken for fields.
        error.shape = ApiError::Shape::Validation;
        error.fields = fields;
        error.message = fieldsMessage(fields);
    } else {
        return false;
    }
    if (error.fields.isEmpty()) // {"code": "invalid_field", "message": ..., "errors": {...}} names them too
        error.fields = fieldList(object.value(QLatin1String("errors")), false);
    error.codeFromServer = !error.code.isEmpty();
    return true;
}

bool mentions(const QString &message, QLatin1String word)
{
    return message.contains(word, Qt::CaseInsensitive);
}

// The decision table for a body that names no code, by the layer that answered (the quick reference of
// "Errors and troubleshooting", developer.cliquify.me/errors-2072699m0). Empty when the layer says nothing
// beyond the status.
QString layerCode(const ApiError &error)
{
    using Layer = ApiError::Layer;
    // "403 ... missing scope, or inactive enterprise" (Overview): the words tell which, on any layer.
    if (error.status == 403 && mentions(error.message, QLatin1String("inactive")) &&
        mentions(error.message, QLatin1String("enterprise")))
        return QStringLiteral("inactive_enterprise");
    switch (error.layer) {
    case Layer::Token:
        if (error.status == 401) // wrong client id or secret: renewing with them can only fail again
            return QStringLiteral("invalid_client");
        if (error.status == 403) // the enterprise account is inactive
            return QStringLiteral("inactive_enterprise");
        break;
    case Layer::Resource:
        if (error.status == 404 && mentions(error.message, QLatin1String("company")))
            return QStringLiteral("company_not_found");
        if (error.status == 403 &&
            error.shape == ApiError::Shape::Message) // "token is missing required scopes"
            return QStringLiteral("missing_scope");
        break;
    case Layer::Unknown:
        // Only the /api/* message shape says "Company not found"; a resource's own 404 says which id.
        if (error.status == 404 && error.shape == ApiError::Shape::Message &&
            mentions(error.message, QLatin1String("company")))
            return QStringLiteral("company_not_found");
        break;
    case Layer::TokenHelper:
        // "422 on introspect or revoke: token is invalid, expired, or not provided": re-authenticate.
        if (error.status == 422 && error.fields.isEmpty())
            return QStringLiteral("invalid_access_token");
        break;
    }
    if ((error.status == 422 || error.status == 400) && !error.fields.isEmpty())
        return QStringLiteral("invalid_field");
    return {};
}

// Words from a JSON object in no known shape (say {"code": 42, "message": "..."}), else none.
QString looseJsonMessage(const QJsonObject &object)
{
    for (const char *key : {"message", "error_description", "detail", "title"}) {
        const QString text = stringMember(object, QLatin1String(key));
        if (!text.trimmed().isEmpty())
            return text;
    }
    return {};
}

// The message for a body that gave none: the challenge's description (naming a missing scope), else
// the status line.
QString fallbackMessage(int status, const Challenge &challenge)
{
    QString message = challenge.description.trimmed();
    if (!challenge.scope.isEmpty() && !message.contains(challenge.scope)) {
        const QString scope =
            translated(QT_TRANSLATE_NOOP("cx::ApiError", "Required scope: %1.")).arg(challenge.scope);
        if (!message.isEmpty() && !message.back().isPunct())
            message += QLatin1Char('.'); // "Not allowed. Required scope: x." rather than a run-on
        message = message.isEmpty() ? scope : message + QLatin1Char(' ') + scope;
    }
    return message.isEmpty() ? statusDescription(status) : message;
}

} // namespace

QString ApiError::derivedCode(int status, const QByteArray &wwwAuthenticate)
{
    return codeFor(status, parseChallenge(wwwAuthenticate));
}

ApiError ApiError::fromBody(int status, const QByteArray &contentType, const QByteArray &rawBody,
                            const QByteArray &wwwAuthenticate, const QString &path)
{
    ApiError error;
    error.status = status;
    error.path = path;
    error.layer = layerOf(path);
    const Challenge challenge = parseChallenge(wwwAuthenticate);
    error.requiredScope = challenge.scope;

    const QByteArray body = withoutBom(rawBody);
    const QByteArray type = mediaType(contentType);
    const std::optional<char> first = firstNonSpace(body);
    if (!first) {
        error.shape = Shape::Empty;
    } else if ((first == '{' || first == '[' || isJsonMediaType(type)) && body.size() <= maxParsedBody) {
        QJsonParseError parseError;
        // Malformed JSON, nesting beyond QJsonDocument's 1,024 levels and invalid UTF-8 inside strings all
        // fail here, and the body is then shown as text.
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
        if (isObject && readKnownObject(document.object(), type, error)) {
            // read
        } else {
            error.shape = Shape::Text;
            error.message = isObject ? oneLine(looseJsonMessage(document.object())) : QString();
            if (error.message.isEmpty())
                error.message = textMessage(body);
        }
    } else if (isHtmlMediaType(type) || looksLikeHtml(body)) {
        error.shape = Shape::Html;
        error.message = htmlMessage(body);
    } else {
        error.shape = Shape::Text;
        error.message = textMessage(body);
    }

    if (error.code.isEmpty()) {
        // WWW-Authenticate's RFC 6750 error first, then the layer's table, then the status.
        error.code = challenge.error.isEmpty() ? layerCode(error) : bearerErrorCode(challenge.error);
        if (error.code.isEmpty())
            error.code = statusCode(error.status);
        error.codeFromServer = false;
    }
    if (error.message.trimmed().isEmpty())
        error.message = fallbackMessage(error.status, challenge);
    return error;
}

ApiError::Layer ApiError::layerOf(const QString &rawPath)
{
    QString path = rawPath.trimmed();
    if (const qsizetype query = path.indexOf(QLatin1Char('?')); query >= 0)
        path.truncate(query);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    // A base URL may carry a path of its own (https://host/connect/api/...): match the tail.
    if (path.endsWith(QLatin1String("/oauth/access-token")))
        return Layer::Token;
    if (path.endsWith(QLatin1String("/oauth/introspect")) || path.endsWith(QLatin1String("/oauth/revoke")))
        return Layer::TokenHelper;
    if (path.endsWith(QLatin1String("/api")) || path.contains(QLatin1String("/api/")))
        return Layer::Resource;
    return Layer::Unknown;
}

QString ApiError::layerName(Layer layer)
{
    switch (layer) {
    case Layer::Token:
        return QStringLiteral("token");
    case Layer::TokenHelper:
        return QStringLiteral("token_helper");
    case Layer::Resource:
        return QStringLiteral("resource");
    case Layer::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ApiError ApiError::fromResponse(const ApiResponse &response)
{
    ApiError error;
    error.status = response.status;
    error.path = response.url.path();
    error.layer = layerOf(error.path);
    error.retryAfter = response.header("Retry-After");
    // A failure wins over any status line: Qt reports a truncated body as 200 plus an error, and a
    // half-read body must never pass for success.
    const NetworkFailure failure = response.failure == NetworkFailure::None && response.status <= 0
                                       ? NetworkFailure::Other
                                       : response.failure;
    if (failure != NetworkFailure::None) {
        error.shape = Shape::Network;
        error.failure = failure;
        // The finer name when the client knows one (tls_expired, proxy_auth_required, ...).
        error.code = response.failure == failure ? response.failureCode() : networkFailureName(failure);
        error.certificate = response.certificate;
        error.message =
            response.failureDetail.trimmed().isEmpty()
                ? translated(QT_TRANSLATE_NOOP("cx::ApiError", "No complete response (%1).")).arg(error.code)
                : response.failureDetail;
        return error;
    }
    if (response.status >= 200 && response.status < 300)
        return error; // Shape::None

    ApiError read = fromBody(response.status, response.contentType(), response.body,
                             response.header("WWW-Authenticate"), response.url.path());
    read.retryAfter = error.retryAfter;
    return read;
}

QString ApiError::shapeName(Shape shape)
{
    switch (shape) {
    case Shape::None:
        return QStringLiteral("none");
    case Shape::CodeMessage:
        return QStringLiteral("code_message");
    case Shape::OAuth:
        return QStringLiteral("oauth");
    case Shape::Problem:
        return QStringLiteral("problem");
    case Shape::Message:
        return QStringLiteral("message");
    case Shape::SuccessMessage:
        return QStringLiteral("success_message");
    case Shape::Validation:
        return QStringLiteral("validation");
    case Shape::Html:
        return QStringLiteral("html");
    case Shape::Text:
        return QStringLiteral("text");
    case Shape::Empty:
        return QStringLiteral("empty");
    case Shape::Network:
        break;
    }
    return QStringLiteral("network");
}

} // namespace cx
