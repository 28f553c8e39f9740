// connect-cli tour run FILE|builtin:NAME [--json] [--transcript FILE] and tour validate FILE: plays a
// guided tour headless (TourRunner) and checks every step's outcome, so a presenter can verify a demo
// still works against today's API before going on stage.
#pragma once

#include "net/NetworkSettings.h"
#include "tour/Tour.h"
#include "tour/TourRunner.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace cx::cli {

struct TourOptions
{
    QString verb; // "run" or "validate"
    QString file; // a file name or "builtin:NAME"
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;
    NetworkSettings network; // --proxy, --cacert, --cert, --pin (readNetworkOptions)
    QString transcriptFile;
    bool json = false;
    bool symbols = false;
    bool helpShown = false;
};

// Exit codes: 0 every step matched (skipped allowed), 1 a step failed, 64 a malformed file or command line.
int runTour(const QStringList &arguments);

class TourCommand : public QObject
{
    Q_OBJECT
public:
    TourCommand(TourOptions options, Tour tour, QObject *parent = nullptr);
    void start();

signals:
    void done(int exitCode);

private:
    void onStepFinished(int index, const TourStepResult &result);
    void onFinished();

    TourOptions m_options;
    TourRunner *m_runner = nullptr;
};

} // namespace cx::cli
