// What the tests' real servers from the distribution (tinyproxy, nginx, danted) have in common: a
// temporary folder for their configuration and logs, a free loopback port, the process started in the
// foreground, waiting until it accepts connections, and stopping it. Each server adds its configuration.
#pragma once

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

namespace cx::test {

class LocalDaemon
{
public:
    ~LocalDaemon() { stop(); }

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
    QString error() const { return m_error; }

protected:
    // `name` on the PATH, else in /usr/sbin or /usr/bin (daemons often live in sbin).
    static QString findProgram(const QString &name)
    {
        QString found = QStandardPaths::findExecutable(name);
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(name,
                                                   {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        return found;
    }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    // A port nobody listens on now, for a server that wants a number in its configuration.
    bool pickFreePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free port"));
        m_port = probe.serverPort();
        return true;
    }

    QByteArray readFile(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Starts `program` and waits (up to about 25 s) until it accepts a connection on port(), and
    // `ready()` (when given) says so too. `log()` goes into the message when it never does.
    bool launch(const QString &name, const QString &program, const QStringList &arguments,
                const std::function<QByteArray()> &log = {}, const std::function<bool()> &ready = {})
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000))
            return fail(QStringLiteral("%1 did not start: %2").arg(name, m_process.errorString()));
        for (int i = 0; i < 100; ++i) {
            if (!ready || ready()) {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                if (socket.waitForConnected(200))
                    return true;
            }
            if (m_process.state() != QProcess::Running)
                break;
            QTest::qWait(50);
        }
        return fail(QStringLiteral("%1 did not listen on %2: %3\n%4")
                        .arg(name)
                        .arg(m_port)
                        .arg(QString::fromLocal8Bit(m_process.readAll()),
                             QString::fromLocal8Bit(log ? log() : QByteArray())));
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace cx::test
