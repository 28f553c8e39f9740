// One set of connection details the app signs in with, as the running app holds it (the secret in memory
// only). The saved form is cx::Profile (app/core/profiles), without the secret; ProfileController::
// fromStored() turns one into the other. The Demo profile runs the
// simulator in-process.
#pragma once

#include "net/NetworkSettings.h"

#include <QString>
#include <QUrl>

namespace cx::gui {

struct Profile
{
    QString id; // the saved profile's id ("demo" for the built-in one); empty for one from the command line
    QString name;
    QUrl baseUrl; // empty for the embedded simulator: known once it listens
    QString clientId;
    QString clientSecret; // kept in memory only
    bool embeddedSimulator = false;
    bool rememberSecret = false; // the secret is (to be) kept in the keychain between sessions
    // Proxy, extra CAs, client certificate, pins; with the proxy password and key passphrase in memory.
    cx::NetworkSettings network;

    // The default on a fresh machine: the in-process simulator with its demo credentials.
    static Profile demo();

    bool isSaved() const { return !id.isEmpty(); }
};

} // namespace cx::gui
