// `connect-cli call`: sign in with client credentials, send one request, print what came back.
#pragma once

#include "net/ApiTypes.h"
#include "net/NetworkSettings.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <chrono>

namespace cx {
class ApiClient;
class ApiCall;
class Session;
} // namespace cx

namespace cx::cli {

struct CallOptions
{
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;    // read from the environment, never from argv
    NetworkSettings network; // --proxy, --no-proxy, --cacert, --cert, --key, --pin
    ApiRequest request;
    bool json = false;
    bool includeHeaders = false;
    bool pretty = false;
    bool helpShown = false; // --help was printed; nothing to send
    std::chrono::milliseconds timeout{30000};
    // --max-time: the whole call, sign-in and redirects included (ApiClient::setMaxTime). A body that
    // trickles in a byte at a time never trips the no-progress timeout above.
    std::chrono::milliseconds maxTime{std::chrono::seconds(300)};
    // --repeat N: send the same request N times, one after another over the same keep-alive
    // connection, and print a summary (count, ok, failed, total, mean/p50/p95) instead of the bodies.
    int repeat = 0; // 0 = send once and print the response
    // --compare-profile NAME: send the same request once more as the saved profile NAME (its base URL,
    // client, secret, network settings and variables) and print both statuses and what differs.
    QString profile;        // --profile (for the output; empty when the options gave the connection)
    QString compareProfile; // empty = no comparison
    QUrl compareBaseUrl;
    QString compareClientId;
    QString compareClientSecret; // from the keychain or --compare-client-secret-env
    NetworkSettings compareNetwork;
    ApiRequest compareRequest; // the request with the variables of NAME's profile
    QStringList ignore;        // --ignore PATH (JsonDiff patterns)
    bool allHeaders = false;   // --all-headers
};

// Parses the arguments after "call". On failure returns false and sets `error` (a usage message).
bool parseCallArguments(const QStringList &arguments, CallOptions *options, QString *error);

class CallCommand : public QObject
{
    Q_OBJECT
public:
    explicit CallCommand(CallOptions options, QObject *parent = nullptr);
    void start();

signals:
    void done(int exitCode);

private:
    void onFinished(ApiCall *call);
    // Prints the outcome; `granted` is the token's introspected scopes when a permission error needed them.
    void report(ApiCall *call, const QStringList &granted);
    void sendRepeated();
    void onRepeatedFinished(ApiCall *call);
    void printSummary(int exitCode);
    void onCompared();

    CallOptions m_options;
    ApiClient *m_client;
    Session *m_session;
    // --compare-profile: the second connection and both calls
    ApiClient *m_compareClient = nullptr;
    Session *m_compareSession = nullptr;
    ApiCall *m_call = nullptr;
    ApiCall *m_compareCall = nullptr;

    // --repeat bookkeeping
    QElapsedTimer m_total;
    QElapsedTimer m_one;
    QList<qint64> m_latenciesNs;
    QMap<int, int> m_statuses; // HTTP status -> count (0 = no response)
    int m_ok = 0;
    int m_failed = 0;
    int m_firstFailureExit = 0;
    QString m_firstFailure;
};

} // namespace cx::cli
