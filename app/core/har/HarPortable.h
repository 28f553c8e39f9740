// The HAR side of the converter (connect-cli convert --from har / --to har, the app's import): HAR 1.2
// entries as PortableRequests and PortableSets back as HAR 1.2.
//
// read(): one request per entry, in file order. `url` is request.url exactly (queryString adds only the
// names the URL lacks: then the URL carries them too and a note says so); headers as the file has them,
// credentials included — the portable form is the customer's material, and whoever prints or sends it
// masks (write() below, Converter::toJson, HarEntry::requestForReplay); the body is postData.text
// exactly, or postData.params encoded as the browser would have. With a profile base URL, an entry on
// another origin gets a note saying it is not a Connect call and why.
//
// write(): HAR 1.2 that validates against the HAR schema. Requests only: each entry's response has
// status 0 and a comment saying nothing was sent from here. Unless `includeSecrets`, credentials are
// masked with Redactor (secret headers, secret query values, secret body fields: "[redacted]"), and a
// note says so. A body that is not UTF-8 text is written base64 with postData.encoding "base64" (the
// HAR 1.3 proposal's field; read() reads it back).
#pragma once

#include "material/PortableRequest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cx::HarPortable {

PortableReadResult read(const QByteArray &json, const QString &profileBaseUrl);
QByteArray write(const PortableSet &set, bool includeSecrets, QStringList *notes);

} // namespace cx::HarPortable
