// What a request tab holds, before it becomes an ApiRequest: plain data, no widgets.
#pragma once

#include "catalog/EndpointCatalog.h"
#include "net/ApiTypes.h"

#include <QList>
#include <QMap>
#include <QString>

namespace cx::gui {

struct ParamRow
{
    bool enabled = true;
    QString name;
    QString value;
    QString description;
    bool required = false;
    // A secret header (Authorization, ...) whose value a saved draft did not keep: shown with its name
    // and a placeholder, never sent until a value is typed or pasted in again.
    bool valueNotSaved = false;

    friend bool operator==(const ParamRow &, const ParamRow &) = default;
};

struct RequestDraft
{
    QByteArray method = "GET";
    QString pathTemplate = QStringLiteral("/");
    QMap<QString, QString> pathValues;
    QList<ParamRow> query;
    QList<ParamRow> headers;
    QString body;

    // A request prepared from the endpoint: its query and header parameters pre-filled with their
    // defaults (enabled when required, disabled when optional), an empty JSON object when it takes a body.
    static RequestDraft fromEndpoint(const Endpoint &endpoint);

    QString resolvedPath() const;
    // Only enabled rows with a name are sent (and no header whose value was not saved). A body without a
    // Content-Type header is sent as JSON.
    ApiRequest toApiRequest() const;
    QString title() const;
};

} // namespace cx::gui
