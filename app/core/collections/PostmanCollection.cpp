#include "PostmanCollection.h"

#include "CollectionCommon.h"
#include "export/Redactor.h"
#include "io/BoundedRead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace cx::PostmanCollection {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::PostmanCollection)
};

using namespace CollectionCommon;

struct Failure
{
    QString error;
};

QString scalarText(const QJsonValue &value)
{
    return CollectionCommon::scalarText(value, false);
}

bool isDisabled(const QJsonObject &object)
{
    return object.value(QLatin1String("disabled")).toBool(false);
}

// v2.1 stores auth parameters as [{key, value}], v2.0 as an object.
QMap<QString, QString> authParams(const QJsonValue &value)
{
    QMap<QString, QString> params;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject param = item.toObject();
            params.insert(param.value(QLatin1String("key")).toString(),
                          scalarText(param.value(QLatin1String("value"))));
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            params.insert(it.key(), scalarText(it.value()));
    }
    return params;
}

PortableAuth readAuth(const QJsonValue &value, const QString &path)
{
    PortableAuth auth;
    if (value.isUndefined()) {
        auth.kind = PortableAuth::Kind::Inherit;
        return auth;
    }
    if (value.isNull())
        return auth; // Postman writes `auth: null` for "No Auth"
    if (!value.isObject())
        throw Failure{Tr::tr("%1: an auth block must be an object").arg(path)};
    const QJsonObject object = value.toObject();
    const QString type = object.value(QLatin1String("type")).toString();
    const QMap<QString, QString> params = authParams(object.value(type));
    if (type == QLatin1String("noauth") || type.isEmpty()) {
        auth.kind = PortableAuth::Kind::None;
    } else if (type == QLatin1String("inherit")) {
        auth.kind = PortableAuth::Kind::Inherit;
    } else if (type == QLatin1String("bearer")) {
        auth.kind = PortableAuth::Kind::Bearer;
        auth.token = params.value(QStringLiteral("token"));
    } else if (type == QLatin1String("oauth2")) {
        const QString grant =
            params.value(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        if (grant == QLatin1String("client_credentials")) {
            auth.kind = PortableAuth::Kind::OAuth2ClientCredentials;
            auth.tokenUrl = params.value(QStringLiteral("accessTokenUrl"));
            auth.clientId = params.value(QStringLiteral("clientId"));
            auth.scope = params.value(QStringLiteral("scope"));
            auth.hasSecret = !params.value(QStringLiteral("clientSecret")).isEmpty();
        } else {
            auth.kind = PortableAuth::Kind::Other;
            auth.otherName = QStringLiteral("oauth2 (%1)").arg(grant);
        }
    } else if (type == QLatin1String("basic")) {
        auth.kind = PortableAuth::Kind::Basic;
        auth.clientId = params.value(QStringLiteral("username"));
        auth.hasSecret = !params.value(QStringLiteral("password")).isEmpty();
    } else {
        auth.kind = PortableAuth::Kind::Other;
        auth.otherName = type;
        // Which of its parameters are secret is not known here; none is copied anyway.
    }
    return auth;
}

QString joinedParts(const QJsonValue &value, QChar separator)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray()) {
            if (part.isObject()) // v2.0 path segments {type, value}
                parts.append(scalarText(part.toObject().value(QLatin1String("value"))));
            else
                parts.append(scalarText(part));
        }
        return parts.join(separator);
    }
    return scalarText(value);
}

