#include "HarReader.h"

#include "export/Redactor.h"
#include "io/BoundedRead.h"
#include "net/RequestHygiene.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::HarReader)
};

HeaderList readHeaders(const QJsonValue &value)
{
    HeaderList headers;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject header = item.toObject();
        const QString name = header.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            continue;
        // HTTP/2 pseudo-headers (":authority", ":path") are how Chrome shows the request line: not headers.
        if (name.startsWith(QLatin1Char(':')))
            continue;
        headers.append({name.toLatin1(), header.value(QLatin1String("value")).toString().toUtf8()});
    }
    return headers;
}

double timing(const QJsonObject &timings, const char *key)
{
    const QJsonValue value = timings.value(QLatin1String(key));
    return value.isDouble() && value.toDouble() >= 0 ? value.toDouble() : -1;
}

QDateTime readDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// Why the entry's request could not be sent as the file writes it (a line break in a header would
// smuggle a second request on replay), naming the entry and the field; empty when it can be.
QString requestProblem(const QJsonObject &request, const HarEntry &entry)
{
    const int index = entry.index;
    if (!RequestHygiene::isToken(entry.method))
        return Tr::tr("entry %1: request.method is not a valid HTTP method").arg(index);
    const QJsonArray headers = request.value(QLatin1String("headers")).toArray();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QJsonObject header = headers.at(i).toObject();
        const QString name = header.value(QLatin1String("name")).toString();
        if (name.isEmpty() || name.startsWith(QLatin1Char(':')))
            continue; // skipped by readHeaders() as well
        const QByteArray rawName = name.toLatin1();
        QString problem = RequestHygiene::headerNameProblem(rawName);
        const char *what = QT_TRANSLATE_NOOP("cx::HarReader", "entry %1: request.headers[%2].name %3");
        if (problem.isEmpty()) {
            problem =
                RequestHygiene::headerValueProblem(header.value(QLatin1String("value")).toString().toUtf8());
            what = QT_TRANSLATE_NOOP("cx::HarReader", "entry %1: request.headers[%2].value %3");
        }
        if (!problem.isEmpty())
            return Tr::tr(what).arg(index).arg(i).arg(problem);
    }
    if (const QString problem = RequestHygiene::pathProblem(entry.url.path(QUrl::FullyDecoded));
        !problem.isEmpty())
        return Tr::tr("entry %1: the path of request.url %2").arg(index).arg(problem);
    return {};
}

