#include "ConnectSimulator.h"

#include "ConnectionGuard.h"
#include "HttpCompat.h"
#include "LoopbackListener.h"
#include "SimulatorCore.h"

#include <QHttpServer>
#include <QPointer>
#include <QTimer>
#include <map>
#include <optional>

namespace cx::sim {

namespace {

// A responder kept past its handler, for "delay" (answered later) and "stall" (never answered).
struct HeldResponder
{
    explicit HeldResponder(QHttpServerResponder &&r) : responder(std::move(r))
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        // 6.4 deletes the socket when the client hangs up, and the responder would write to a dangling
        // pointer; 6.5+ keeps the connection object alive while a responder exists.
        socket = responder.socket();
#endif
    }
    bool canWrite() const
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        return socket && socket->state() == QAbstractSocket::ConnectedState;
#else
        return true;
#endif
    }
    QHttpServerResponder responder;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QPointer<QTcpSocket> socket;
#endif
};

} // namespace

struct ConnectSimulator::Private
{
    explicit Private(const SimConfig &config) : core(config) {}

    void createServer();
    void serve(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void drop(QTcpSocket *socket);
    QTcpSocket *socketOf(const QHttpServerRequest &request, QHttpServerResponder &responder);

    ConnectSimulator *q = nullptr;
    SimulatorCore core;
    // Created when the first client connects: constructing a QHttpServer initialises the TLS backend
    // (it loads a plugin and OpenSSL), a cost the app would otherwise pay before its window appears.
    std::unique_ptr<QHttpServer> server;
    // Created by listen(); QHttpServer::bind() makes the server its parent (6.4 and 6.8 alike).
    QPointer<LoopbackListener> listener;
    std::optional<QSslConfiguration> tls;
    // Declared after `server` so they are destroyed first: from 6.8 a responder reports its end to the
    // connection object, which the server owns.
    std::map<quint64, std::unique_ptr<HeldResponder>> held;
    quint64 nextHeldId = 1;
};

QTcpSocket *ConnectSimulator::Private::socketOf(const QHttpServerRequest &request,
                                                QHttpServerResponder &responder)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    Q_UNUSED(request);
    return responder.socket();
#else
    Q_UNUSED(responder);
    return listener ? listener->socketForPeerPort(request.remotePort()) : nullptr;
#endif
}

void ConnectSimulator::Private::drop(QTcpSocket *target)
{
    QPointer<QTcpSocket> socket = target;
    // Abort only after QtHttpServer has finished with this request (the handler returns and the
    // responder is gone), so its bookkeeping never sees a socket vanish mid-request.
    QTimer::singleShot(0, q, [socket] {
        if (!socket)
            return;
        QTimer::singleShot(0, socket.data(), [socket] {
            if (socket)
                socket->abort();
        });
    });
}