// The URL as Postman's SDK (Url.toString) builds it from the object's parts.
QString readUrl(const QJsonValue &value, const QString &path, QStringList *notes)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    if (!value.isObject())
        throw Failure{Tr::tr("%1: the URL must be a string or an object").arg(path)};
    const QJsonObject url = value.toObject();
    const QJsonValue host = url.value(QLatin1String("host"));
    if (host.isUndefined() || host.isNull()) {
        const QJsonValue raw = url.value(QLatin1String("raw"));
        if (!raw.isString() && !raw.isUndefined())
            throw Failure{Tr::tr("%1.raw: must be a string").arg(path)};
        return raw.toString();
    }
    QString result;
    const QString protocol = url.value(QLatin1String("protocol")).toString();
    if (!protocol.isEmpty())
        result += protocol + QLatin1String("://");
    result += joinedParts(host, QLatin1Char('.'));
    const QString port = scalarText(url.value(QLatin1String("port")));
    if (!port.isEmpty())
        result += QLatin1Char(':') + port;

    // Path variables: `:name` segments take their value from url.variable.
    QMap<QString, QString> pathVariables;
    for (const QJsonValue &item : url.value(QLatin1String("variable")).toArray()) {
        const QJsonObject variable = item.toObject();
        const QString key = variable.value(QLatin1String("key")).toString();
        const QJsonValue variableValue = variable.value(QLatin1String("value"));
        if (!key.isEmpty() && !variableValue.isUndefined() && !variableValue.isNull())
            pathVariables.insert(key, scalarText(variableValue));
    }
    const QJsonValue pathValue = url.value(QLatin1String("path"));
    if (pathValue.isArray()) {
        QStringList segments;
        for (const QJsonValue &part : pathValue.toArray()) {
            QString segment = part.isObject() ? scalarText(part.toObject().value(QLatin1String("value")))
                                              : scalarText(part);
            if (segment.startsWith(QLatin1Char(':')) && pathVariables.contains(segment.mid(1)))
                segment = pathVariables.value(segment.mid(1));
            segments.append(segment);
        }
        result += QLatin1Char('/') + segments.join(QLatin1Char('/'));
    } else if (pathValue.isString()) {
        const QString text = pathValue.toString();
        result += text.startsWith(QLatin1Char('/')) ? text : QLatin1Char('/') + text;
    }

    QStringList query;
    const QJsonValue queryValue = url.value(QLatin1String("query"));
    if (!queryValue.isUndefined() && !queryValue.isNull() && !queryValue.isArray())
        throw Failure{Tr::tr("%1.query: must be a list").arg(path)};
    int skipped = 0;
    for (const QJsonValue &item : queryValue.toArray()) {
        const QJsonObject param = item.toObject();
        if (isDisabled(param)) {
            ++skipped;
            continue;
        }
        const QJsonValue key = param.value(QLatin1String("key"));
        const QJsonValue paramValue = param.value(QLatin1String("value"));
        QString text = key.isNull() || key.isUndefined() ? QString() : scalarText(key);
        if (!paramValue.isNull() && !paramValue.isUndefined())
            text += QLatin1Char('=') + scalarText(paramValue);
        query.append(text);
    }
    if (skipped > 0)
        notes->append(Tr::tr("%n disabled query parameter(s) left out.", nullptr, skipped));
    if (!query.isEmpty())
        result += QLatin1Char('?') + query.join(QLatin1Char('&'));
    const QString hash = url.value(QLatin1String("hash")).toString();
    if (!hash.isEmpty())
        result += QLatin1Char('#') + hash;
    return result;
}

