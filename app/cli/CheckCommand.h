// connect-cli check: the account check-up (CheckupRunner) as a command, and --compare of two saved reports.
#pragma once

#include "catalog/EndpointCatalog.h"
#include "checkup/CheckupRunner.h"
#include "net/NetworkSettings.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <optional>

namespace cx::cli {

struct CheckOptions
{
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;
    NetworkSettings network; // --proxy, --cacert, --cert, --pin (readNetworkOptions)
    QString specFile;        // empty: the bundled OpenAPI document
    bool json = false;
    bool revoke = false;
    bool contract = false; // --contract: judge the document's x-sim-assumptions too
    bool symbols = false;  // ✔ ⚠ ✘ before the verdict word (a terminal)
    std::chrono::milliseconds budget{std::chrono::seconds(60)};
    QStringList compare; // two report files: compare them instead of running a check-up
    bool helpShown = false;
};

bool parseCheckArguments(const QStringList &arguments, CheckOptions *options, QString *error);

// Exit code for a finished check-up: 0 no check failed (warnings allowed), 1 a check failed, 2 the server
// was unreachable, 3 sign-in failed.
int exitCodeForReport(const CheckReport &report);

// check --compare A B: prints the comparison; 0 when identical, 1 when they differ, 64 when a file is bad.
int runCompare(const CheckOptions &options);

class CheckCommand : public QObject
{
    Q_OBJECT
public:
    explicit CheckCommand(CheckOptions options, QObject *parent = nullptr);
    void start();

signals:
    void done(int exitCode);

private:
    void onFinished(const CheckReport &report);

    CheckOptions m_options;
    CheckupRunner *m_runner = nullptr;
};

} // namespace cx::cli
