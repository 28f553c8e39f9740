// Pieces the Postman and Insomnia readers share: auth notes, variable resolution of a request, form
// bodies, files next to the collection. Internal to app/core/collections.
#pragma once

#include "material/PortableRequest.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace cx::CollectionCommon {

struct FormPart
{
    QString name;
    QString value; // text parts
    bool isFile = false;
    QString fileSrc;     // file parts: the path as the collection states it
    QString contentType; // as the collection states it, may be empty
};

// A note for a request whose effective auth is not mapped onto the profile (empty for Bearer, OAuth2
// client credentials, None and Inherit), and the one for the mapped kinds.
QString authNote(const PortableAuth &auth);

// A JSON value as the tools turn it into text: strings as they are, whole numbers without a fraction,
// booleans as true/false (Postman's SDK); with `containersAsJson` also arrays and objects as compact
// JSON (Insomnia keeps those in environments), else they give "".
QString scalarText(const QJsonValue &value, bool containersAsJson);

// Resolves {{names}} in url, headers and body from `scope` (when `resolve`), lists what stays
// unresolved and adds the note naming them.
void resolveRequest(PortableRequest &request, const VariableScope &scope, bool resolve);

// application/x-www-form-urlencoded, keys and values percent-encoded except unreserved characters.
QByteArray urlEncodedBody(const QList<QPair<QString, QString>> &fields);

// multipart/form-data with a boundary derived from the content (the same input gives the same bytes).
// Files are read relative to `directory`; one that cannot be read is left out and noted.
QByteArray multipartBody(const QList<FormPart> &parts, const QString &directory, QByteArray *contentType,
                         QStringList *notes);

// Reads a file the collection names, relative to `directory`; a note says why when it cannot.
std::optional<QByteArray> readSideFile(const QString &src, const QString &directory, QStringList *notes);

bool hasHeader(const HeaderList &headers, QByteArrayView name);

} // namespace cx::CollectionCommon
