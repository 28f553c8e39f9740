// The app's log file: a Qt message handler (qInstallMessageHandler) that appends every message to
// QStandardPaths::AppLocalDataLocation/logs/connect-explorer.log, rotated at about 1 MB keeping three old
// files (connect-explorer.log.1 .. .3), and chains to the handler that was installed before it.
//
// Every line passes through one process-wide Redactor first: Authorization/Bearer values, JWT-looking
// strings, client_secret=/access_token=/password=... values, and every secret registered at run time with
// addSecret() (the session token, a typed client secret) are masked before anything reaches the disk.
// Debug messages are written only when QT_LOGGING_RULES (or a logging rule set in code) enables them.
#pragma once

#include "export/SecretSet.h"

#include <QString>
#include <QtGlobal>

namespace cx {

class LogFile
{
public:
    // Installs the handler (once; later calls only change nothing). `directory` empty: the platform's
    // location (AppLocalDataLocation/logs), so the application name must be set first.
    static void install(const QString &directory = {});
    // Puts the previous handler back and closes the file (tests; normal programs never need it).
    static void uninstall();
    static bool isInstalled();

    // A value that must never appear in the log (empty strings are ignored).
    static void addSecret(const QString &value);
    // Masks every value of `live` too, as it is when a line is written (a Session's secrets()).
    static void addSecrets(SharedSecrets live);
    static void removeSecret(const QString &value);

    // The folder and the current file (empty before install()).
    static QString directory();
    static QString filePath();
    static QString defaultDirectory();

    // Rotation threshold in bytes (default 1 MiB) and how many rotated files are kept (default 3).
    static void setMaxSize(qint64 bytes);
    static void setKeepCount(int count);

    // What would be written for `text` (tests and callers that write elsewhere).
    static QString redact(const QString &text);
};

} // namespace cx
