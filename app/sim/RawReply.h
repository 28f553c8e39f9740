// A refusal written straight to a socket, below QtHttpServer: status line, Retry-After when given,
// Connection: close and the documented {"code","message"} body. Then the socket is closed the careful
// way: input is read and dropped until the client hangs up or `lingerMs` passes, because closing a
// socket that still has unread input makes the kernel send a reset, and a client may lose the answer.
//
// The socket must no longer be read by anyone else (ConnectionGuard disconnects QtHttpServer first).
#pragma once

#include <QByteArray>
#include <QString>

class QTcpSocket;

namespace cx::sim {

class RawReply
{
public:
    int status = 503;
    QByteArray reason = "Service Unavailable";
    QString code;
    QString message;
    int retryAfterSeconds = 0; // 0: no Retry-After

    QByteArray bytes() const;
    // Writes the reply, then drains and closes `socket` (at the latest after `lingerMs`). The socket is
    // deleted afterwards only when `deleteWhenClosed` (a socket QtHttpServer never saw).
    void sendAndClose(QTcpSocket *socket, int lingerMs, bool deleteWhenClosed) const;
};

} // namespace cx::sim
