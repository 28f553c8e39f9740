// A profile's network settings with their secrets: ProfileStore keeps the proxy, the certificate files and
// the pins; CredentialStore (the OS keychain, or memory) the proxy password and the client key's
// passphrase. These put the two together and apart, for the app.
#pragma once

#include "net/NetworkSettings.h"

#include <QObject>
#include <functional>

namespace cx {

class CredentialStore;

namespace ProfileNetwork {

// `settings` with the proxy password and the key passphrase from `credentials` (left as they are when
// none is stored). Called later, never from inside the call; not when `context` is gone.
void loadSecrets(CredentialStore *credentials, const QString &profileId, const NetworkSettings &settings,
                 QObject *context, std::function<void(const NetworkSettings &)> done);

// Stores the proxy password and the key passphrase of `settings` in `credentials`, removing the stored
// one when it is empty.
void saveSecrets(CredentialStore *credentials, const QString &profileId, const NetworkSettings &settings,
                 QObject *context);

} // namespace ProfileNetwork

} // namespace cx
