#include "SimTls.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace cx::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::sim::SimTls)
};

bool readPem(const QString &fileName, QByteArray *data, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot be read (%2).").arg(fileName, file.errorString());
        return false;
    }
    // A PEM certificate chain or key is a few KiB; anything past 1 MiB is not one.
    *data = file.read(1024 * 1024 + 1);
    if (data->size() > 1024 * 1024) {
        *error = Tr::tr("%1: larger than 1 MiB, not a PEM file.").arg(fileName);
        return false;
    }
    return true;
}

std::optional<QSslKey> readKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

} // namespace

std::optional<QSslConfiguration> loadServerTls(const SimTlsFiles &files, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QSslSocket::supportsSsl()) {
        *error = Tr::tr("this Qt has no TLS backend (OpenSSL), so HTTPS cannot be served.");
        return std::nullopt;
    }
    QByteArray pem;
    if (!readPem(files.certFile, &pem, error))
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = Tr::tr("%1: holds no PEM certificate.").arg(files.certFile);
        return std::nullopt;
    }
    if (!readPem(files.keyFile, &pem, error))
        return std::nullopt;
    const std::optional<QSslKey> key = readKey(pem);
    if (!key) {
        *error = Tr::tr("%1: holds no unencrypted PEM private key (RSA or EC).").arg(files.keyFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(*key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (files.clientCaFile.isEmpty()) {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        if (!readPem(files.clientCaFile, &pem, error))
            return std::nullopt;
        const QList<QSslCertificate> cas = QSslCertificate::fromData(pem, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = Tr::tr("%1: holds no PEM certificate.").arg(files.clientCaFile);
            return std::nullopt;
        }
        // Only these CAs: a client certificate from anywhere else is refused.
        configuration.setCaCertificates(cas);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return configuration;
}

} // namespace cx::sim
