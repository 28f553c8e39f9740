#include "connection/Connection.h"

#include "ConnectSimulator.h"
#include "FileLimit.h"
#include "auth/Session.h"
#include "net/ApiClient.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>

namespace cx::gui {

Connection::Connection(const Profile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_client(std::make_unique<ApiClient>()),
      m_session(std::make_unique<Session>(m_client.get()))
{
    m_client->setSession(m_session.get());
    m_session->setAutoRenew(true);
}

Connection::~Connection()
{
    m_client->setSession(nullptr);
    m_session.reset();
    m_client.reset();
    m_tlsSimulator.reset();
    m_simulator.reset();
}

bool Connection::start(QString *error)
{
    if (m_profile.embeddedSimulator && !m_simulator) {
        // The embedded simulator serves the Demo profile from inside this process, so its sockets, the
        // app's own connections and the history and draft files share one descriptor table: the usual
        // soft limit (1024) was reached under load ("Too many open files" while saving a draft).
        cx::sim::raiseOpenFileLimit();
        auto simulator = std::make_unique<cx::sim::ConnectSimulator>();
        if (!simulator->listen(QHostAddress::LocalHost, 0)) {
            *error = tr("The built-in Demo server could not listen on a loopback port.");
            return false;
        }
        m_simulator = std::move(simulator);
    }
    if (m_profile.embeddedSimulator)
        m_profile.baseUrl =
            (m_demoTls && m_tlsSimulator ? m_tlsSimulator->baseUrl() : m_simulator->baseUrl()).toString();
    const QUrl baseUrl(m_profile.baseUrl);
    if (!baseUrl.isValid() || baseUrl.isEmpty()) {
        *error = tr("The profile has no base URL.");
        return false;
    }
    // The profile's proxy, CAs, client certificate and pins (the Demo profile: the system proxy, which
    // leaves its loopback simulator direct).
    if (!(m_client->networkSettings() == m_profile.network) &&
        !m_client->setNetworkSettings(m_profile.network, error))
        return false;
    if (m_client->baseUrl() != baseUrl) {
        m_session->setCredentials({}, {}); // a token from another server is never offered to this one
        m_client->setBaseUrl(baseUrl);
    }
    m_session->setCredentials(m_profile.clientId, m_profile.clientSecret);
    return true;
}

bool Connection::setDemoOverTls(bool on, QString *error)
{
    if (!m_profile.embeddedSimulator) {
        *error = tr("Only the Demo profile's built-in server can be served over HTTPS.");
        return false;
    }
    if (on && !m_tlsSimulator) {
        QFile certificateFile(QStringLiteral(":/demo-tls/demo-server.pem"));
        QFile keyFile(QStringLiteral(":/demo-tls/demo-server.key"));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("The demo certificate is missing from this build.");
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificate asked
        auto simulator = std::make_unique<cx::sim::ConnectSimulator>();
        simulator->setTlsConfiguration(tls);
        if (tls.localCertificate().isNull() || tls.privateKey().isNull() ||
            !simulator->listen(QHostAddress::LocalHost, 0)) {
            *error = tr("The built-in Demo server could not start over HTTPS.");
            return false;
        }
        m_tlsSimulator = std::move(simulator);
    }
    const bool previous = m_demoTls;
    m_demoTls = on;
    if (!start(error)) {
        m_demoTls = previous;
        return false;
    }
    emit profileChanged();
    return true;
}

bool Connection::switchTo(const Profile &profile, QString *error)
{
    const Profile previous = m_profile;
    const bool previousTls = m_demoTls;
    m_profile = profile;
    m_demoTls = false; // a profile switch ends the HTTPS demo
    if (!start(error)) {
        m_profile = previous;
        m_demoTls = previousTls;
        return false;
    }
    emit profileChanged();
    return true;
}

void Connection::setSignInDetails(const QUrl &baseUrl, const QString &clientId, const QString &clientSecret)
{
    if (!m_profile.embeddedSimulator && baseUrl.isValid() && !baseUrl.isEmpty() &&
        baseUrl != m_client->baseUrl()) {
        m_profile.baseUrl = baseUrl.toString();
        m_session->setCredentials({}, {}); // a token from another server is never offered to this one
        m_client->setBaseUrl(baseUrl);
    }
    m_profile.clientId = clientId;
    m_profile.clientSecret = clientSecret;
    m_session->setCredentials(clientId, clientSecret);
    emit profileChanged();
}

bool Connection::setNetworkSettings(const cx::NetworkSettings &settings, QString *error)
{
    if (!m_client->setNetworkSettings(settings, error))
        return false;
    m_profile.network = settings;
    emit profileChanged();
    return true;
}

QUrl Connection::baseUrl() const
{
    return m_client->baseUrl();
}

cx::sim::ConnectSimulator *Connection::simulator() const
{
    return m_profile.embeddedSimulator ? m_simulator.get() : nullptr;
}

QUrl Connection::demoServerUrl() const
{
    return m_profile.embeddedSimulator && m_simulator ? m_simulator->baseUrl() : QUrl();
}

} // namespace cx::gui
