// A profile's variables with their secret values: ProfileStore keeps the names and the plain values,
// CredentialStore (the OS keychain, or memory) the values of those marked secret. These put the two
// together and apart, for the app and connect-cli alike.
#pragma once

#include "vars/Variables.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace cx {

class CredentialStore;

namespace ProfileVariables {

// Fills in the value of every secret variable in `variables` from `credentials`; `done` once every
// answer is in, with the list and the names whose value was not found (left empty and so unresolved
// until the user types it again). Called later, never from inside the call; not when `context` is gone.
void loadSecrets(CredentialStore *credentials, const QString &profileId, const VariableList &variables,
                 QObject *context,
                 std::function<void(const VariableList &, const QStringList &missing)> done);

// Stores the value of every secret variable of `after` in `credentials`, and removes the stored value of
// each secret of `before` that `after` no longer holds as a secret.
void saveSecrets(CredentialStore *credentials, const QString &profileId, const VariableList &before,
                 const VariableList &after, QObject *context);

// Sets `name` to `value` in `variables` (added at the end, not secret, when there is none).
void set(VariableList &variables, const QString &name, const QString &value);

} // namespace ProfileVariables

} // namespace cx
