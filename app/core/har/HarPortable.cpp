#include "HarPortable.h"

#include "HarReader.h"
#include "export/Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace cx::HarPortable {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::HarPortable)
};

QString rawPath(const HarEntry &entry)
{
    const qsizetype question = entry.target.indexOf(QLatin1Char('?'));
    return question >= 0 ? entry.target.left(question) : entry.target;
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError() && !text.contains(QChar(0));
}

QString decodeQueryPart(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QJsonArray queryStringOf(const QString &url)
{
    QString text = url;
    if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0)
        text.truncate(hash);
    QJsonArray array;
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    if (question < 0)
        return array;
    for (const QString &part : text.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        array.append(
            QJsonObject{{QStringLiteral("name"), decodeQueryPart(eq >= 0 ? part.left(eq) : part)},
                        {QStringLiteral("value"), eq >= 0 ? decodeQueryPart(part.mid(eq + 1)) : QString()}});
    }
    return array;
}

} // namespace

PortableReadResult read(const QByteArray &json, const QString &profileBaseUrl)
{
    PortableReadResult result;
    QString error;
    const std::optional<HarLog> log = HarReader::read(json, &error);
    if (!log) {
        result.error = error;
        return result;
    }
    // The HAR 1.3 proposal's postData.encoding: what write() uses for a body that is not text.
    const QJsonArray rawEntries = QJsonDocument::fromJson(json)
                                      .object()
                                      .value(QLatin1String("log"))
                                      .toObject()
                                      .value(QLatin1String("entries"))
                                      .toArray();
    const QUrl base(profileBaseUrl);
    result.set.name = log->creatorName;
    result.set.notes = log->warnings;
    for (const HarEntry &entry : log->entries) {
        PortableRequest request;
        const QJsonObject rawRequest =
            rawEntries.at(entry.index).toObject().value(QLatin1String("request")).toObject();
        request.name = rawRequest.value(QLatin1String("comment")).toString();
        if (request.name.isEmpty())
            request.name = QString::fromLatin1(entry.method) + QLatin1Char(' ') + rawPath(entry);
        request.method = entry.method;
        request.url = entry.urlText;
        if (const qsizetype hash = request.url.indexOf(QLatin1Char('#')); hash >= 0)
            request.url.truncate(hash);
        // The queryString names the URL lacks are part of what is sent.
        if (!request.url.endsWith(entry.target) && !entry.notes.isEmpty())
            request.url = entry.origin() + entry.target;
        request.headers = entry.requestHeaders;
        request.body = entry.requestBody;
        const QJsonObject postData = rawRequest.value(QLatin1String("postData")).toObject();
        if (postData.value(QLatin1String("encoding"))
                .toString()
                .compare(QLatin1String("base64"), Qt::CaseInsensitive) == 0) {
            const auto decoded =
                QByteArray::fromBase64Encoding(entry.requestBody, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                result.error =
                    Tr::tr("entry %1: request.postData.text is marked base64 but is not valid base64")
                        .arg(entry.index);
                return result;
            }
            request.body = *decoded;
        }
        request.hasBody = entry.hasPostData;
        request.notes = entry.notes;
        if (!profileBaseUrl.isEmpty()) {
            const QString why = HarReader::whyNotConnect(entry, base);
            if (!why.isEmpty())
                request.notes.append(Tr::tr("not a Connect API call: %1").arg(why));
        }
        request.sourceRef = QStringLiteral("log.entries[%1]").arg(entry.index);
        result.set.requests.append(request);
    }
    result.ok = true;
    return result;
}

