#include "HttpCompat.h"

#include <QHttpServerResponse>

namespace cx::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SimRequest HttpCompat::toSimRequest(const QHttpServerRequest &request)
{
    SimRequest result;
    result.method = methodName(request.method());
    result.path = request.url().path(QUrl::FullyDecoded);
    if (result.path.isEmpty())
        result.path = QStringLiteral("/");
    result.query = request.query();
    result.body = request.body();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto pairs = request.headers().toListOfPairs();
#else
    const auto pairs = request.headers();
#endif
    for (const auto &header : pairs)
        result.headers.append({header.first.toLower(), header.second});
    return result;
}

void HttpCompat::write(QHttpServerResponder &responder, const SimResponse &response)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &header : response.headers)
        headers.append(header.first, header.second);
    responder.write(response.body, headers, status);
#else
    QHttpServerResponse reply(response.header("Content-Type"), response.body, status);
    for (const auto &header : response.headers) {
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) != 0)
            reply.addHeader(header.first, header.second);
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    responder.sendResponse(reply);
#else
    reply.write(std::move(responder));
#endif
#endif
}

} // namespace cx::sim