HeaderList readHeaders(const QJsonValue &value, const QString &path, QStringList *notes)
{
    HeaderList headers;
    if (value.isUndefined() || value.isNull())
        return headers;
    if (value.isString()) { // v2.0 allows "Name: value\nName: value"
        for (const QString &line : value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                throw Failure{Tr::tr("%1: '%2' is not a header line").arg(path, line)};
            headers.append({line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
        }
        return headers;
    }
    if (!value.isArray())
        throw Failure{Tr::tr("%1: must be a list of headers").arg(path)};
    int skipped = 0;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            throw Failure{Tr::tr("%1[%2]: a header must be an object").arg(path).arg(i)};
        const QJsonObject header = array.at(i).toObject();
        if (isDisabled(header)) {
            ++skipped;
            continue;
        }
        const QString key = header.value(QLatin1String("key")).toString();
        if (key.isEmpty())
            continue;
        headers.append({key.toUtf8(), scalarText(header.value(QLatin1String("value"))).toUtf8()});
    }
    if (skipped > 0)
        notes->append(Tr::tr("%n disabled header(s) left out.", nullptr, skipped));
    return headers;
}

QByteArray rawContentType(const QJsonObject &body)
{
    const QString language = body.value(QLatin1String("options"))
                                 .toObject()
                                 .value(QLatin1String("raw"))
                                 .toObject()
                                 .value(QLatin1String("language"))
                                 .toString();
    if (language == QLatin1String("json"))
        return "application/json";
    if (language == QLatin1String("xml"))
        return "application/xml";
    if (language == QLatin1String("html"))
        return "text/html";
    if (language == QLatin1String("javascript"))
        return "application/javascript";
    return "text/plain";
}

void readBody(const QJsonValue &value, const QString &path, const ReadOptions &options,
              PortableRequest &request)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject())
        throw Failure{Tr::tr("%1: a body must be an object").arg(path)};
    const QJsonObject body = value.toObject();
    if (isDisabled(body)) {
        request.notes.append(Tr::tr("The body is disabled in the collection; none is sent."));
        return;
    }
    const QString mode = body.value(QLatin1String("mode")).toString();
    QByteArray contentType;
    if (mode == QLatin1String("raw")) {
        const QJsonValue raw = body.value(QLatin1String("raw"));
        if (!raw.isString() && !raw.isUndefined() && !raw.isNull())
            throw Failure{Tr::tr("%1.raw: must be a string").arg(path)};
        request.body = raw.toString().toUtf8();
        request.hasBody = !request.body.isEmpty();
        contentType = rawContentType(body);
    } else if (mode == QLatin1String("urlencoded")) {
        const QJsonValue fields = body.value(QLatin1String("urlencoded"));
        if (!fields.isArray() && !fields.isUndefined())
            throw Failure{Tr::tr("%1.urlencoded: must be a list").arg(path)};
        QList<QPair<QString, QString>> pairs;
        for (const QJsonValue &item : fields.toArray()) {
            const QJsonObject field = item.toObject();
            if (isDisabled(field))
                continue;
            pairs.append({field.value(QLatin1String("key")).toString(),
                          scalarText(field.value(QLatin1String("value")))});
        }
        request.body = urlEncodedBody(pairs);
        request.hasBody = !pairs.isEmpty();
        contentType = "application/x-www-form-urlencoded";
    } else if (mode == QLatin1String("formdata")) {
        const QJsonValue fields = body.value(QLatin1String("formdata"));
        if (!fields.isArray() && !fields.isUndefined())
            throw Failure{Tr::tr("%1.formdata: must be a list").arg(path)};
        QList<FormPart> parts;
        for (const QJsonValue &item : fields.toArray()) {
            const QJsonObject field = item.toObject();
            if (isDisabled(field))
                continue;
            FormPart part;
            part.name = field.value(QLatin1String("key")).toString();
            part.contentType = field.value(QLatin1String("contentType")).toString();
            if (field.value(QLatin1String("type")).toString() == QLatin1String("file")) {
                part.isFile = true;
                const QJsonValue src = field.value(QLatin1String("src"));
                if (src.isArray()) {
                    const QJsonArray sources = src.toArray();
                    if (sources.size() > 1)
                        request.notes.append(
                            Tr::tr("Form field '%1' names several files; only the first is read.")
                                .arg(part.name));
                    part.fileSrc = sources.isEmpty() ? QString() : sources.first().toString();
                } else {
                    part.fileSrc = src.toString();
                }
            } else {
                part.value = scalarText(field.value(QLatin1String("value")));
            }
            parts.append(part);
        }
        if (!parts.isEmpty()) {
            request.body = multipartBody(parts, options.directory, &contentType, &request.notes);
            request.hasBody = true;
        }
    } else if (mode == QLatin1String("graphql")) {
        const QJsonObject graphql = body.value(QLatin1String("graphql")).toObject();
        QJsonObject json;
        json.insert(QStringLiteral("query"), graphql.value(QLatin1String("query")).toString());
        const QJsonValue variables = graphql.value(QLatin1String("variables"));
        if (variables.isString() && !variables.toString().trimmed().isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(variables.toString().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                throw Failure{
                    Tr::tr("%1.graphql.variables: not a JSON object (%2)").arg(path, error.errorString())};
            json.insert(QStringLiteral("variables"), document.object());
        } else if (variables.isObject()) {
            json.insert(QStringLiteral("variables"), variables);
        }
        request.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        request.hasBody = true;
        contentType = "application/json";
    } else if (mode == QLatin1String("file")) {
        const QString src =
            body.value(QLatin1String("file")).toObject().value(QLatin1String("src")).toString();
        if (const std::optional<QByteArray> data = readSideFile(src, options.directory, &request.notes)) {
            request.body = *data;
            request.hasBody = true;
        }
    } else if (!mode.isEmpty()) {
        request.notes.append(Tr::tr("Body mode '%1' is not known; no body is sent.").arg(mode));
    }
    if (request.hasBody && !contentType.isEmpty() && !hasHeader(request.headers, "Content-Type"))
        request.headers.append({"Content-Type", contentType});
}

