// A small YAML reader, enough for Insomnia v5 exports (which Insomnia writes with the `yaml` package):
// block mappings and sequences, flow collections on one line, plain, single- and double-quoted scalars,
// literal and folded block scalars, comments. Anchors, aliases, tags and multi-document streams are not
// supported (refused with the line). Result as JSON values: plain `true`/`false`/`null`/numbers typed,
// everything else a string.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace cx::MiniYaml {

struct Result
{
    bool ok = false;
    QJsonValue value;
    QString error; // translated, names the line
};

Result parse(const QByteArray &text);

} // namespace cx::MiniYaml
