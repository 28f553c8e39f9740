// How a profile (or connect-cli) reaches its server: through which proxy, trusting which certificates,
// showing which client certificate. Plain values; NetworkSetup turns them into what Qt needs.
//
// Secrets: the proxy password and the client key's passphrase are kept in memory here; the app keeps
// them in the OS keychain between sessions (like the client secret), never in a plain file.
#pragma once

#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <optional>

namespace cx {

struct ProxySettings
{
    enum class Mode {
        System, // the environment (https_proxy, http_proxy, all_proxy, no_proxy), else the OS settings
        None,   // always direct
        Manual, // the proxy below
    };
    Mode mode = Mode::System;
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy; // HttpProxy or Socks5Proxy
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // memory / keychain only

    // "http://[user[:password]@]host[:port]", "socks5://host:1080" (also socks5h), as curl's --proxy and
    // the *_proxy variables take it; a bare "host:port" means http. Nullopt and a sentence when malformed.
    static std::optional<ProxySettings> fromUrl(const QString &url, QString *error);
    // The same form, without the password unless asked.
    QString toUrl(bool withPassword = false) const;
    QNetworkProxy toProxy() const;
    bool operator==(const ProxySettings &other) const = default;
};

struct TlsSettings
{
    QStringList caPaths;           // PEM files or folders of them, trusted besides the system store
    QString clientCertificateFile; // PEM certificate, or PKCS#12 (.p12/.pfx) holding certificate and key
    QString clientKeyFile;         // PEM key (empty with PKCS#12)
    QByteArray passphrase;         // of the key or the PKCS#12 file; memory / keychain only
    QStringList pins;              // "sha256/BASE64" of certificates trusted for this profile only
    bool operator==(const TlsSettings &other) const = default;
};

struct NetworkSettings
{
    ProxySettings proxy;
    TlsSettings tls;
    bool operator==(const NetworkSettings &other) const = default;
};

namespace NetworkSetup {

// QSslConfiguration::defaultConfiguration() (the system store, peer verification on) plus the extra CAs
// and the client certificate. Nullopt and a translated sentence naming the file and what is wrong.
std::optional<QSslConfiguration> sslConfiguration(const TlsSettings &settings, QString *error);

// "sha256/BASE64" of the certificate's DER: what the app shows as the fingerprint and stores as a pin.
QString pinOf(const QSslCertificate &certificate);
// The SHA-256 digest a pin names ("sha256/<base64>", curl's "sha256//<base64>", or the hex fingerprint,
// with or without colons), or empty when it names none.
QByteArray pinDigest(const QString &pin);
// "sha256/" + 44 base64 characters (also accepted: the hex fingerprint with or without colons).
bool isValidPin(const QString &pin);
bool isPinned(const QSslCertificate &certificate, const QStringList &pins);
// The hex form "AB:CD:..." of the same digest, as browsers show it.
QString hexFingerprint(const QSslCertificate &certificate);

} // namespace NetworkSetup

} // namespace cx
