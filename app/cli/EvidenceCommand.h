// connect-cli evidence: the evidence archive for a support ticket (EvidenceBuilder) from the command line.
//
//   connect-cli evidence [--har FILE] [--check] [--calls ID,ID,...] [--history FILE]
//                        [--comparison FILE.json]... [connection options] -o case.zip
//
// --check runs the account check-up (the connection options as for `check`) and puts its report in;
// --calls takes ids of the app's history entries (Connect Explorer's history file, HistoryStore's
// AppDataLocation of the app; --history names another file), each with the response the app kept for
// it (HistoryStore's sidecars) in the reproduction HAR; --comparison adds a saved response
// comparison (a JSON object) as it is. Exit codes: 0 written, 1 it could not be written, 64 bad input
// (an unreadable HAR, an unknown history id, nothing to put in, no -o).
#pragma once

#include "net/NetworkSettings.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace cx {
class CheckupRunner;
class EvidenceBuilder;
struct CheckReport;
} // namespace cx

namespace cx::cli {

struct EvidenceOptions
{
    QString output;
    QString harFile;
    bool check = false;
    QStringList callIds;
    QString historyFile; // empty: the app's
    QList<QJsonObject> comparisons;
    QString profileName;
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;
    NetworkSettings network;
    bool helpShown = false;
};

bool parseEvidenceArguments(const QStringList &arguments, EvidenceOptions *options, QString *error);

// Connect Explorer's own history file (the app's AppDataLocation, not connect-cli's).
QString appHistoryFile();

class EvidenceCommand : public QObject
{
    Q_OBJECT
public:
    explicit EvidenceCommand(EvidenceOptions options, QObject *parent = nullptr);
    ~EvidenceCommand() override;
    void start();

signals:
    void done(int exitCode);

private:
    void finish(const CheckReport *report);

    EvidenceOptions m_options;
    EvidenceBuilder *m_builder = nullptr;
    CheckupRunner *m_runner = nullptr;
};

} // namespace cx::cli
