// A raw, misbehaving HTTP/1.1 server on loopback for the faults QtHttpServer cannot produce: half a
// body, broken chunked framing, a stall, a reset, a redirect loop. Modelled on the servers Qt's own
// tests/auto/network/access/qnetworkreply start.
//
// Each *request* the server reads takes the next Behaviour from the queue (the default one when the
// queue is empty). A Behaviour is a list of byte segments written with optional delays, produced from
// fixed bytes or from the request, and what to do with the connection afterwards. Every request is
// recorded (method, target, headers, body) for the test to check what the client really sent.
//
//     cx::test::FaultServer server;
//     server.enqueue(cx::test::FaultServer::truncated(200, "{\"items\":[1,2,3]}", 5));
//     client.setBaseUrl(server.baseUrl());
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>
#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace cx::test {

// One request as the server read it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // as on the request line: "/api/x?a=b"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connection = 0; // which connection (1-based) it came on

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

struct Behaviour
{
    struct Segment
    {
        QByteArray bytes;
        int delayMs = 0; // wait this long before writing these bytes
    };
    enum class Then {
        Close,     // close the connection gracefully (FIN) after the last segment
        KeepAlive, // keep reading requests on this connection
        Stall,     // keep the connection open and say nothing more
        Reset,     // abort with a TCP reset (SO_LINGER 0)
    };

    QList<Segment> segments;
    // When set, computes the segments from the request (echo, redirect to a port known later, ...).
    std::function<QList<Segment>(const RecordedRequest &)> respond;
    Then then = Then::Close;
    // Answer at once on connect, without waiting for the request (it is then not recorded).
    bool answerOnConnect = false;
};

