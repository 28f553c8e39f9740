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
    writeHeadersJson(request.headers, object);
    writeBodyJson(request.body, object);
    object.insert(QStringLiteral("authenticated"), request.authenticated);
}

void writeHeadersJson(const HeaderList &headers, QJsonObject &object)
{
    QJsonArray pairs;
    for (const auto &[name, value] : headers)
        pairs.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    object.insert(QStringLiteral("headers"), pairs);
}

bool readHeadersJson(const QJsonObject &object, HeaderList &headers)
{
    headers.clear();
    for (const QJsonValue &pair : object.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString())
            return false;
        headers.append({kv.at(0).toString().toLatin1(), kv.at(1).toString().toUtf8()});
    }
    return true;
}

void writeBodyJson(const QByteArray &body, QJsonObject &object)
{
    if (body.isEmpty())
        return;
    if (isValidUtf8(body))
        object.insert(QStringLiteral("body"), QString::fromUtf8(body));
    else
        object.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(body.toBase64()));
}

QByteArray readBodyJson(const QJsonObject &object)
{
    if (object.contains(QStringLiteral("bodyBase64")))
        return QByteArray::fromBase64(object.value(QStringLiteral("bodyBase64")).toString().toLatin1());
    return object.value(QStringLiteral("body")).toString().toUtf8();
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
    if (!readHeadersJson(object, request.headers))
        return false;
    request.body = readBodyJson(object);
    request.authenticated = object.value(QStringLiteral("authenticated")).toBool(true);
    return true;
}

} // namespace cx
