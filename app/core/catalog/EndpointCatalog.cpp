#include "EndpointCatalog.h"

#include "io/BoundedRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::EndpointCatalog)
};

const QStringList HttpMethods = {QStringLiteral("get"),    QStringLiteral("put"),     QStringLiteral("post"),
                                 QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
                                 QStringLiteral("patch"),  QStringLiteral("trace")};

// Follows a local "$ref": "#/components/parameters/Page" one level (enough for parameters).
QJsonObject resolve(const QJsonObject &object, const QJsonObject &root)
{
    const QString ref = object.value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(QStringLiteral("#/")))
        return object;
    QJsonValue node = root;
    for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
        node = node.toObject().value(QString(part)
                                         .replace(QStringLiteral("~1"), QStringLiteral("/"))
                                         .replace(QStringLiteral("~0"), QStringLiteral("~")));
    return node.toObject();
}

QList<EndpointParameter> readParameters(const QJsonArray &array, const QJsonObject &root)
{
    QList<EndpointParameter> parameters;
    for (const QJsonValue &value : array) {
        const QJsonObject object = resolve(value.toObject(), root);
        EndpointParameter parameter;
        parameter.name = object.value(QStringLiteral("name")).toString();
        parameter.location = object.value(QStringLiteral("in")).toString();
        if (parameter.name.isEmpty() || parameter.location.isEmpty())
            continue;
        parameter.required =
            object.value(QStringLiteral("required")).toBool(parameter.location == QLatin1String("path"));
        parameter.description = object.value(QStringLiteral("description")).toString();
        const QJsonObject schema = resolve(object.value(QStringLiteral("schema")).toObject(), root);
        parameter.type = schema.value(QStringLiteral("type")).toString();
        const QJsonValue defaultValue = schema.value(QStringLiteral("default"));
        if (defaultValue.isDouble())
            parameter.defaultValue = QString::number(defaultValue.toDouble());
        else if (defaultValue.isString())
            parameter.defaultValue = defaultValue.toString();
        else if (defaultValue.isBool())
            parameter.defaultValue = defaultValue.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        parameters.append(parameter);
    }
    return parameters;
}

// Operation parameters override path-level ones with the same name and location (OpenAPI 3 §4.8.9).
QList<EndpointParameter> mergeParameters(QList<EndpointParameter> pathLevel,
                                         const QList<EndpointParameter> &own)
{
    for (const EndpointParameter &parameter : own) {
        pathLevel.removeIf([&](const EndpointParameter &p) {
            return p.name == parameter.name && p.location == parameter.location;
        });
        pathLevel.append(parameter);
    }
    return pathLevel;
}

// The union of the scopes of every requirement; `isAuthenticated` is false for `security: []`.
QStringList readScopes(const QJsonValue &security, bool *isAuthenticated)
{
    QStringList scopes;
    const QJsonArray requirements = security.toArray();
    *isAuthenticated = !(security.isArray() && requirements.isEmpty());
    for (const QJsonValue &requirement : requirements) {
        const QJsonObject object = requirement.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            for (const QJsonValue &scope : it.value().toArray()) {
                if (!scopes.contains(scope.toString()))
                    scopes.append(scope.toString());
            }
        }
    }
    return scopes;
}

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isTemplateSegment(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

// How well a template fits a concrete path: -1 for no fit, else the count of literal segments.
int fitScore(const QString &templatePath, const QString &concretePath)
{
    const QStringList wanted = segments(templatePath);
    const QStringList given = segments(concretePath.section(QLatin1Char('?'), 0, 0));
    if (wanted.size() != given.size())
        return -1;
    int literals = 0;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (isTemplateSegment(wanted.at(i))) {
            if (given.at(i).isEmpty())
                return -1;
        } else if (wanted.at(i) != given.at(i)) {
            return -1;
        } else {
            ++literals;
        }
    }
    return literals;
}

} // namespace

bool Endpoint::matches(const QString &concretePath) const
{
    return fitScore(path, concretePath) >= 0;
}

std::optional<EndpointCatalog> EndpointCatalog::fromFile(const QString &fileName, QString *error)
{
    const BoundedReadResult file = BoundedRead::readFile(fileName, BoundedRead::MaxOpenApi);
    if (!file.ok) {
        *error = file.error;
        return std::nullopt;
    }
    return fromJson(file.data, error);
}

