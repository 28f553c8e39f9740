#include "ProxyProbe.h"

#include <QTcpSocket>
#include <QTimer>

namespace cx {

ProxyProbe::ProxyProbe(QObject *context, std::function<void(const QString &)> done)
    : QObject(context), m_done(std::move(done))
{}

void ProxyProbe::finish(const QString &code)
{
    if (m_finished)
        return;
    m_finished = true;
    const auto done = std::move(m_done);
    deleteLater();
    if (done)
        done(code);
}

void ProxyProbe::run(const QNetworkProxy &proxy, const QUrl &target, QObject *context,
                     std::function<void(const QString &)> done, int timeoutMs)
{
    auto *probe = new ProxyProbe(context, std::move(done));
    auto *socket = new QTcpSocket(probe);
    socket->setProxy(QNetworkProxy::NoProxy);
    const QByteArray authority =
        target.host(QUrl::FullyEncoded).toUtf8() + ':' +
        QByteArray::number(target.port(target.scheme() == QLatin1String("https") ? 443 : 80));
    connect(socket, &QTcpSocket::connected, probe, [socket, authority, proxy] {
        QByteArray request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n";
        if (!proxy.user().isEmpty())
            request += "Proxy-Authorization: Basic " +
                       (proxy.user().toUtf8() + ':' + proxy.password().toUtf8()).toBase64() + "\r\n";
        socket->write(request + "\r\n");
    });
    connect(socket, &QTcpSocket::readyRead, probe, [probe, socket] {
        probe->m_received += socket->readAll();
        // The whole header block (for the challenge), or enough of it.
        const qsizetype end = probe->m_received.indexOf("\r\n");
        if (!probe->m_received.contains("\r\n\r\n") && probe->m_received.size() < 8192)
            return;
        // "HTTP/1.x 407 Reason"
        const QList<QByteArray> parts = probe->m_received.left(end < 0 ? 512 : end).split(' ');
        const int status = parts.value(1).toInt();
        // tinyproxy answers a CONNECT it will not authorise with 401 and a Basic challenge, not 407.
        const bool challenge =
            status == 407 ||
            (status == 401 && probe->m_received.toLower().contains("\r\nwww-authenticate: basic"));
        probe->finish(challenge       ? QStringLiteral("proxy_auth_required")
                      : status == 403 ? QStringLiteral("proxy_refused")
                                      : QString());
    });
    connect(socket, &QTcpSocket::errorOccurred, probe,
            [probe] { QTimer::singleShot(0, probe, [probe] { probe->finish({}); }); });
    QTimer::singleShot(timeoutMs, probe, [probe] { probe->finish({}); });
    socket->connectToHost(proxy.hostName(), proxy.port());
}

} // namespace cx
