#include "NetworkDiagnosis.h"

#include "NetworkSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMultiMap>

namespace cx::NetworkDiagnosis {

namespace {

bool has(const QList<QSslError> &errors, std::initializer_list<QSslError::SslError> kinds)
{
    for (const QSslError &error : errors)
        for (const QSslError::SslError kind : kinds)
            if (error.error() == kind)
                return true;
    return false;
}

QSslCertificate certificateOf(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    if (!peer.isNull())
        return peer;
    for (const QSslError &error : errors)
        if (!error.certificate().isNull())
            return error.certificate();
    return QSslCertificate();
}

bool mentions(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles)
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    return false;
}

// A SOCKS5 proxy's failures reach the reply as a generic error (Qt 6.4 reports a refused SOCKS5 proxy
// like a lost connection) carrying the SOCKS5 engine's text, in English or in the language of
// Qt's own translations (qtbase, context QSocks5SocketEngine; not marked here, so they stay out of the
// app's .ts files): that text names the proxy step.
QNetworkReply::NetworkError socks5Error(const QString &errorString)
{
    static const struct
    {
        const char *text;
        QNetworkReply::NetworkError error;
    } known[] = {
        {"Connection to proxy refused", QNetworkReply::ProxyConnectionRefusedError},
        {"Connection to proxy closed prematurely", QNetworkReply::ProxyConnectionClosedError},
        {"Proxy host not found", QNetworkReply::ProxyNotFoundError},
        {"Connection to proxy timed out", QNetworkReply::ProxyTimeoutError},
        {"Proxy authentication failed", QNetworkReply::ProxyAuthenticationRequiredError},
    };
    for (const auto &entry : known) {
        const QString english = QLatin1String(entry.text);
        const QString translated = QCoreApplication::translate("QSocks5SocketEngine", entry.text);
        if (errorString.contains(english, Qt::CaseInsensitive) ||
            (!translated.isEmpty() && errorString.contains(translated, Qt::CaseInsensitive)))
            return entry.error;
    }
    return QNetworkReply::NoError;
}

} // namespace

CertificateSummary summarize(const QSslCertificate &certificate)
{
    CertificateSummary summary;
    if (certificate.isNull())
        return summary;
    const auto first = [](const QStringList &list) { return list.isEmpty() ? QString() : list.first(); };
    summary.subject = first(certificate.subjectInfo(QSslCertificate::CommonName));
    if (summary.subject.isEmpty())
        summary.subject = certificate.subjectDisplayName();
    summary.issuer = first(certificate.issuerInfo(QSslCertificate::CommonName));
    if (summary.issuer.isEmpty())
        summary.issuer = first(certificate.issuerInfo(QSslCertificate::Organization));
    const QMultiMap<QSsl::AlternativeNameEntryType, QString> names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        summary.names << it.value();
    summary.notBefore = certificate.effectiveDate().toUTC().toString(Qt::ISODate);
    summary.notAfter = certificate.expiryDate().toUTC().toString(Qt::ISODate);
    summary.sha256 = NetworkSetup::hexFingerprint(certificate);
    summary.pin = NetworkSetup::pinOf(certificate);
    summary.selfSigned = certificate.isSelfSigned();
    return summary;
}

Result diagnose(QNetworkReply::NetworkError error, const QList<QSslError> &sslErrors,
                const QString &errorString, const QSslCertificate &peerCertificate, bool viaProxy,
                bool viaSocks5)
{
    Result result;
    if (viaProxy && viaSocks5) {
        if (const auto socks5 = socks5Error(errorString); socks5 != QNetworkReply::NoError)
            error = socks5;
    } else if (viaProxy && error == QNetworkReply::ConnectionRefusedError) {
        error = QNetworkReply::ProxyConnectionRefusedError;
    } else if (viaProxy && error == QNetworkReply::HostNotFoundError) {
        error = QNetworkReply::ProxyNotFoundError;
    }
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
        result.code = QStringLiteral("proxy_refused");
        return result;
    case QNetworkReply::ProxyConnectionClosedError:
        result.code = QStringLiteral("proxy_closed");
        return result;
    case QNetworkReply::ProxyNotFoundError:
        result.code = QStringLiteral("proxy_not_found");
        return result;
    case QNetworkReply::ProxyTimeoutError:
        result.code = QStringLiteral("proxy_timeout");
        return result;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        result.code = QStringLiteral("proxy_auth_required");
        return result;
    default:
        break;
    }

    // Certificate checks first: they say exactly what is wrong with the server's certificate. The order
    // is the order of what to fix: a wrong name is wrong whoever issued it; an expired certificate stays
    // expired once trusted.
    if (!sslErrors.isEmpty()) {
        result.certificate = summarize(certificateOf(sslErrors, peerCertificate));
        if (has(sslErrors, {QSslError::HostNameMismatch}))
            result.code = QStringLiteral("tls_hostname_mismatch");
        else if (has(sslErrors, {QSslError::CertificateExpired}))
            result.code = QStringLiteral("tls_expired");
        else if (has(sslErrors, {QSslError::CertificateNotYetValid}))
            result.code = QStringLiteral("tls_not_yet_valid");
        else if (has(sslErrors, {QSslError::SelfSignedCertificate}))
            result.code = QStringLiteral("tls_self_signed");
        else
            result.code = QStringLiteral("tls_untrusted");
        return result;
    }

    // What the server's alerts say (OpenSSL's text, carried in Qt's error string): the handshake failed
    // on our side of it. TLS 1.3 reports a missing client certificate only after the handshake, so this
    // is also looked for on a lost connection.
    const bool tlsRelated =
        error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::RemoteHostClosedError ||
        error == QNetworkReply::UnknownNetworkError || error == QNetworkReply::ProtocolFailure;
    if (!tlsRelated)
        return result;
    if (mentions(errorString, {"certificate required", "peer did not return a certificate"}))
        result.code = QStringLiteral("tls_client_cert_required");
    else if (mentions(errorString, {"alert unknown ca", "alert bad certificate", "alert certificate unknown",
                                    "alert certificate revoked", "alert certificate expired",
                                    "alert unsupported certificate", "alert access denied"}))
        result.code = QStringLiteral("tls_client_cert_refused");
    else if (mentions(errorString, {"protocol version", "no shared cipher", "wrong version number",
                                    "no protocols available", "unsupported protocol",
                                    "alert handshake failure", "no cipher", "inappropriate fallback"}))
        result.code = QStringLiteral("tls_protocol");
    return result;
}

} // namespace cx::NetworkDiagnosis
