// A throw-away PKI for TLS tests, made by the real openssl command line in a temporary folder: a CA,
// server certificates for 127.0.0.1/localhost (valid, expired, for another host, self-signed) and client
// certificates (from the CA, self-signed). Nothing is committed, so nothing expires in the repository.
#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace cx::test {

class TestPki
{
public:
    // False (and `error()`) when openssl is missing or a step fails.
    bool create()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            return fail(QStringLiteral("openssl is not installed (scripts/setup.sh installs it)"));
        const QString sans = QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1");
        return selfSigned(QStringLiteral("ca"), QStringLiteral("/CN=Connect Explorer Test CA"),
                          QStringLiteral("basicConstraints=critical,CA:TRUE")) &&
               issued(QStringLiteral("server"), QStringLiteral("/CN=localhost"), sans, 365) &&
               issued(QStringLiteral("expired"), QStringLiteral("/CN=localhost"), sans, -1) &&
               issued(QStringLiteral("otherhost"), QStringLiteral("/CN=api.example.com"),
                      QStringLiteral("subjectAltName=DNS:api.example.com"), 365) &&
               selfSigned(QStringLiteral("selfsigned"), QStringLiteral("/CN=localhost"), sans) &&
               issued(QStringLiteral("client"), QStringLiteral("/CN=support-desk"),
                      QStringLiteral("extendedKeyUsage=clientAuth"), 365) &&
               selfSigned(QStringLiteral("rogueclient"), QStringLiteral("/CN=rogue"),
                          QStringLiteral("extendedKeyUsage=clientAuth")) &&
               // The client certificate and key as one PKCS#12 file, passphrase "p12-passphrase".
               openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                        QStringLiteral("client.pem"), QStringLiteral("-inkey"), QStringLiteral("client.key"),
                        QStringLiteral("-out"), QStringLiteral("client.p12"), QStringLiteral("-passout"),
                        QStringLiteral("pass:p12-passphrase")});
    }

    QString error() const { return m_error; }
    // "<dir>/<name>.pem" and "<dir>/<name>.key" for ca, server, expired, otherhost, selfsigned, client,
    // rogueclient; p12() is the client's PKCS#12 file (passphrase "p12-passphrase").
    QString p12() const { return m_dir.filePath(QStringLiteral("client.p12")); }
    QString cert(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".pem")); }
    QString key(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".key")); }
    QString path() const { return m_dir.path(); }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return fail(QStringLiteral("openssl %1: %2")
                            .arg(arguments.join(QLatin1Char(' ')),
                                 QString::fromLocal8Bit(process.readAllStandardError())));
        return true;
    }

    bool writeExtensions(const QString &name, const QString &extensions)
    {
        QFile file(m_dir.filePath(name + QStringLiteral(".ext")));
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
        file.write(extensions.toUtf8() + '\n');
        return true;
    }

    bool selfSigned(const QString &name, const QString &subject, const QString &extension)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                        name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                        QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-subj"), subject,
                        QStringLiteral("-addext"), extension});
    }

    // Issued by the CA for `days` days from now. A negative count makes an expired certificate (its
    // notAfter lies before now), which openssl 3.0's x509 accepts, so no CA database is needed.
    bool issued(const QString &name, const QString &subject, const QString &extensions, int days)
    {
        if (!writeExtensions(name, extensions))
            return false;
        if (!openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                      QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                      subject}))
            return false;
        QStringList arguments{
            QStringLiteral("x509"),        QStringLiteral("-req"),       QStringLiteral("-in"),
            name + QStringLiteral(".csr"), QStringLiteral("-CA"),        QStringLiteral("ca.pem"),
            QStringLiteral("-CAkey"),      QStringLiteral("ca.key"),     QStringLiteral("-set_serial"),
            QString::number(++m_serial),   QStringLiteral("-extfile"),   name + QStringLiteral(".ext"),
            QStringLiteral("-out"),        name + QStringLiteral(".pem")};
        arguments << QStringLiteral("-days") << QString::number(days);
        return openssl(arguments);
    }

    QTemporaryDir m_dir;
    QString m_error;
    int m_serial = 1000;
};

} // namespace cx::test
