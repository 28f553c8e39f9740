#include "LoopbackListener.h"

#include "ConnectionGuard.h"
#include "RawReply.h"

#include <QSslSocket>
#include <QTimer>
#include <algorithm>

namespace cx::sim {

LoopbackListener::LoopbackListener(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
    connect(this, &QTcpServer::acceptError, this, &LoopbackListener::onAcceptError);
}

void LoopbackListener::prune()
{
    m_sockets.removeIf([](const QPointer<QTcpSocket> &s) { return s.isNull(); });
    m_guards.removeIf([](const QPointer<ConnectionGuard> &g) { return g.isNull(); });
}

int LoopbackListener::openConnections()
{
    prune();
    return int(std::count_if(m_guards.cbegin(), m_guards.cend(),
                             [](const QPointer<ConnectionGuard> &g) { return g->isOpen(); }));
}

bool LoopbackListener::evictOne()
{
    ConnectionGuard *victim = nullptr;
    for (const QPointer<ConnectionGuard> &guard : std::as_const(m_guards)) {
        if (!guard || !guard->isOpen() || guard->isBusy())
            continue;
        if (!victim || guard->idleMs() > victim->idleMs())
            victim = guard;
    }
    if (!victim)
        return false;
    ++m_evicted;
    victim->evict();
    return true;
}

void LoopbackListener::onAcceptError(QAbstractSocket::SocketError error)
{
    Q_UNUSED(error);
    // QTcpServer pauses accepting on any error but a temporary one (EMFILE among them) and never resumes
    // by itself: the simulator would be dead for good. Free a descriptor and try again shortly.
    prune();
    evictOne();
    QTimer::singleShot(100, this, [this] { resumeAccepting(); });
}

QTcpSocket *LoopbackListener::createSocket(qintptr descriptor)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return nullptr;
        }
        return socket;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return nullptr;
    }
    socket->setSslConfiguration(*m_tls);
    return socket;
}

void LoopbackListener::announce(QTcpSocket *socket)
{
    emit accepting();
    addPendingConnection(socket); // emits newConnection (through pendingConnectionAvailable) from 6.4 on
}

void LoopbackListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = createSocket(descriptor);
    if (!socket)
        return;
    if (openConnections() >= m_limits.maxConnections && !evictOne()) {
        ++m_refused;
        RawReply reply;
        reply.status = 503;
        reply.reason = "Service Unavailable";
        reply.code = QStringLiteral("too_many_connections");
        reply.message = QStringLiteral("The simulator has %1 connections open, all waiting for an answer.")
                            .arg(m_limits.maxConnections);
        reply.retryAfterSeconds = m_limits.retryAfterSeconds;
        m_lingering.removeIf([](const QPointer<QTcpSocket> &s) { return s.isNull(); });
        if (m_lingering.size() >= m_limits.maxConnections) {
            // Refused ones linger too; past the cap they give their descriptor back at once.
            socket->write(reply.bytes());
            socket->flush();
            socket->abort();
            socket->deleteLater();
            return;
        }
        m_lingering.append(socket);
        reply.sendAndClose(socket, m_limits.lingerMs, true);
        return;
    }
    m_guards.append(new ConnectionGuard(socket, m_limits)); // before QtHttpServer connects to it
    m_sockets.append(socket);
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    if (!ssl) {
        announce(socket);
        return;
    }
    connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
        announce(ssl);
        if (ssl->bytesAvailable() > 0)
            QMetaObject::invokeMethod(ssl, &QAbstractSocket::readyRead, Qt::QueuedConnection);
    });
    connect(ssl, &QSslSocket::errorOccurred, this, [this, ssl](QAbstractSocket::SocketError) {
        if (ssl->isEncrypted())
            return; // after the handshake: QtHttpServer and the guard handle it
        ++m_tlsFailures;
        emit tlsHandshakeFailed(
            QStringLiteral("%1: %2").arg(ssl->peerAddress().toString(), ssl->errorString()));
        // Closed gracefully, so the TLS alert OpenSSL queued (certificate_required, unknown_ca, ...)
        // reaches the client as a real server's would; abort() would drop it unsent.
        connect(ssl, &QAbstractSocket::disconnected, ssl, &QObject::deleteLater);
        ssl->disconnectFromHost();
        QTimer::singleShot(1000, ssl, [ssl] { ssl->abort(); });
    });
    ssl->startServerEncryption();
}

QTcpSocket *LoopbackListener::socketForPeerPort(quint16 peerPort)
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket && socket->peerPort() == peerPort)
            return socket;
    }
    return nullptr;
}

} // namespace cx::sim
