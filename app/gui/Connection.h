// The live link to one API: the client, the session, and for the Demo profile the simulator the app
// runs in-process (owned here, stopped when the connection goes away).
#pragma once

#include "Profile.h"

#include <QObject>
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

    const Profile &profile() const { return m_profile; }
    QUrl baseUrl() const;
    ApiClient *client() const { return m_client.get(); }
    Session *session() const { return m_session.get(); }
    // The in-process simulator of the Demo profile; nullptr for other profiles.
    cx::sim::ConnectSimulator *simulator() const { return m_simulator.get(); }

private:
    Profile m_profile;
    // Declared first so it is destroyed last: the client and session may still talk to it.
    std::unique_ptr<cx::sim::ConnectSimulator> m_simulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;
};

} // namespace cx::gui
