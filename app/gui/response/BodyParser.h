// Turns a response body into what the viewer shows: a JSON document and its indented text, or the
// reason it is shown raw. Pure and thread-safe: ResponseView runs it on a worker thread.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>

namespace cx::gui {

struct ParsedBody
{
    enum class Kind { Empty, Json, Raw };
    // Why a body is shown raw; kept instead of the sentence so note() follows a language switch.
    enum class RawReason { None, NotJson, TooDeep, Invalid };
    Kind kind = Kind::Empty;
    RawReason rawReason = RawReason::None;
    QJsonParseError::ParseError parseError = QJsonParseError::NoError; // Invalid only
    int errorOffset = 0;                                               // Invalid only
    QJsonDocument json;
    QByteArray pretty; // indented JSON, UTF-8, members in the document's order (Json only)

    // QJsonDocument's own limit: deeper bodies are refused and shown raw.
    static constexpr int MaxDepth = 1024;

    static ParsedBody parse(const QByteArray &body, const QByteArray &contentType);

    // Why the body is shown raw, in the current language; empty when it is not.
    QString note() const;
};

} // namespace cx::gui