QByteArray write(const PortableSet &set, bool includeSecrets, QStringList *notes)
{
    QStringList said;
    const auto note = [&said](const QString &text) {
        if (!said.contains(text))
            said.append(text);
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonArray entries;
    bool masked = false;
    for (const PortableRequest &request : set.requests) {
        HeaderList headers = request.headers;
        const PortableAuth &auth = request.auth.kind == PortableAuth::Kind::Inherit ? set.auth : request.auth;
        switch (auth.kind) {
        case PortableAuth::Kind::Bearer:
            if (headerValue(headers, "Authorization").isEmpty() && !auth.token.isEmpty())
                headers.append({"Authorization", "Bearer " + auth.token.toUtf8()});
            break;
        case PortableAuth::Kind::OAuth2ClientCredentials:
            note(Tr::tr("%1: HAR has no OAuth2 block; the profile's token is added when it is sent")
                     .arg(request.name));
            break;
        case PortableAuth::Kind::Basic:
        case PortableAuth::Kind::Other:
            note(Tr::tr("%1: its %2 authentication is not written (HAR has no auth block)")
                     .arg(request.name,
                          auth.kind == PortableAuth::Kind::Basic ? QStringLiteral("Basic") : auth.otherName));
            break;
        case PortableAuth::Kind::None:
        case PortableAuth::Kind::Inherit:
            break;
        }
        QString url = request.url;
        QByteArray body = request.body;
        const QByteArray contentType = headerValue(headers, "Content-Type");
        if (!includeSecrets) {
            const HeaderList clean = Redactor::redactHeaders(headers);
            const QString cleanUrl = Redactor::redactUrl(url);
            const QByteArray cleanBody = Redactor::redactBody(body, contentType);
            masked = masked || clean != headers || cleanUrl != url || cleanBody != body;
            headers = clean;
            url = cleanUrl;
            body = cleanBody;
        }
        QJsonArray headerArray;
        for (const auto &[name, value] : headers)
            headerArray.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                           {QStringLiteral("value"), QString::fromUtf8(value)}});
        QJsonObject requestJson{
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("url"), url},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("headers"), headerArray},
            {QStringLiteral("queryString"), queryStringOf(url)},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), request.hasBody || !body.isEmpty() ? int(body.size()) : 0},
            {QStringLiteral("comment"), request.name},
        };
        if (request.hasBody || !body.isEmpty()) {
            QJsonObject postData{{QStringLiteral("mimeType"), QString::fromLatin1(contentType)}};
            if (isUtf8(body)) {
                postData.insert(QStringLiteral("text"), QString::fromUtf8(body));
            } else {
                postData.insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
                postData.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
                note(Tr::tr("%1: the body is not UTF-8 text; it is written base64 (postData.encoding)")
                         .arg(request.name));
            }
            requestJson.insert(QStringLiteral("postData"), postData);
        }
        const QString noResponse = Tr::tr("Not sent by Connect Explorer: a request only, no response.");
        entries.append(QJsonObject{
            {QStringLiteral("startedDateTime"), now},
            {QStringLiteral("time"), 0},
            {QStringLiteral("request"), requestJson},
            {QStringLiteral("response"),
             QJsonObject{{QStringLiteral("status"), 0},
                         {QStringLiteral("statusText"), QString()},
                         {QStringLiteral("httpVersion"), QString()},
                         {QStringLiteral("cookies"), QJsonArray()},
                         {QStringLiteral("headers"), QJsonArray()},
                         {QStringLiteral("content"),
                          QJsonObject{{QStringLiteral("size"), 0},
                                      {QStringLiteral("mimeType"), QStringLiteral("x-unknown")}}},
                         {QStringLiteral("redirectURL"), QString()},
                         {QStringLiteral("headersSize"), -1},
                         {QStringLiteral("bodySize"), -1},
                         {QStringLiteral("comment"), noResponse}}},
            {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                    {QStringLiteral("wait"), 0},
                                                    {QStringLiteral("receive"), 0}}},
            {QStringLiteral("comment"), noResponse},
        });
    }
    if (masked)
        note(Tr::tr("Credentials are masked as [redacted] (ask for secrets to keep them)."));
    if (notes)
        *notes += said;
    const QJsonObject log{
        {QStringLiteral("log"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                     {QStringLiteral("creator"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Connect Explorer")},
                                  {QStringLiteral("version"), QCoreApplication::applicationVersion().isEmpty()
                                                                  ? QStringLiteral("0")
                                                                  : QCoreApplication::applicationVersion()}}},
                     {QStringLiteral("pages"), QJsonArray()},
                     {QStringLiteral("entries"), entries}}}};
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace cx::HarPortable
