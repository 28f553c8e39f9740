// One set of connection details the app signs in with. The Demo profile runs the simulator in-process.
#pragma once

#include <QString>
#include <QUrl>

namespace cx::gui {

struct Profile
{
    QString name;
    QUrl baseUrl; // empty for the embedded simulator: known once it listens
    QString clientId;
    QString clientSecret; // kept in memory only
    bool embeddedSimulator = false;

    // The default on a fresh machine: the in-process simulator with its demo credentials.
    static Profile demo();
};

} // namespace cx::gui
