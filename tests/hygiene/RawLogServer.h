// A raw HTTP/1.1 server on 127.0.0.1 that logs every byte it receives, per connection, before any
// parsing: the proof that a refused request put nothing at all on the wire. It answers each complete
// request (the token endpoint with a token, anything else with 200 {}), so a good request is seen
// arriving whole, and a smuggled second request would show up as a second request line.
#pragma once

#include "HttpFraming.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace cx::test {

class RawLogServer : public QObject
{
public:
    explicit RawLogServer(QObject *parent = nullptr) : QObject(parent)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("RawLogServer: cannot listen on loopback");
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // Everything received on every connection, in arrival order.
    QByteArray received() const { return m_received; }
    int connections() const { return m_connections; }
    // Complete requests read (their request lines).
    QList<QByteArray> requestLines() const { return m_requestLines; }
    void clear()
    {
        m_received.clear();
        m_connections = 0;
        m_requestLines.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                const QByteArray bytes = socket->readAll();
                m_received += bytes;
                *buffer += bytes;
                while (const auto request = takeRequest(*buffer))
                    answer(socket, *request);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &request)
    {
        const QByteArray line = request.left(request.indexOf("\r\n"));
        m_requestLines.append(line);
        const QByteArray body =
            line.contains("/oauth/access-token")
                ? QByteArrayLiteral(
                      R"({"access_token":"raw-token-123","token_type":"Bearer","expires_in":3600})")
                : QByteArrayLiteral("{}");
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QByteArray m_received;
    int m_connections = 0;
    QList<QByteArray> m_requestLines;
};

} // namespace cx::test
