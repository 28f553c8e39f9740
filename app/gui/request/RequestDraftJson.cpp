#include "request/RequestDraftJson.h"

#include "export/Redactor.h"
#include "vars/Variables.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cx::gui {

namespace {

// A secret header's value that is only variables, perhaps after an auth scheme ("Bearer
// {{access_token}}"): the secret is in the variable, not here.
bool onlyVariables(const QString &value)
{
    if (!Variables::hasReferences(value))
        return false;
    static const QRegularExpression reference(QStringLiteral("\\{\\{[^{}\\r\\n]*\\}\\}"));
    static const QRegularExpression scheme(QStringLiteral("^(?:bearer|basic|token|digest)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString rest = value;
    rest.remove(reference);
    return scheme.match(rest.trimmed()).hasMatch();
}

QJsonArray rowsToJson(const QList<ParamRow> &rows, bool headers, const Redactor &redactor,
                      SecretHeaderRows secretRows)
{
    QJsonArray array;
    for (const ParamRow &row : rows) {
        if (headers && Redactor::isSecretHeader(row.name.trimmed().toLatin1()) && !onlyVariables(row.value)) {
            if (secretRows == SecretHeaderRows::LeftOut || (row.value.isEmpty() && !row.valueNotSaved))
                continue; // nothing is lost with an empty one
            // Its name, so the tab shows what to paste again; never the value.
            QJsonObject object;
            object.insert(QStringLiteral("enabled"), false);
            object.insert(QStringLiteral("name"), redactor.redactText(row.name));
            object.insert(QStringLiteral("value"), QString());
            object.insert(QStringLiteral("valueNotSaved"), true);
            if (!row.description.isEmpty())
                object.insert(QStringLiteral("description"), row.description);
            array.append(object);
            continue;
        }
        QString value = row.value;
        if (!headers && Redactor::isSecretField(row.name.trimmed()) && !value.isEmpty())
            value = Redactor::mask();
        QJsonObject object;
        object.insert(QStringLiteral("enabled"), row.enabled);
        object.insert(QStringLiteral("name"), redactor.redactText(row.name));
        object.insert(QStringLiteral("value"), redactor.redactText(value));
        if (!row.description.isEmpty())
            object.insert(QStringLiteral("description"), row.description);
        if (row.required)
            object.insert(QStringLiteral("required"), true);
        array.append(object);
    }
    return array;
}

std::optional<QList<ParamRow>> rowsFromJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return QList<ParamRow>{};
    if (!value.isArray())
        return std::nullopt;
    QList<ParamRow> rows;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return std::nullopt;
        const QJsonObject object = item.toObject();
        ParamRow row;
        row.enabled = object.value(QStringLiteral("enabled")).toBool(true);
        row.name = object.value(QStringLiteral("name")).toString();
        row.value = object.value(QStringLiteral("value")).toString();
        row.description = object.value(QStringLiteral("description")).toString();
        row.required = object.value(QStringLiteral("required")).toBool(false);
        row.valueNotSaved = object.value(QStringLiteral("valueNotSaved")).toBool(false);
        if (row.valueNotSaved) {
            row.value.clear();
            row.enabled = false;
        }
        rows.append(row);
    }
    return rows;
}

QByteArray contentTypeOf(const QList<ParamRow> &headers)
{
    for (const ParamRow &row : headers) {
        if (row.enabled &&
            row.name.trimmed().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
            return row.value.toLatin1();
    }
    return {};
}

} // namespace

QJsonObject requestDraftToJson(const RequestDraft &draft, const Redactor &redactor,
                               SecretHeaderRows secretRows)
{
    QJsonObject object;
    object.insert(QStringLiteral("method"), QString::fromLatin1(draft.method));
    object.insert(QStringLiteral("pathTemplate"), redactor.redactText(draft.pathTemplate));
    QJsonObject values;
    for (auto it = draft.pathValues.cbegin(); it != draft.pathValues.cend(); ++it)
        values.insert(it.key(), redactor.redactText(it.value()));
    object.insert(QStringLiteral("pathValues"), values);
    object.insert(QStringLiteral("query"), rowsToJson(draft.query, false, redactor, secretRows));
    object.insert(QStringLiteral("headers"), rowsToJson(draft.headers, true, redactor, secretRows));
    QString body = draft.body;
    if (!body.trimmed().isEmpty())
        body = QString::fromUtf8(
            redactor.redactText(Redactor::redactBody(body.toUtf8(), contentTypeOf(draft.headers))));
    object.insert(QStringLiteral("body"), body);
    return object;
}

std::optional<RequestDraft> requestDraftFromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("method")).isString() ||
        !object.value(QStringLiteral("pathTemplate")).isString())
        return std::nullopt;
    RequestDraft draft;
    draft.method = object.value(QStringLiteral("method")).toString().toLatin1();
    draft.pathTemplate = object.value(QStringLiteral("pathTemplate")).toString();
    const QJsonObject values = object.value(QStringLiteral("pathValues")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        draft.pathValues.insert(it.key(), it.value().toString());
    const auto query = rowsFromJson(object.value(QStringLiteral("query")));
    const auto headers = rowsFromJson(object.value(QStringLiteral("headers")));
    if (!query || !headers)
        return std::nullopt;
    draft.query = *query;
    draft.headers = *headers;
    draft.body = object.value(QStringLiteral("body")).toString();
    return draft;
}

RequestDraft requestDraftFromApiRequest(const ApiRequest &request)
{
    RequestDraft draft;
    draft.method = request.method.isEmpty() ? QByteArray("GET") : request.method;
    draft.pathTemplate = request.path.isEmpty() ? QStringLiteral("/") : request.path;
    for (const auto &[name, value] : request.query)
        draft.query.append(ParamRow{true, name, value, {}, false});
    for (const auto &[name, value] : request.headers)
        draft.headers.append(ParamRow{true, QString::fromLatin1(name), QString::fromUtf8(value), {}, false});
    draft.body = QString::fromUtf8(request.body);
    return draft;
}

} // namespace cx::gui
