#include "DocumentedDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cx::sim {

namespace {

// Codes that are about one field of the request: Laravel answers all of them with 422 and the field.
bool isValidationCode(const QString &code)
{
    static const QStringList codes = {
        QStringLiteral("invalid_field"), QStringLiteral("missing_field"), QStringLiteral("bad_query_params"),
        QStringLiteral("bad_request_params"), QStringLiteral("invalid_request")};
    return codes.contains(code);
}

SimResponse withBody(SimResponse response, const QJsonObject &body)
{
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json");
    return response;
}

} // namespace

QString DocumentedDialect::quotedField(const QString &message)
{
    const qsizetype open = message.indexOf(QLatin1Char('\''));
    const qsizetype close = open < 0 ? -1 : message.indexOf(QLatin1Char('\''), open + 1);
    if (close <= open + 1)
        return {};
    return message.mid(open + 1, close - open - 1);
}

SimResponse DocumentedDialect::rewrite(const QString &path, SimResponse response)
{
    if (response.status < 400)
        return response;
    const QJsonObject error = QJsonDocument::fromJson(response.body).object();
    const QString code = error.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return response; // an OAuth {"error"} body, HTML or a raw refusal: as a real server would send
    const QString message = error.value(QStringLiteral("message")).toString();

    if (path.startsWith(QLatin1String("/oauth/access-token"))) {
        QJsonValue details = QJsonArray();
        const QString field = quotedField(message);
        // "422 on the token request = missing fields": name them the way Laravel does.
        if (response.status == 422 && !field.isEmpty())
            details = QJsonObject{{field, QJsonArray{message}}};
        return withBody(std::move(response), QJsonObject{{QStringLiteral("success"), false},
                                                         {QStringLiteral("message"), message},
                                                         {QStringLiteral("details"), details}});
    }
    if (path.startsWith(QLatin1String("/oauth/"))) {
        return withBody(std::move(response), QJsonObject{{QStringLiteral("success"), false},
                                                         {QStringLiteral("message"), message},
                                                         {QStringLiteral("data"), QJsonValue::Null}});
    }
    const QString field = quotedField(message);
    if (isValidationCode(code) && !field.isEmpty()) {
        response.status = 422;
        return withBody(
            std::move(response),
            QJsonObject{{QStringLiteral("message"), QStringLiteral("The given data was invalid.")},
                        {QStringLiteral("errors"), QJsonObject{{field, QJsonArray{message}}}}});
    }
    return withBody(std::move(response), QJsonObject{{QStringLiteral("message"), message}});
}

} // namespace cx::sim
