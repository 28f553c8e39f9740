// Why a connection failed, named finely enough to say the one thing to do: which TLS check failed (with
// the certificate's details), which proxy step failed. ApiClient fills ApiResponse::failureCode and
// ::certificate from it; ErrorCatalog::network(code) gives the meaning and the fix.
//
// Codes (stable, for `--json` and reports): tls_untrusted, tls_self_signed, tls_expired,
// tls_not_yet_valid, tls_hostname_mismatch, tls_client_cert_required, tls_client_cert_refused,
// tls_protocol, proxy_refused, proxy_auth_required, proxy_not_found, proxy_timeout, proxy_closed.
// ApiClient adds connect_timeout and response_timeout itself (whether the request went out is known
// there, not here).
// Anything else keeps the coarse networkFailureName() ("connection_refused", "tls", ...).
#pragma once

#include "ApiTypes.h"

#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

namespace cx {

namespace NetworkDiagnosis {

struct Result
{
    QString code;                   // empty: nothing finer than the NetworkFailure
    CertificateSummary certificate; // the server's certificate, when the failure is about it
};

// `viaProxy`: the request went to a proxy (an HTTP proxy is the host Qt connects to, so a refused or
// unresolvable proxy comes as ConnectionRefused / HostNotFound). `viaSocks5`: that proxy is SOCKS5,
// whose own failures are named by Qt's text ("Connection to proxy refused"), while ConnectionRefused
// and HostNotFound are the server's, reported by the proxy.
Result diagnose(QNetworkReply::NetworkError error, const QList<QSslError> &sslErrors,
                const QString &errorString, const QSslCertificate &peerCertificate = QSslCertificate(),
                bool viaProxy = false, bool viaSocks5 = false);

CertificateSummary summarize(const QSslCertificate &certificate);

} // namespace NetworkDiagnosis

} // namespace cx
