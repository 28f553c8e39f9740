#include "HarReader.h"

#include "export/Redactor.h"
#include "io/BoundedRead.h"
#include "net/RequestHygiene.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

// A query name or value as a server decodes it: percent escapes undone and '+' a space.
QString decodeQueryPart(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// The path and query of an absolute URL as written (no fragment): "/" when it has no path.
QString pathAndQuery(const QString &urlText)
{
    QString text = urlText;
    if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0)
        text.truncate(hash);
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    const qsizetype start = scheme >= 0 ? scheme + 3 : 0;
    qsizetype pathStart = text.size();
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('/') || text.at(i) == QLatin1Char('?')) {
            pathStart = i;
            break;
        }
    }
    QString target = text.mid(pathStart);
    if (target.isEmpty() || target.startsWith(QLatin1Char('?')))
        target.prepend(QLatin1Char('/'));
    return target;
}

// application/x-www-form-urlencoded as browsers encode a form (the WHATWG URL standard's serializer):
// ASCII letters, digits and *-._ kept, a space as '+', every other byte as %XX.
QByteArray formEncode(const QString &text)
{
    QByteArray out;
    const QByteArray bytes = text.toUtf8();
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '*' ||
            c == '-' || c == '.' || c == '_') {
            out += c;
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += "0123456789ABCDEF"[u >> 4];
            out += "0123456789ABCDEF"[u & 0xF];
        }
    }
    return out;
}

// A params value as text: a string as it is, anything else (an object, a number) as its JSON text.
QString paramText(const QJsonValue &value, bool *wasText)
{
    *wasText = value.isString() || value.isUndefined() || value.isNull();
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool() || value.isDouble()) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    }
    return {};
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray boundaryOf(const QByteArray &contentType)
{
    const qsizetype at = contentType.toLower().indexOf("boundary=");
    if (at < 0)
        return {};
    QByteArray boundary = contentType.mid(at + 9);
    if (const qsizetype semicolon = boundary.indexOf(';'); semicolon >= 0)
        boundary.truncate(semicolon);
    boundary = boundary.trimmed();
    if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    return boundary;
}

// The URL's own query is the truth; queryString only adds the names the URL lacks (compared as a
// server decodes them, so Chrome's still-encoded names and WebPagetest's decoded ones both match).
void readQuery(const QJsonValue &queryString, HarEntry &entry)
{
    QString target = pathAndQuery(entry.urlText);
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    const QString rawQuery = question >= 0 ? target.mid(question + 1) : QString();
    QSet<QString> present;
    for (const QString &part : rawQuery.split(QLatin1Char('&'))) {
        if (part.isEmpty() && question >= 0 && rawQuery.isEmpty())
            break;
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = eq >= 0 ? part.left(eq) : part;
        present.insert(name);
        present.insert(decodeQueryPart(name));
        if (!part.isEmpty())
            entry.query.append(
                {decodeQueryPart(name), eq >= 0 ? decodeQueryPart(part.mid(eq + 1)) : QString()});
    }
    QStringList added;
    QByteArray fill;
    for (const QJsonValue &item : queryString.toArray()) {
        const QJsonObject pair = item.toObject();
        const QString name = pair.value(QLatin1String("name")).toString();
        if (present.contains(name) || present.contains(decodeQueryPart(name)))
            continue;
        const QString value = pair.value(QLatin1String("value")).toString();
        if (!fill.isEmpty())
            fill += '&';
        fill += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        entry.query.append({name, value});
        if (!added.contains(name))
            added.append(name);
    }
    if (!fill.isEmpty()) {
        if (question < 0)
            target += QLatin1Char('?');
        else if (!rawQuery.isEmpty())
            target += QLatin1Char('&');
        target += QString::fromLatin1(fill);
        entry.notes.append(Tr::tr("queryString names that request.url lacks were added to it: %1")
                               .arg(added.join(QLatin1String(", "))));
    }
    // A '%' that starts no escape would make every other escape be read as text (and encoded again):
    // it alone is written %25.
    QString fixed;
    fixed.reserve(target.size());
    bool lonePercent = false;
    for (qsizetype i = 0; i < target.size(); ++i) {
        if (target.at(i) == QLatin1Char('%') &&
            !(i + 2 < target.size() && isHex(target.at(i + 1)) && isHex(target.at(i + 2)))) {
            fixed += QLatin1String("%25");
            lonePercent = true;
        } else {
            fixed += target.at(i);
        }
    }
    if (lonePercent)
        entry.notes.append(
            Tr::tr("request.url holds a '%' that starts no percent escape: it is sent as %25"));
    entry.target = fixed;
}