std::optional<EndpointCatalog> EndpointCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("The API description is not valid JSON: %1 at offset %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString openapi = root.value(QStringLiteral("openapi")).toString();
    if (!openapi.startsWith(QStringLiteral("3."))) {
        *error =
            Tr::tr("The file is not an OpenAPI 3 document (its \"openapi\" field is \"%1\").").arg(openapi);
        return std::nullopt;
    }
    const QJsonObject paths = root.value(QStringLiteral("paths")).toObject();
    if (paths.isEmpty()) {
        *error = Tr::tr("The OpenAPI document describes no paths.");
        return std::nullopt;
    }

    EndpointCatalog catalog;
    const QJsonObject info = root.value(QStringLiteral("info")).toObject();
    catalog.m_title = info.value(QStringLiteral("title")).toString();
    catalog.m_version = info.value(QStringLiteral("version")).toString();
    for (const QJsonValue &tag : root.value(QStringLiteral("tags")).toArray())
        catalog.m_tagOrder.append(tag.toObject().value(QStringLiteral("name")).toString());
    const QJsonValue rootSecurity = root.value(QStringLiteral("security"));

    // QJsonObject iterates keys sorted; keep that order (stable, and groups /api/x with /api/x/{id}).
    for (auto pathIt = paths.begin(); pathIt != paths.end(); ++pathIt) {
        const QJsonObject pathItem = resolve(pathIt.value().toObject(), root);
        const QList<EndpointParameter> pathParameters =
            readParameters(pathItem.value(QStringLiteral("parameters")).toArray(), root);
        for (const QString &method : HttpMethods) {
            if (!pathItem.contains(method))
                continue;
            const QJsonObject operation = pathItem.value(method).toObject();
            Endpoint endpoint;
            endpoint.method = method.toUpper().toLatin1();
            endpoint.path = pathIt.key();
            endpoint.operationId = operation.value(QStringLiteral("operationId")).toString();
            endpoint.summary = operation.value(QStringLiteral("summary")).toString();
            endpoint.description = operation.value(QStringLiteral("description")).toString();
            for (const QJsonValue &tag : operation.value(QStringLiteral("tags")).toArray())
                endpoint.tags.append(tag.toString());
            endpoint.parameters = mergeParameters(
                pathParameters,
                readParameters(operation.value(QStringLiteral("parameters")).toArray(), root));
            endpoint.hasRequestBody = operation.contains(QStringLiteral("requestBody"));
            const QJsonValue security = operation.contains(QStringLiteral("security"))
                                            ? operation.value(QStringLiteral("security"))
                                            : rootSecurity;
            endpoint.requiredScopes = readScopes(security, &endpoint.isAuthenticated);
            if (security.isUndefined())
                endpoint.isAuthenticated = false;
            catalog.m_endpoints.append(endpoint);
        }
    }
    return catalog;
}

QStringList EndpointCatalog::tags() const
{
    QStringList tags = m_tagOrder;
    for (const Endpoint &endpoint : m_endpoints) {
        for (const QString &tag : endpoint.tags) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
    }
    return tags;
}

const Endpoint *EndpointCatalog::find(const QByteArray &method, const QString &concretePath) const
{
    const Endpoint *best = nullptr;
    int bestScore = -1;
    for (const Endpoint &endpoint : m_endpoints) {
        if (endpoint.method != method.toUpper())
            continue;
        const int score = fitScore(endpoint.path, concretePath);
        if (score > bestScore) {
            best = &endpoint;
            bestScore = score;
        }
    }
    return best;
}

const Endpoint *EndpointCatalog::listEndpointFor(const QString &concretePath) const
{
    QStringList parts = segments(concretePath.section(QLatin1Char('?'), 0, 0));
    // Walk up: /api/assets/7 -> /api/assets; an unknown /api/assets/7/x -> /api/assets/7 -> /api/assets.
    while (parts.size() > 1) {
        parts.removeLast();
        const QString parent = QLatin1Char('/') + parts.join(QLatin1Char('/'));
        if (const Endpoint *endpoint = find("GET", parent);
            endpoint && !endpoint->path.contains(QLatin1Char('{')))
            return endpoint;
    }
    return nullptr;
}

} // namespace cx
