// What the transport needs to know about one HTTP/1.1 request head before QtHttpServer reads it: where
// it ends, what body it announces and whether the client wants the connection closed afterwards.
// A pure function over bytes, so ConnectionGuard can decide limits (431, 413, 400) from peeked data
// without QtHttpServer ever buffering a body it would refuse.
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace cx::sim {

struct RequestHead
{
    enum class State {
        Empty,      // nothing but the blank lines QtHttpServer skips between requests
        Incomplete, // the head has started but its empty line has not arrived yet
        Complete,   // the whole head is there
        Malformed,  // a Content-Length that is no number, or two that disagree
    };
    State state = State::Empty;
    qint64 startOffset = 0;    // where the request line starts (after skipped blank lines)
    qint64 headBytes = 0;      // bytes up to the end of the head's empty line, from the first byte (Complete)
    qint64 contentLength = -1; // -1: none announced
    bool chunked = false;      // Transfer-Encoding: chunked (the body's length is unknown up front)
    bool closeRequested = false; // Connection: close, or an HTTP/1.0 request without keep-alive

    // Scans `bytes`, which start where QtHttpServer expects a request line. Looks at most
    // `maxHeadBytes` + 1 bytes: a head (blank lines before it included) longer than that stays
    // Incomplete, whatever follows.
    static RequestHead scan(QByteArrayView bytes, qint64 maxHeadBytes);
};

} // namespace cx::sim
