// A real SOCKS5 proxy that logs users in with a user and password of the test's own (RFC 1929): microsocks
// from the distribution (package microsocks), started in the foreground on a free loopback port. danted
// (DanteProxy.h) checks SOCKS5 users against this computer's accounts, so a successful login is tested
// here. microsocks has no configuration file; it writes one line per connection it carried to standard
// error ("client[5] 127.0.0.1: connected to 127.0.0.1:PORT"), which log() collects.
#pragma once

#include "LocalDaemon.h"

#include <QNetworkProxy>
#include <QUrl>

namespace cx::test {

class MicroSocks : public LocalDaemon
{
public:
    static QString executable() { return findProgram(QStringLiteral("microsocks")); }
    static QString missingMessage()
    {
        return QStringLiteral("microsocks is not installed (scripts/setup.sh installs it)");
    }

    // With a user, the proxy accepts only that user with that password. False (and error()) when
    // microsocks is missing or does not carry a connection.
    bool start(const QString &user = {}, const QString &password = {})
    {
        const QString program = executable();
        if (program.isEmpty())
            return fail(missingMessage());
        if (!pickFreePort()) // microsocks takes the port on its command line
            return false;
        m_user = user;
        m_password = password;
        QStringList arguments{QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                              QString::number(m_port)};
        if (!user.isEmpty())
            arguments << QStringLiteral("-u") << user << QStringLiteral("-P") << password;
        if (!launch(QStringLiteral("microsocks"), program, arguments, [this] { return log(); }))
            return false;
        // Listening is not yet proven carrying: ready means one real CONNECT (logged in) went through.
        return carriesAConnection();
    }

    // A SOCKS5 CONNECT through the proxy, with the user and password it was started with, to a loopback
    // listener of our own succeeds (up to about 10 s).
    bool carriesAConnection()
    {
        QTcpServer target;
        if (!target.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free port"));
        for (int i = 0; i < 50; ++i) {
            QTcpSocket socket;
            socket.setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), m_port,
                                          m_user, m_password));
            socket.connectToHost(QHostAddress::LocalHost, target.serverPort());
            if (socket.waitForConnected(2000))
                return true;
            QTest::qWait(200);
        }
        return fail(QStringLiteral("microsocks listens but carries no connection:\n%1")
                        .arg(QString::fromLocal8Bit(log())));
    }

    // socks5://127.0.0.1:PORT, or with `user` and `password` (percent-encoded) before the host.
    QString url(const QString &user = {}, const QString &password = {}) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("socks5"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        url.setUserName(user);
        url.setPassword(password);
        return url.toString(QUrl::FullyEncoded);
    }

    // Everything microsocks printed so far.
    QByteArray log() const
    {
        auto &process = const_cast<QProcess &>(m_process);
        process.waitForReadyRead(0); // what the pipe holds now, even without an event loop
        m_log += process.readAll();
        return m_log;
    }
    // True when the log shows a connection carried to 127.0.0.1:`port`.
    bool carriedTo(quint16 port) const
    {
        const QByteArray target = "connected to 127.0.0.1:" + QByteArray::number(port);
        for (const QByteArray &line : log().split('\n')) {
            if (line.trimmed().endsWith(target))
                return true;
        }
        return false;
    }

private:
    QString m_user;
    QString m_password;
    mutable QByteArray m_log;
};

} // namespace cx::test
