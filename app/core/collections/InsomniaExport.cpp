#include "InsomniaExport.h"

#include "CollectionCommon.h"
#include "MiniYaml.h"
#include "export/Redactor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace cx::InsomniaExport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::InsomniaExport)
};

using namespace CollectionCommon;

struct Failure
{
    QString error;
};

// Numbers, booleans and (Insomnia keeps them in environments) arrays and objects as text.
QString scalarText(const QJsonValue &value)
{
    return CollectionCommon::scalarText(value, true);
}

// Insomnia's Nunjucks references: `{{ _.name }}` and `{{ name }}` both read as {{name}}.
QString normalizeTemplates(const QString &text)
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    static const QRegularExpression reference(QStringLiteral("\\{\\{\\s*(?:_\\.)?([^{}\\n]*?)\\s*\\}\\}"));
    QString out = text;
    out.replace(reference, QStringLiteral("{{\\1}}"));
    return out;
}

bool hasTemplateTag(const QString &text)
{
    return text.contains(QLatin1String("{%"));
}

// Percent-encodes a query name or value the way a browser would, leaving {{templates}} alone so they
// can still be resolved.
QString encodeQueryPart(const QString &text)
{
    QString out;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        const qsizetype plainEnd = close < 0 ? text.size() : open;
        out += QString::fromLatin1(text.mid(at, plainEnd - at).toUtf8().toPercentEncoding("!'()*~-._"));
        if (close < 0)
            break;
        out += text.mid(open, close + 2 - open);
        at = close + 2;
    }
    return out;
}

void flatten(const QString &prefix, const QJsonValue &value, VariableList *out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), out);
        return;
    }
    if (!Variables::isValidName(prefix))
        return;
    Variable variable;
    variable.name = prefix;
    variable.value = normalizeTemplates(scalarText(value));
    variable.secret = Redactor::isSecretField(prefix.section(QLatin1Char('.'), -1));
    out->append(variable);
}

// An environment's variables: `data` (nested objects flattened), or v5's kvPairData with its secrets.
VariableList environmentVariables(const QJsonObject &environment)
{
    VariableList variables;
    const QJsonValue pairs = environment.value(QLatin1String("kvPairData"));
    if (pairs.isArray() && !pairs.toArray().isEmpty()) {
        for (const QJsonValue &item : pairs.toArray()) {
            const QJsonObject pair = item.toObject();
            Variable variable;
            variable.name = pair.value(QLatin1String("name")).toString();
            variable.value = normalizeTemplates(scalarText(pair.value(QLatin1String("value"))));
            variable.enabled = pair.value(QLatin1String("enabled")).toBool(true);
            variable.secret = pair.value(QLatin1String("type")).toString() == QLatin1String("secret") ||
                              Redactor::isSecretField(variable.name);
            if (Variables::isValidName(variable.name))
                variables.append(variable);
        }
        return variables;
    }
    flatten(QString(), environment.value(QLatin1String("data")), &variables);
    return variables;
}

PortableAuth readAuth(const QJsonValue &value, const QString &path)
{
    PortableAuth auth;
    auth.kind = PortableAuth::Kind::Inherit;
    if (value.isUndefined() || value.isNull())
        return auth;
    if (!value.isObject())
        throw Failure{Tr::tr("%1: authentication must be an object").arg(path)};
    const QJsonObject object = value.toObject();
    const QString type = object.value(QLatin1String("type")).toString();
    if (type.isEmpty() || type == QLatin1String("inherit"))
        return auth;
    if (object.value(QLatin1String("disabled")).toBool(false) || type == QLatin1String("none")) {
        auth.kind = PortableAuth::Kind::None;
        return auth;
    }
    const auto text = [&](const char *key) {
        return normalizeTemplates(scalarText(object.value(QLatin1String(key))));
    };
    if (type == QLatin1String("bearer")) {
        auth.kind = PortableAuth::Kind::Bearer;
        auth.token = text("token");
    } else if (type == QLatin1String("oauth2")) {
        const QString grant = text("grantType");
        if (grant == QLatin1String("client_credentials")) {
            auth.kind = PortableAuth::Kind::OAuth2ClientCredentials;
            auth.tokenUrl = text("accessTokenUrl");
            auth.clientId = text("clientId");
            auth.scope = text("scope");
            auth.hasSecret = !text("clientSecret").isEmpty();
        } else {
            auth.kind = PortableAuth::Kind::Other;
            auth.otherName = QStringLiteral("oauth2 (%1)").arg(grant.isEmpty() ? QStringLiteral("?") : grant);
        }
    } else if (type == QLatin1String("basic")) {
        auth.kind = PortableAuth::Kind::Basic;
        auth.clientId = text("username");
        auth.hasSecret = !text("password").isEmpty();
    } else {
        auth.kind = PortableAuth::Kind::Other;
        auth.otherName = type;
    }
    return auth;
}

