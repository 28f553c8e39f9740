// Asks an HTTP proxy, with one CONNECT request, whether it takes our credentials. When the proxy refuses
// preemptive credentials on a request with a body, Qt wants to resend that body and, as the body is never
// sent twice (ApiClient's OneShotBody), reports only a lost connection. The probe sends no body and no
// token: just "CONNECT host:port" with the configured Proxy-Authorization, and reads the status line.
#pragma once

#include <QNetworkProxy>
#include <QObject>
#include <QUrl>
#include <functional>

namespace cx {

class ProxyProbe : public QObject
{
    Q_OBJECT
public:
    // Calls `done` exactly once within `timeoutMs` (unless `context` is destroyed first) with
    // "proxy_auth_required" for a 407 (or tinyproxy's 401 with a Basic challenge), "proxy_refused" for a
    // 403, or empty.
    static void run(const QNetworkProxy &proxy, const QUrl &target, QObject *context,
                    std::function<void(const QString &code)> done, int timeoutMs = 3000);

private:
    explicit ProxyProbe(QObject *context, std::function<void(const QString &)> done);
    void finish(const QString &code);

    std::function<void(const QString &)> m_done;
    QByteArray m_received;
    bool m_finished = false;
};

} // namespace cx
