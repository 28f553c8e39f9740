#include "HarWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::HarWriter)
};

QJsonArray headersJson(const HeaderList &headers, const Redactor &redactor)
{
    QJsonArray array;
    for (const auto &[name, value] : Redactor::redactHeaders(headers)) {
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                 {QStringLiteral("value"), redactor.redactText(QString::fromUtf8(value))}});
    }
    return array;
}

QString isoTime(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

HarWriter::HarWriter(Redactor redactor) : m_redactor(std::move(redactor)) {}

QJsonObject HarWriter::requestJson(const QUrl &url, const ApiRequest &request) const
{
    const ApiRequest clean = m_redactor.redact(request);
    QJsonArray query;
    for (const auto &[name, value] : clean.query)
        query.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    QJsonObject object{
        {QStringLiteral("method"), QString::fromLatin1(clean.method)},
        {QStringLiteral("url"), m_redactor.redactText(Redactor::redactUrl(url.toString(QUrl::FullyEncoded)))},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersJson(clean.headers, m_redactor)},
        {QStringLiteral("queryString"), query},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), clean.body.isEmpty() ? 0 : int(clean.body.size())},
    };
    if (!clean.body.isEmpty()) {
        QByteArray mime;
        for (const auto &[name, value] : clean.headers) {
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                mime = value;
        }
        object.insert(QStringLiteral("postData"),
                      QJsonObject{{QStringLiteral("mimeType"), QString::fromLatin1(mime)},
                                  {QStringLiteral("text"), QString::fromUtf8(clean.body)}});
    }
    return object;
}

void HarWriter::addHistoryEntry(const HistoryEntry &entry)
{
    const QUrl url(entry.url());
    QJsonObject response{
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("statusText"), QString()},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), QJsonArray()},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("size"), entry.responseSize}, {QStringLiteral("mimeType"), QString()}}},
        {QStringLiteral("redirectURL"), QString()},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), entry.responseSize},
    };
    if (!entry.failure.isEmpty())
        response.insert(QStringLiteral("_error"), entry.failure);
    if (!entry.errorCode.isEmpty())
        response.insert(QStringLiteral("_errorCode"), entry.errorCode);
    QString comment = Tr::tr("From Connect Explorer's history: response headers and body are not kept.");
    if (!entry.errorCode.isEmpty())
        comment += QLatin1Char(' ') + Tr::tr("Error code: %1.").arg(entry.errorCode);
    if (entry.bodyTruncated)
        comment += QLatin1Char(' ') + Tr::tr("The request body was cut when it was stored.");
    m_entries.append(QJsonObject{
        {QStringLiteral("startedDateTime"), isoTime(entry.time)},
        {QStringLiteral("time"), entry.elapsedMs},
        {QStringLiteral("request"), requestJson(url, entry.request)},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), entry.elapsedMs},
                                                {QStringLiteral("receive"), 0}}},
        {QStringLiteral("comment"), comment},
    });
}

QJsonObject HarWriter::responseJson(const ApiResponse &response, const QString &decidedCode) const
{
    const QByteArray body =
        m_redactor.redactText(Redactor::redactBody(response.body, response.contentType()));
    QJsonObject content{{QStringLiteral("size"), int(response.body.size())},
                        {QStringLiteral("mimeType"), QString::fromLatin1(response.contentType())}};
    if (!body.isEmpty()) {
        const QString text = QString::fromUtf8(body);
        if (text.toUtf8() == body) {
            content.insert(QStringLiteral("text"), text);
        } else {
            content.insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
            content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        }
    }
    QJsonObject json{
        {QStringLiteral("status"), response.status},
        {QStringLiteral("statusText"), QString::fromLatin1(response.reason)},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersJson(response.headers, m_redactor)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"),
         m_redactor.redactText(QString::fromUtf8(response.header("Location")))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), int(response.body.size())},
    };
    if (response.failure != NetworkFailure::None)
        json.insert(QStringLiteral("_error"), networkFailureName(response.failure));
    if (!decidedCode.isEmpty())
        json.insert(QStringLiteral("_errorCode"), decidedCode);
    return json;
}

void HarWriter::addHistoryEntry(const HistoryEntry &entry, const ApiResponse &response)
{
    QString comment = Tr::tr("From Connect Explorer's history.");
    if (!entry.errorCode.isEmpty())
        comment += QLatin1Char(' ') + Tr::tr("Error code: %1.").arg(entry.errorCode);
    if (entry.bodyTruncated)
        comment += QLatin1Char(' ') + Tr::tr("The request body was cut when it was stored.");
    m_entries.append(QJsonObject{
        {QStringLiteral("startedDateTime"), isoTime(entry.time)},
        {QStringLiteral("time"), entry.elapsedMs},
        {QStringLiteral("request"), requestJson(QUrl(entry.url()), entry.request)},
        {QStringLiteral("response"), responseJson(response, entry.errorCode)},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), entry.elapsedMs},
                                                {QStringLiteral("receive"), 0}}},
        {QStringLiteral("comment"), comment},
    });
}

void HarWriter::addExchange(const QUrl &baseUrl, const ApiRequest &request, const ApiResponse &response,
                            const QDateTime &startedAt, const QString &decidedCode)
{
    const QUrl url =
        response.url.isValid() && !response.url.isEmpty() ? response.url : requestUrl(baseUrl, request);
    m_entries.append(QJsonObject{
        {QStringLiteral("startedDateTime"), isoTime(startedAt)},
        {QStringLiteral("time"), response.elapsedMs},
        {QStringLiteral("request"), requestJson(url, request)},
        {QStringLiteral("response"), responseJson(response, decidedCode)},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), response.elapsedMs},
                                                {QStringLiteral("receive"), 0}}},
    });
}

QJsonObject HarWriter::toJson() const
{
    return QJsonObject{
        {QStringLiteral("log"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                     {QStringLiteral("creator"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Connect Explorer")},
                                  {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
                     {QStringLiteral("pages"), QJsonArray()},
                     {QStringLiteral("entries"), m_entries}}}};
}

QByteArray HarWriter::toHar() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

bool HarWriter::writeFile(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(toHar()) < 0 || !file.commit()) {
        *error = Tr::tr("cannot write '%1': %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace cx
