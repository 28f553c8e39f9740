// Asks a TLS server, with one bare handshake, what it objects to. TLS 1.3 servers judge the client
// certificate (or its absence) only after the handshake, and Qt's network layer then reports a closed
// connection, losing the server's alert. When an HTTPS request ends that way before any response,
// ApiClient runs this probe: it connects with the same TLS configuration and proxy, sends nothing, and
// reads the alert (QSslSocket::alertReceived): certificate_required, unknown_ca, bad_certificate, ...
#pragma once

#include <QNetworkProxy>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>

namespace cx {

class TlsProbe : public QObject
{
    Q_OBJECT
public:
    // Calls `done` exactly once (with a NetworkDiagnosis code such as "tls_client_cert_required", or
    // empty when the server sent no telling alert) within `timeoutMs`, unless `context` is destroyed first.
    static void run(const QUrl &url, const QSslConfiguration &configuration, const QNetworkProxy &proxy,
                    QObject *context, std::function<void(const QString &code)> done, int timeoutMs = 3000);

    // The NetworkDiagnosis code for a fatal alert from the server, empty for one that says nothing
    // about certificates or protocols.
    static QString codeForAlert(QSsl::AlertType type);

private:
    explicit TlsProbe(QObject *context, std::function<void(const QString &)> done);
    void finish(const QString &code);

    std::function<void(const QString &)> m_done;
    bool m_finished = false;
};

} // namespace cx
