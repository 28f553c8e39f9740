#include "EndpointInputs.h"

#include "ApiDocument.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace cx::sim {

namespace {

QJsonObject loadDocument()
{
    QFile file(cx::ApiDocument::resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Follows a local "$ref" ("#/components/parameters/page") once; other objects are returned as they are.
QJsonObject resolved(const QJsonObject &object, const QJsonObject &document)
{
    const QString ref = object.value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(QLatin1String("#/")))
        return object;
    QJsonValue at = document;
    for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
        at = at.toObject().value(part);
    return at.toObject();
}

EndpointInputs read(const QJsonObject &document, const QByteArray &method, const QString &pattern)
{
    EndpointInputs inputs;
    const QJsonObject pathItem = document.value(QStringLiteral("paths")).toObject().value(pattern).toObject();
    const QJsonObject operation = pathItem.value(QString::fromLatin1(method.toLower())).toObject();
    if (operation.isEmpty())
        return inputs;
    QJsonArray parameters = pathItem.value(QStringLiteral("parameters")).toArray();
    for (const QJsonValue &parameter : operation.value(QStringLiteral("parameters")).toArray())
        parameters.append(parameter);
    for (const QJsonValue &value : parameters) {
        const QJsonObject parameter = resolved(value.toObject(), document);
        const QString name = parameter.value(QStringLiteral("name")).toString();
        const QString in = parameter.value(QStringLiteral("in")).toString();
        QStringList *into = in == QLatin1String("query")  ? &inputs.queryParams
                            : in == QLatin1String("path") ? &inputs.pathParams
                                                          : nullptr;
        if (into && !name.isEmpty() && !into->contains(name))
            into->append(name);
    }
    const QJsonObject body = resolved(operation.value(QStringLiteral("requestBody")).toObject(), document);
    const QJsonObject schema = resolved(body.value(QStringLiteral("content"))
                                            .toObject()
                                            .value(QStringLiteral("application/json"))
                                            .toObject()
                                            .value(QStringLiteral("schema"))
                                            .toObject(),
                                        document);
    for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray())
        inputs.requiredBody.append(name.toString());
    inputs.bodyFields = inputs.requiredBody;
    // QJsonObject sorts its keys: the optional properties follow the required ones alphabetically.
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!inputs.bodyFields.contains(it.key()))
            inputs.bodyFields.append(it.key());
    }
    return inputs;
}

} // namespace

EndpointInputs EndpointInputs::of(const QByteArray &method, const QString &pattern)
{
    static const QJsonObject document = loadDocument();
    // Several simulators may run in one process, on different threads (the app's Demo, the tests).
    static QMutex mutex;
    static QHash<QString, EndpointInputs> cache;
    const QMutexLocker locker(&mutex);
    const QString key = QString::fromLatin1(method) + QLatin1Char(' ') + pattern;
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    return *cache.insert(key, read(document, method, pattern));
}

} // namespace cx::sim
