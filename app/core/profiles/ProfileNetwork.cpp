#include "ProfileNetwork.h"

#include "CredentialStore.h"

#include <QPointer>
#include <memory>

namespace cx::ProfileNetwork {

void loadSecrets(CredentialStore *credentials, const QString &profileId, const NetworkSettings &settings,
                 QObject *context, std::function<void(const NetworkSettings &)> done)
{
    struct State
    {
        NetworkSettings settings;
        int pending = 2;
    };
    auto state = std::make_shared<State>();
    state->settings = settings;
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    auto finish = [state, done, hadContext, guard] {
        if (--state->pending == 0 && (!hadContext || guard))
            done(state->settings);
    };
    credentials->loadNetworkSecret(profileId, CredentialStore::NetworkSecret::ProxyPassword, context,
                                   [state, finish](const CredentialResult &result) {
                                       if (result.ok && result.found)
                                           state->settings.proxy.password = result.secret;
                                       finish();
                                   });
    credentials->loadNetworkSecret(profileId, CredentialStore::NetworkSecret::KeyPassphrase, context,
                                   [state, finish](const CredentialResult &result) {
                                       if (result.ok && result.found)
                                           state->settings.tls.passphrase = result.secret.toUtf8();
                                       finish();
                                   });
}

void saveSecrets(CredentialStore *credentials, const QString &profileId, const NetworkSettings &settings,
                 QObject *context)
{
    using Which = CredentialStore::NetworkSecret;
    if (settings.proxy.password.isEmpty())
        credentials->removeNetworkSecret(profileId, Which::ProxyPassword, context);
    else
        credentials->saveNetworkSecret(profileId, Which::ProxyPassword, settings.proxy.password, context);
    if (settings.tls.passphrase.isEmpty())
        credentials->removeNetworkSecret(profileId, Which::KeyPassphrase, context);
    else
        credentials->saveNetworkSecret(profileId, Which::KeyPassphrase,
                                       QString::fromUtf8(settings.tls.passphrase), context);
}

} // namespace cx::ProfileNetwork
