#include "ContractCheck.h"

#include "ApiDocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::ContractCheck)
};

const QString Held = QStringLiteral("held");
const QString Differed = QStringLiteral("differed");
const QString Untested = QStringLiteral("untested");

// The seeded answers of connect-sim (resources/connect-api.json says so in each assumption).
constexpr qint64 AssumedLifetime = 2592000;
const QStringList PageMetaFields = {QStringLiteral("current_page"), QStringLiteral("per_page"),
                                    QStringLiteral("total"), QStringLiteral("last_page")};

// JSON pointer segment escaping (RFC 6901): "/api/templates" -> "~1api~1templates".
QString escaped(QString segment)
{
    return segment.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
}

QString unescaped(QString segment)
{
    return segment.replace(QLatin1String("~1"), QLatin1String("/"))
        .replace(QLatin1String("~0"), QLatin1String("~"));
}

void collect(const QJsonValue &value, const QString &pointer, QList<ContractCheck::Assumption> *found)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(array.at(i), pointer + QLatin1Char('/') + QString::number(i), found);
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("x-sim-assumption")).isString())
        found->append({pointer.isEmpty() ? QStringLiteral("/") : pointer,
                       object.value(QLatin1String("x-sim-assumption")).toString()});
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isObject() || it->isArray())
            collect(*it, pointer + QLatin1Char('/') + escaped(it.key()), found);
    }
}

// "/paths/~1api~1templates~1{id}/get" -> "GET /api/templates/{id}" (the check-up's endpoint ids).
QString endpointIdOf(const QString &pointer)
{
    const QStringList parts = pointer.split(QLatin1Char('/'));
    if (parts.size() < 4 || parts.at(1) != QLatin1String("paths"))
        return {};
    return parts.at(3).toUpper() + QLatin1Char(' ') + unescaped(parts.at(2));
}

QString shapeWords(const QString &shape)
{
    if (shape == QLatin1String("code_message"))
        return QStringLiteral("{\"code\", \"message\"}");
    if (shape == QLatin1String("message"))
        return QStringLiteral("{\"message\"}");
    if (shape == QLatin1String("success_message"))
        return QStringLiteral("{\"success\", \"message\", \"details\"}");
    if (shape == QLatin1String("validation"))
        return QStringLiteral("{\"message\", \"errors\": {field: [...]}}");
    if (shape == QLatin1String("oauth"))
        return QStringLiteral("{\"error\", \"error_description\"}");
    return shape;
}

} // namespace

