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
    parsed.pretty = document.toJson(QJsonDocument::Indented);
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
