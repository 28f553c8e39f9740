#include "ApiTypes.h"

namespace cx {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrl requestUrl(const QUrl &baseUrl, const ApiRequest &request)
{
    QUrl url = baseUrl;
    QString path = request.path;
    QString inlineQuery;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        inlineQuery = path.mid(question + 1);
        path.truncate(question);
    }
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // Tolerant mode keeps what is already percent-encoded and encodes the rest (spaces, non-ASCII).
    url.setPath(basePath + path, QUrl::TolerantMode);

    // The path's own query as written (non-ASCII is encoded as UTF-8 by QUrl, never read as Latin-1).
    QString query = inlineQuery;
    for (const auto &[key, value] : request.query) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query, QUrl::TolerantMode);
    return url;
}

QByteArray charsetOf(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        if (part.toLower().startsWith("charset="))
            return part.mid(8).trimmed().replace('"', QByteArray()).replace('\'', QByteArray());
    }
    return {};
}

QString ApiResponse::failureCode() const
{
    return failureDetailCode.isEmpty() ? networkFailureName(failure) : failureDetailCode;
}

QString networkFailureName(NetworkFailure failure)
{
    switch (failure) {
    case NetworkFailure::None:
        return QStringLiteral("none");
    case NetworkFailure::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case NetworkFailure::HostNotFound:
        return QStringLiteral("host_not_found");
    case NetworkFailure::Timeout:
        return QStringLiteral("timeout");
    case NetworkFailure::Tls:
        return QStringLiteral("tls");
    case NetworkFailure::ConnectionLost:
        return QStringLiteral("connection_lost");
    case NetworkFailure::TruncatedBody:
        return QStringLiteral("truncated_body");
    case NetworkFailure::BodyTooLarge:
        return QStringLiteral("body_too_large");
    case NetworkFailure::UndecodableBody:
        return QStringLiteral("undecodable_body");
    case NetworkFailure::HeadersTooLarge:
        return QStringLiteral("headers_too_large");
    case NetworkFailure::TooManyRedirects:
        return QStringLiteral("too_many_redirects");
    case NetworkFailure::UnsupportedRedirect:
        return QStringLiteral("unsupported_redirect");
    case NetworkFailure::Cancelled:
        return QStringLiteral("cancelled");
    case NetworkFailure::InvalidRequest:
        return QStringLiteral("invalid_request");
    case NetworkFailure::Other:
        break;
    }
    return QStringLiteral("network_error");
}

QJsonObject foldedHeadersJson(const HeaderList &headers)
{
    QJsonObject json;
    for (const auto &[name, value] : headers) {
        const QString key = QString::fromLatin1(name).toLower();
        const QString text = QString::fromLatin1(value);
        json.insert(key,
                    json.contains(key) ? json.value(key).toString() + QStringLiteral(", ") + text : text);
    }
    return json;
}

} // namespace cx
