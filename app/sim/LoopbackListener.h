// The simulator's own QTcpServer. QtHttpServer is bound to it (portable 6.4-6.8, unlike listen()), and it
// keeps track of the sockets it accepted so a "drop" scenario can cut one: from Qt 6.5 on, a responder no
// longer exposes its socket, but the request's remotePort() finds it here.
//
// accepting() lets the simulator create its QHttpServer only when the first client connects: it is
// emitted (directly) before an accepted socket is announced, so a server bound in that slot still sees it.
#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace cx::sim {

class LoopbackListener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    // The accepted socket whose peer port is `peerPort`, or nullptr.
    QTcpSocket *socketForPeerPort(quint16 peerPort);

signals:
    void accepting();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace cx::sim
