// One side of a comparison: a response as it was received (status, headers, body), with where it came
// from (a profile, a tab) and when. Plain data, no widgets.
#pragma once

#include "net/ApiTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cx {
class EndpointCatalog;
}

namespace cx::gui {

struct ResponseSnapshot
{
    QString label;        // the profile's name or the tab's title
    QDateTime time;       // when it arrived
    ApiResponse response; // the body left out when it was too large to keep (bodyDropped)
    qint64 size = 0;      // the body's size as received
    bool bodyDropped = false;
    QString endpointKey;        // "GET /api/templates/{id}": what the ignored paths are remembered for
    bool bodyTruncated = false; // only the first part of the body was kept (a history entry's)

    // What JsonDiff::compareCallOutputs() compares: {status, headers, body} (body_base64 for bytes that
    // are not UTF-8 text), the headers' names in lower case, repeats folded into one value.
    QJsonObject callOutput() const;
    // "HTTP 200 OK", or the failure ("no response: connection_refused").
    QString statusText() const;
};

// "GET /api/templates/{id}" when the catalogue knows the endpoint, else the method and the path sent.
QString endpointKeyFor(const EndpointCatalog &catalog, const ApiRequest &request);

} // namespace cx::gui
