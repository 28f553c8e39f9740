// The live link to one API: the client, the session, and for the Demo profile the simulator the app
// runs in-process (owned here, stopped when the connection goes away).
//
// The client and the session live as long as the connection: switching profiles re-points them
// (switchTo), so every widget wired to them keeps working. The session renews its token on its own
// shortly before it expires (Session::setAutoRenew).
#pragma once

#include "profiles/Profile.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace cx {
class ApiClient;
class Session;
namespace sim {
class ConnectSimulator;
}
} // namespace cx

namespace cx::gui {

class Connection : public QObject
{
    Q_OBJECT
public:
    explicit Connection(const Profile &profile, QObject *parent = nullptr);
    ~Connection() override;

    // Starts the embedded simulator when the profile asks for one, then points the client at the
    // base URL and hands the credentials to the session. False (and `error`) when that fails.
    bool start(QString *error);
    // Makes `profile` the current one: the embedded simulator is started (or kept) for Demo, the client
    // points at the profile's base URL and the session gets its credentials (which drops the old token
    // locally; revoke it first with Session::signOut()). profileChanged() on success.
    bool switchTo(const Profile &profile, QString *error);
    // New sign-in details for the current profile (from the sign-in dialog). The base URL is ignored
    // for the Demo profile (its simulator's). profileChanged().
    void setSignInDetails(const QUrl &baseUrl, const QString &clientId, const QString &clientSecret);

    // New network settings for the current profile (a pin the user trusted, proxy credentials, an edit):
    // applied to the client at once. False (and `error` naming the file at fault) when a certificate or
    // key cannot be read; the previous settings then stay. profileChanged() on success.
    bool setNetworkSettings(const cx::NetworkSettings &settings, QString *error);

    // Demo only (Simulate ▸ Self-signed certificate): a second built-in server over HTTPS with the demo
    // certificate that nothing trusts (:/demo-tls), and the client pointed at it; off: back to the plain
    // one. False (and `error`) when the profile is not Demo or the server cannot start.
    bool setDemoOverTls(bool on, QString *error);
    bool isDemoOverTls() const { return m_demoTls && m_profile.embeddedSimulator; }

    const Profile &profile() const { return m_profile; }
    QUrl baseUrl() const;
    ApiClient *client() const { return m_client.get(); }
    Session *session() const { return m_session.get(); }
    // The in-process simulator of the Demo profile; nullptr for other profiles. Features drive it through
    // its HTTP control API at demoServerUrl() (cx::SimControl), not through this.
    cx::sim::ConnectSimulator *simulator() const;
    // The base URL of the Demo profile's built-in server over plain HTTP (also while the client talks to
    // the HTTPS one): where its /_sim control API answers. Empty for other profiles.
    QUrl demoServerUrl() const;

signals:
    void profileChanged();

private:
    Profile m_profile;
    // Declared first so it is destroyed last: the client and session may still talk to it.
    std::unique_ptr<cx::sim::ConnectSimulator> m_simulator;
    std::unique_ptr<cx::sim::ConnectSimulator> m_tlsSimulator; // Demo over HTTPS, started on demand
    bool m_demoTls = false;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;
};

} // namespace cx::gui
