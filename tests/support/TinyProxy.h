// A real forward proxy for tests: tinyproxy from the distribution (package tinyproxy-bin), started in the
// foreground on a free loopback port with its own configuration, optionally with Basic authentication.
// Its log says which requests it carried (GET http://... for plain HTTP, CONNECT host:port for HTTPS).
#pragma once

#include "LocalDaemon.h"

#include <QFile>

namespace cx::test {

class TinyProxy : public LocalDaemon
{
public:
    static QString executable() { return findProgram(QStringLiteral("tinyproxy")); }

    // False (and error()) when tinyproxy is missing or does not come up.
    bool start(const QString &user = {}, const QString &password = {})
    {
        const QString program = executable();
        if (program.isEmpty())
            return fail(
                QStringLiteral("tinyproxy is not installed (scripts/setup.sh installs tinyproxy-bin)"));
        if (!pickFreePort()) // tinyproxy needs a number in its configuration
            return false;
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
        return launch(QStringLiteral("tinyproxy"), program,
                      {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()},
                      [this] { return log(); });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString logFile() const { return m_dir.filePath(QStringLiteral("tinyproxy.log")); }
    QByteArray log() const { return readFile(QStringLiteral("tinyproxy.log")); }
};

} // namespace cx::test
