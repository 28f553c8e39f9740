// Insomnia exports in: v4 JSON (`_type: export`, `__export_format: 4`) and v5 YAML
// (`type: collection.insomnia.rest/5.0`), as PortableSets.
//
// Request groups become folders (nested, outermost first), the base environment's data the set's
// variables (nested objects flattened as `a.b`), `{{ _.name }}` is read as `{{name}}`. Bodies: text
// with its mimeType, form-urlencoded and multipart params (files read relative to `directory` or
// noted), GraphQL as its JSON body. Authentication as in PostmanCollection: bearer and OAuth2 client
// credentials map onto the profile, the rest is noted as not sent. Template tags (`{% ... %}`),
// scripts, gRPC and WebSocket requests are noted and not run.
#pragma once

#include "material/PortableRequest.h"

#include <QByteArray>
#include <QString>

namespace cx {

namespace InsomniaExport {

struct ReadOptions
{
    VariableScope profileScope;
    QString directory; // multipart files are read relative to this; empty: noted, not read
    bool resolve = true;
};

PortableReadResult read(const QByteArray &data, const VariableScope &profileScope);
PortableReadResult read(const QByteArray &data, const ReadOptions &options);

// True when `data` looks like an Insomnia v4 JSON or v5 YAML export, for format detection.
bool looksLikeInsomnia(const QByteArray &data);

} // namespace InsomniaExport

} // namespace cx