// One node of the collection tree, as v4 (flat, by parentId) and v5 (nested) both give it.
struct Node
{
    QJsonObject object;
    QString path; // for messages: "resources[3]" or "collection[0].children[2]"
    bool isFolder = false;
    QList<Node> children;
};

struct Reader
{
    const ReadOptions &options;
    PortableSet set;
    VariableList baseVariables;

    void walk(const QList<Node> &nodes, const QStringList &folder, const PortableAuth &inherited,
              const QList<VariableList> &folderVariables, const HeaderList &folderHeaders, bool scripts)
    {
        for (const Node &node : nodes) {
            const QString name = scalarText(node.object.value(QLatin1String("name")));
            PortableAuth auth = readAuth(node.object.value(QLatin1String("authentication")),
                                         node.path + QLatin1String(".authentication"));
            if (auth.kind == PortableAuth::Kind::Inherit)
                auth = inherited;
            const bool ownScripts = hasScripts(node.object);
            if (node.isFolder) {
                QList<VariableList> variables = folderVariables;
                VariableList own;
                flatten(QString(), node.object.value(QLatin1String("environment")), &own);
                variables.prepend(own); // the innermost folder first
                HeaderList headers = folderHeaders;
                headers += readHeaders(node.object.value(QLatin1String("headers")),
                                       node.path + QLatin1String(".headers"), nullptr);
                walk(node.children, folder + QStringList{name}, auth, variables, headers,
                     scripts || ownScripts);
                continue;
            }
            readRequest(node, name, folder, auth, folderVariables, folderHeaders, scripts || ownScripts);
        }
    }

    static bool hasScripts(const QJsonObject &object)
    {
        const QJsonObject scripts = object.value(QLatin1String("scripts")).toObject();
        const auto nonEmpty = [](const QJsonValue &value) { return !value.toString().trimmed().isEmpty(); };
        return nonEmpty(scripts.value(QLatin1String("preRequest"))) ||
               nonEmpty(scripts.value(QLatin1String("afterResponse"))) ||
               nonEmpty(object.value(QLatin1String("preRequestScript"))) ||
               nonEmpty(object.value(QLatin1String("afterResponseScript")));
    }

