// The Connect API simulator: a real HTTP server on loopback (QtHttpServer) that answers like the
// Cliquify Connect API, with seeded data, scopes, a rate limit and injected scenarios.
#pragma once

#include "SimConfig.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>
#include <memory>

namespace cx::sim {

class ConnectSimulator : public QObject
{
    Q_OBJECT
public:
    explicit ConnectSimulator(const SimConfig &config = {}, QObject *parent = nullptr);
    ~ConnectSimulator() override;

    // Serve HTTPS (see SimTls.h); call before listen(). baseUrl() then says https.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const;

    // Binds `address` (loopback by default) on `port` (0 = any free port). False when it can't.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // a URL clients can connect to: http://127.0.0.1:PORT also for an any-address

    const SimConfig &config() const;
    // Run-time control (also reachable over HTTP at /_sim/*).
    void setScenario(const Scenario &scenario);
    void clearScenarios();
    void setScopes(const QStringList &scopes);
    void setRateLimit(int perSecond);
    void setTokenLifetime(int seconds);
    void setDialect(Dialect dialect);
    void setTokenFormat(TokenFormat format);
    void setScopeModel(ScopeModel model);
    // The wall clock, in seconds since the epoch, that tokens are issued (iat, exp) and checked for
    // expiry by: the machine's unless set. A test moves its own past a token's expiry instead of waiting
    // for it; an empty function gives the machine's back. Not reachable over HTTP.
    void setClock(std::function<qint64()> secondsSinceEpoch);

    // Counters for tests: how many token requests and resource requests were answered.
    int tokenRequestCount() const;
    int requestCount() const;
    // Connections open now, and since start refused with 503 or closed to make room (see
    // ConnectionLimits; LoopbackListener).
    int openConnections() const;
    int refusedConnections() const;
    int evictedConnections() const;
    int tlsHandshakeFailures() const;

signals:
    // A client's TLS handshake failed (it does not trust the certificate, sent no client certificate
    // when one is required, ...): who and why, for the log.
    void tlsHandshakeFailed(const QString &reason);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cx::sim
