// Sends ApiRequests with one shared QNetworkAccessManager and turns what comes back into ApiResponses.
//
// Why we do not let Qt follow redirects: Qt 6.4 keeps the Authorization header across origins. We
// follow them ourselves and drop credentials whenever scheme, host or port change. Why we check the
// framing ourselves: a truncated body arrives as a 200 with an error, and must never look like success.
#pragma once

#include "net/ApiTypes.h"
#include "net/NetworkSettings.h"
#include "net/TokenProvider.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QTimer;
class QNetworkReply;

namespace cx {

// One request in flight. Owned by the ApiClient until finished; the receiver of finished() may keep
// it or call deleteLater(). Signals are emitted on the client's thread.
// Tells whether a JSON body that arrives in pieces ends where its top-level object or array closes,
// with only whitespace after it. A linear scan of brackets outside strings, fed as the bytes arrive so
// the finished handler does no O(body) work on the UI thread. Scalars and non-JSON starts: complete.
class JsonEndScanner
{
public:
    void feed(const char *data, qsizetype size);
    bool looksComplete() const;
    qsizetype scannedBytes() const { return m_scanned; }

private:
    enum class State { Leading, Inside, Trailing, Opinionless, Broken };
    State m_state = State::Leading;
    qsizetype m_scanned = 0;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
};

class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override; // aborts the transfer when deleted before it finished

    const ApiRequest &request() const { return m_request; }
    const ApiResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    // True when the call was replayed after renewing the token (renew-once on 401).
    bool wasReplayedAfterRenewal() const { return m_replayed; }
    // The http:// URL an https:// redirect led to, when one was followed (only a request without
    // credentials follows one); empty otherwise. Front ends say so: the rest went unencrypted.
    QUrl downgradedTo() const { return m_downgradedTo; }
    void cancel();

signals:
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    friend class ApiClient;
    explicit ApiCall(const ApiRequest &request, QObject *parent);
    // Ends the call: drops the reply, records `failure` (None keeps the response as read) and emits
    // finished(). Does nothing when the call has already finished.
    void finishWith(NetworkFailure failure, const QString &detail = {});
    void detachReply(bool abort);
    // Arms the overall deadline (ApiClient::setMaxTime): when it fires the call ends with Timeout.
    void startDeadline(std::chrono::milliseconds maxTime);

    ApiRequest m_request;
    ApiResponse m_response;
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
    bool m_replayed = false;
    bool m_cancelled = false;

    // Per-hop state, owned by ApiClient.
    QElapsedTimer m_timer;
    QUrl m_firstUrl;              // the URL the request started at (its origin may carry credentials)
    QUrl m_downgradedTo;          // see downgradedTo()
    QTimer *m_deadline = nullptr; // the overall deadline, when there is one
    bool m_crossedOrigin = false; // once a redirect left the first origin, no credentials, ever again
    bool m_useSession = false;    // the bearer comes from the TokenProvider (renew-once applies)
    QByteArray m_sentToken;       // the bearer sent on the current hop (empty when none)
    QByteArray m_method;          // the current hop's method and body (redirects may change them)
    QByteArray m_body;
    bool m_dropContentType = false; // a redirect turned the request into a body-less GET
    bool m_headersSeen = false;
    bool m_requestSent = false; // the current hop's request went out (a timeout then is the server's)
    bool m_scanJsonEnd = false; // the body is JSON without a length to vouch for its end
    JsonEndScanner m_jsonEnd;
    QList<QSslError> m_sslErrors;        // what the current hop's TLS handshake reported (NetworkDiagnosis)
    bool m_viaProxy = false;             // the current hop goes through a proxy
    bool m_sentProxyCredentials = false; // ... and we sent it Proxy-Authorization
    QElapsedTimer m_hopTimer;            // runs from the current hop's start (ApiResponse::timing)
    SentHop::Reason m_nextHopReason = SentHop::Reason::First; // why the next start() sends a hop
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    // No progress for this long ends the request with NetworkFailure::Timeout (default 30 s).
    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    // The whole call (sign-in wait, every redirect, the body) taking longer than this ends it with
    // NetworkFailure::Timeout, however steadily bytes arrive: the transfer timeout alone lets a body
    // trickling a byte at a time run forever. 0 (the default) means no overall limit.
    void setMaxTime(std::chrono::milliseconds maxTime);
    std::chrono::milliseconds maxTime() const { return m_maxTime; }
    // Bodies larger than this are aborted with NetworkFailure::BodyTooLarge (default 256 MiB).
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxRedirects(int count);

    // What provides the bearer token for authenticated requests and renews it once when the server
    // answers 401 (the app's Session). Without one, requests go out without Authorization. The client
    // does not own it; once its QObject is destroyed the client acts as if none was set.
    void setTokenProvider(TokenProvider *provider);
    TokenProvider *tokenProvider() const;
    // The same, under its older name: a Session converts to its TokenProvider where it is passed.
    void setSession(TokenProvider *session) { setTokenProvider(session); }

    // The full URL for a request: base URL + path + query.
    QUrl urlFor(const ApiRequest &request) const;

    // Starts the request; the returned call emits finished() exactly once (also when cancelled).
    ApiCall *send(const ApiRequest &request);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Proxy, extra CA certificates, client certificate and pins (issue 14). By default the system proxy
    // (ProxyResolver: the environment, else the OS) and the system CA store. False, and `error` naming the
    // file at fault, when a certificate or key cannot be read; the previous settings then stay.
    bool setNetworkSettings(const NetworkSettings &settings, QString *error = nullptr);
    const NetworkSettings &networkSettings() const { return m_network; }

private:
    // Implementation details are free to change (helper methods, state per call).
    void start(ApiCall *call, const QUrl &url, const QByteArray &method, const QByteArray &body,
               bool withAuthorization);
    void begin(ApiCall *call);
    void authorizeAndBegin(ApiCall *call);
    void onMetaData(ApiCall *call, QNetworkReply *reply);
    void onReadyRead(ApiCall *call, QNetworkReply *reply);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    void finishWithTokenResponse(ApiCall *call);
    // A session token, a secret header or a secret body: what an https-to-http redirect must not expose.
    bool carriesCredentials(const ApiCall *call) const;

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_transferTimeout{30000};
    std::chrono::milliseconds m_maxTime{0};
    qint64 m_maxBodyBytes = 256ll * 1024 * 1024;
    int m_maxRedirects = 10;
    // The provider, and its QObject to tell whether it still exists (see tokenProvider()).
    TokenProvider *m_tokenProvider = nullptr;
    QPointer<QObject> m_tokenProviderObject;
    NetworkSettings m_network;
    std::optional<QSslConfiguration> m_sslConfiguration; // set by setNetworkSettings
};

} // namespace cx
