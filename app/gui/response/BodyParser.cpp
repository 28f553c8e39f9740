#include "response/BodyParser.h"

#include <QCoreApplication>

namespace cx::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cx::gui::ParsedBody", text);
}

bool looksLikeJson(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("json"))
        return true;
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// `json` (which QJsonDocument accepted) indented by four spaces a level, every token as written: members
// stay in the document's order and strings and numbers keep their spelling, where QJsonDocument::toJson
// sorts keys and rewrites both. Empty objects and arrays stay on one line.
QByteArray indentInOrder(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    const char *p = json.constData();
    const char *const end = p + json.size();
    int depth = 0;
    const auto newline = [&out](int level) {
        out += '\n';
        out.append(qsizetype(4) * level, ' ');
    };
    while (p < end) {
        const char c = *p;
        if (isSpace(c)) {
            ++p;
        } else if (c == '"') {
            const char *start = p++;
            while (p < end && *p != '"')
                p += *p == '\\' ? 2 : 1;
            p = qMin(p + 1, end);
            out.append(start, p - start);
        } else if (c == '{' || c == '[') {
            const char *next = p + 1;
            while (next < end && isSpace(*next))
                ++next;
            if (next < end && *next == (c == '{' ? '}' : ']')) {
                out += c;
                out += *next;
                p = next + 1;
            } else {
                out += c;
                newline(++depth);
                ++p;
            }
        } else if (c == '}' || c == ']') {
            newline(depth > 0 ? --depth : 0);
            out += c;
            ++p;
        } else if (c == ',') {
            out += ',';
            newline(depth);
            ++p;
        } else if (c == ':') {
            out += ": ";
            ++p;
        } else {
            const char *start = p;
            while (p < end && !isSpace(*p) && *p != ',' && *p != ':' && *p != '}' && *p != ']' && *p != '"' &&
                   *p != '{' && *p != '[')
                ++p;
            out.append(start, p - start);
        }
    }
    out += '\n';
    return out;
}
} // namespace

ParsedBody ParsedBody::parse(const QByteArray &body, const QByteArray &contentType)
{
    ParsedBody parsed;
    if (body.isEmpty())
        return parsed;
    parsed.kind = Kind::Raw;
    if (!looksLikeJson(body, contentType)) {
        parsed.rawReason = RawReason::NotJson;
        return parsed;
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::DeepNesting) {
        parsed.rawReason = RawReason::TooDeep;
        return parsed;
    }
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        parsed.rawReason = RawReason::Invalid;
        parsed.parseError = error.error;
        parsed.errorOffset = error.offset;
        return parsed;
    }
    parsed.kind = Kind::Json;
    parsed.pretty = indentInOrder(body);
    parsed.json = std::move(document);
    return parsed;
}

QString ParsedBody::note() const
{
    switch (rawReason) {
    case RawReason::None:
        return {};
    case RawReason::NotJson:
        return tr("The body is not JSON; it is shown as raw text.");
    case RawReason::TooDeep:
        return tr("The JSON nests deeper than %1 levels, too deep to show as a tree; it is shown raw.")
            .arg(MaxDepth);
    case RawReason::Invalid: {
        QJsonParseError error;
        error.error = parseError;
        error.offset = errorOffset;
        return tr("The body is not valid JSON (%1 at byte %2); it is shown as raw text.")
            .arg(error.errorString())
            .arg(errorOffset);
    }
    }
    return {};
}

} // namespace cx::gui
