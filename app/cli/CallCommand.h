// `connect-cli call`: sign in with client credentials, send one request, print what came back.
#pragma once

#include "net/ApiTypes.h"

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
    QString clientSecret; // read from the environment, never from argv
    ApiRequest request;
    bool json = false;
    bool includeHeaders = false;
    bool pretty = false;
    bool helpShown = false; // --help was printed; nothing to send
    std::chrono::milliseconds timeout{30000};
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

    CallOptions m_options;
    ApiClient *m_client;
    Session *m_session;
};

} // namespace cx::cli