    static HeaderList readHeaders(const QJsonValue &value, const QString &path, QStringList *notes)
    {
        HeaderList headers;
        if (value.isUndefined() || value.isNull())
            return headers;
        if (!value.isArray())
            throw Failure{Tr::tr("%1: must be a list of headers").arg(path)};
        int skipped = 0;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                throw Failure{Tr::tr("%1[%2]: a header must be an object").arg(path).arg(i)};
            const QJsonObject header = array.at(i).toObject();
            if (header.value(QLatin1String("disabled")).toBool(false)) {
                ++skipped;
                continue;
            }
            const QString name = normalizeTemplates(scalarText(header.value(QLatin1String("name"))));
            if (name.isEmpty())
                continue;
            headers.append({name.toUtf8(),
                            normalizeTemplates(scalarText(header.value(QLatin1String("value")))).toUtf8()});
        }
        if (skipped > 0 && notes)
            notes->append(Tr::tr("%n disabled header(s) left out.", nullptr, skipped));
        return headers;
    }

    void readRequest(const Node &node, const QString &name, const QStringList &folder,
                     const PortableAuth &auth, const QList<VariableList> &folderVariables,
                     const HeaderList &folderHeaders, bool scripts)
    {
        const QJsonObject &object = node.object;
        PortableRequest request;
        request.name = name;
        request.folder = folder;
        request.sourceRef = node.path;
        request.auth = auth;

        const QJsonValue method = object.value(QLatin1String("method"));
        if (!method.isUndefined() && !method.isNull()) {
            if (!method.isString() || method.toString().trimmed().isEmpty())
                throw Failure{Tr::tr("%1.method: must be an HTTP method").arg(node.path)};
            request.method = method.toString().trimmed().toUpper().toUtf8();
        }
        const QJsonValue url = object.value(QLatin1String("url"));
        if (!url.isString() || url.toString().trimmed().isEmpty())
            throw Failure{Tr::tr("%1.url: the request has no URL").arg(node.path)};
        QString text = normalizeTemplates(url.toString().trimmed());

        // Path parameters (`:id` segments) and query parameters.
        for (const QJsonValue &item : object.value(QLatin1String("pathParameters")).toArray()) {
            const QJsonObject parameter = item.toObject();
            const QString key = parameter.value(QLatin1String("name")).toString();
            const QString value = normalizeTemplates(scalarText(parameter.value(QLatin1String("value"))));
            if (key.isEmpty() || value.isEmpty())
                continue;
            static const QRegularExpression boundary(QStringLiteral("[/?#]"));
            const QString needle = QLatin1Char(':') + key;
            qsizetype at = text.indexOf(needle);
            while (at >= 0) {
                const qsizetype end = at + needle.size();
                if (end == text.size() || boundary.match(text.mid(end, 1)).hasMatch()) {
                    text.replace(at, needle.size(), value);
                    break;
                }
                at = text.indexOf(needle, end);
            }
        }
        const QJsonValue parameters = object.value(QLatin1String("parameters"));
        if (!parameters.isUndefined() && !parameters.isNull() && !parameters.isArray())
            throw Failure{Tr::tr("%1.parameters: must be a list").arg(node.path)};
        QStringList query;
        int skipped = 0;
        for (const QJsonValue &item : parameters.toArray()) {
            const QJsonObject parameter = item.toObject();
            if (parameter.value(QLatin1String("disabled")).toBool(false)) {
                ++skipped;
                continue;
            }
            const QString key = normalizeTemplates(scalarText(parameter.value(QLatin1String("name"))));
            const QString value = normalizeTemplates(scalarText(parameter.value(QLatin1String("value"))));
            if (key.isEmpty() && value.isEmpty())
                continue;
            query.append(value.isEmpty() ? encodeQueryPart(key)
                                         : encodeQueryPart(key) + QLatin1Char('=') + encodeQueryPart(value));
        }
        if (skipped > 0)
            request.notes.append(Tr::tr("%n disabled query parameter(s) left out.", nullptr, skipped));
        if (!query.isEmpty()) {
            const qsizetype hash = text.indexOf(QLatin1Char('#'));
            const QString fragment = hash < 0 ? QString() : text.mid(hash);
            if (hash >= 0)
                text.truncate(hash);
            text += (text.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                    query.join(QLatin1Char('&')) + fragment;
        }
        request.url = text;

        request.headers = folderHeaders;
        for (const auto &header : readHeaders(object.value(QLatin1String("headers")),
                                              node.path + QLatin1String(".headers"), &request.notes)) {
            // A request's header replaces the folder's of the same name.
            request.headers.removeIf([&](const auto &existing) {
                return existing.first.compare(header.first, Qt::CaseInsensitive) == 0;
            });
            request.headers.append(header);
        }
        readBody(object.value(QLatin1String("body")), node.path + QLatin1String(".body"), request);

        bool tags = hasTemplateTag(request.url) || hasTemplateTag(QString::fromUtf8(request.body));
        for (const auto &header : std::as_const(request.headers))
            tags = tags || hasTemplateTag(QString::fromUtf8(header.second));
        if (tags)
            request.notes.append(
                Tr::tr("Insomnia template tags ({% ... %}) are not evaluated; they are sent as written."));
        const QString note =
            authNote(request.auth.kind == PortableAuth::Kind::Inherit ? set.auth : request.auth);
        if (!note.isEmpty())
            request.notes.append(note);
        if (scripts)
            request.notes.append(Tr::tr("Pre-request and after-response scripts are not run."));

        VariableScope scope = options.profileScope;
        for (const VariableList &variables : folderVariables)
            scope.addLayer(Tr::tr("folder"), variables);
        scope.addLayer(Tr::tr("collection %1").arg(set.name), baseVariables);
        resolveRequest(request, scope, options.resolve);
        set.requests.append(request);
    }

    void readBody(const QJsonValue &value, const QString &path, PortableRequest &request)
    {
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isObject())
            throw Failure{Tr::tr("%1: a body must be an object").arg(path)};
        const QJsonObject body = value.toObject();
        const QString mimeType = body.value(QLatin1String("mimeType")).toString();
        const QString baseType = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        QByteArray contentType = mimeType.toUtf8();
        bool replaceContentType = false;
        if (baseType == QLatin1String("application/x-www-form-urlencoded") ||
            baseType == QLatin1String("multipart/form-data")) {
            const QJsonValue params = body.value(QLatin1String("params"));
            if (!params.isUndefined() && !params.isArray())
                throw Failure{Tr::tr("%1.params: must be a list").arg(path)};
            QList<QPair<QString, QString>> fields;
            QList<FormPart> parts;
            for (const QJsonValue &item : params.toArray()) {
                const QJsonObject param = item.toObject();
                if (param.value(QLatin1String("disabled")).toBool(false))
                    continue;
                FormPart part;
                part.name = normalizeTemplates(scalarText(param.value(QLatin1String("name"))));
                part.value = normalizeTemplates(scalarText(param.value(QLatin1String("value"))));
                if (param.value(QLatin1String("type")).toString() == QLatin1String("file")) {
                    part.isFile = true;
                    part.fileSrc = param.value(QLatin1String("fileName")).toString();
                }
                fields.append({part.name, part.value});
                parts.append(part);
            }
            if (baseType == QLatin1String("multipart/form-data")) {
                if (!parts.isEmpty()) {
                    request.body = multipartBody(parts, options.directory, &contentType, &request.notes);
                    request.hasBody = true;
                    replaceContentType = true;
                }
            } else {
                request.body = urlEncodedBody(fields);
                request.hasBody = !fields.isEmpty();
            }
        } else if (baseType == QLatin1String("application/graphql")) {
            const QString text = body.value(QLatin1String("text")).toString();
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (!text.isEmpty() && (error.error != QJsonParseError::NoError || !document.isObject()))
                throw Failure{Tr::tr("%1.text: the GraphQL body is not a JSON object (%2)")
                                  .arg(path, error.errorString())};
            QJsonObject json = document.object();
            if (json.value(QLatin1String("variables")).isString()) { // older exports keep variables as text
                const QJsonDocument variables =
                    QJsonDocument::fromJson(json.value(QLatin1String("variables")).toString().toUtf8());
                if (variables.isObject())
                    json.insert(QStringLiteral("variables"), variables.object());
                else
                    json.remove(QStringLiteral("variables"));
            }
            request.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
            request.hasBody = true;
            contentType = "application/json";
            replaceContentType = true;
        } else if (body.contains(QLatin1String("fileName")) && !body.contains(QLatin1String("text"))) {
            const QString file = body.value(QLatin1String("fileName")).toString();
            if (const std::optional<QByteArray> data =
                    readSideFile(file, options.directory, &request.notes)) {
                request.body = *data;
                request.hasBody = true;
            }
        } else {
            const QJsonValue text = body.value(QLatin1String("text"));
            if (!text.isUndefined() && !text.isNull() && !text.isString())
                throw Failure{Tr::tr("%1.text: must be text").arg(path)};
            request.body = normalizeTemplates(text.toString()).toUtf8();
            request.hasBody = !request.body.isEmpty();
        }
        if (!request.hasBody || contentType.isEmpty())
            return;
        if (replaceContentType) {
            request.headers.removeIf([](const auto &header) {
                return header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            });
        }
        if (!hasHeader(request.headers, "Content-Type"))
            request.headers.append({"Content-Type", contentType});
    }
};