class FaultServer : public QObject
{
public:
    explicit FaultServer(QObject *parent = nullptr) : QObject(parent)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptAll(); });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("FaultServer: cannot listen on loopback");
    }
    ~FaultServer() override
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }
    QUrl url(const QString &path) const { return QUrl(baseUrl().toString() + path); }

    void enqueue(const Behaviour &behaviour) { m_queue.append(behaviour); }
    // Requests whose target starts with `prefix` get `behaviour` every time, ahead of the queue and
    // the default (a token endpoint that keeps answering while the queue scripts the API). Setting a
    // prefix again replaces its behaviour.
    void setRoute(const QByteArray &prefix, const Behaviour &behaviour)
    {
        for (auto &route : m_routes) {
            if (route.first == prefix) {
                route.second = behaviour;
                return;
            }
        }
        m_routes.append({prefix, behaviour});
    }
    // How many recorded requests have a target starting with `prefix`.
    int requestCount(const QByteArray &prefix) const
    {
        int count = 0;
        for (const RecordedRequest &request : m_requests)
            count += request.target.startsWith(prefix) ? 1 : 0;
        return count;
    }
    void setDefault(const Behaviour &behaviour) { m_default = behaviour; }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    // Stops accepting and drops every connection (a server that went away).
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

    // --- Building blocks -------------------------------------------------------------------------

    static QByteArray reasonFor(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 303:
            return "See Other";
        case 307:
            return "Temporary Redirect";
        case 308:
            return "Permanent Redirect";
        case 401:
            return "Unauthorized";
        case 404:
            return "Not Found";
        default:
            return "Status";
        }
    }
    // A status line and headers, ending with the blank line; no Content-Length added.
    static QByteArray head(int status, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonFor(status) + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        return out + "\r\n";
    }
    // A complete, well-formed response with Content-Length.
    static QByteArray http(int status, const QByteArray &body = {},
                           QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.prepend({"Content-Length", QByteArray::number(body.size())});
        if (!body.isEmpty())
            headers.prepend({"Content-Type", "application/json"});
        return head(status, headers) + body;
    }

    static Behaviour reply(const QByteArray &bytes, Behaviour::Then then = Behaviour::Then::Close)
    {
        Behaviour behaviour;
        behaviour.segments = {{bytes, 0}};
        behaviour.then = then;
        return behaviour;
    }
    static Behaviour ok(const QByteArray &body = "{\"ok\":true}")
    {
        return reply(http(200, body, {{"Connection", "close"}}));
    }
    static Behaviour redirect(int status, const QByteArray &location)
    {
        return reply(http(status, {}, {{"Location", location}, {"Connection", "close"}}));
    }
    // Accept, read the request, never answer.
    static Behaviour stall() { return Behaviour{{}, {}, Behaviour::Then::Stall, false}; }
    // Announce `body`'s full length, send only its first `sent` bytes, then `then`.
    static Behaviour truncated(int status, const QByteArray &body, qsizetype sent,
                               Behaviour::Then then = Behaviour::Then::Close)
    {
        return reply(head(status, {{"Content-Type", "application/json"},
                                   {"Content-Length", QByteArray::number(body.size())}}) +
                         body.left(sent),
                     then);
    }
    // A chunked response from raw chunk framing (write valid or broken framing as you like).
    static Behaviour chunked(int status, const QByteArray &rawFraming,
                             Behaviour::Then then = Behaviour::Then::Close)
    {
        return reply(head(status, {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}}) +
                         rawFraming,
                     then);
    }
    // A response whose headers are given as they are (for odd Content-Length values and the like).
    static Behaviour raw(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                         const QByteArray &body, Behaviour::Then then = Behaviour::Then::Close)
    {
        return reply(head(status, headers) + body, then);
    }
    // `bytes` in pieces of `piece` bytes, each after `delayMs` (a slow server, a slowloris body).
    static Behaviour drip(const QByteArray &bytes, qsizetype piece, int delayMs,
                          Behaviour::Then then = Behaviour::Then::Close)
    {
        Behaviour behaviour;
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            behaviour.segments.append({bytes.mid(at, piece), at == 0 ? 0 : delayMs});
        behaviour.then = then;
        return behaviour;
    }
    // Say nothing for `delayMs`, then play `behaviour` (slow first byte).
    static Behaviour delayed(Behaviour behaviour, int delayMs)
    {
        behaviour.segments.prepend({QByteArray(), delayMs});
        return behaviour;
    }
    // A free port with nothing listening (connection refused).
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private:
    struct Connection
    {
        QByteArray buffer;
        int number = 0;
        bool busy = false; // a behaviour is being played on it
    };

    void acceptAll()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            m_sockets.append(socket);
            auto connection = std::make_shared<Connection>();
            connection->number = ++m_connections;
            QObject::connect(socket, &QTcpSocket::readyRead, this,
                             [this, socket, connection] { readFrom(socket, connection); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (!m_queue.isEmpty() && m_queue.first().answerOnConnect) {
                connection->busy = true;
                play(socket, connection, m_queue.takeFirst(), RecordedRequest{}, 0);
            }
        }
    }

    void readFrom(QTcpSocket *socket, const std::shared_ptr<Connection> &connection)
    {
        connection->buffer += socket->readAll();
        while (!connection->busy) {
            const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            RecordedRequest request;
            request.connection = connection->number;
            const QList<QByteArray> lines = connection->buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (connection->buffer.size() < end + 4 + length)
                return; // wait for the rest of the body
            request.body = connection->buffer.mid(end + 4, length);
            connection->buffer.remove(0, end + 4 + length);
            m_requests.append(request);
            const std::optional<Behaviour> routed = routeFor(request.target);
            const Behaviour behaviour = routed              ? *routed
                                        : m_queue.isEmpty() ? m_default
                                                            : m_queue.takeFirst();
            connection->busy = true;
            play(socket, connection, behaviour, request, 0);
        }
    }

    std::optional<Behaviour> routeFor(const QByteArray &target) const
    {
        for (const auto &[prefix, behaviour] : m_routes) {
            if (target.startsWith(prefix))
                return behaviour;
        }
        return std::nullopt;
    }

    void play(QTcpSocket *socket, const std::shared_ptr<Connection> &connection, const Behaviour &behaviour,
              const RecordedRequest &request, qsizetype index)
    {
        if (behaviour.respond) {
            Behaviour fixed = behaviour;
            fixed.segments = behaviour.respond(request);
            fixed.respond = nullptr;
            play(socket, connection, fixed, request, index);
            return;
        }
        if (index < behaviour.segments.size()) {
            const Behaviour::Segment segment = behaviour.segments.at(index);
            QPointer<QTcpSocket> guard(socket);
            auto write = [this, guard, connection, behaviour, request, index, segment] {
                if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                    return;
                guard->write(segment.bytes);
                guard->flush();
                play(guard, connection, behaviour, request, index + 1);
            };
            if (segment.delayMs > 0)
                QTimer::singleShot(segment.delayMs, this, write);
            else
                write();
            return;
        }
        switch (behaviour.then) {
        case Behaviour::Then::Close:
            socket->disconnectFromHost();
            break;
        case Behaviour::Then::KeepAlive:
            connection->busy = false;
            QTimer::singleShot(0, socket, [this, socket, connection] { readFrom(socket, connection); });
            break;
        case Behaviour::Then::Stall:
            break;
        case Behaviour::Then::Reset: {
            socket->flush();
            struct linger lingerOption = {1, 0};
#ifdef Q_OS_WIN
            ::setsockopt(SOCKET(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                         reinterpret_cast<const char *>(&lingerOption), sizeof lingerOption);
#else
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOption,
                         sizeof lingerOption);
#endif
            socket->abort();
            break;
        }
        }
    }

    QTcpServer m_server;
    QList<Behaviour> m_queue;
    QList<QPair<QByteArray, Behaviour>> m_routes;
    Behaviour m_default = ok();
    QList<RecordedRequest> m_requests;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_connections = 0;
};

} // namespace cx::test
