// Turns a response body into what the viewer shows: a JSON document and its indented text, or the
// reason it is shown raw. Pure and thread-safe: ResponseView runs it on a worker thread.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace cx::gui {

struct ParsedBody
{
    enum class Kind { Empty, Json, Raw };
    Kind kind = Kind::Empty;
    QJsonDocument json;
    QByteArray pretty; // indented JSON, UTF-8 (Json only)
    QString note;      // why the body is shown raw (not JSON, too deep), empty otherwise

    // QJsonDocument's own limit: deeper bodies are refused and shown raw.
    static constexpr int MaxDepth = 1024;

    static ParsedBody parse(const QByteArray &body, const QByteArray &contentType);
};

} // namespace cx::gui
