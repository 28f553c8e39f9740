// The simulator's own QTcpServer. QtHttpServer is bound to it (portable 6.4-6.8, unlike listen()), and it
// keeps track of the sockets it accepted so a "drop" scenario can cut one: from Qt 6.5 on, a responder no
// longer exposes its socket, but the request's remotePort() finds it here.
//
// It is also where the simulator defends its process: every accepted socket gets a ConnectionGuard
// (timeouts, size limits) before QtHttpServer sees it, and at most `maxConnections` are kept. At the cap,
// the connection idle the longest without an answer owed is closed to make room, so a flood of idle
// connections cannot lock the app's own requests out; only when every connection is owed an answer is the
// newcomer refused with a raw 503 + Retry-After. A failed accept (out of descriptors) closes an idle
// connection and resumes accepting shortly after, instead of staying paused as QTcpServer would.
//
// With a TLS configuration (setTlsConfiguration) every socket is a QSslSocket: its guard starts at
// accept (a handshake that stalls is timed out like an idle connection), and it is announced to
// QtHttpServer only once encrypted. Bytes that arrived with the handshake's last flight are re-announced,
// since QtHttpServer reads only on readyRead.
//
// accepting() lets the simulator create its QHttpServer only when the first client connects: it is
// emitted (directly) before an accepted socket is announced, so a server bound in that slot still sees it.
#pragma once

#include "SimConfig.h"

#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <optional>

namespace cx::sim {

class ConnectionGuard;

class LoopbackListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit LoopbackListener(const ConnectionLimits &limits, QObject *parent = nullptr);

    // Serve HTTPS with this configuration (before listen()).
    void setTlsConfiguration(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }
    // Handshakes that failed since start (a client that does not trust the certificate, no client
    // certificate when one is required, ...).
    int tlsFailures() const { return m_tlsFailures; }

    // The accepted socket whose peer port is `peerPort`, or nullptr.
    QTcpSocket *socketForPeerPort(quint16 peerPort);

    // Connections open now (refused ones not counted).
    int openConnections();
    // Since start: newcomers refused with 503, and connections closed to make room.
    int refusedCount() const { return m_refused; }
    int evictedCount() const { return m_evicted; }

signals:
    void accepting();
    // A TLS handshake failed: the peer and why, for the simulator's log.
    void tlsHandshakeFailed(const QString &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void prune();
    bool evictOne();
    void onAcceptError(QAbstractSocket::SocketError error);
    QTcpSocket *createSocket(qintptr descriptor);
    void announce(QTcpSocket *socket);

    ConnectionLimits m_limits;
    QList<QPointer<QTcpSocket>> m_sockets;
    QList<QPointer<ConnectionGuard>> m_guards;
    QList<QPointer<QTcpSocket>> m_lingering; // refused, answered, waiting for the client to hang up
    int m_refused = 0;
    int m_evicted = 0;
    int m_tlsFailures = 0;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace cx::sim