QJsonObject ContractCheck::bundledDocument()
{
    QFile file(cx::ApiDocument::resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<ContractCheck::Assumption> ContractCheck::assumptions() const
{
    QList<Assumption> found;
    collect(m_document, QString(), &found);
    return found;
}

QString ContractCheck::topicOf(const QString &pointer)
{
    static const QList<QPair<QRegularExpression, QString>> topics = {
        {QRegularExpression(QStringLiteral("^/info$")), QStringLiteral("error_status")},
        {QRegularExpression(QStringLiteral("^/components/responses/")), QStringLiteral("error_status")},
        {QRegularExpression(QStringLiteral("^/components/schemas/Error$")), QStringLiteral("error_shape")},
        {QRegularExpression(QStringLiteral("^/paths/~1oauth~1access-token/post/requestBody")),
         QStringLiteral("token_format")},
        {QRegularExpression(QStringLiteral("^/paths/~1oauth~1access-token/")), QStringLiteral("expires_in")},
        {QRegularExpression(QStringLiteral("^/paths/~1oauth~1introspect/")), QStringLiteral("introspection")},
        {QRegularExpression(QStringLiteral("^/paths/~1oauth~1revoke/")), QStringLiteral("revoke")},
        {QRegularExpression(QStringLiteral("^/paths/~1api~1[^/]*~1\\{[^/]*\\}/get$")),
         QStringLiteral("id_format")},
        {QRegularExpression(QStringLiteral("^/paths/~1api~1brandkit/get$")),
         QStringLiteral("response_shape")},
        {QRegularExpression(QStringLiteral("^/paths/~1api~1[^/]*/get$")), QStringLiteral("pagination")},
        {QRegularExpression(QStringLiteral("^/components/securitySchemes/")), QStringLiteral("scope_rule")},
        {QRegularExpression(QStringLiteral("^/components/headers/X-RateLimit")),
         QStringLiteral("rate_limit_headers")},
        {QRegularExpression(QStringLiteral("^/components/parameters/(page|per_page)$")),
         QStringLiteral("pagination")},
        {QRegularExpression(QStringLiteral("^/components/parameters/")), QStringLiteral("filters")},
        {QRegularExpression(QStringLiteral("^/components/schemas/PageMeta$")), QStringLiteral("pagination")},
        {QRegularExpression(QStringLiteral("^/components/schemas/")), QStringLiteral("item_fields")},
    };
    for (const auto &topic : topics) {
        if (topic.first.match(pointer).hasMatch())
            return topic.second;
    }
    return QStringLiteral("other");
}

QJsonObject ContractCheck::resolve(QJsonObject object) const
{
    for (int depth = 0; depth < 16 && object.contains(QLatin1String("$ref")); ++depth) {
        const QString ref = object.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/")))
            return {};
        QJsonValue target = m_document;
        for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
            target = target.toObject().value(unescaped(part));
        object = target.toObject();
    }
    return object;
}

QJsonObject ContractCheck::operation(const QByteArray &method, const QString &path) const
{
    return m_document.value(QLatin1String("paths"))
        .toObject()
        .value(path)
        .toObject()
        .value(QString::fromLatin1(method.toLower()))
        .toObject();
}

QString ContractCheck::dataSchemaOf(const QString &path) const
{
    const QJsonObject ok = resolve(operation("GET", path)
                                       .value(QLatin1String("responses"))
                                       .toObject()
                                       .value(QLatin1String("200"))
                                       .toObject());
    QJsonObject schema = ok.value(QLatin1String("content"))
                             .toObject()
                             .value(QLatin1String("application/json"))
                             .toObject()
                             .value(QLatin1String("schema"))
                             .toObject();
    schema = resolve(schema);
    QJsonObject data =
        schema.value(QLatin1String("properties")).toObject().value(QLatin1String("data")).toObject();
    if (resolve(data).value(QLatin1String("type")) == QLatin1String("array"))
        data = resolve(data).value(QLatin1String("items")).toObject();
    const QString ref = data.value(QLatin1String("$ref")).toString();
    return ref.section(QLatin1Char('/'), -1);
}

QString ContractCheck::parameterRefusal(const QByteArray &method, const QString &path, const QString &name,
                                        const QString &value) const
{
    QJsonObject schema;
    for (const QJsonValue &entry : operation(method, path).value(QLatin1String("parameters")).toArray()) {
        const QJsonObject parameter = resolve(entry.toObject());
        if (parameter.value(QLatin1String("name")).toString() == name)
            schema = resolve(parameter.value(QLatin1String("schema")).toObject());
    }
    if (schema.isEmpty())
        return {};
    const QString type = schema.value(QLatin1String("type")).toString();
    bool ok = true;
    double number = 0;
    if (type == QLatin1String("integer")) {
        number = double(value.toLongLong(&ok));
        if (!ok)
            return Tr::tr("%1 is not an integer").arg(value);
    } else if (type == QLatin1String("number")) {
        number = value.toDouble(&ok);
        if (!ok)
            return Tr::tr("%1 is not a number").arg(value);
    }
    if (schema.contains(QLatin1String("minimum")) &&
        number < schema.value(QLatin1String("minimum")).toDouble())
        return Tr::tr("%1 is below the minimum %2")
            .arg(value)
            .arg(schema.value(QLatin1String("minimum")).toDouble());
    if (schema.contains(QLatin1String("maximum")) &&
        number > schema.value(QLatin1String("maximum")).toDouble())
        return Tr::tr("%1 is above the maximum %2")
            .arg(value)
            .arg(schema.value(QLatin1String("maximum")).toDouble());
    if (schema.contains(QLatin1String("enum"))) {
        bool listed = false;
        for (const QJsonValue &allowed : schema.value(QLatin1String("enum")).toArray())
            listed = listed || allowed.toVariant().toString() == value;
        if (!listed)
            return Tr::tr("%1 is not one of the allowed values").arg(value);
    }
    if (schema.contains(QLatin1String("pattern")) &&
        !QRegularExpression(schema.value(QLatin1String("pattern")).toString()).match(value).hasMatch())
        return Tr::tr("%1 does not match the pattern %2")
            .arg(value, schema.value(QLatin1String("pattern")).toString());
    return {};
}

QList<ContractResult> ContractCheck::judge(const ContractObservations &seen,
                                           const EndpointCatalog &catalog) const
{
    QList<ContractResult> results;
    for (const Assumption &assumption : assumptions())
        results.append(judgeOne(assumption, seen, catalog));
    return results;
}

ContractResult ContractCheck::judgeOne(const Assumption &assumption, const ContractObservations &seen,
                                       const EndpointCatalog &catalog) const
{
    ContractResult result{assumption.pointer, topicOf(assumption.pointer), assumption.text, Untested,
                          QString()};
    auto set = [&result](const QString &status, const QString &words) {
        result.status = status;
        result.seen = words;
        return result;
    };
    const QString &topic = result.topic;
    const QString endpoint = endpointIdOf(assumption.pointer);
    const ContractObservations::Answer answer = seen.answers.value(endpoint);

    if (topic == QLatin1String("error_shape")) {
        const ContractObservations::Answer &probe = seen.unauthenticated;
        if (probe.status <= 0)
            return set(Untested, Tr::tr("No error answer was asked for."));
        const QString words = Tr::tr("%1 with HTTP %2 from GET %3 without a token")
                                  .arg(shapeWords(probe.errorShape))
                                  .arg(probe.status)
                                  .arg(seen.probedPath);
        return set(probe.errorShape == QLatin1String("code_message") ? Held : Differed, words);
    }
    if (topic == QLatin1String("error_status")) {
        if (assumption.pointer != QLatin1String("/info"))
            return set(Untested, Tr::tr("The check-up sends no request that would show it."));
        const ContractObservations::Answer &probe = seen.invalidQuery;
        if (probe.status <= 0)
            return set(Untested, Tr::tr("No invalid request was sent."));
        const QString words = Tr::tr("HTTP %1 %2 for GET %3?per_page=0")
                                  .arg(probe.status)
                                  .arg(probe.errorCode, seen.probedPath);
        return set(probe.status == 400 && probe.errorCode == QLatin1String("bad_query_params") ? Held
                                                                                               : Differed,
                   probe.errorFields.isEmpty()
                       ? words
                       : words + QLatin1Char(' ') +
                             Tr::tr("naming %1").arg(probe.errorFields.join(QLatin1String(", "))));
    }
    if (topic == QLatin1String("token_format")) {
        if (!seen.signedIn)
            return set(Untested, Tr::tr("The sign-in did not succeed."));
        if (seen.tokenFormat == QLatin1String("json"))
            return set(Held, Tr::tr("The token endpoint took the JSON body."));
        return set(Differed,
                   Tr::tr("The token endpoint refused JSON and took form-urlencoded with grant_type."));
    }
    if (topic == QLatin1String("expires_in")) {
        if (!seen.signedIn)
            return set(Untested, Tr::tr("The sign-in did not succeed."));
        if (seen.expiresIn < 0)
            return set(Differed, Tr::tr("The token answer has no expires_in."));
        return set(
            seen.expiresIn == AssumedLifetime ? Held : Differed,
            Tr::tr("expires_in %1 (%2 days)").arg(seen.expiresIn).arg(seen.expiresIn / 86400.0, 0, 'f', 1));
    }
    if (topic == QLatin1String("introspection") || topic == QLatin1String("revoke")) {
        const QString &outcome = topic == QLatin1String("revoke") ? seen.revoke : seen.introspection;
        if (outcome.isEmpty())
            return set(Untested, Tr::tr("Not tried in this run."));
        if (outcome == QLatin1String("ok"))
            return set(Held, Tr::tr("Answered in the newer docs' shape."));
        return set(Differed, outcome);
    }
    if (topic == QLatin1String("pagination") && !endpoint.isEmpty()) {
        if (answer.status == 0)
            return set(Untested, Tr::tr("%1 was not called.").arg(endpoint));
        if (answer.status == 404)
            return set(Differed, Tr::tr("%1 answered HTTP 404: the path may not exist.").arg(endpoint));
        if (answer.status < 200 || answer.status >= 300)
            return set(Untested, Tr::tr("%1 answered HTTP %2.").arg(endpoint).arg(answer.status));
        const QJsonObject body = answer.body.toObject();
        if (!body.value(QLatin1String("data")).isArray())
            return set(Differed, Tr::tr("%1 answered without a data array.").arg(endpoint));
        const QJsonObject meta = body.value(QLatin1String("meta")).toObject();
        QStringList missing;
        for (const QString &field : PageMetaFields) {
            if (!meta.value(field).isDouble())
                missing << field;
        }
        if (!missing.isEmpty())
            return set(Differed, Tr::tr("%1: meta lacks %2; the answer has %3.")
                                     .arg(endpoint, missing.join(QLatin1String(", ")),
                                          body.keys().join(QLatin1String(", "))));
        return set(Held,
                   Tr::tr("%1: data and meta {current_page, per_page, total, last_page}.").arg(endpoint));
    }
    if (topic == QLatin1String("pagination")) {
        // page, per_page, PageMeta: held when every list that answered carried the meta object.
        int lists = 0;
        for (auto it = seen.answers.begin(); it != seen.answers.end(); ++it) {
            const QJsonObject body = it->body.toObject();
            if (it->status != 200 || !body.value(QLatin1String("data")).isArray())
                continue;
            ++lists;
            const QJsonObject meta = body.value(QLatin1String("meta")).toObject();
            for (const QString &field : PageMetaFields) {
                if (!meta.value(field).isDouble())
                    return set(Differed, Tr::tr("%1: meta lacks %2.").arg(it.key(), field));
            }
            if (assumption.pointer.endsWith(QLatin1String("/per_page")) &&
                meta.value(QLatin1String("per_page")).toInt() != 20)
                return set(Differed, Tr::tr("%1: per_page %2 by default.")
                                         .arg(it.key())
                                         .arg(meta.value(QLatin1String("per_page")).toInt()));
        }
        if (lists == 0)
            return set(Untested, Tr::tr("No list answered."));
        return set(Held, Tr::tr("%n list(s) answered with the meta object.", nullptr, lists));
    }
    if (topic == QLatin1String("id_format")) {
        if (seen.idRefused.contains(endpoint.section(QLatin1Char(' '), 1)))
            return set(Differed, seen.idRefused.value(endpoint.section(QLatin1Char(' '), 1)));
        if (answer.status == 0)
            return set(Untested, Tr::tr("No id was followed to %1.").arg(endpoint));
        if (answer.status != 200)
            return set(Untested, Tr::tr("%1 answered HTTP %2.").arg(endpoint).arg(answer.status));
        if (!answer.body.toObject().value(QLatin1String("data")).isObject())
            return set(Differed, Tr::tr("%1 answered without a data object.").arg(endpoint));
        return set(Held,
                   Tr::tr("The list's first id was a positive integer and %1 answered it in {\"data\"}.")
                       .arg(endpoint));
    }
    if (topic == QLatin1String("response_shape")) {
        if (answer.status == 0)
            return set(Untested, Tr::tr("%1 was not called.").arg(endpoint));
        if (answer.status == 404)
            return set(Differed, Tr::tr("%1 answered HTTP 404: the path may not exist.").arg(endpoint));
        if (answer.status != 200)
            return set(Untested, Tr::tr("%1 answered HTTP %2.").arg(endpoint).arg(answer.status));
        return answer.body.toObject().value(QLatin1String("data")).isObject()
                   ? set(Held, Tr::tr("%1 answered one object in {\"data\"}.").arg(endpoint))
                   : set(Differed, Tr::tr("%1 answered without a data object.").arg(endpoint));
    }
    if (topic == QLatin1String("scope_rule")) {
        if (!seen.scopesKnown)
            return set(Untested, Tr::tr("The granted scopes are unknown (no introspection)."));
        const QSet<QString> granted(seen.grantedScopes.begin(), seen.grantedScopes.end());
        int judged = 0;
        for (auto it = seen.answers.begin(); it != seen.answers.end(); ++it) {
            const Endpoint *described = catalog.find(it.key().section(QLatin1Char(' '), 0, 0).toLatin1(),
                                                     it.key().section(QLatin1Char(' '), 1));
            if (!described || (it->status != 403 && (it->status < 200 || it->status >= 300)))
                continue;
            ++judged;
            QStringList lacking;
            for (const QString &scope : described->requiredScopes) {
                if (!granted.contains(scope))
                    lacking << scope;
            }
            if (it->status == 403) {
                for (const QString &scope : it->namedScopes) {
                    if (!described->requiredScopes.contains(scope))
                        return set(
                            Differed,
                            Tr::tr("%1 was refused for lacking %2, which the document does not require "
                                   "there.")
                                .arg(it.key(), scope));
                }
                if (lacking.isEmpty())
                    return set(Differed,
                               Tr::tr("%1 was refused although the token has every scope the document "
                                      "requires there.")
                                   .arg(it.key()));
            } else if (!lacking.isEmpty()) {
                return set(Differed, Tr::tr("%1 answered without %2, which the document requires there.")
                                         .arg(it.key(), lacking.join(QLatin1String(", "))));
            }
        }
        if (judged == 0)
            return set(Untested, Tr::tr("No endpoint answered."));
        return set(Held, Tr::tr("%n endpoint(s) answered as their required scopes say.", nullptr, judged));
    }
    if (topic == QLatin1String("rate_limit_headers")) {
        const bool resetOnly = assumption.pointer.endsWith(QLatin1String("Reset"));
        bool any = false;
        for (const ContractObservations::Answer &each : seen.answers) {
            if (resetOnly && !each.rateReset.isEmpty()) {
                const qint64 reset = each.rateReset.trimmed().toLongLong();
                return reset > 1000000000
                           ? set(Differed, Tr::tr("X-RateLimit-Reset %1 is a Unix time.").arg(reset))
                           : set(Held, Tr::tr("X-RateLimit-Reset %1 (seconds).").arg(reset));
            }
            any = any || !each.rateLimit.isEmpty();
            if (each.status == 429 && each.rateLimit.isEmpty())
                return set(Differed, Tr::tr("A 429 came without X-RateLimit-* headers."));
        }
        if (any && !resetOnly)
            return set(Held, Tr::tr("X-RateLimit-Limit, -Remaining and -Reset were sent."));
        return set(Untested, Tr::tr("No X-RateLimit-* headers were sent (no limit may be set)."));
    }
    if (topic == QLatin1String("item_fields")) {
        const QString schemaName = assumption.pointer.section(QLatin1Char('/'), -1);
        const QJsonObject schema = resolve(m_document.value(QLatin1String("components"))
                                               .toObject()
                                               .value(QLatin1String("schemas"))
                                               .toObject()
                                               .value(schemaName)
                                               .toObject());
        for (auto it = seen.answers.begin(); it != seen.answers.end(); ++it) {
            if (it->status != 200 || dataSchemaOf(it.key().section(QLatin1Char(' '), 1)) != schemaName)
                continue;
            const QJsonValue data = it->body.toObject().value(QLatin1String("data"));
            const QJsonObject item = data.isArray() ? data.toArray().first().toObject() : data.toObject();
            if (item.isEmpty())
                continue;
            QStringList missing;
            for (const QJsonValue &field : schema.value(QLatin1String("required")).toArray()) {
                if (!item.contains(field.toString()))
                    missing << field.toString();
            }
            if (!missing.isEmpty())
                return set(
                    Differed,
                    Tr::tr("An item of %1 lacks %2.").arg(it.key(), missing.join(QLatin1String(", "))));
            return set(Held, Tr::tr("An item of %1 has every required field.").arg(it.key()));
        }
        return set(Untested, Tr::tr("No answer carried a %1.").arg(schemaName));
    }
    return set(Untested, Tr::tr("The check-up sends no request that would show it."));
}

} // namespace cx
