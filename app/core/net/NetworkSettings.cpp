#include "NetworkSettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslKey>
#include <QUrl>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::NetworkSettings)
};

constexpr qint64 MaxPemBytes = 4 * 1024 * 1024; // a CA bundle is ~200 KiB; a folder's file, less

bool readSmallFile(const QString &fileName, QByteArray *data, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            Tr::tr("%1: cannot be read (%2).").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    *data = file.read(MaxPemBytes + 1);
    if (data->size() > MaxPemBytes) {
        *error =
            Tr::tr("%1: larger than 4 MiB, not a certificate file.").arg(QDir::toNativeSeparators(fileName));
        return false;
    }
    return true;
}

std::optional<QSslKey> readKey(const QByteArray &pem, const QByteArray &passphrase)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

bool isPkcs12(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("p12") || suffix == QLatin1String("pfx");
}

} // namespace

std::optional<ProxySettings> ProxySettings::fromUrl(const QString &text, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = Tr::tr("the proxy address is empty.");
        return std::nullopt;
    }
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("http://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    ProxySettings settings;
    settings.mode = Mode::Manual;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        settings.type = QNetworkProxy::HttpProxy;
    } else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        settings.type = QNetworkProxy::Socks5Proxy;
    } else {
        *error = Tr::tr("'%1': the proxy must be http:// or socks5:// (an https:// proxy is not supported).")
                     .arg(url.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        *error = Tr::tr("'%1' is not a proxy address (host[:port]).").arg(text.trimmed());
        return std::nullopt;
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
        *error = Tr::tr("'%1': a proxy address has no path.").arg(url.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    settings.host = url.host();
    // curl's defaults: 1080 for SOCKS, 1080 for http too (`curl -x host` uses 1080).
    settings.port = quint16(url.port(1080));
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    return settings;
}

QString ProxySettings::toUrl(bool withPassword) const
{
    if (mode != Mode::Manual)
        return {};
    QUrl url;
    url.setScheme(type == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    return url.toString();
}

QNetworkProxy ProxySettings::toProxy() const
{
    if (mode == Mode::None)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QNetworkProxy proxy(type, host, port, user, password);
    return proxy;
}

namespace NetworkSetup {

std::optional<QSslConfiguration> sslConfiguration(const TlsSettings &settings, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> extra;
    for (const QString &path : settings.caPaths) {
        const QFileInfo info(path);
        QStringList files;
        if (info.isDir()) {
            const QFileInfoList entries = QDir(path).entryInfoList(
                {QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer")}, QDir::Files,
                QDir::Name);
            for (const QFileInfo &entry : entries)
                files << entry.filePath();
            if (files.isEmpty()) {
                *error = Tr::tr("%1: the folder holds no .pem, .crt or .cer file.")
                             .arg(QDir::toNativeSeparators(path));
                return std::nullopt;
            }
        } else {
            files << path;
        }
        for (const QString &file : std::as_const(files)) {
            QByteArray data;
            if (!readSmallFile(file, &data, error))
                return std::nullopt;
            QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
            if (certificates.isEmpty())
                certificates = QSslCertificate::fromData(data, QSsl::Der);
            if (certificates.isEmpty()) {
                *error = Tr::tr("%1: holds no certificate (PEM or DER).").arg(QDir::toNativeSeparators(file));
                return std::nullopt;
            }
            extra << certificates;
        }
    }
    if (!extra.isEmpty())
        configuration.addCaCertificates(extra);

    if (!settings.clientCertificateFile.isEmpty()) {
        const QString certificateFile = settings.clientCertificateFile;
        if (isPkcs12(certificateFile)) {
            QFile file(certificateFile);
            if (!file.open(QIODevice::ReadOnly)) {
                *error = Tr::tr("%1: cannot be read (%2).")
                             .arg(QDir::toNativeSeparators(certificateFile), file.errorString());
                return std::nullopt;
            }
            QSslKey key;
            QSslCertificate certificate;
            QList<QSslCertificate> chain;
            if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, settings.passphrase)) {
                *error = Tr::tr("%1: not a PKCS#12 file, or the passphrase is wrong.")
                             .arg(QDir::toNativeSeparators(certificateFile));
                return std::nullopt;
            }
            configuration.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
            configuration.setPrivateKey(key);
        } else {
            QByteArray data;
            if (!readSmallFile(certificateFile, &data, error))
                return std::nullopt;
            const QList<QSslCertificate> chain = QSslCertificate::fromData(data, QSsl::Pem);
            if (chain.isEmpty()) {
                *error =
                    Tr::tr("%1: holds no PEM certificate.").arg(QDir::toNativeSeparators(certificateFile));
                return std::nullopt;
            }
            // The key may sit in the certificate's own file (as curl's --cert allows).
            const QString keyFile =
                settings.clientKeyFile.isEmpty() ? certificateFile : settings.clientKeyFile;
            if (keyFile != certificateFile && !readSmallFile(keyFile, &data, error))
                return std::nullopt;
            const std::optional<QSslKey> key = readKey(data, settings.passphrase);
            if (!key) {
                *error = settings.clientKeyFile.isEmpty()
                             ? Tr::tr("%1: holds no private key; give the key file as well.")
                                   .arg(QDir::toNativeSeparators(certificateFile))
                             : Tr::tr("%1: not a PEM private key, or the passphrase is wrong.")
                                   .arg(QDir::toNativeSeparators(keyFile));
                return std::nullopt;
            }
            configuration.setLocalCertificateChain(chain);
            configuration.setPrivateKey(*key);
        }
    }
    for (const QString &pin : settings.pins) {
        if (!isValidPin(pin)) {
            *error = Tr::tr("'%1' is not a certificate pin (sha256/ followed by the base64 SHA-256 digest).")
                         .arg(pin);
            return std::nullopt;
        }
    }
    return configuration;
}

QString pinOf(const QSslCertificate &certificate)
{
    return QStringLiteral("sha256/") +
           QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toBase64());
}

QString hexFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

namespace {

// A SHA-256 digest in base64 (44 characters), or empty.
QByteArray sha256FromBase64(const QString &base64)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32 ? *decoded : QByteArray();
}

} // namespace

QByteArray pinDigest(const QString &pin)
{
    const QString text = pin.trimmed();
    if (text.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive)) {
        const QString base64 = text.mid(7);
        // A digest whose base64 starts with "/" is one (1 in 64); only when it is not, the "/" is curl's
        // spelling, "sha256//" and the digest.
        QByteArray digest = sha256FromBase64(base64);
        if (digest.isEmpty() && base64.startsWith(QLatin1Char('/')))
            digest = sha256FromBase64(base64.mid(1));
        return digest;
    }
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$"));
    if (hex.match(text).hasMatch())
        return QByteArray::fromHex(text.toLatin1().replace(':', ""));
    return {};
}

bool isValidPin(const QString &pin)
{
    return !pinDigest(pin).isEmpty();
}

bool isPinned(const QSslCertificate &certificate, const QStringList &pins)
{
    if (certificate.isNull())
        return false;
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return std::any_of(pins.cbegin(), pins.cend(),
                       [&](const QString &pin) { return pinDigest(pin) == digest; });
}

} // namespace NetworkSetup

} // namespace cx