// postData: text exactly; params (when there is no text) as the browser would have encoded them.
void readPostData(const QJsonObject &postData, HarEntry &entry)
{
    entry.requestMimeType = postData.value(QLatin1String("mimeType")).toString().toLatin1();
    if (postData.value(QLatin1String("text")).isString()) {
        entry.requestBody = postData.value(QLatin1String("text")).toString().toUtf8();
        return;
    }
    if (!postData.value(QLatin1String("params")).isArray())
        return;
    const QJsonArray params = postData.value(QLatin1String("params")).toArray();
    QByteArray contentType = entry.requestMimeType;
    if (contentType.isEmpty())
        contentType = headerValue(entry.requestHeaders, "Content-Type");
    const bool multipart = contentType.toLower().startsWith("multipart/form-data");
    QByteArray boundary = boundaryOf(contentType);
    if (multipart && boundary.isEmpty())
        boundary = boundaryOf(headerValue(entry.requestHeaders, "Content-Type"));
    if (multipart && boundary.isEmpty()) {
        boundary = "----ConnectExplorerHarBoundary";
        entry.requestMimeType = "multipart/form-data; boundary=" + boundary;
        entry.notes.append(Tr::tr("postData names no multipart boundary: \"%1\" is used")
                               .arg(QString::fromLatin1(boundary)));
    }
    QByteArray body;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QJsonObject param = params.at(i).toObject();
        const QString name = param.value(QLatin1String("name")).toString();
        bool wasText = true;
        const QString value = paramText(param.value(QLatin1String("value")), &wasText);
        if (!wasText)
            entry.notes.append(Tr::tr("postData.params[%1].value is not text: its JSON text is sent").arg(i));
        if (multipart) {
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.toUtf8() + '"';
            if (param.contains(QLatin1String("fileName")))
                body += "; filename=\"" + param.value(QLatin1String("fileName")).toString().toUtf8() + '"';
            body += "\r\n";
            if (const QString type = param.value(QLatin1String("contentType")).toString(); !type.isEmpty())
                body += "Content-Type: " + type.toUtf8() + "\r\n";
            body += "\r\n" + value.toUtf8() + "\r\n";
        } else {
            if (i > 0)
                body += '&';
            body += formEncode(name) + '=' + formEncode(value);
        }
    }
    if (multipart && !params.isEmpty())
        body += "--" + boundary + "--\r\n";
    entry.requestBody = body;
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
    entry.urlText = urlText;
    readQuery(request.value(QLatin1String("queryString")), entry);
    // A browser never records such a request: the file was edited or made up. The entry is refused, so
    // it can be neither shown as the customer's call nor replayed.
    if (const QString problem = requestProblem(request, entry); !problem.isEmpty()) {
        *why = Tr::tr("%1 (the entry was not read)").arg(problem);
        return std::nullopt;
    }
    entry.hasPostData = request.value(QLatin1String("postData")).isObject();
    readPostData(request.value(QLatin1String("postData")).toObject(), entry);

    const QJsonObject response = object.value(QLatin1String("response")).toObject();
    entry.status = response.value(QLatin1String("status")).toInt();
    entry.statusText = response.value(QLatin1String("statusText")).toString().toLatin1();
    entry.recordedErrorCode = response.value(QLatin1String("_errorCode")).toString();
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
    } else if (responseBody.isEmpty() && responseBodyMissing && !recordedErrorCode.isEmpty()) {
        response.body =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("code"), recordedErrorCode},
                    {QStringLiteral("message"),
                     Tr::tr("The response body was not kept; Connect Explorer decided %1 when it was sent.")
                         .arg(recordedErrorCode)}})
                .toJson(QJsonDocument::Compact);
        response.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    }
    return response;
}

QString HarEntry::origin() const
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

