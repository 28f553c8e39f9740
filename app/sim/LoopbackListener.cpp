#include "LoopbackListener.h"

namespace cx::sim {

void LoopbackListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_sockets.removeIf([](const QPointer<QTcpSocket> &s) { return s.isNull(); });
    m_sockets.append(socket);
    emit accepting();
    addPendingConnection(socket);
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