// One entry, or nullopt with `why` naming the field at fault.
std::optional<HarEntry> readEntry(const QJsonObject &object, int index, QString *why)
{
    HarEntry entry;
    entry.index = index;
    if (!object.value(QLatin1String("request")).isObject()) {
        *why = Tr::tr("entry %1 has no \"request\" object").arg(index);
        return std::nullopt;
    }
    const QJsonObject request = object.value(QLatin1String("request")).toObject();
    entry.method = request.value(QLatin1String("method")).toString().toUpper().toLatin1();
    if (entry.method.isEmpty()) {
        *why = Tr::tr("entry %1: request.method is missing").arg(index);
        return std::nullopt;
    }
    const QString urlText = request.value(QLatin1String("url")).toString();
    entry.url = QUrl(urlText, QUrl::TolerantMode);
    if (urlText.isEmpty() || !entry.url.isValid() || entry.url.scheme().isEmpty()) {
        *why = Tr::tr("entry %1: request.url is missing or not an absolute URL ('%2')")
                   .arg(index)
                   .arg(urlText.left(80));
        return std::nullopt;
    }
    entry.startedDateTime = readDate(object.value(QLatin1String("startedDateTime")).toString());
    entry.timeMs = object.value(QLatin1String("time")).toDouble();
    entry.httpVersion = request.value(QLatin1String("httpVersion")).toString().toLatin1();
    entry.requestHeaders = readHeaders(request.value(QLatin1String("headers")));
    const QJsonValue queryString = request.value(QLatin1String("queryString"));
    if (queryString.isArray() && !queryString.toArray().isEmpty()) {
        for (const QJsonValue &item : queryString.toArray()) {
            const QJsonObject pair = item.toObject();
            entry.query.append({pair.value(QLatin1String("name")).toString(),
                                pair.value(QLatin1String("value")).toString()});
        }
    } else {
        for (const auto &[name, value] : QUrlQuery(entry.url).queryItems(QUrl::FullyDecoded))
            entry.query.append({name, value});
    }
    // A browser never records such a request: the file was edited or made up. The entry is refused, so
    // it can be neither shown as the customer's call nor replayed.
    if (const QString problem = requestProblem(request, entry); !problem.isEmpty()) {
        *why = Tr::tr("%1 (the entry was not read)").arg(problem);
        return std::nullopt;
    }
    const QJsonObject postData = request.value(QLatin1String("postData")).toObject();
    entry.requestMimeType = postData.value(QLatin1String("mimeType")).toString().toLatin1();
    if (postData.contains(QLatin1String("text"))) {
        entry.requestBody = postData.value(QLatin1String("text")).toString().toUtf8();
    } else if (postData.value(QLatin1String("params")).isArray()) {
        QUrlQuery form;
        for (const QJsonValue &item : postData.value(QLatin1String("params")).toArray()) {
            const QJsonObject param = item.toObject();
            form.addQueryItem(param.value(QLatin1String("name")).toString(),
                              param.value(QLatin1String("value")).toString());
        }
        entry.requestBody = form.toString(QUrl::FullyEncoded).toUtf8();
    }

    const QJsonObject response = object.value(QLatin1String("response")).toObject();
    entry.status = response.value(QLatin1String("status")).toInt();
    entry.statusText = response.value(QLatin1String("statusText")).toString().toLatin1();
    entry.responseHeaders = readHeaders(response.value(QLatin1String("headers")));
    const QJsonObject content = response.value(QLatin1String("content")).toObject();
    entry.responseMimeType = content.value(QLatin1String("mimeType")).toString().toLatin1();
    entry.responseSize = content.value(QLatin1String("size")).isDouble()
                             ? qint64(content.value(QLatin1String("size")).toDouble())
                             : -1;
    if (content.value(QLatin1String("text")).isString()) {
        const QString text = content.value(QLatin1String("text")).toString();
        if (content.value(QLatin1String("encoding"))
                .toString()
                .compare(QLatin1String("base64"), Qt::CaseInsensitive) == 0) {
            const auto decoded =
                QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *why = Tr::tr("entry %1: response.content.text is marked base64 but is not valid base64")
                           .arg(index);
                return std::nullopt;
            }
            entry.responseBody = *decoded;
        } else {
            entry.responseBody = text.toUtf8();
        }
    } else {
        entry.responseBodyMissing = entry.responseSize != 0 && entry.status != 204;
    }
    const QJsonObject timings = object.value(QLatin1String("timings")).toObject();
    entry.timings.blocked = timing(timings, "blocked");
    entry.timings.dns = timing(timings, "dns");
    entry.timings.connect = timing(timings, "connect");
    entry.timings.ssl = timing(timings, "ssl");
    entry.timings.send = timing(timings, "send");
    entry.timings.wait = timing(timings, "wait");
    entry.timings.receive = timing(timings, "receive");
    entry.serverIp = object.value(QLatin1String("serverIPAddress")).toString();
    return entry;
}

} // namespace

ApiResponse HarEntry::toResponse() const
{
    ApiResponse response;
    response.status = status;
    response.reason = statusText;
    response.headers = responseHeaders;
    response.body = responseBody;
    response.elapsedMs = qint64(timeMs);
    response.url = url;
    if (status <= 0) {
        response.failure = NetworkFailure::Other;
        response.failureDetail = Tr::tr("The browser recorded no response for this request");
    }
    return response;
}

