#include "ResponseSnapshot.h"

#include "catalog/EndpointCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace cx::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::gui::ResponseSnapshot)
};
} // namespace

QJsonObject ResponseSnapshot::callOutput() const
{
    // The same shape as connect-cli call --json, so the two compare alike.
    const QJsonObject headers = foldedHeadersJson(response.headers);
    QJsonObject object{
        {QStringLiteral("status"),
         response.status > 0 ? QJsonValue(response.status) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("headers"), headers},
    };
    const QByteArray &bytes = response.body;
    if (bytes.isEmpty()) {
        object.insert(QStringLiteral("body"), QJsonValue(QJsonValue::Null));
        return object;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        object.insert(QStringLiteral("body"),
                      document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
        return object;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError()) {
        object.insert(QStringLiteral("body"), text);
        return object;
    }
    object.insert(QStringLiteral("body"), QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("body_base64"), QString::fromLatin1(bytes.toBase64()));
    return object;
}

QString ResponseSnapshot::statusText() const
{
    if (response.status == 0 && response.failure == NetworkFailure::None && !response.body.isEmpty())
        return Tr::tr("response body only");
    if (response.hasHttpResponse())
        return Tr::tr("HTTP %1 %2").arg(response.status).arg(QString::fromLatin1(response.reason)).trimmed();
    return Tr::tr("no response: %1").arg(response.failureCode());
}

QString endpointKeyFor(const EndpointCatalog &catalog, const ApiRequest &request)
{
    QString path = request.path;
    path.truncate(path.indexOf(QLatin1Char('?')) < 0 ? path.size() : path.indexOf(QLatin1Char('?')));
    if (const Endpoint *endpoint = catalog.find(request.method, path))
        return QString::fromLatin1(endpoint->method) + QLatin1Char(' ') + endpoint->path;
    return QString::fromLatin1(request.method.toUpper()) + QLatin1Char(' ') + path;
}

} // namespace cx::gui
