// A real SOCKS5 proxy for tests: danted from the distribution (package dante-server), started in the
// foreground on a free loopback port with its own configuration, log and temporary files in a temporary
// folder (the system's danted service, if any, is neither used nor touched). Works as root and as a
// normal user. Its log says which connections it carried ("tcp/connect [: 127.0.0.1.A 127.0.0.1.P ->
// 127.0.0.1.B 127.0.0.1.SERVERPORT").
//
// Authentication: danted's "username" method checks the user and password against this computer's
// accounts (passwd / PAM), so a test cannot give it a user of its own. RequireUsername makes it demand
// that method, which is enough to see a proxy refuse a client without (or with unknown) credentials;
// a successful login is tested with microsocks (MicroSocks.h), which takes a user of the test's own.
#pragma once

#include "LocalDaemon.h"

#include <QFile>
#include <QNetworkProxy>
#include <QProcessEnvironment>

namespace cx::test {

class DanteProxy : public LocalDaemon
{
public:
    enum class Auth {
        None,            // any client on loopback, no credentials
        RequireUsername, // RFC 1929 user/password against the system's accounts
    };

    static QString executable() { return findProgram(QStringLiteral("danted")); }

    // False (and error()) when danted is missing or does not come up.
    bool start(Auth auth = Auth::None)
    {
        const QString program = executable();
        if (program.isEmpty())
            return fail(QStringLiteral("danted is not installed (scripts/setup.sh installs dante-server)"));
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder: %1").arg(m_dir.errorString()));
        if (!pickFreePort()) // danted needs a number in its configuration
            return false;
        QFile config(m_dir.filePath(QStringLiteral("danted.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return fail(config.errorString());
        const QByteArray method = auth == Auth::RequireUsername ? "username" : "none";
        const QByteArray text = "logoutput: " + logFile().toUtf8() +
                                "\n"
                                "internal: 127.0.0.1 port = " +
                                QByteArray::number(m_port) +
                                "\n"
                                "external: 127.0.0.1\n"
                                "clientmethod: none\n"
                                "socksmethod: " +
                                method +
                                "\n"
                                "timeout.negotiate: 10\n"
                                "client pass {\n"
                                "  from: 127.0.0.0/8 to: 0.0.0.0/0\n"
                                "  log: connect disconnect error\n"
                                "}\n"
                                "socks pass {\n"
                                "  from: 127.0.0.0/8 to: 127.0.0.0/8\n"
                                "  log: connect disconnect error\n"
                                "}\n";
        config.write(text);
        config.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), m_dir.path()); // its lock and shared-memory files
        m_process.setProcessEnvironment(environment);
        // Foreground (no -D), one main server: stopping the process stops the proxy. It accepts once its
        // log says "Dante/server[1/1] v1.4.2 running".
        if (!launch(
                QStringLiteral("danted"), program,
                {QStringLiteral("-N"), QStringLiteral("1"), QStringLiteral("-f"), config.fileName(),
                 QStringLiteral("-p"), m_dir.filePath(QStringLiteral("danted.pid"))},
                [this] { return log(); }, [this] { return log().contains(" running"); }))
            return false;
        // Listening is not yet carrying: right after start-up danted may still answer a CONNECT with
        // "host unreachable" (seen on a fresh machine). Ready means one real CONNECT through it succeeded.
        return auth == Auth::RequireUsername || carriesAConnection();
    }

    // A SOCKS5 CONNECT through the proxy to a loopback listener of our own succeeds (up to about 10 s).
    bool carriesAConnection()
    {
        QTcpServer target;
        if (!target.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free port"));
        for (int i = 0; i < 50; ++i) {
            QTcpSocket socket;
            socket.setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), m_port));
            socket.connectToHost(QHostAddress::LocalHost, target.serverPort());
            if (socket.waitForConnected(2000))
                return true;
            QTest::qWait(200);
        }
        return fail(QStringLiteral("danted listens but carries no connection:\n%1")
                        .arg(QString::fromLocal8Bit(log())));
    }

    QString url() const { return QStringLiteral("socks5://127.0.0.1:%1").arg(m_port); }
    QString logFile() const { return m_dir.filePath(QStringLiteral("danted.log")); }
    QByteArray log() const { return readFile(QStringLiteral("danted.log")); }
    // True when a line of the log shows a connection carried to 127.0.0.1:`port` (danted writes the
    // address as "127.0.0.1.PORT": "tcp/connect [: client proxy -> proxy-side 127.0.0.1.PORT").
    bool carriedTo(quint16 port) const
    {
        const QByteArray target = " 127.0.0.1." + QByteArray::number(port);
        for (const QByteArray &line : log().split('\n')) {
            if (line.contains("tcp/connect [:") && line.endsWith(target))
                return true;
        }
        return false;
    }
};

} // namespace cx::test