ApiRequest HarEntry::requestForReplay(const QUrl &baseUrl, bool thirdParty) const
{
    ApiRequest request;
    request.method = method;
    // The path and query as the file writes them; a secret query value (access_token=...) masked.
    QString path = Redactor::redactUrl(target);
    QString basePath = thirdParty ? QString() : baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    if (!basePath.isEmpty() && path.startsWith(basePath) &&
        (path.size() == basePath.size() || path.at(basePath.size()) == QLatin1Char('/') ||
         path.at(basePath.size()) == QLatin1Char('?')))
        path = path.mid(basePath.size());
    request.path = path;
    static const QByteArrayList dropped = {
        "host",    "content-length", "connection",    "accept-encoding",    "origin",
        "referer", "cookie",         "authorization", "proxy-authorization"};
    for (const auto &[name, value] : requestHeaders) {
        const QByteArray lower = name.toLower();
        if (dropped.contains(lower) || Redactor::isSecretHeader(name) || lower.startsWith("sec-"))
            continue;
        request.headers.append({name, value});
    }
    request.body = Redactor::redactBody(requestBody, requestMimeType);
    if (!requestMimeType.isEmpty() && !requestBody.isEmpty() &&
        headerValue(request.headers, "Content-Type").isEmpty())
        request.headers.append({"Content-Type", requestMimeType});
    request.authenticated = !thirdParty && !request.path.startsWith(QLatin1String("/oauth/"));
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

QUrl HarReader::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://oauth.cliquify.me"));
}

namespace {
int defaultPort(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}
} // namespace

QString HarReader::whyNotConnect(const HarEntry &entry, const QUrl &baseUrl)
{
    const QUrl base = baseUrl.isValid() && !baseUrl.host().isEmpty() ? baseUrl : defaultBaseUrl();
    const bool sameOrigin = entry.url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0 &&
                            entry.url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
                            defaultPort(entry.url) == defaultPort(base);
    const QString baseOrigin =
        base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (!sameOrigin)
        return Tr::tr("another origin (%1), not the profile's %2").arg(entry.origin(), baseOrigin);
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString path = entry.url.path();
    if (!basePath.isEmpty() && path != basePath && !path.startsWith(basePath + QLatin1Char('/')))
        return Tr::tr("outside the profile's base path %1").arg(basePath);
    return {};
}

bool HarReader::isConnectCall(const HarEntry &entry, const QUrl &baseUrl)
{
    return whyNotConnect(entry, baseUrl).isEmpty();
}

namespace {

void addCredential(Redactor *redactor, const QByteArray &name, const QByteArray &value)
{
    const QString text = QString::fromUtf8(value).trimmed();
    if (text.isEmpty())
        return;
    const QByteArray lower = name.toLower();
    if (lower == "cookie" || lower == "set-cookie") {
        const QString first = text.section(QLatin1Char(';'), 0, lower == "set-cookie" ? 0 : -1);
        for (const QString &pair : first.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString cookie = pair.section(QLatin1Char('='), 1).trimmed();
            if (cookie.size() >= 4)
                redactor->addSecret(cookie);
        }
        return;
    }
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0) // "Bearer abc", "Basic abc"
        redactor->addSecret(text.mid(space + 1).trimmed());
    redactor->addSecret(text);
}

void addJsonSecrets(Redactor *redactor, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (Redactor::isSecretField(it.key()) && it.value().isString() &&
                it.value().toString().size() >= 4)
                redactor->addSecret(it.value().toString());
            else
                addJsonSecrets(redactor, it.value());
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            addJsonSecrets(redactor, item);
    }
}

void addBodySecrets(Redactor *redactor, const QByteArray &body)
{
    if (body.isEmpty())
        return;
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject() || json.isArray()) {
        addJsonSecrets(redactor, json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()));
        return;
    }
    for (const QString &pair : QString::fromUtf8(body).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString value = decodeQueryPart(pair.mid(eq + 1));
        if (Redactor::isSecretField(decodeQueryPart(pair.left(eq))) && value.size() >= 4)
            redactor->addSecret(value);
    }
}

} // namespace

void HarReader::collectSecrets(const HarLog &log, Redactor *redactor)
{
    for (const HarEntry &entry : log.entries) {
        for (const auto &[name, value] : entry.requestHeaders) {
            if (Redactor::isSecretHeader(name) || name.compare("cookie", Qt::CaseInsensitive) == 0)
                addCredential(redactor, name, value);
        }
        for (const auto &[name, value] : entry.responseHeaders) {
            if (Redactor::isSecretHeader(name) || name.compare("set-cookie", Qt::CaseInsensitive) == 0)
                addCredential(redactor, name, value);
        }
        for (const auto &[name, value] : entry.query) {
            if (Redactor::isSecretField(name) && value.size() >= 4)
                redactor->addSecret(value);
        }
        addBodySecrets(redactor, entry.requestBody);
        addBodySecrets(redactor, entry.responseBody);
    }
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
