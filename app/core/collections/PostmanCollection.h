// Postman collections in (v2.1 and v2.0; v1 is refused) and out (v2.1), as PortableSets.
//
// Reading follows what Postman itself sends: folders (nested, outermost first), the URL object built
// from its parts as Postman's SDK does (disabled query entries skipped, a key without value kept as
// `?key`, `:name` path variables filled), headers without the disabled ones, raw / urlencoded /
// formdata / graphql / file bodies, and Postman's automatic Content-Type for raw bodies. `{{names}}`
// are resolved from the profile's values first, then the collection's `variable` list; a name neither
// holds stays `{{name}}`, is listed in unresolvedVariables and named in a note. Auth blocks are
// inherited (request, then folders, then collection): bearer and OAuth2 client credentials become
// PortableAuth (the profile's token is used, the collection's token is never copied into a header);
// every other kind is noted as not sent. Scripts are noted, never run.
#pragma once

#include "material/PortableRequest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cx {

namespace PostmanCollection {

struct ReadOptions
{
    VariableScope profileScope; // first layer(s); the collection's variables come after
    // Form-data and binary files are read relative to this folder (the collection file's); empty:
    // such files are not read and a note says so.
    QString directory;
    // false: {{names}} are kept as written (the app keeps templates and resolves at send time); they
    // are still listed in unresolvedVariables when no layer holds them.
    bool resolve = true;
};

PortableReadResult read(const QByteArray &json, const VariableScope &profileScope);
PortableReadResult read(const QByteArray &json, const ReadOptions &options);

// A Postman v2.1 collection: folders as item groups, the set's variables and auth, the requests.
// Secrets (secret headers, secret variables, a literal bearer token) are masked unless
// `includeSecrets`; what Postman cannot express is appended to `notes` (may be null).
QByteArray write(const PortableSet &set, bool includeSecrets, QStringList *notes);

// True when `json` looks like a Postman collection (any version), for format detection.
bool looksLikePostman(const QByteArray &json);

} // namespace PostmanCollection

} // namespace cx