ApiRequest HarEntry::requestForReplay() const
{
    ApiRequest request;
    request.method = method;
    request.path = url.path(QUrl::FullyDecoded);
    request.query = query;
    static const QByteArrayList dropped = {
        "host",    "content-length", "connection",    "accept-encoding",    "origin",
        "referer", "cookie",         "authorization", "proxy-authorization"};
    for (const auto &[name, value] : requestHeaders) {
        const QByteArray lower = name.toLower();
        if (dropped.contains(lower) || Redactor::isSecretHeader(name) || lower.startsWith("sec-"))
            continue;
        request.headers.append({name, value});
    }
    request.query = Redactor::redactQuery(query);
    request.body = Redactor::redactBody(requestBody, requestMimeType);
    request.authenticated = !request.path.startsWith(QLatin1String("/oauth/"));
    request.sensitiveBody = !request.authenticated;
    return request;
}

std::optional<HarLog> HarReader::read(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("not a HAR file: the JSON is malformed (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject() || !document.object().value(QLatin1String("log")).isObject()) {
        *error = Tr::tr("not a HAR file: the top-level \"log\" object is missing");
        return std::nullopt;
    }
    const QJsonObject log = document.object().value(QLatin1String("log")).toObject();
    if (!log.value(QLatin1String("entries")).isArray()) {
        *error = Tr::tr("not a HAR file: \"log.entries\" is missing or not an array");
        return std::nullopt;
    }
    HarLog result;
    result.version = log.value(QLatin1String("version")).toString();
    if (!result.version.isEmpty() && !result.version.startsWith(QLatin1String("1."))) {
        *error = Tr::tr("HAR version %1 is not supported (1.1 and 1.2 are)").arg(result.version);
        return std::nullopt;
    }
    const QJsonObject creator = log.value(QLatin1String("creator")).toObject();
    result.creatorName = creator.value(QLatin1String("name")).toString();
    result.creatorVersion = creator.value(QLatin1String("version")).toString();
    const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            result.warnings.append(Tr::tr("entry %1 is not an object").arg(i));
            continue;
        }
        QString why;
        if (auto entry = readEntry(entries.at(i).toObject(), i, &why))
            result.entries.append(std::move(*entry));
        else
            result.warnings.append(why);
    }
    if (result.entries.isEmpty() && !result.warnings.isEmpty()) {
        *error = Tr::tr("no entry of the HAR file could be read: %1").arg(result.warnings.first());
        return std::nullopt;
    }
    return result;
}

std::optional<HarLog> HarReader::readFile(const QString &fileName, QString *error)
{
    // Browsers' exports can be large, but a file past the limit (or /dev/zero) is refused before it is
    // read rather than ending in an allocation failure.
    const BoundedReadResult file = BoundedRead::readFile(fileName, BoundedRead::MaxHar);
    if (!file.ok) {
        *error = file.error;
        return std::nullopt;
    }
    return read(file.data, error);
}

bool HarReader::isConnectCall(const HarEntry &entry, const QUrl &baseUrl)
{
    const QString path = entry.url.path();
    if (baseUrl.isValid() && !baseUrl.host().isEmpty()) {
        const bool sameOrigin = entry.url.scheme() == baseUrl.scheme() &&
                                entry.url.host().compare(baseUrl.host(), Qt::CaseInsensitive) == 0 &&
                                entry.url.port(entry.url.scheme() == QLatin1String("https") ? 443 : 80) ==
                                    baseUrl.port(baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
        const QString basePath = baseUrl.path();
        return sameOrigin &&
               (basePath.isEmpty() || basePath == QLatin1String("/") || path.startsWith(basePath));
    }
    return path.startsWith(QLatin1String("/api/")) || path.startsWith(QLatin1String("/oauth/"));
}

QList<HarEntry> HarReader::connectCalls(const QList<HarEntry> &entries, const QUrl &baseUrl)
{
    QList<HarEntry> calls;
    for (const HarEntry &entry : entries) {
        if (isConnectCall(entry, baseUrl))
            calls.append(entry);
    }
    return calls;
}

} // namespace cx