bool hasScripts(const QJsonObject &object)
{
    for (const QJsonValue &item : object.value(QLatin1String("event")).toArray()) {
        const QJsonObject script = item.toObject().value(QLatin1String("script")).toObject();
        const QJsonValue exec = script.value(QLatin1String("exec"));
        if ((exec.isArray() && !exec.toArray().isEmpty()) ||
            (exec.isString() && !exec.toString().trimmed().isEmpty()))
            return true;
    }
    return false;
}

struct Walker
{
    const ReadOptions &options;
    VariableScope scope;
    PortableSet set;

    void walk(const QJsonArray &items, const QString &path, const QStringList &folder,
              const PortableAuth &inherited, bool inheritedScripts)
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!items.at(i).isObject())
                throw Failure{Tr::tr("%1: an item must be an object").arg(itemPath)};
            const QJsonObject item = items.at(i).toObject();
            const QString name = scalarText(item.value(QLatin1String("name")));
            PortableAuth auth =
                readAuth(item.value(QLatin1String("auth")), itemPath + QLatin1String(".auth"));
            if (auth.kind == PortableAuth::Kind::Inherit)
                auth = inherited;
            const bool scripts = inheritedScripts || hasScripts(item);
            const QJsonValue children = item.value(QLatin1String("item"));
            if (!children.isUndefined()) {
                if (!children.isArray())
                    throw Failure{Tr::tr("%1.item: must be a list").arg(itemPath)};
                walk(children.toArray(), itemPath + QLatin1String(".item"), folder + QStringList{name}, auth,
                     scripts);
                continue;
            }
            readRequest(item, itemPath, name, folder, auth, scripts);
        }
    }

    void readRequest(const QJsonObject &item, const QString &itemPath, const QString &name,
                     const QStringList &folder, const PortableAuth &auth, bool scripts)
    {
        PortableRequest request;
        request.name = name;
        request.folder = folder;
        request.sourceRef = itemPath;
        const QJsonValue requestValue = item.value(QLatin1String("request"));
        const QString requestPath = itemPath + QLatin1String(".request");
        if (requestValue.isString()) {
            request.url = requestValue.toString();
        } else if (requestValue.isObject()) {
            const QJsonObject object = requestValue.toObject();
            const QJsonValue method = object.value(QLatin1String("method"));
            if (!method.isUndefined() && !method.isNull()) {
                if (!method.isString() || method.toString().trimmed().isEmpty())
                    throw Failure{Tr::tr("%1.method: must be an HTTP method").arg(requestPath)};
                request.method = method.toString().trimmed().toUpper().toUtf8();
            }
            request.url = readUrl(object.value(QLatin1String("url")), requestPath + QLatin1String(".url"),
                                  &request.notes);
            request.headers = readHeaders(object.value(QLatin1String("header")),
                                          requestPath + QLatin1String(".header"), &request.notes);
            PortableAuth own =
                readAuth(object.value(QLatin1String("auth")), requestPath + QLatin1String(".auth"));
            request.auth = own.kind == PortableAuth::Kind::Inherit ? auth : own;
            readBody(object.value(QLatin1String("body")), requestPath + QLatin1String(".body"), options,
                     request);
        } else {
            throw Failure{Tr::tr("%1: an item needs a request (a URL or an object)").arg(requestPath)};
        }
        if (request.url.trimmed().isEmpty()) // Postman keeps drafts without one
            request.notes.append(
                Tr::tr("The request has no URL (%1.url); it cannot be sent as it is.").arg(requestPath));
        const QString note =
            authNote(request.auth.kind == PortableAuth::Kind::Inherit ? set.auth : request.auth);
        if (!note.isEmpty())
            request.notes.append(note);
        if (scripts)
            request.notes.append(Tr::tr("Pre-request and test scripts are not run."));
        resolveRequest(request, scope, options.resolve);
        set.requests.append(request);
    }
};

