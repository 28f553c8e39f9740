#include "ProfileSend.h"

#include "auth/Session.h"
#include "connection/Connection.h"
#include "net/ApiClient.h"
#include "profiles/ProfileStore.h"

namespace cx::gui {

ProfileSend::ProfileSend(QObject *parent) : QObject(parent) {}

ProfileSend::~ProfileSend()
{
    for (ApiCall *call : {m_callA.data(), m_callB.data()}) {
        if (call && !call->isFinished()) {
            disconnect(call, nullptr, this, nullptr);
            call->cancel();
        }
    }
}

ProfileSend *ProfileSend::start(Connection *connection, ProfileStore *store, const QString &profileId,
                                const QString &clientSecret, const ApiRequest &request, QString *error,
                                QObject *parent)
{
    const auto stored = store->profile(profileId);
    if (!stored) {
        if (error)
            *error = tr("The profile is gone.");
        return nullptr;
    }
    // B's connection, as Compare Accounts makes it.
    QUrl baseUrl(stored->baseUrl);
    QString secret = clientSecret;
    if (stored->isDemo()) {
        const QUrl demoServer = connection->demoServerUrl();
        if (demoServer.isEmpty() && connection->profile().id != profileId) {
            if (error)
                *error = tr("The built-in simulator runs only while the Demo profile is in use.");
            return nullptr;
        }
        baseUrl = !demoServer.isEmpty() ? demoServer : connection->baseUrl();
        secret = ProfileStore::demoClientSecret();
    } else if (connection->profile().id == profileId) {
        baseUrl = connection->baseUrl();
        secret = connection->profile().clientSecret;
    }

    auto *send = new ProfileSend(parent);
    send->m_nameA = connection->profile().name;
    send->m_nameB = stored->name;
    if (send->m_nameA == send->m_nameB) {
        send->m_nameA += QStringLiteral(" (A)");
        send->m_nameB += QStringLiteral(" (B)");
    }
    send->m_client = new ApiClient(send);
    send->m_session = new Session(send->m_client, send);
    send->m_client->setBaseUrl(baseUrl);
    send->m_client->setTransferTimeout(connection->client()->transferTimeout());
    send->m_client->setMaxTime(connection->client()->maxTime());
    // The account's own way to its server (Profile > Network): its proxy, CAs, client certificate, pins.
    if (connection->profile().id == profileId)
        send->m_client->setNetworkSettings(connection->client()->networkSettings());
    else
        send->m_client->setNetworkSettings(store->network(profileId));
    if (request.authenticated) {
        send->m_session->setCredentials(stored->clientId, secret);
        send->m_client->setSession(send->m_session);
    }
    // Both at once; A with the current connection's client and token.
    send->m_callA = connection->client()->send(request);
    send->m_callB = send->m_client->send(request);
    for (ApiCall *call : {send->m_callA.data(), send->m_callB.data()})
        connect(call, &ApiCall::finished, send, &ProfileSend::onFinished);
    return send;
}

void ProfileSend::onFinished()
{
    if (m_callA && m_callA->isFinished() && !m_a) {
        m_a = m_callA->response();
        m_callA->deleteLater();
    }
    if (m_callB && m_callB->isFinished() && !m_b) {
        m_b = m_callB->response();
        m_callB->deleteLater();
    }
    if (!m_a || !m_b)
        return;
    emit finished(*m_a, *m_b);
    deleteLater();
}

} // namespace cx::gui
