#include "Pagination.h"

#include <QJsonArray>

namespace cx::sim {

namespace {

// Strict integer parse: "12" yes, "12abc", "", "1.5" no.
std::optional<qint64> toInteger(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

bool matches(const QJsonObject &item, const ListQuery &query)
{
    if (!query.search.isEmpty() &&
        !item.value(QStringLiteral("name")).toString().contains(query.search, Qt::CaseInsensitive))
        return false;
    if (!query.tag.isEmpty() && !item.value(QStringLiteral("tags")).toArray().contains(query.tag))
        return false;
    if (query.folderId && item.value(QStringLiteral("folder_id")).toInteger() != *query.folderId)
        return false;
    return true;
}

} // namespace

bool Pagination::parse(const QUrlQuery &query, ListQuery *result, QString *error)
{
    ListQuery parsed;
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (query.hasQueryItem(QStringLiteral("page"))) {
        const auto page = toInteger(value("page"));
        if (!page || *page < 1 || *page > 1000000) {
            *error = QStringLiteral("Query parameter 'page' must be an integer of at least 1.");
            return false;
        }
        parsed.page = int(*page);
    }
    if (query.hasQueryItem(QStringLiteral("per_page"))) {
        const auto perPage = toInteger(value("per_page"));
        if (!perPage || *perPage < 1 || *perPage > MaxPerPage) {
            *error =
                QStringLiteral("Query parameter 'per_page' must be an integer from 1 to %1.").arg(MaxPerPage);
            return false;
        }
        parsed.perPage = int(*perPage);
    }
    if (query.hasQueryItem(QStringLiteral("folder_id"))) {
        const auto folder = toInteger(value("folder_id"));
        if (!folder || *folder < 1) {
            *error = QStringLiteral("Query parameter 'folder_id' must be a positive integer.");
            return false;
        }
        parsed.folderId = *folder;
    }
    parsed.search = value("search").trimmed();
    parsed.tag = value("tag").trimmed();
    *result = parsed;
    return true;
}

QJsonObject Pagination::page(const QList<QJsonObject> &items, const ListQuery &query)
{
    QList<QJsonObject> filtered;
    for (const QJsonObject &item : items) {
        if (matches(item, query))
            filtered << item;
    }
    const qsizetype total = filtered.size();
    // An empty list still has one (empty) page, so last_page is never 0.
    const qsizetype lastPage = qMax<qsizetype>(1, (total + query.perPage - 1) / query.perPage);
    QJsonArray data;
    const qsizetype first = qsizetype(query.page - 1) * query.perPage;
    for (qsizetype i = first; i < total && i < first + query.perPage; ++i)
        data.append(filtered.at(i));
    return QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("current_page"), query.page},
                                             {QStringLiteral("per_page"), query.perPage},
                                             {QStringLiteral("total"), qint64(total)},
                                             {QStringLiteral("last_page"), qint64(lastPage)}}},
    };
}

} // namespace cx::sim
