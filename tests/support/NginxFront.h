// nginx from the distribution as a TLS + HTTP/2 front for connect-sim (whose QtHttpServer 6.4 speaks only
// HTTP/1.1): started in the foreground with its own configuration in a temporary folder, listening on a
// free loopback port with the given certificate, passing every request to the simulator.
#pragma once

#include "LocalDaemon.h"

#include <QFile>

namespace cx::test {

class NginxFront : public LocalDaemon
{
public:
    static QString executable() { return findProgram(QStringLiteral("nginx")); }

    bool start(quint16 upstreamPort, const QString &certFile, const QString &keyFile)
    {
        const QString program = executable();
        if (program.isEmpty())
            return fail(QStringLiteral("nginx is not installed (scripts/setup.sh installs nginx-light)"));
        if (!pickFreePort())
            return false;
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
        return launch(QStringLiteral("nginx"), program,
                      {QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                       QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), config.fileName()},
                      [this] { return readFile(QStringLiteral("error.log")); });
    }

    QByteArray accessLog() const { return readFile(QStringLiteral("access.log")); }
};

} // namespace cx::test
