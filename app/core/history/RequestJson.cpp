#include "RequestJson.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace cx {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

void writeRequestJson(const ApiRequest &request, QJsonObject &object)
{
    object.insert(QStringLiteral("method"), QString::fromLatin1(request.method));
    object.insert(QStringLiteral("path"), request.path);
    QJsonArray query;
    for (const auto &[key, value] : request.query)
        query.append(QJsonArray{key, value});
    object.insert(QStringLiteral("query"), query);
    QJsonArray headers;
    for (const auto &[name, value] : request.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    object.insert(QStringLiteral("headers"), headers);
    if (!request.body.isEmpty()) {
        if (isValidUtf8(request.body))
            object.insert(QStringLiteral("body"), QString::fromUtf8(request.body));
        else
            object.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(request.body.toBase64()));
    }
    object.insert(QStringLiteral("authenticated"), request.authenticated);
}

bool readRequestJson(const QJsonObject &object, ApiRequest &request)
{
    const QJsonValue method = object.value(QStringLiteral("method"));
    const QJsonValue path = object.value(QStringLiteral("path"));
    if (!method.isString() || !path.isString())
        return false;
    request.method = method.toString().toLatin1();
    request.path = path.toString();
    request.query.clear();
    for (const QJsonValue &pair : object.value(QStringLiteral("query")).toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString())
            return false;
        request.query.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    request.headers.clear();
    for (const QJsonValue &pair : object.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString())
            return false;
        request.headers.append({kv.at(0).toString().toLatin1(), kv.at(1).toString().toUtf8()});
    }
    if (object.contains(QStringLiteral("bodyBase64")))
        request.body =
            QByteArray::fromBase64(object.value(QStringLiteral("bodyBase64")).toString().toLatin1());
    else
        request.body = object.value(QStringLiteral("body")).toString().toUtf8();
    request.authenticated = object.value(QStringLiteral("authenticated")).toBool(true);
    return true;
}

} // namespace cx
