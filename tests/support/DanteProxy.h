// A real SOCKS5 proxy for tests: danted from the distribution (package dante-server), started in the
// foreground on a free loopback port with its own configuration, log and temporary files in a temporary
// folder (the system's danted service, if any, is neither used nor touched). Works as root and as a
// normal user. Its log says which connections it carried ("tcp/connect [: 127.0.0.1.A 127.0.0.1.P ->
// 127.0.0.1.B 127.0.0.1.SERVERPORT").
//
// Authentication: danted's "username" method checks the user and password against this computer's
// accounts (passwd / PAM), so a test cannot give it a user of its own. RequireUsername makes it demand
// that method, which is enough to see a proxy refuse a client without (or with unknown) credentials;
// a successful username login is not tested.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace cx::test {

class DanteProxy
{
public:
    enum class Auth {
        None,            // any client on loopback, no credentials
        RequireUsername, // RFC 1929 user/password against the system's accounts
    };

    ~DanteProxy() { stop(); }

    static QString executable()
    {
        QString found = QStandardPaths::findExecutable(QStringLiteral("danted"));
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(QStringLiteral("danted"),
                                                   {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        return found;
    }

    // False (and error()) when danted is missing or does not come up.
    bool start(Auth auth = Auth::None)
    {
        const QString program = executable();
        if (program.isEmpty())
            return fail(QStringLiteral("danted is not installed (scripts/setup.sh installs dante-server)"));
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder: %1").arg(m_dir.errorString()));
        {
            QTcpServer probe; // a free port: danted needs a number in its configuration
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return fail(QStringLiteral("no free port"));
            m_port = probe.serverPort();
        }
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
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // Foreground (no -D), one main server: stopping the process stops the proxy.
        m_process.start(program,
                        {QStringLiteral("-N"), QStringLiteral("1"), QStringLiteral("-f"), config.fileName(),
                         QStringLiteral("-p"), m_dir.filePath(QStringLiteral("danted.pid"))});
        if (!m_process.waitForStarted(10000))
            return fail(QStringLiteral("danted did not start: %1").arg(m_process.errorString()));
        for (int i = 0; i < 100; ++i) {
            if (log().contains(" running")) { // "Dante/server[1/1] v1.4.2 running": it accepts now
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                if (socket.waitForConnected(200))
                    return true;
            }
            if (m_process.state() != QProcess::Running)
                break;
            QTest::qWait(50);
        }
        return fail(QStringLiteral("danted did not listen on %1: %2\n%3")
                        .arg(m_port)
                        .arg(QString::fromLocal8Bit(m_process.readAll()), QString::fromLocal8Bit(log())));
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("socks5://127.0.0.1:%1").arg(m_port); }
    QString error() const { return m_error; }
    QString logFile() const { return m_dir.filePath(QStringLiteral("danted.log")); }
    QByteArray log() const
    {
        QFile file(logFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
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

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace cx::test