Variable readVariable(const QJsonObject &object)
{
    Variable variable;
    variable.name = object.value(QLatin1String("key")).toString();
    if (variable.name.isEmpty())
        variable.name = object.value(QLatin1String("id")).toString();
    variable.value = scalarText(object.value(QLatin1String("value")));
    variable.enabled = !isDisabled(object);
    variable.secret = object.value(QLatin1String("type")).toString() == QLatin1String("secret") ||
                      Redactor::isSecretField(variable.name);
    return variable;
}

} // namespace

bool looksLikePostman(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.contains(QLatin1String("info")) && root.contains(QLatin1String("item")))
        return true;
    return root.value(QLatin1String("info"))
               .toObject()
               .value(QLatin1String("schema"))
               .toString()
               .contains(QLatin1String("getpostman.com")) ||
           (root.contains(QLatin1String("requests")) && root.contains(QLatin1String("order")));
}

PortableReadResult read(const QByteArray &json, const VariableScope &profileScope)
{
    ReadOptions options;
    options.profileScope = profileScope;
    return read(json, options);
}

PortableReadResult read(const QByteArray &json, const ReadOptions &options)
{
    PortableReadResult result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Tr::tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = Tr::tr("not a Postman collection: the top level must be an object");
        return result;
    }
    QJsonObject root = document.object();
    // A collection as the Postman API returns it: {"collection": {...}}
    if (!root.contains(QLatin1String("info")) && root.value(QLatin1String("collection")).isObject())
        root = root.value(QLatin1String("collection")).toObject();
    if (root.contains(QLatin1String("requests")) && root.contains(QLatin1String("order"))) {
        result.error = Tr::tr("Postman collection format v1 is not supported: export it from Postman as "
                              "Collection v2.1");
        return result;
    }
    const QJsonValue info = root.value(QLatin1String("info"));
    if (!info.isObject()) {
        result.error = Tr::tr("info: missing; not a Postman collection (v2.0 or v2.1)");
        return result;
    }
    const QString schema = info.toObject().value(QLatin1String("schema")).toString();
    if (!schema.isEmpty() && !schema.contains(QLatin1String("v2.1")) &&
        !schema.contains(QLatin1String("v2.0"))) {
        result.error = Tr::tr("info.schema: '%1' is not Postman collection v2.0 or v2.1").arg(schema);
        return result;
    }
    const QJsonValue items = root.value(QLatin1String("item"));
    if (!items.isArray()) {
        result.error = Tr::tr("item: must be a list of requests and folders");
        return result;
    }

    Walker walker{options, options.profileScope, {}};
    PortableSet &set = walker.set;
    set.name = scalarText(info.toObject().value(QLatin1String("name")));
    const QJsonValue variables = root.value(QLatin1String("variable"));
    if (!variables.isUndefined() && !variables.isNull() && !variables.isArray()) {
        result.error = Tr::tr("variable: must be a list");
        return result;
    }
    for (const QJsonValue &item : variables.toArray()) {
        const Variable variable = readVariable(item.toObject());
        if (Variables::isValidName(variable.name))
            set.variables.append(variable);
    }
    VariableList enabled;
    for (const Variable &variable : std::as_const(set.variables)) {
        if (variable.enabled)
            enabled.append(variable);
    }
    walker.scope.addLayer(Tr::tr("collection %1").arg(set.name), enabled);
    try {
        set.auth = readAuth(root.value(QLatin1String("auth")), QStringLiteral("auth"));
        if (set.auth.kind == PortableAuth::Kind::Inherit)
            set.auth.kind = PortableAuth::Kind::None;
        const QString note = authNote(set.auth);
        if (!note.isEmpty())
            set.notes.append(note);
        const bool scripts = hasScripts(root);
        PortableAuth inherit;
        inherit.kind = PortableAuth::Kind::Inherit;
        walker.walk(items.toArray(), QStringLiteral("item"), {}, inherit, scripts);
    } catch (const Failure &failure) {
        result.error = failure.error;
        return result;
    }
    if (set.requests.isEmpty())
        set.notes.append(Tr::tr("The collection holds no requests."));
    result.set = set;
    result.ok = true;
    return result;
}

