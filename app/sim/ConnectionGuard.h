// Watches one accepted socket for the simulator, ahead of QtHttpServer (its readyRead slot is connected
// first, so it looks at every piece of input before QtHttpServer reads it):
//  - the request head must arrive within `headTimeoutMs` of its first byte (slowloris) -> 408;
//  - a head longer than `maxHeaderBytes` -> 431, an announced body over `maxBodyBytes` -> 413, a chunked
//    body growing past it -> 413, a Content-Length that is no number -> 400; all decided from peeked
//    bytes, answered raw with Connection: close, and QtHttpServer never reads that request;
//  - no byte either way for `idleTimeoutMs` while no answer is owed -> closed;
//  - after an answer to a request that asked for Connection: close, the socket is closed.
// ConnectSimulator reports requests it handles (requestStarted/responseWritten), so a connection that is
// owed an answer is never timed out or evicted.
#pragma once

#include "RequestHead.h"
#include "SimConfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace cx::sim {

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Becomes a child of `socket` (it goes when the socket goes). Call before anyone else connects to
    // the socket's readyRead.
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits);

    // The guard of `socket`, or nullptr.
    static ConnectionGuard *of(QObject *socket);

    // A request on this connection reached the simulator's handler and is owed an answer.
    void requestStarted(bool closeAfterResponse);
    // The answer to one such request was handed to the socket.
    void responseWritten();

    // The current request's head asked for the connection to be closed after the answer (Connection:
    // close, or HTTP/1.0 without keep-alive).
    bool closeRequested() const { return m_head.closeRequested; }

    bool isOpen() const;
    // Owed an answer: never evicted, never timed out.
    bool isBusy() const { return m_pendingResponses > 0; }
    qint64 idleMs() const { return m_lastActivity.elapsed(); }
    // Closes the connection to make room for a new one (the longest idle goes first).
    void evict();

private:
    void onReadyRead();
    void onBytesWritten();
    void onTimer();
    void touch();
    void rearm();
    void refuse(int status, const QByteArray &reason, const QString &code, const QString &message);
    void closeWhenFlushed();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    QTimer m_timer;
    QElapsedTimer m_lastActivity;
    QElapsedTimer m_headStarted; // invalid while no request head is partly there
    RequestHead m_head;          // the current request's head as last seen
    qint64 m_chunkedBodyBytes = 0;
    int m_pendingResponses = 0;
    bool m_closeAfterResponse = false;
    bool m_refused = false;
};

} // namespace cx::sim
