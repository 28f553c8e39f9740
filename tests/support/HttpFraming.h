// The framing the tests' small hand-written HTTP servers need: when has a whole request arrived?
#pragma once

#include <QByteArray>
#include <optional>

namespace cx::test {

// Takes one complete request (headers plus a Content-Length body) from the front of `buffer`, or
// returns nullopt while it is still arriving.
inline std::optional<QByteArray> takeRequest(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const qsizetype lengthAt = buffer.left(end).toLower().indexOf("content-length:");
    const int length =
        lengthAt < 0
            ? 0
            : buffer.mid(lengthAt + 15, buffer.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toInt();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    const QByteArray request = buffer.left(end + 4 + length);
    buffer.remove(0, request.size());
    return request;
}

} // namespace cx::test
