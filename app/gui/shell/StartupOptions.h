// The command line of connect-explorer: which profile to start on and which OpenAPI document to show.
#pragma once

#include "profiles/Profile.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cx::gui {

struct StartupOptions
{
    Profile profile = Profile::demo();
    // --profile or --base-url given; otherwise main() starts on the last used profile.
    bool profileFromCommandLine = false;
    QString openApiFile; // empty = the bundled document
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;

    // Parses `arguments` (argv, program name first). The secret never comes from argv: it is read from
    // the environment variable named by --client-secret-env (default CONNECT_CLIENT_SECRET).
    // Returns false and sets `error` when the options are wrong.
    static bool parse(const QStringList &arguments, const QProcessEnvironment &environment,
                      StartupOptions *options, QString *error);
};

} // namespace cx::gui
