// A real forward proxy for tests: tinyproxy from the distribution (package tinyproxy-bin), started in the
// foreground on a free loopback port with its own configuration, optionally with Basic authentication.
// Its log says which requests it carried (GET http://... for plain HTTP, CONNECT host:port for HTTPS).
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace cx::test {

class TinyProxy
{
public:
    ~TinyProxy() { stop(); }

    static QString executable()
    {
        QString found = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"),
                                                   {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
        return found;
    }

    // False (and error()) when tinyproxy is missing or does not come up.
    bool start(const QString &user = {}, const QString &password = {})
    {
        const QString program = executable();
        if (program.isEmpty())
            return fail(
                QStringLiteral("tinyproxy is not installed (scripts/setup.sh installs tinyproxy-bin)"));
        {
            QTcpServer probe; // a free port: tinyproxy needs a number in its configuration
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return fail(QStringLiteral("no free port"));
            m_port = probe.serverPort();
        }
        QFile config(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return fail(config.errorString());
        QByteArray text = "Port " + QByteArray::number(m_port) +
                          "\n"
                          "Listen 127.0.0.1\n"
                          "Timeout 30\n"
                          "MaxClients 32\n"
                          "Allow 127.0.0.1\n"
                          "LogLevel Info\n"
                          "LogFile \"" +
                          logFile().toUtf8() +
                          "\"\n"
                          "DisableViaHeader Yes\n";
        if (!user.isEmpty())
            text += "BasicAuth " + user.toUtf8() + ' ' + password.toUtf8() + '\n';
        config.write(text);
        config.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
        if (!m_process.waitForStarted(10000))
            return fail(QStringLiteral("tinyproxy did not start: %1").arg(m_process.errorString()));
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            if (m_process.state() != QProcess::Running)
                break;
            QTest::qWait(50);
        }
        return fail(QStringLiteral("tinyproxy did not listen on %1: %2")
                        .arg(m_port)
                        .arg(QString::fromLocal8Bit(m_process.readAll())));
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
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString error() const { return m_error; }
    QString logFile() const { return m_dir.filePath(QStringLiteral("tinyproxy.log")); }
    QByteArray log() const
    {
        QFile file(logFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