namespace {

// Splits `url` into Postman's URL object; nullopt when the parts would not give back `url` exactly
// (then the URL is written as a string, which Postman reads as well).
std::optional<QJsonObject> urlObject(const QString &url)
{
    QJsonObject object;
    object.insert(QStringLiteral("raw"), url);
    QString rest = url;
    const qsizetype hashAt = rest.indexOf(QLatin1Char('#'));
    if (hashAt >= 0) {
        object.insert(QStringLiteral("hash"), rest.mid(hashAt + 1));
        rest.truncate(hashAt);
    }
    const qsizetype queryAt = rest.indexOf(QLatin1Char('?'));
    if (queryAt >= 0) {
        QJsonArray query;
        for (const QString &pair : rest.mid(queryAt + 1).split(QLatin1Char('&'))) {
            QJsonObject param;
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            param.insert(QStringLiteral("key"), equals < 0 ? pair : pair.left(equals));
            param.insert(QStringLiteral("value"),
                         equals < 0 ? QJsonValue() : QJsonValue(pair.mid(equals + 1)));
            query.append(param);
        }
        object.insert(QStringLiteral("query"), query);
        rest.truncate(queryAt);
    }
    const qsizetype scheme = rest.indexOf(QLatin1String("://"));
    if (scheme > 0 && !rest.left(scheme).contains(QLatin1Char('/'))) {
        object.insert(QStringLiteral("protocol"), rest.left(scheme));
        rest = rest.mid(scheme + 3);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString host = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !host.mid(colon).contains(QLatin1Char('}')) && !host.contains(QLatin1Char(']'))) {
        object.insert(QStringLiteral("port"), host.mid(colon + 1));
        host.truncate(colon);
    }
    if (host.isEmpty())
        return std::nullopt;
    object.insert(QStringLiteral("host"), QJsonArray::fromStringList(host.split(QLatin1Char('.'))));
    if (slash >= 0)
        object.insert(QStringLiteral("path"), QJsonArray::fromStringList(path.split(QLatin1Char('/'))));
    QStringList ignored;
    try {
        if (readUrl(object, QString(), &ignored) != url)
            return std::nullopt;
    } catch (const Failure &) {
        return std::nullopt;
    }
    return object;
}

QJsonObject param(const QString &key, const QString &value)
{
    QJsonObject object;
    object.insert(QStringLiteral("key"), key);
    object.insert(QStringLiteral("value"), value);
    object.insert(QStringLiteral("type"), QStringLiteral("string"));
    return object;
}

bool isLiteralSecret(const QString &value)
{
    const QString trimmed = value.trimmed();
    return !trimmed.isEmpty() &&
           !(trimmed.startsWith(QLatin1String("{{")) && trimmed.endsWith(QLatin1String("}}")));
}

// An auth block; an empty object for Kind::Inherit (the key is then left out).
QJsonObject authObject(const PortableAuth &auth, bool includeSecrets, const QString &where,
                       QStringList *notes)
{
    QJsonObject object;
    QJsonArray params;
    QString type;
    switch (auth.kind) {
    case PortableAuth::Kind::Inherit:
        return {};
    case PortableAuth::Kind::None:
        type = QStringLiteral("noauth");
        break;
    case PortableAuth::Kind::Bearer:
        type = QStringLiteral("bearer");
        params.append(param(QStringLiteral("token"),
                            includeSecrets || !isLiteralSecret(auth.token) ? auth.token : Redactor::mask()));
        break;
    case PortableAuth::Kind::OAuth2ClientCredentials:
        type = QStringLiteral("oauth2");
        params.append(param(QStringLiteral("grant_type"), QStringLiteral("client_credentials")));
        params.append(param(QStringLiteral("accessTokenUrl"), auth.tokenUrl));
        params.append(param(QStringLiteral("clientId"), auth.clientId));
        if (!auth.scope.isEmpty())
            params.append(param(QStringLiteral("scope"), auth.scope));
        if (auth.hasSecret) {
            params.append(param(QStringLiteral("clientSecret"), QStringLiteral("{{clientSecret}}")));
            notes->append(
                Tr::tr("%1: the OAuth 2.0 client secret is not written; {{clientSecret}} stands for it.")
                    .arg(where));
        }
        break;
    case PortableAuth::Kind::Basic:
        type = QStringLiteral("basic");
        params.append(param(QStringLiteral("username"), auth.clientId));
        if (auth.hasSecret) {
            params.append(param(QStringLiteral("password"), QStringLiteral("{{password}}")));
            notes->append(
                Tr::tr("%1: the Basic auth password is not written; {{password}} stands for it.").arg(where));
        }
        break;
    case PortableAuth::Kind::Other: {
        static const QStringList known = {QStringLiteral("apikey"), QStringLiteral("awsv4"),
                                          QStringLiteral("digest"), QStringLiteral("edgegrid"),
                                          QStringLiteral("hawk"),   QStringLiteral("ntlm"),
                                          QStringLiteral("oauth1")};
        if (auth.otherName.startsWith(QLatin1String("oauth2 (")) &&
            auth.otherName.endsWith(QLatin1Char(')'))) {
            type = QStringLiteral("oauth2");
            params.append(param(QStringLiteral("grant_type"), auth.otherName.mid(8).chopped(1)));
        } else if (known.contains(auth.otherName)) {
            type = auth.otherName;
        } else {
            notes->append(Tr::tr("%1: auth type '%2' has no Postman equivalent; it is left out.")
                              .arg(where, auth.otherName));
            return {};
        }
        notes->append(
            Tr::tr("%1: auth type '%2' is written without its settings.").arg(where, auth.otherName));
        break;
    }
    }
    object.insert(QStringLiteral("type"), type);
    if (!params.isEmpty())
        object.insert(type, params);
    return object;
}

QString rawLanguage(const HeaderList &headers)
{
    for (const auto &header : headers) {
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray type = header.second.toLower();
        if (type.contains("json"))
            return QStringLiteral("json");
        if (type.contains("xml"))
            return QStringLiteral("xml");
        if (type.contains("html"))
            return QStringLiteral("html");
        if (type.contains("javascript"))
            return QStringLiteral("javascript");
        return QStringLiteral("text");
    }
    return {};
}

QJsonObject requestItem(const PortableRequest &request, bool includeSecrets, QStringList *notes)
{
    const QString where = request.name.isEmpty()
                              ? QString::fromUtf8(request.method) + QLatin1Char(' ') + request.url
                              : request.name;
    QJsonObject object;
    object.insert(QStringLiteral("method"), QString::fromUtf8(request.method));
    QJsonArray headers;
    for (const auto &header : request.headers) {
        QJsonObject entry;
        entry.insert(QStringLiteral("key"), QString::fromUtf8(header.first));
        const QByteArray value =
            includeSecrets ? header.second : Redactor::redactHeaderValue(header.first, header.second);
        entry.insert(QStringLiteral("value"), QString::fromUtf8(value));
        entry.insert(QStringLiteral("type"), QStringLiteral("text"));
        headers.append(entry);
    }
    object.insert(QStringLiteral("header"), headers);
    if (request.hasBody) {
        const QString text = QString::fromUtf8(request.body);
        QJsonObject body;
        if (text.toUtf8() != request.body) {
            notes->append(
                Tr::tr("%1: a binary body (%2) cannot be written into a Postman collection; it is left out.")
                    .arg(where, BoundedRead::formatSize(request.body.size())));
        } else {
            body.insert(QStringLiteral("mode"), QStringLiteral("raw"));
            body.insert(QStringLiteral("raw"),
                        includeSecrets ? text : QString::fromUtf8(Redactor::redactBody(request.body)));
            const QString language = rawLanguage(request.headers);
            if (!language.isEmpty()) {
                QJsonObject raw;
                raw.insert(QStringLiteral("language"), language);
                QJsonObject options;
                options.insert(QStringLiteral("raw"), raw);
                body.insert(QStringLiteral("options"), options);
            } else {
                notes->append(
                    Tr::tr("%1: the request names no Content-Type; Postman sends text/plain.").arg(where));
            }
            object.insert(QStringLiteral("body"), body);
        }
    }
    const QString url = includeSecrets ? request.url : Redactor::redactUrl(request.url);
    if (const std::optional<QJsonObject> parts = urlObject(url))
        object.insert(QStringLiteral("url"), *parts);
    else
        object.insert(QStringLiteral("url"), url);
    const QJsonObject auth = authObject(request.auth, includeSecrets, where, notes);
    if (!auth.isEmpty())
        object.insert(QStringLiteral("auth"), auth);

    QJsonObject item;
    item.insert(QStringLiteral("name"), request.name); // as read, also when empty (Postman allows it)
    item.insert(QStringLiteral("request"), object);
    item.insert(QStringLiteral("response"), QJsonArray());
    return item;
}

// Adds `item` under the folder path. Only the last item can take it (a group of that name): two
// groups of the same name in the source stay two, and the requests keep their order.
void place(QJsonArray &items, const QStringList &folder, const QJsonObject &item)
{
    if (folder.isEmpty()) {
        items.append(item);
        return;
    }
    if (!items.isEmpty()) {
        QJsonObject group = items.last().toObject();
        if (group.contains(QLatin1String("item")) &&
            group.value(QLatin1String("name")).toString() == folder.first()) {
            QJsonArray children = group.value(QLatin1String("item")).toArray();
            place(children, folder.mid(1), item);
            group.insert(QStringLiteral("item"), children);
            items[items.size() - 1] = group;
            return;
        }
    }
    QJsonObject group;
    group.insert(QStringLiteral("name"), folder.first());
    QJsonArray children;
    place(children, folder.mid(1), item);
    group.insert(QStringLiteral("item"), children);
    items.append(group);
}

} // namespace

