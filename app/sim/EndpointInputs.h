// What a route takes as input, as the OpenAPI document (resources/connect-api.json) describes it: the
// fields of its JSON body, its query and path parameters. A simulated field error names one of these, so
// the error points at something the request really has (a body field of POST /oauth/introspect, a query
// parameter of a GET list) rather than at a body a GET never sends.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cx::sim {

struct EndpointInputs
{
    QStringList bodyFields;   // required ones first, then the other properties, in document order
    QStringList requiredBody; // the required ones alone
    QStringList queryParams;
    QStringList pathParams;

    // Read once from the embedded document; empty when the document has no such operation.
    static EndpointInputs of(const QByteArray &method, const QString &pattern);
};

} // namespace cx::sim
