// Reads the list query (page, per_page, search, tag, folder_id) and cuts one page out of a list.
// The docs give no pagination scheme; page/per_page/meta is the simulator's assumption (connect-api.json).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace cx::sim {

struct ListQuery
{
    int page = 1;
    int perPage = 20;
    QString search;                 // case-insensitive substring of "name"
    QString tag;                    // exact member of "tags"
    std::optional<qint64> folderId; // exact "folder_id"
};

class Pagination
{
public:
    static constexpr int DefaultPerPage = 20;
    static constexpr int MaxPerPage = 100;

    // Parses `query`; on a bad value returns false and sets `error` to a message naming the parameter
    // in single quotes, e.g. "Query parameter 'per_page' must be an integer from 1 to 100.".
    static bool parse(const QUrlQuery &query, ListQuery *result, QString *error);

    // Applies the filters, then answers {"data":[...page...],"meta":{current_page,per_page,total,last_page}}.
    static QJsonObject page(const QList<QJsonObject> &items, const ListQuery &query);
};

} // namespace cx::sim