QJsonValue parseAny(const QByteArray &data, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    // Not JSON: YAML (of which JSON is a subset; Insomnia also writes v4 exports as YAML flow mappings).
    const MiniYaml::Result yaml = MiniYaml::parse(data);
    if (yaml.ok)
        return yaml.value;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        *error = Tr::tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
    else
        *error = Tr::tr("not YAML: %1").arg(yaml.error);
    return {};
}

double sortKey(const QJsonObject &object)
{
    const QJsonValue key = object.value(QLatin1String("metaSortKey"));
    return key.isDouble() ? key.toDouble() : 0;
}

bool isRequestType(const QString &type)
{
    return type == QLatin1String("request");
}

bool isUnsupportedRequestType(const QString &type)
{
    return type == QLatin1String("grpc_request") || type == QLatin1String("websocket_request") ||
           type == QLatin1String("socketio_request") || type == QLatin1String("mcp_request");
}

} // namespace

bool looksLikeInsomnia(const QByteArray &data)
{
    const QByteArray head = data.left(4096);
    return head.contains("collection.insomnia.rest/") ||
           (head.contains("__export_format") && head.contains("_type"));
}

PortableReadResult read(const QByteArray &data, const VariableScope &profileScope)
{
    ReadOptions options;
    options.profileScope = profileScope;
    return read(data, options);
}