QByteArray write(const PortableSet &set, bool includeSecrets, QStringList *notes)
{
    QStringList ignored;
    if (!notes)
        notes = &ignored;
    QJsonObject info;
    info.insert(QStringLiteral("name"), set.name.isEmpty() ? Tr::tr("Connect Explorer requests") : set.name);
    // A stable id from the content, so the same set gives the same file.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(set.name.toUtf8());
    for (const PortableRequest &request : set.requests)
        hash.addData(request.method + ' ' + request.url.toUtf8());
    const QByteArray digest = hash.result().toHex();
    info.insert(QStringLiteral("_postman_id"),
                QString::fromLatin1(digest.left(8) + '-' + digest.mid(8, 4) + "-5" + digest.mid(13, 3) +
                                    "-8" + digest.mid(17, 3) + '-' + digest.mid(20, 12)));
    info.insert(QStringLiteral("schema"),
                QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"));

    QJsonArray items;
    for (const PortableRequest &request : set.requests)
        place(items, request.folder, requestItem(request, includeSecrets, notes));

    QJsonObject root;
    root.insert(QStringLiteral("info"), info);
    root.insert(QStringLiteral("item"), items);
    const QJsonObject auth = authObject(set.auth, includeSecrets, Tr::tr("collection"), notes);
    if (!auth.isEmpty() && set.auth.kind != PortableAuth::Kind::None)
        root.insert(QStringLiteral("auth"), auth);
    if (!set.variables.isEmpty()) {
        QJsonArray variables;
        int secrets = 0;
        for (const Variable &variable : set.variables) {
            QJsonObject object;
            object.insert(QStringLiteral("key"), variable.name);
            const bool mask = variable.secret && !includeSecrets;
            object.insert(QStringLiteral("value"), mask ? Redactor::mask() : variable.value);
            object.insert(QStringLiteral("type"), QStringLiteral("string"));
            if (!variable.enabled)
                object.insert(QStringLiteral("disabled"), true);
            secrets += variable.secret ? 1 : 0;
            variables.append(object);
        }
        root.insert(QStringLiteral("variable"), variables);
        if (secrets > 0)
            notes->append(includeSecrets
                              ? Tr::tr("%n secret variable(s) written with their values.", nullptr, secrets)
                              : Tr::tr("%n secret variable(s) written as [redacted].", nullptr, secrets));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace cx::PostmanCollection
