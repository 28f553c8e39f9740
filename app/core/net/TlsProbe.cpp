#include "TlsProbe.h"

#include <QSslSocket>
#include <QTimer>

namespace cx {

TlsProbe::TlsProbe(QObject *context, std::function<void(const QString &)> done)
    : QObject(context), m_done(std::move(done))
{}

QString TlsProbe::codeForAlert(QSsl::AlertType type)
{
    switch (type) {
    case QSsl::AlertType::CertificateRequired:
        return QStringLiteral("tls_client_cert_required");
    case QSsl::AlertType::BadCertificate:
    case QSsl::AlertType::UnsupportedCertificate:
    case QSsl::AlertType::CertificateRevoked:
    case QSsl::AlertType::CertificateExpired:
    case QSsl::AlertType::CertificateUnknown:
    case QSsl::AlertType::UnknownCa:
    case QSsl::AlertType::AccessDenied:
        return QStringLiteral("tls_client_cert_refused");
    case QSsl::AlertType::ProtocolVersion:
    case QSsl::AlertType::InsufficientSecurity:
        return QStringLiteral("tls_protocol");
    default:
        return {};
    }
}

void TlsProbe::finish(const QString &code)
{
    if (m_finished)
        return;
    m_finished = true;
    const auto done = std::move(m_done);
    deleteLater(); // the socket is our child
    if (done)
        done(code);
}

void TlsProbe::run(const QUrl &url, const QSslConfiguration &configuration, const QNetworkProxy &proxy,
                   QObject *context, std::function<void(const QString &)> done, int timeoutMs)
{
    auto *probe = new TlsProbe(context, std::move(done));
    auto *socket = new QSslSocket(probe);
    socket->setSslConfiguration(configuration);
    socket->setProxy(proxy);
    connect(socket, &QSslSocket::alertReceived, probe,
            [probe](QSsl::AlertLevel level, QSsl::AlertType type, const QString &) {
                if (level == QSsl::AlertLevel::Fatal)
                    probe->finish(codeForAlert(type));
            });
    // Certificate errors were reported on the request itself; the probe only listens for the alert, and
    // a handshake it does not trust ends it without one.
    connect(socket, &QSslSocket::errorOccurred, probe,
            [probe] { QTimer::singleShot(0, probe, [probe] { probe->finish({}); }); });
    connect(socket, &QSslSocket::disconnected, probe,
            [probe] { QTimer::singleShot(0, probe, [probe] { probe->finish({}); }); });
    QTimer::singleShot(timeoutMs, probe, [probe] { probe->finish({}); });
    socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

} // namespace cx