PortableReadResult read(const QByteArray &data, const ReadOptions &options)
{
    PortableReadResult result;
    QString error;
    const QJsonValue rootValue = parseAny(data, &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (!rootValue.isObject()) {
        result.error = Tr::tr("not an Insomnia export: the top level must be an object");
        return result;
    }
    const QJsonObject root = rootValue.toObject();
    Reader reader{options, {}, {}};
    PortableSet &set = reader.set;
    QList<Node> tree;
    int unsupported = 0;

    try {
        const QString type = root.value(QLatin1String("type")).toString();
        if (type.startsWith(QLatin1String("collection.insomnia.rest/"))) {
            if (!type.endsWith(QLatin1String("/5.0")))
                throw Failure{Tr::tr("type: '%1' is not an Insomnia v5 collection").arg(type)};
            set.name = scalarText(root.value(QLatin1String("name")));
            const QJsonValue environments = root.value(QLatin1String("environments"));
            if (environments.isObject()) {
                reader.baseVariables = environmentVariables(environments.toObject());
                const QJsonArray subs =
                    environments.toObject().value(QLatin1String("subEnvironments")).toArray();
                if (!subs.isEmpty()) {
                    QStringList names;
                    for (const QJsonValue &sub : subs)
                        names.append(sub.toObject().value(QLatin1String("name")).toString());
                    set.notes.append(
                        Tr::tr("Sub-environments are not used (only the base environment's values): %1.")
                            .arg(names.join(QLatin1String(", "))));
                }
            }
            const QJsonValue collection = root.value(QLatin1String("collection"));
            if (!collection.isUndefined() && !collection.isNull() && !collection.isArray())
                throw Failure{Tr::tr("collection: must be a list of requests and folders")};
            const std::function<QList<Node>(const QJsonArray &, const QString &, int)> build =
                [&](const QJsonArray &items, const QString &path, int depth) {
                    if (depth > 100)
                        throw Failure{Tr::tr("%1: folders nested too deeply").arg(path)};
                    QList<Node> nodes;
                    for (qsizetype i = 0; i < items.size(); ++i) {
                        Node node;
                        node.path = QStringLiteral("%1[%2]").arg(path).arg(i);
                        if (!items.at(i).isObject())
                            throw Failure{Tr::tr("%1: must be an object").arg(node.path)};
                        node.object = items.at(i).toObject();
                        const QJsonValue children = node.object.value(QLatin1String("children"));
                        const QString id = node.object.value(QLatin1String("meta"))
                                               .toObject()
                                               .value(QLatin1String("id"))
                                               .toString();
                        if (!children.isUndefined() || id.startsWith(QLatin1String("fld_"))) {
                            if (!children.isUndefined() && !children.isNull() && !children.isArray())
                                throw Failure{Tr::tr("%1.children: must be a list").arg(node.path)};
                            node.isFolder = true;
                            node.children =
                                build(children.toArray(), node.path + QLatin1String(".children"), depth + 1);
                        } else if (id.startsWith(QLatin1String("greq_")) ||
                                   id.startsWith(QLatin1String("ws-req_")) ||
                                   node.object.contains(QLatin1String("protoMethodName"))) {
                            ++unsupported;
                            continue;
                        }
                        nodes.append(node);
                    }
                    return nodes;
                };
            tree = build(collection.toArray(), QStringLiteral("collection"), 0);
        } else if (root.value(QLatin1String("_type")).toString() == QLatin1String("export") ||
                   root.contains(QLatin1String("__export_format"))) {
            const int format = root.value(QLatin1String("__export_format")).toInt(0);
            if (format != 4)
                throw Failure{Tr::tr("__export_format: %1 is not supported (Insomnia v4 exports only)")
                                  .arg(scalarText(root.value(QLatin1String("__export_format"))))};
            const QJsonValue resourcesValue = root.value(QLatin1String("resources"));
            if (!resourcesValue.isArray())
                throw Failure{Tr::tr("resources: must be a list")};
            const QJsonArray resources = resourcesValue.toArray();
            struct Entry
            {
                QJsonObject object;
                QString path;
                QString type;
            };
            QList<Entry> entries;
            QHash<QString, QList<int>> childrenOf;
            QStringList workspaces;
            QHash<QString, QString> workspaceNames;
            QHash<QString, QString> typeOf;
            for (qsizetype i = 0; i < resources.size(); ++i) {
                const QString path = QStringLiteral("resources[%1]").arg(i);
                if (!resources.at(i).isObject())
                    throw Failure{Tr::tr("%1: must be an object").arg(path)};
                const QJsonObject object = resources.at(i).toObject();
                const QString resourceType = object.value(QLatin1String("_type")).toString();
                const QString id = object.value(QLatin1String("_id")).toString();
                entries.append({object, path, resourceType});
                typeOf.insert(id, resourceType);
                childrenOf[object.value(QLatin1String("parentId")).toString()].append(
                    int(entries.size() - 1));
                if (resourceType == QLatin1String("workspace")) {
                    workspaces.append(id);
                    workspaceNames.insert(id, object.value(QLatin1String("name")).toString());
                }
                if (isUnsupportedRequestType(resourceType))
                    ++unsupported;
            }
            // Base environments: those whose parent is a workspace.
            for (const Entry &entry : std::as_const(entries)) {
                if (entry.type != QLatin1String("environment"))
                    continue;
                const QString parent = entry.object.value(QLatin1String("parentId")).toString();
                if (typeOf.value(parent) == QLatin1String("workspace"))
                    reader.baseVariables += environmentVariables(entry.object);
                else if (typeOf.value(parent) == QLatin1String("environment"))
                    set.notes.append(
                        Tr::tr("Sub-environment '%1' is not used (only the base environment's values).")
                            .arg(entry.object.value(QLatin1String("name")).toString()));
            }
            const std::function<QList<Node>(const QString &, int)> build = [&](const QString &parent,
                                                                               int depth) {
                if (depth > 100)
                    throw Failure{Tr::tr("resources: folders nested too deeply (or in a cycle)")};
                QList<int> indexes = childrenOf.value(parent);
                std::stable_sort(indexes.begin(), indexes.end(), [&](int a, int b) {
                    return sortKey(entries.at(a).object) < sortKey(entries.at(b).object);
                });
                QList<Node> nodes;
                for (const int index : std::as_const(indexes)) {
                    const Entry &entry = entries.at(index);
                    Node node;
                    node.object = entry.object;
                    node.path = entry.path;
                    if (entry.type == QLatin1String("request_group")) {
                        node.isFolder = true;
                        node.children = build(entry.object.value(QLatin1String("_id")).toString(), depth + 1);
                    } else if (!isRequestType(entry.type)) {
                        continue;
                    }
                    nodes.append(node);
                }
                return nodes;
            };
            if (workspaces.isEmpty()) {
                // Some exports (and inso's fixtures) leave the workspace out: start from parents nobody
                // defines.
                for (auto it = childrenOf.begin(); it != childrenOf.end(); ++it) {
                    if (!typeOf.contains(it.key()))
                        tree += build(it.key(), 0);
                }
            } else if (workspaces.size() == 1) {
                set.name = workspaceNames.value(workspaces.first());
                tree = build(workspaces.first(), 0);
            } else {
                set.name = workspaceNames.value(workspaces.first());
                for (const QString &workspace : std::as_const(workspaces)) {
                    Node folder;
                    folder.isFolder = true;
                    folder.object.insert(QStringLiteral("name"), workspaceNames.value(workspace));
                    folder.path = QStringLiteral("resources");
                    folder.children = build(workspace, 0);
                    tree.append(folder);
                }
                set.notes.append(Tr::tr("The export holds %n workspaces; each is a top folder.", nullptr,
                                        int(workspaces.size())));
            }
        } else {
            throw Failure{Tr::tr("not an Insomnia export: neither `_type: export` (v4) nor "
                                 "`type: collection.insomnia.rest/5.0` (v5)")};
        }
        set.variables = reader.baseVariables;
        PortableAuth inherit;
        inherit.kind = PortableAuth::Kind::Inherit;
        reader.walk(tree, {}, inherit, {}, {}, false);
    } catch (const Failure &failure) {
        result.error = failure.error;
        return result;
    }
    if (unsupported > 0)
        set.notes.append(Tr::tr("%n gRPC or WebSocket request(s) left out: only HTTP requests are read.",
                                nullptr, unsupported));
    if (set.requests.isEmpty())
        set.notes.append(Tr::tr("The export holds no HTTP requests."));
    result.set = set;
    result.ok = true;
    return result;
}

} // namespace cx::InsomniaExport
