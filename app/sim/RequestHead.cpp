#include "RequestHead.h"

#include <QByteArray>
#include <QList>
#include <algorithm>

namespace cx::sim {

namespace {

bool isBlank(char c)
{
    // QtHttpServer (6.4-6.8) skips these before a request line: leftovers of a previous request.
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

// The end of the head (index just past its empty line) in `bytes`, or -1. Accepts CRLF and bare LF line
// ends, as QtHttpServer does.
qsizetype headEnd(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\n')
            continue;
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
            return i + 2;
        if (i + 2 < bytes.size() && bytes[i + 1] == '\r' && bytes[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

bool hasToken(const QByteArray &value, QByteArrayView token)
{
    for (const QByteArray &part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

RequestHead RequestHead::scan(QByteArrayView bytes, qint64 maxHeadBytes)
{
    RequestHead head;
    // The limit counts from the first byte, blank lines included: QtHttpServer keeps everything it read
    // of a request (skipped blanks too) until the request is complete.
    const QByteArrayView window = bytes.first(qMin<qint64>(bytes.size(), maxHeadBytes + 1));
    qsizetype start = 0;
    while (start < window.size() && isBlank(window[start]))
        ++start;
    head.startOffset = start;
    if (start == window.size()) {
        if (bytes.size() > maxHeadBytes)
            head.state = State::Incomplete; // blank lines beyond the limit: as good as an endless head
        return head;
    }
    const qsizetype end = headEnd(window.sliced(start));
    if (end < 0 || start + end > maxHeadBytes) {
        head.state = State::Incomplete;
        return head;
    }
    head.state = State::Complete;
    head.headBytes = start + end;

    const QList<QByteArray> lines = window.sliced(start, end).toByteArray().split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    const bool http10 = requestLine.endsWith("HTTP/1.0");
    bool keepAlive = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            // Digits only: "+5", "0x10" or " 5 5" would be read differently by different parsers.
            const bool digitsOnly = !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) {
                return c >= '0' && c <= '9';
            });
            if (!ok || !digitsOnly || (head.contentLength >= 0 && head.contentLength != length)) {
                head.state = State::Malformed;
                return head;
            }
            head.contentLength = length;
        } else if (name == "transfer-encoding") {
            head.chunked = head.chunked || value.toLower().contains("chunked");
        } else if (name == "connection") {
            head.closeRequested = head.closeRequested || hasToken(value, "close");
            keepAlive = keepAlive || hasToken(value, "keep-alive");
        }
    }
    if (http10 && !keepAlive)
        head.closeRequested = true;
    return head;
}

} // namespace cx::sim
