#include "ConnectionGuard.h"

#include "RawReply.h"

#include <QTcpSocket>
#include <algorithm>
#include <limits>

namespace cx::sim {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits)
    : QObject(socket), m_socket(socket), m_limits(limits)
{
    setObjectName(QStringLiteral("cx-sim-connection-guard"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimer);
    // Connected before QtHttpServer sees the socket: Qt calls slots in connection order, so this one
    // looks at every piece of input before QtHttpServer reads it.
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    connect(socket, &QAbstractSocket::disconnected, &m_timer, &QTimer::stop);
    m_lastActivity.start();
    rearm();
}

ConnectionGuard *ConnectionGuard::of(QObject *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QStringLiteral("cx-sim-connection-guard"),
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

bool ConnectionGuard::isOpen() const
{
    return !m_refused && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ConnectionGuard::requestStarted(bool closeAfterResponse)
{
    ++m_pendingResponses;
    m_closeAfterResponse = m_closeAfterResponse || closeAfterResponse;
    m_headStarted.invalidate();
    touch();
    rearm();
}

void ConnectionGuard::responseWritten()
{
    m_pendingResponses = qMax(0, m_pendingResponses - 1);
    touch();
    if (m_pendingResponses == 0 && m_closeAfterResponse)
        closeWhenFlushed();
    rearm();
}

void ConnectionGuard::evict()
{
    m_timer.stop();
    // abort(): the point is to give the descriptor back now, not after a graceful flush.
    m_socket->abort();
}

void ConnectionGuard::touch()
{
    m_lastActivity.start();
}

void ConnectionGuard::rearm()
{
    if (m_refused || m_pendingResponses > 0) {
        m_timer.stop(); // an answer is owed: the wait is the simulator's, not the client's
        return;
    }
    qint64 due = m_limits.idleTimeoutMs - m_lastActivity.elapsed();
    if (m_headStarted.isValid())
        due = qMin(due, m_limits.headTimeoutMs - m_headStarted.elapsed());
    m_timer.start(int(std::clamp<qint64>(due, 0, std::numeric_limits<int>::max())));
}

void ConnectionGuard::onTimer()
{
    if (m_refused || m_pendingResponses > 0)
        return;
    if (m_headStarted.isValid() && m_headStarted.elapsed() >= m_limits.headTimeoutMs) {
        refuse(408, "Request Timeout", QStringLiteral("request_timeout"),
               QStringLiteral("The request head did not arrive in time."));
        return;
    }
    if (m_lastActivity.elapsed() >= m_limits.idleTimeoutMs) {
        m_socket->disconnectFromHost(); // idle keep-alive: closing silently is what HTTP expects
        return;
    }
    rearm();
}

void ConnectionGuard::onBytesWritten()
{
    touch();
    rearm();
}

void ConnectionGuard::closeWhenFlushed()
{
    // disconnectFromHost() waits for the answer to be written, then closes.
    QTimer::singleShot(0, m_socket, [socket = m_socket] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
    });
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused)
        return;
    touch();
    const qint64 unread = m_socket->bytesAvailable();
    if (m_socket->isTransactionStarted() && m_head.state == RequestHead::State::Complete) {
        // QtHttpServer is inside this request's body. An incomplete request is read to the end of what
        // arrived, so everything unread now is new.
        if (m_head.chunked) {
            m_chunkedBodyBytes += unread;
            if (m_chunkedBodyBytes > m_limits.maxBodyBytes)
                refuse(
                    413, "Content Too Large", QStringLiteral("payload_too_large"),
                    QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        }
        rearm();
        return;
    }

    // Look at the request from its first byte. When QtHttpServer has already read part of it (inside its
    // read transaction), roll the transaction back to see it all, then read the same bytes again so
    // QtHttpServer continues exactly where it was. Only heads take this path: at most maxHeaderBytes.
    const qint64 window = m_limits.maxHeaderBytes + 1;
    qint64 total = unread;
    QByteArray seen;
    if (m_socket->isTransactionStarted()) {
        m_socket->rollbackTransaction();
        total = m_socket->bytesAvailable();
        seen = m_socket->peek(qMin(total, window));
        m_socket->startTransaction();
        m_socket->skip(total - unread);
    } else {
        seen = m_socket->peek(qMin(total, window));
    }
    m_head = RequestHead::scan(seen, m_limits.maxHeaderBytes);
    switch (m_head.state) {
    case RequestHead::State::Empty:
        m_headStarted.invalidate();
        break;
    case RequestHead::State::Incomplete:
        if (total > m_limits.maxHeaderBytes) {
            refuse(431, "Request Header Fields Too Large", QStringLiteral("header_too_large"),
                   QStringLiteral("The request head is larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
            return;
        }
        if (!m_headStarted.isValid())
            m_headStarted.start();
        break;
    case RequestHead::State::Malformed:
        refuse(400, "Bad Request", QStringLiteral("bad_request"),
               QStringLiteral("The request's Content-Length is not a single number."));
        return;
    case RequestHead::State::Complete:
        m_headStarted.invalidate();
        if (m_head.contentLength > m_limits.maxBodyBytes) {
            refuse(413, "Content Too Large", QStringLiteral("payload_too_large"),
                   QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
            return;
        }
        m_chunkedBodyBytes = m_head.chunked ? total - m_head.headBytes : 0;
        if (m_chunkedBodyBytes > m_limits.maxBodyBytes) {
            refuse(413, "Content Too Large", QStringLiteral("payload_too_large"),
                   QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
            return;
        }
        break;
    }
    rearm();
}

void ConnectionGuard::refuse(int status, const QByteArray &reason, const QString &code,
                             const QString &message)
{
    m_refused = true;
    m_timer.stop();
    // QtHttpServer must not read this request: disconnecting every readyRead slot (this one is running)
    // also skips the ones after it in this very emission.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    RawReply reply;
    reply.status = status;
    reply.reason = reason;
    reply.code = code;
    reply.message = message;
    reply.sendAndClose(m_socket, m_limits.lingerMs, false);
}

} // namespace cx::sim
