#include "FormBody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrlQuery>

namespace cx::sim {

bool FormBody::parse(const SimRequest &request, QHash<QString, QString> *fields, QString *error)
{
    const QByteArray contentType = request.header("content-type").toLower();
    if (contentType.contains("application/x-www-form-urlencoded")) {
        // QUrlQuery leaves '+' alone; in a form it is a space.
        QByteArray body = request.body;
        body.replace('+', ' ');
        const QUrlQuery form(QString::fromUtf8(body));
        for (const auto &item : form.queryItems(QUrl::FullyDecoded))
            fields->insert(item.first, item.second);
        return true;
    }
    if (request.body.trimmed().isEmpty())
        return true; // no body: the caller reports the missing fields by name
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("The request body must be a JSON object.");
        return false;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            fields->insert(it.key(), it.value().toString());
        else if (it.value().isDouble())
            fields->insert(it.key(), QString::number(it.value().toDouble()));
    }
    return true;
}

} // namespace cx::sim
