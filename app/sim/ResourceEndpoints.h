// The GET /api/* resources over the seeded DataStore: lists with pagination and filters, and items by id.
#pragma once

#include "DataStore.h"
#include "RouteTable.h"
#include "SimHttp.h"

namespace cx::sim {

class ResourceEndpoints
{
public:
    explicit ResourceEndpoints(const DataStore &data) : m_data(data) {}

    // Answers `endpoint` (one of the /api endpoints); `id` is the {id} path segment when it has one.
    SimResponse handle(Endpoint endpoint, const SimRequest &request, const QString &id) const;

private:
    SimResponse list(const QList<QJsonObject> &items, const SimRequest &request) const;
    SimResponse templateItem(const QString &id) const;
    SimResponse assetItem(const QString &id) const;

    const DataStore &m_data;
};

} // namespace cx::sim
