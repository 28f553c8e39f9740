// nginx from the distribution as a TLS + HTTP/2 front for connect-sim (whose QtHttpServer 6.4 speaks only
// HTTP/1.1): started in the foreground with its own configuration in a temporary folder, listening on a
// free loopback port with the given certificate, passing every request to the simulator.
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

class NginxFront
{
public:
    ~NginxFront() { stop(); }

    static QString executable()
    {
        QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
        return found;
    }

    bool start(quint16 upstreamPort, const QString &certFile, const QString &keyFile)
    {
        const QString program = executable();
        if (program.isEmpty())
            return fail(QStringLiteral("nginx is not installed (scripts/setup.sh installs nginx-light)"));
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return fail(QStringLiteral("no free port"));
            m_port = probe.serverPort();
        }
        const QByteArray dir = m_dir.path().toUtf8();
        QFile config(m_dir.filePath(QStringLiteral("nginx.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return fail(config.errorString());
        config.write("daemon off;\nmaster_process off;\nworker_processes 1;\npid " + dir +
                     "/nginx.pid;\nerror_log " + dir +
                     "/error.log info;\n"
                     "events { worker_connections 64; }\n"
                     "http {\n"
                     "  access_log " +
                     dir +
                     "/access.log;\n"
                     "  client_body_temp_path " +
                     dir + "/body;\n  proxy_temp_path " + dir +
                     "/proxy;\n"
                     "  fastcgi_temp_path " +
                     dir + "/fastcgi;\n  uwsgi_temp_path " + dir +
                     "/uwsgi;\n"
                     "  scgi_temp_path " +
                     dir +
                     "/scgi;\n"
                     "  server {\n"
                     "    listen 127.0.0.1:" +
                     QByteArray::number(m_port) +
                     " ssl http2;\n"
                     "    ssl_certificate " +
                     certFile.toUtf8() +
                     ";\n"
                     "    ssl_certificate_key " +
                     keyFile.toUtf8() +
                     ";\n"
                     // /to-http/PATH redirects (307) to the simulator's own plain-HTTP PATH: a downgrade.
                     "    location ~ ^/to-http/(.*)$ {\n"
                     "      return 307 http://127.0.0.1:" +
                     QByteArray::number(upstreamPort) +
                     "/$1$is_args$args;\n"
                     "    }\n"
                     "    location / {\n"
                     "      proxy_pass http://127.0.0.1:" +
                     QByteArray::number(upstreamPort) +
                     ";\n"
                     "      proxy_http_version 1.1;\n"
                     "      proxy_set_header Host $http_host;\n"
                     "    }\n"
                     "  }\n"
                     "}\n");
        config.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program,
                        {QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                         QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), config.fileName()});
        if (!m_process.waitForStarted(10000))
            return fail(QStringLiteral("nginx did not start: %1").arg(m_process.errorString()));
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            if (m_process.state() != QProcess::Running)
                break;
            QTest::qWait(50);
        }
        QFile log(m_dir.filePath(QStringLiteral("error.log")));
        log.open(QIODevice::ReadOnly);
        return fail(
            QStringLiteral("nginx did not listen: %1 %2")
                .arg(QString::fromLocal8Bit(m_process.readAll()), QString::fromLocal8Bit(log.readAll())));
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
    QString error() const { return m_error; }
    QByteArray accessLog() const
    {
        QFile file(m_dir.filePath(QStringLiteral("access.log")));
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