namespace {

bool asksToClose(const SimRequest &request)
{
    for (const QByteArray &token : request.header("connection").split(',')) {
        if (token.trimmed().compare("close", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void ConnectSimulator::Private::serve(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const SimRequest simRequest = HttpCompat::toSimRequest(request);
    QTcpSocket *socket = socketOf(request, responder);
    // The guard keeps a connection that is owed an answer from timing out or being evicted, and closes
    // it after the answer when the client asked for that (QtHttpServer 6.4-6.8 keeps it open regardless).
    const QPointer<ConnectionGuard> guard = ConnectionGuard::of(socket);
    const bool close = asksToClose(simRequest) || (guard && guard->closeRequested());
    if (guard)
        guard->requestStarted(close);
    Outcome outcome = core.handle(simRequest);
    if (close)
        outcome.response.setHeader("Connection", "close");
    switch (outcome.kind) {
    case Outcome::Kind::Respond:
        HttpCompat::write(responder, outcome.response);
        if (guard)
            guard->responseWritten();
        return;
    case Outcome::Kind::Drop:
        drop(socket);
        return;
    case Outcome::Kind::Stall:
        held.emplace(nextHeldId++, std::make_unique<HeldResponder>(std::move(responder)));
        return;
    case Outcome::Kind::Delay: {
        const quint64 id = nextHeldId++;
        held.emplace(id, std::make_unique<HeldResponder>(std::move(responder)));
        QTimer::singleShot(outcome.delayMs, q, [this, id, guard, response = outcome.response] {
            const auto it = held.find(id);
            if (it == held.end())
                return;
            if (it->second->canWrite())
                HttpCompat::write(it->second->responder, response);
            held.erase(it);
            if (guard)
                guard->responseWritten();
        });
        return;
    }
    }
}

void ConnectSimulator::Private::createServer()
{
    if (server)
        return;
    server = std::make_unique<QHttpServer>();
    // One catch-all rule: a <arg> of type QUrl matches ".*" in every QtHttpServer from 6.4 to 6.8, so
    // all requests reach RouteTable, which decides 404 endpoint_not_found and 405 bad_http_method itself.
    server->route(QStringLiteral("/<arg>"), [this](const QUrl &, const QHttpServerRequest &request,
                                                   ResponderArg responder) { serve(request, responder); });
    server->bind(listener); // void in 6.4, bool later: it cannot fail once the listener is listening
}

ConnectSimulator::ConnectSimulator(const SimConfig &config, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(config))
{
    d->q = this;
}

ConnectSimulator::~ConnectSimulator() = default;

bool ConnectSimulator::listen(const QHostAddress &address, quint16 port)
{
    if (d->listener)
        return false; // one listening socket per simulator
    // Parented to the simulator until the server, created on the first connection, takes it over.
    auto *listener = new LoopbackListener(d->core.config().limits, this);
    if (d->tls)
        listener->setTlsConfiguration(*d->tls);
    connect(listener, &LoopbackListener::tlsHandshakeFailed, this, &ConnectSimulator::tlsHandshakeFailed);
    if (!listener->listen(address, port)) {
        delete listener;
        return false;
    }
    d->listener = listener;
    connect(listener, &LoopbackListener::accepting, this, [this] { d->createServer(); });
    d->core.setBaseUrl(baseUrl());
    return true;
}

void ConnectSimulator::setTlsConfiguration(const QSslConfiguration &configuration)
{
    d->tls = configuration;
}

bool ConnectSimulator::isTls() const
{
    return d->tls.has_value();
}

int ConnectSimulator::tlsHandshakeFailures() const
{
    return d->listener ? d->listener->tlsFailures() : 0;
}

quint16 ConnectSimulator::port() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

QUrl ConnectSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(d->tls ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress address = d->listener ? d->listener->serverAddress() : QHostAddress();
    url.setHost(address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                    ? QStringLiteral("127.0.0.1")
                    : address.toString());
    url.setPort(port());
    return url;
}

const SimConfig &ConnectSimulator::config() const
{
    return d->core.config();
}

void ConnectSimulator::setScenario(const Scenario &scenario)
{
    d->core.setScenario(scenario);
}

void ConnectSimulator::clearScenarios()
{
    d->core.clearScenarios();
}

void ConnectSimulator::setScopes(const QStringList &scopes)
{
    d->core.setScopes(scopes);
}

void ConnectSimulator::setRateLimit(int perSecond)
{
    d->core.setRateLimit(perSecond);
}

void ConnectSimulator::setTokenLifetime(int seconds)
{
    d->core.setTokenLifetime(seconds);
}

void ConnectSimulator::setClock(std::function<qint64()> secondsSinceEpoch)
{
    d->core.setClock(std::move(secondsSinceEpoch));
}

void ConnectSimulator::setDialect(Dialect dialect)
{
    d->core.setDialect(dialect);
}

void ConnectSimulator::setTokenFormat(TokenFormat format)
{
    d->core.setTokenFormat(format);
}

void ConnectSimulator::setScopeModel(ScopeModel model)
{
    d->core.setScopeModel(model);
}

int ConnectSimulator::tokenRequestCount() const
{
    return d->core.tokenRequestCount();
}

int ConnectSimulator::requestCount() const
{
    return d->core.requestCount();
}

int ConnectSimulator::openConnections() const
{
    return d->listener ? d->listener->openConnections() : 0;
}

int ConnectSimulator::refusedConnections() const
{
    return d->listener ? d->listener->refusedCount() : 0;
}

int ConnectSimulator::evictedConnections() const
{
    return d->listener ? d->listener->evictedCount() : 0;
}

} // namespace cx::sim
