// connect-sim over HTTPS: the server certificate, its key and (optionally) the CA that client
// certificates must chain to, loaded from PEM files into the QSslConfiguration LoopbackListener hands to
// every accepted socket. With a client CA, a client without a certificate from it is refused during the
// handshake, so the app's "client certificate required" path is testable on loopback.
#pragma once

#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace cx::sim {

struct SimTlsFiles
{
    QString certFile;     // PEM: the server certificate first, then any intermediates
    QString keyFile;      // PEM: its private key (RSA or EC, unencrypted)
    QString clientCaFile; // PEM: CA certificates a client certificate must chain to; empty: none asked
};

// The server-side configuration, or nullopt and a translated sentence naming the file and what is wrong
// (missing, not PEM, no TLS backend). A key that does not match the certificate shows in the first
// handshake, which then fails (and connect-sim says why on stderr).
std::optional<QSslConfiguration> loadServerTls(const SimTlsFiles &files, QString *error);

} // namespace cx::sim
