#include "ApiClient.h"

#include "NetworkDiagnosis.h"
#include "ProxyProbe.h"
#include "ProxyResolver.h"
#include "TlsProbe.h"
#include "net/CredentialHeaders.h"
#include "net/RequestHygiene.h"

#include <QAuthenticator>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <algorithm>
#include <cx/Version.h>

// What Qt 6.4.2 does with damaged responses, measured against tests/support/FaultServer.h
// (tests/integration/core/tst_apiclient.cpp keeps each case), and what we do about it:
//
// - Content-Length larger than the bytes sent, then the peer closes: Qt reports the status line's
//   200 *and* RemoteHostClosedError with the partial body. We map any error after the headers to a
//   failure (TruncatedBody), and also compare the bytes we read with Content-Length ourselves, so a
//   short body can never pass as success even if a Qt version stops reporting the error.
// - Broken chunked framing (a chunk-size line that is not hex): Qt's chunk parser reads it as size 0,
//   i.e. the last chunk, and finishes with 200, NoError and an empty (or cut) body. QNetworkReply
//   exposes no framing attribute, so we detect what is visible: a chunked response whose body is
//   empty although it announced a JSON Content-Type (an empty body is never valid JSON) is reported
//   as TruncatedBody. A cut inside a non-empty chunked body that Qt accepts stays invisible here;
//   ApiError's body reader sees the JSON it does not parse.
// - Connection closed (FIN or reset) inside a chunked body, or before the last (0) chunk: Qt 6.4
//   usually finishes with 200, NoError and the partial body (sometimes RemoteHostClosedError, which
//   we map to TruncatedBody). The same holds for bodies delimited by the connection closing. For
//   those (no length to compare with) with a JSON Content-Type we scan the body: an object or array
//   that never closes is TruncatedBody. A cut that falls exactly after a complete JSON document
//   stays invisible through QNetworkReply.
// - A negative, non-numeric or repeated-but-different Content-Length: Qt accepts the response (it
//   reads until the connection closes). RFC 9112 §6.3 calls such framing unrecoverable, so we
//   report TruncatedBody ("invalid Content-Length") rather than show the bytes as a success.
// - A header block over Qt's limits (more than 100 fields, a field over 100 KiB, 256 KiB in all): Qt
//   6.4 reads it byte by byte (about 0.8 s per MB; its transfer timer does not restart on header bytes),
//   keeps the status, drops every header and reads the body to the connection's close. We end the call
//   with HeadersTooLarge when that header-less metadata arrives (measured in tst_apiclient_hardening).
// - No transfer timeout: a stalled server hangs forever, so every request gets setTransferTimeout.
//   When it fires, Qt 6.4 aborts the reply (OperationCanceledError, later versions may say
//   TimeoutError); a user's cancel goes through ApiCall::cancel() and never reaches that path.
//   The timer restarts on body bytes but not on header bytes: headers trickling in for longer than
//   the timeout in total time out; a body that keeps trickling does not.
// - A connection that dies after the request went out but before any byte of the response (the server
//   closing a keep-alive connection as the request arrives, a reset): Qt 6.4 resends the request on a
//   new connection (QHttpNetworkConnectionChannel: up to 3 reconnect attempts in _q_error's
//   WaitingState branch and handleUnexpectedEOF), whatever the method -- a POST reached the server
//   twice. No request attribute, header or HTTP/1 setting turns that off for one method; the one thing
//   Qt checks first is that the upload data can be read again (resetUploadData: otherwise it ends the
//   reply with ContentReSendError instead). So every method that is not safe (RFC 9110 §9.2.1) sends
//   its body, even an empty one, through OneShotBody below, and ContentReSendError (or any close
//   before the response) becomes ConnectionLost, "may or may not have been applied". GET, HEAD,
//   OPTIONS and TRACE keep Qt's replay (a GET reached the server twice at most; Qt 6.4 sometimes even
//   sends it again after a complete close-delimited response). A request marked
//   ApiRequest::replayable (a POST that changes nothing, like RFC 7662 token introspection) keeps
//   Qt's replay as well. All of this is HTTP/1.1, what the API speaks over http://; HTTP/2 (https
//   with ALPN) has its own protocol handler, not measured here.

namespace cx {

namespace {

// RFC 9110 §9.2.1: methods that change nothing on the server, so Qt may replay them behind our back.
bool isSafeMethod(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "TRACE";
}

// Whether Qt may send the request again when the connection dies before the response: safe methods,
// and requests their caller marked as changing nothing on the server (ApiRequest::replayable).
bool mayReplay(const QByteArray &method, const ApiRequest &request)
{
    return isSafeMethod(method) || request.replayable;
}

// A request body that can be read exactly once: sequential and not resettable, so when the connection
// dies before the response Qt cannot send the request again and reports ContentReSendError instead.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data) : m_data(data) { open(QIODevice::ReadOnly); }

    bool isSequential() const override { return true; }
    bool reset() override { return false; } // QIODevice's would warn "cannot seek" and fail anyway
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_read >= m_data.size())
            return -1; // the end for a sequential device
        const qint64 count = qMin(maxSize, qint64(m_data.size() - m_read));
        memcpy(data, m_data.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
    qint64 m_read = 0;
};

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

bool isHttpScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool hasHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The announced body length: -1 when none; -2 when the header is there but unusable (negative,
// not a number, or repeated with different values).
qint64 announcedLength(const HeaderList &headers)
{
    qint64 length = -1;
    for (const auto &[name, value] : headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(',')) {
            bool ok = false;
            const QByteArray trimmed = part.trimmed();
            const qint64 parsed = trimmed.toLongLong(&ok);
            if (!ok || parsed < 0 || trimmed.startsWith('+'))
                return -2;
            if (length >= 0 && parsed != length)
                return -2;
            length = parsed;
        }
    }
    return length;
}

bool headerContains(const ApiResponse &response, const QByteArray &name, const QByteArray &token)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0 && value.toLower().contains(token))
            return true;
    }
    return false;
}

// Reply errors that only say "the server answered with an HTTP error status": not transport failures.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

// Headers that carry credentials (net/CredentialHeaders: Authorization, Cookie, X-Api-Key,
// X-Auth-Token and the like) are never sent to an origin other than the request's own (curl drops
// Authorization and Cookie on a redirect to another host): what is too secret to log is too secret to
// hand to whatever host a redirect names.
bool hasCredentialHeader(const HeaderList &headers)
{
    return std::any_of(headers.begin(), headers.end(),
                       [](const auto &header) { return isCredentialHeader(header.first); });
}

// An https:// hop redirected to http://: the rest of the exchange would go unencrypted and could be
// read or changed on the way.
bool isDowngrade(const QUrl &from, const QUrl &to)
{
    return from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
           to.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
}

bool isBodyless(const QByteArray &method, int status)
{
    return method == "HEAD" || status == 204 || status == 304 || (status >= 100 && status < 200);
}

QByteArray bearer(const QByteArray &token)
{
    return QByteArrayLiteral("Bearer ") + token;
}

// What one readyRead may hand us: Qt's HTTP thread stops passing bytes on once this many wait unread.
// Without it, a UI thread that fell behind got tens of MB in one read (and one copy) at a time.
constexpr qint64 ReadChunkBytes = 1 << 20;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// JsonEndScanner

void JsonEndScanner::feed(const char *data, qsizetype size)
{
    m_scanned += size;
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        switch (m_state) {
        case State::Leading:
            if (*p == '{' || *p == '[') {
                m_state = State::Inside;
                m_depth = 1;
            } else if (!isJsonSpace(*p)) {
                m_state = State::Opinionless;
                return;
            }
            ++p;
            break;
        case State::Inside:
            for (; p < end; ++p) {
                const char c = *p;
                if (m_inString) {
                    if (m_escaped)
                        m_escaped = false;
                    else if (c == '\\')
                        m_escaped = true;
                    else if (c == '"')
                        m_inString = false;
                } else if (c == '"') {
                    m_inString = true;
                } else if (c == '{' || c == '[') {
                    ++m_depth;
                } else if ((c == '}' || c == ']') && --m_depth == 0) {
                    m_state = State::Trailing;
                    ++p;
                    break;
                }
            }
            break;
        case State::Trailing:
            if (!isJsonSpace(*p)) {
                m_state = State::Broken;
                return;
            }
            ++p;
            break;
        case State::Opinionless:
        case State::Broken:
            return;
        }
    }
}

bool JsonEndScanner::looksComplete() const
{
    // Inside: never closed, cut off. Broken: more than one document, or bytes after the end.
    return m_state != State::Inside && m_state != State::Broken;
}

// ---------------------------------------------------------------------------------------------------
// ApiCall

ApiCall::ApiCall(const ApiRequest &request, QObject *parent) : QObject(parent), m_request(request)
{
    m_method = request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method.toUpper();
    m_body = request.body;
}

ApiCall::~ApiCall()
{
    detachReply(true);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    finishWith(NetworkFailure::Cancelled, tr("Cancelled"));
}

void ApiCall::detachReply(bool abort)
{
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    if (abort && reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ApiCall::startDeadline(std::chrono::milliseconds maxTime)
{
    if (maxTime.count() <= 0)
        return;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, [this, maxTime] {
        finishWith(NetworkFailure::Timeout,
                   tr("The whole call took longer than its overall time limit of %1 s")
                       .arg(double(maxTime.count()) / 1000.0));
    });
    m_deadline->start(maxTime);
}

void ApiCall::finishWith(NetworkFailure failure, const QString &detail)
{
    if (m_finished)
        return;
    detachReply(true);
    if (m_deadline)
        m_deadline->stop();
    m_finished = true;
    if (failure != NetworkFailure::None) {
        m_response.failure = failure;
        m_response.failureDetail = detail;
    }
    m_response.elapsedMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    emit finished();
}

// ---------------------------------------------------------------------------------------------------
// ApiClient

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // We follow redirects ourselves (see the header); nothing may be followed behind our back.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // The system proxy by default (the environment, else the OS settings); loopback always direct.
    m_nam->setProxyFactory(new ProxyResolver(m_network.proxy));
    // A manual proxy's credentials, offered once per request: when the proxy refuses them (or none are
    // set) Qt ends the request with ProxyAuthenticationRequiredError, which is named, not retried.
    connect(m_nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
                const ProxySettings &settings = m_network.proxy;
                if (settings.mode != ProxySettings::Mode::Manual || settings.user.isEmpty())
                    return;
                if (proxy.hostName() != settings.host || proxy.port() != settings.port)
                    return;
                // Qt's SOCKS5 engine has already offered the proxy's user, and asks again with a fresh
                // authenticator after each refusal: answering would retry forever.
                if (proxy.type() == QNetworkProxy::Socks5Proxy)
                    return;
                if (authenticator->user() == settings.user && authenticator->password() == settings.password)
                    return; // already tried: refused
                authenticator->setUser(settings.user);
                authenticator->setPassword(settings.password);
            });
}

bool ApiClient::setNetworkSettings(const NetworkSettings &settings, QString *error)
{
    // Only settings that change TLS build a configuration: that loads the TLS backend, which a plain-HTTP
    // client (the embedded simulator) never needs.
    std::optional<QSslConfiguration> configuration;
    const bool customTls = !settings.tls.caPaths.isEmpty() || !settings.tls.clientCertificateFile.isEmpty();
    if (customTls) {
        configuration = NetworkSetup::sslConfiguration(settings.tls, error);
        if (!configuration)
            return false;
    }
    for (const QString &pin : settings.tls.pins) {
        if (!NetworkSetup::isValidPin(pin)) {
            if (error)
                *error = tr("'%1' is not a certificate pin (sha256/ followed by the base64 SHA-256 digest).")
                             .arg(pin);
            return false;
        }
    }
    m_network = settings;
    m_sslConfiguration = configuration;
    m_nam->setProxyFactory(new ProxyResolver(settings.proxy));
    // Connections made under other settings (another proxy, another client certificate) are not reused.
    m_nam->clearConnectionCache();
    return true;
}

ApiClient::~ApiClient()
{
    // Calls still running end with the client, silently: no reply may report into a half-destroyed
    // client.
    for (ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly))
        call->detachReply(true);
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ApiClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout;
}

void ApiClient::setMaxTime(std::chrono::milliseconds maxTime)
{
    m_maxTime = maxTime;
}

void ApiClient::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = bytes;
}

void ApiClient::setMaxRedirects(int count)
{
    m_maxRedirects = qMax(0, count);
}

void ApiClient::setTokenProvider(TokenProvider *provider)
{
    m_tokenProvider = provider;
    m_tokenProviderObject = provider ? provider->tokenProviderObject() : nullptr;
}

TokenProvider *ApiClient::tokenProvider() const
{
    return m_tokenProviderObject ? m_tokenProvider : nullptr;
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    return requestUrl(m_baseUrl, request);
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(request, this);
    call->m_timer.start();
    call->startDeadline(m_maxTime); // from here: the sign-in wait counts too
    call->m_firstUrl = urlFor(request);
    const bool ownAuthorization = hasHeader(request.headers, "Authorization");
    // A request that begin() will refuse needs no token: skip sign-in so nothing at all is sent.
    call->m_useSession = request.authenticated && tokenProvider() && !ownAuthorization &&
                         !RequestHygiene::check(request).has_value();
    if (!call->m_useSession) {
        // Defer so the caller can connect to finished() even when the call fails at once.
        QMetaObject::invokeMethod(
            call, [this, call] { begin(call); }, Qt::QueuedConnection);
        return call;
    }
    QMetaObject::invokeMethod(
        call, [this, call] { authorizeAndBegin(call); }, Qt::QueuedConnection);
    return call;
}

void ApiClient::authorizeAndBegin(ApiCall *call)
{
    if (call->m_finished)
        return;
    TokenProvider *provider = tokenProvider();
    if (!provider) {
        call->m_useSession = false;
        begin(call);
        return;
    }
    provider->withToken(call, [this, call](bool ok) {
        if (call->m_finished)
            return;
        if (!ok) {
            finishWithTokenResponse(call);
            return;
        }
        begin(call);
    });
}

void ApiClient::finishWithTokenResponse(ApiCall *call)
{
    // The caller sees why there is no token: the token endpoint's own answer (invalid_client, ...).
    TokenProvider *provider = tokenProvider();
    ApiResponse tokenResponse = provider ? provider->lastTokenResponse() : ApiResponse{};
    if (tokenResponse.status == 0 && tokenResponse.failure == NetworkFailure::None) {
        tokenResponse.failure = NetworkFailure::Other;
        tokenResponse.failureDetail = tr("No access token: sign-in did not succeed");
    }
    if (tokenResponse.isSuccess()) {
        // A 2xx without a usable token (a proxy's login page, an unexpected body): it is the token
        // endpoint's answer, not the call's, and must never pass for the call's success.
        tokenResponse.failure = NetworkFailure::Other;
        tokenResponse.failureDetail = provider && !provider->lastFailureMessage().isEmpty()
                                          ? provider->lastFailureMessage()
                                          : tr("The token endpoint answered without an access token");
    }
    tokenResponse.elapsedMs = 0;
    call->m_response = tokenResponse;
    call->finishWith(NetworkFailure::None);
}

void ApiClient::begin(ApiCall *call)
{
    if (call->m_finished)
        return; // cancelled before it started
    // A fresh start (first attempt or the replay after renewal): back at the first URL and method.
    // The hops sent so far stay listed: the user sees the refused attempt before its replay.
    QList<SentHop> sentSoFar = std::move(call->m_response.sent);
    call->m_response = ApiResponse{};
    call->m_response.sent = std::move(sentSoFar);
    call->m_nextHopReason = call->m_replayed ? SentHop::Reason::Renewal : SentHop::Reason::First;
    call->m_crossedOrigin = false;
    call->m_dropContentType = false;
    call->m_method =
        call->m_request.method.isEmpty() ? QByteArrayLiteral("GET") : call->m_request.method.toUpper();
    call->m_body = call->m_request.body;
    const QUrl url = call->m_firstUrl;
    // The last line of defence: a CR/LF in a header would end it early and let the rest be read as
    // another header or a whole second request, carrying the Authorization header Qt appends after
    // ours. Nothing is sent for such a request, not even the token request.
    if (const auto problem = RequestHygiene::check(call->m_request)) {
        call->m_response.url = url;
        call->finishWith(NetworkFailure::InvalidRequest, problem->describe());
        return;
    }
    if (!url.isValid() || !isHttpScheme(url)) {
        call->m_response.url = url;
        call->finishWith(NetworkFailure::Other, tr("Not an http(s) URL: %1").arg(url.toDisplayString()));
        return;
    }
    start(call, url, call->m_method, call->m_body, true);
}

void ApiClient::start(ApiCall *call, const QUrl &url, const QByteArray &method, const QByteArray &body,
                      bool withAuthorization)
{
    if (call->m_finished)
        return;
    call->m_headersSeen = false;
    call->m_requestSent = false;
    call->m_scanJsonEnd = false;
    call->m_jsonEnd = JsonEndScanner{};
    call->m_response.url = url;
    call->m_response.status = 0;
    call->m_response.reason.clear();
    call->m_response.headers.clear();
    call->m_response.body.clear();

    const bool credentialsAllowed = withAuthorization && !call->m_crossedOrigin;

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    request.setTransferTimeout(m_transferTimeout); // the int overload is gone from the 6.7 API
#else
    request.setTransferTimeout(int(m_transferTimeout.count()));
#endif
    // No cache and no cookie jar: every byte shown is what this request sent and got, and nothing
    // rides along that the user did not put in the request.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);
    call->m_sslErrors.clear();
    call->m_sentProxyCredentials = false;
    if (QNetworkProxyFactory *factory = m_nam->proxyFactory()) {
        const QNetworkProxy proxy = factory->queryProxy(QNetworkProxyQuery(url)).value(0);
        call->m_viaProxy =
            proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy;
        // A plain-HTTP request's proxy gets its credentials with the first attempt, as curl sends them:
        // answering a 407 would make Qt resend the body, and a POST's body is never sent twice
        // (OneShotBody). Over HTTPS, Qt authenticates the CONNECT before any body is sent.
        if (call->m_viaProxy && proxy.type() == QNetworkProxy::HttpProxy &&
            url.scheme() == QLatin1String("http") && !proxy.user().isEmpty()) {
            call->m_sentProxyCredentials = true;
            request.setRawHeader("Proxy-Authorization",
                                 "Basic " +
                                     (proxy.user().toUtf8() + ':' + proxy.password().toUtf8()).toBase64());
        }
    }

    bool hasAccept = false;
    bool hasContentType = false;
    bool hasUserAgent = false;
    for (const auto &[name, value] : call->m_request.headers) {
        if (!credentialsAllowed && isCredentialHeader(name))
            continue;
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            if (call->m_dropContentType)
                continue;
            hasContentType = true;
        }
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue; // Qt sets it from the body
        if (name.compare("Accept", Qt::CaseInsensitive) == 0)
            hasAccept = true;
        if (name.compare("User-Agent", Qt::CaseInsensitive) == 0)
            hasUserAgent = true;
        request.setRawHeader(name, value);
    }
    if (!hasAccept)
        request.setRawHeader("Accept", "application/json");
    if (!hasUserAgent)
        request.setRawHeader("User-Agent", QByteArrayLiteral("ConnectExplorer/") + cx::versionString);
    if (!body.isEmpty() && !hasContentType)
        request.setRawHeader("Content-Type", "application/json");

    call->m_sentToken.clear();
    TokenProvider *provider = tokenProvider();
    if (call->m_useSession && credentialsAllowed && provider) {
        call->m_sentToken = provider->accessToken();
        if (!call->m_sentToken.isEmpty())
            request.setRawHeader("Authorization", bearer(call->m_sentToken));
    }

    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty())
        reply = m_nam->get(request);
    else if (method == "HEAD")
        reply = m_nam->head(request);
    else if (mayReplay(method, call->m_request))
        reply = m_nam->sendCustomRequest(request, method, body);
    else {
        // Never sent twice (see the top of the file). Qt only leaves a sequential device unbuffered
        // when told so and given the length.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(body.size()));
        auto *upload = new OneShotBody(body);
        reply = m_nam->sendCustomRequest(request, method, upload);
        upload->setParent(reply);
    }
    reply->setReadBufferSize(ReadChunkBytes);
    call->m_reply = reply;

    // What this hop puts on the wire (the Request tab), and when each step Qt reports happened (the
    // Timing tab). Qt reports no DNS lookup and no "connected" moment.
    {
        SentHop hop;
        hop.reason = call->m_nextHopReason;
        hop.method = method;
        hop.url = url;
        hop.body = body;
        hop.viaProxy = call->m_viaProxy && url.scheme() == QLatin1String("http");
        QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
        if (host.contains(':'))
            host = '[' + host + ']';
        if (url.port() != -1 && url.port() != effectivePort(url.adjusted(QUrl::RemovePort)))
            host += ':' + QByteArray::number(url.port());
        hop.headers.append({QByteArrayLiteral("Host"), host});
        for (const QByteArray &name : request.rawHeaderList())
            hop.headers.append({name, request.rawHeader(name)});
        if (!body.isEmpty() && !hasHeader(hop.headers, "Content-Length"))
            hop.headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())});
        call->m_response.sent.append(hop);
        call->m_response.timing = HopTiming{};
        call->m_hopTimer.start();
    }
    const auto stamp = [call, reply](qint64 HopTiming::*field, bool first) {
        if (call->m_reply != reply || !call->m_hopTimer.isValid())
            return;
        if (first && call->m_response.timing.*field >= 0)
            return;
        call->m_response.timing.*field = qMax<qint64>(1, call->m_hopTimer.nsecsElapsed() / 1000);
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    connect(reply, &QNetworkReply::socketStartedConnecting, call,
            [stamp] { stamp(&HopTiming::connectStartUs, true); });
#endif
    connect(reply, &QNetworkReply::encrypted, call, [stamp] { stamp(&HopTiming::encryptedUs, false); });
    connect(reply, &QNetworkReply::requestSent, call, [stamp] { stamp(&HopTiming::requestSentUs, false); });
    connect(reply, &QNetworkReply::metaDataChanged, call, [stamp] { stamp(&HopTiming::firstByteUs, true); });
    connect(reply, &QNetworkReply::finished, call, [stamp] { stamp(&HopTiming::finishedUs, true); });

    connect(reply, &QNetworkReply::metaDataChanged, call, [this, call, reply] { onMetaData(call, reply); });
    // Whether a timeout is the connection's (nothing went out) or the server's (it has the request).
    // A finished TLS handshake counts too: the request follows it at once, and HTTP/2 may not report it.
    const auto sent = [call, reply] {
        if (call->m_reply == reply)
            call->m_requestSent = true;
    };
    connect(reply, &QNetworkReply::requestSent, call, sent);
    connect(reply, &QNetworkReply::encrypted, call, sent);
    connect(reply, &QNetworkReply::readyRead, call, [this, call, reply] { onReadyRead(call, reply); });
    connect(reply, &QNetworkReply::downloadProgress, call, &ApiCall::downloadProgress);
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { onReplyFinished(call, reply); });
    connect(reply, &QNetworkReply::sslErrors, call, [this, call, reply](const QList<QSslError> &errors) {
        call->m_sslErrors = errors;
        // A certificate the user looked at and pinned for this profile is trusted for it: its issuer,
        // self-signature and name no longer matter. Its validity dates still do.
        const QSslCertificate peer = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate().isNull()
                                         ? peer
                                         : reply->sslConfiguration().peerCertificate();
        if (m_network.tls.pins.isEmpty() || !NetworkSetup::isPinned(leaf, m_network.tls.pins))
            return;
        QList<QSslError> forgiven;
        for (const QSslError &error : errors) {
            switch (error.error()) {
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::CertificateUntrusted:
            case QSslError::HostNameMismatch:
                forgiven << error;
                break;
            default:
                break;
            }
        }
        if (forgiven.size() == errors.size())
            reply->ignoreSslErrors(errors);
    });
}

void ApiClient::onMetaData(ApiCall *call, QNetworkReply *reply)
{
    if (call->m_finished || call->m_reply != reply)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    call->m_headersSeen = true;
    call->m_response.status = status.toInt();
    if (!call->m_response.sent.isEmpty()) {
        call->m_response.sent.last().status = call->m_response.status;
        call->m_response.sent.last().location = reply->rawHeader("Location");
    }
    call->m_response.protocol = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
                                    ? QByteArrayLiteral("h2")
                                    : QByteArrayLiteral("http/1.1");
    call->m_response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    call->m_response.headers = reply->rawHeaderPairs();
    call->m_response.url = reply->url();
    // Qt 6.4 keeps the status but drops every header when the block is over its limits (more than
    // 100 fields, a field over 100 KiB, 256 KiB in all) and then reads the body to the connection's
    // close: nothing frames the body, so stop here instead of waiting for a close that may never come
    // (a 10 MB header block used to end as a timeout). A response that really has no header at all
    // and a body looks the same; it has nothing to frame its body either.
    if (call->m_response.headers.isEmpty() && !isBodyless(call->m_method, call->m_response.status)) {
        call->finishWith(NetworkFailure::HeadersTooLarge,
                         tr("The response's headers were dropped: the header block is over the network "
                            "layer's limits (more than 100 fields, a field over 100 KiB or 256 KiB in "
                            "all), so its body cannot be checked"));
        return;
    }
    const qint64 announced = announcedLength(call->m_response.headers);
    if (announced > m_maxBodyBytes && !isRedirectStatus(call->m_response.status)) {
        call->finishWith(NetworkFailure::BodyTooLarge,
                         tr("The response announces %1 bytes, over the limit of %2 bytes")
                             .arg(announced)
                             .arg(m_maxBodyBytes));
        return;
    }
    const ApiResponse &response = call->m_response;
    if (!response.body.isEmpty())
        return; // Qt reported the headers again mid-body: onReplyFinished rescans what it has
    const bool bodyless = isBodyless(call->m_method, response.status);
    const bool chunked = headerContains(response, "Transfer-Encoding", "chunked");
    call->m_scanJsonEnd =
        !bodyless && response.contentType().toLower().contains("json") && (chunked || announced == -1);
    call->m_jsonEnd = JsonEndScanner{};
    // One allocation instead of regrowing (and copying) the body as it arrives. The length is the
    // server's word, so only within our limit; with gzip it is the compressed size, a lower bound.
    // At most 64 MiB up front: a server announcing 200 MB and sending ten bytes must not make us
    // commit 200 MB (Windows commits what is reserved); past that the body grows as it arrives.
    constexpr qint64 MaxUpFrontReserve = qint64(64) * 1024 * 1024;
    if (!bodyless && !chunked && announced > 0 && !isRedirectStatus(response.status))
        call->m_response.body.reserve(qsizetype(qMin(announced, MaxUpFrontReserve)));
}

void ApiClient::onReadyRead(ApiCall *call, QNetworkReply *reply)
{
    if (call->m_finished || call->m_reply != reply)
        return;
    if (!call->m_headersSeen)
        onMetaData(call, reply);
    if (call->m_finished || !reply->isOpen())
        return;
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    QByteArray &body = call->m_response.body;
    if (body.size() + available > m_maxBodyBytes) {
        call->finishWith(NetworkFailure::BodyTooLarge,
                         tr("The response body is larger than the limit of %1 bytes").arg(m_maxBodyBytes));
        return;
    }
    // Straight into the body's own (reserved) space: no temporary QByteArray, no second copy.
    const qsizetype oldSize = body.size();
    body.resize(oldSize + qsizetype(available));
    const qint64 read = reply->read(body.data() + oldSize, available);
    body.resize(oldSize + qsizetype(qMax<qint64>(read, 0)));
    if (call->m_scanJsonEnd && read > 0)
        call->m_jsonEnd.feed(body.constData() + oldSize, qsizetype(read));
}

bool ApiClient::carriesCredentials(const ApiCall *call) const
{
    return call->m_useSession || hasCredentialHeader(call->m_request.headers) ||
           (call->m_request.sensitiveBody && !call->m_request.body.isEmpty());
}

void ApiClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    if (call->m_finished || call->m_reply != reply)
        return;
    onReadyRead(call, reply);
    if (call->m_finished)
        return;
    if (!call->m_headersSeen)
        onMetaData(call, reply);
    if (call->m_finished)
        return;

    ApiResponse &response = call->m_response;
    QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    call->detachReply(false);
    // Qt also asks to rewind a OneShotBody when it already has the response: it prepares every
    // 307/308 for a resend it will not make (we follow redirects), and restarts replies whose header
    // block it gave up on. The response read so far stands; the framing checks below judge its body.
    if (error == QNetworkReply::ContentReSendError && call->m_headersSeen)
        error = QNetworkReply::NoError;
    // A plain-HTTP proxy's 407 arrives like a response, but it is the proxy's, not the server's: the
    // request never reached the server.
    // tinyproxy refuses wrong credentials on a plain-HTTP request with 401 and a Basic challenge
    // instead of 407: the Connect API never answers an HTML page with a Basic challenge, so through a
    // proxy we gave credentials, that answer is the proxy's.
    if (call->m_sentProxyCredentials && response.status == 401 &&
        response.header("WWW-Authenticate").trimmed().toLower().startsWith("basic") &&
        !response.contentType().toLower().contains("json"))
        error = QNetworkReply::ProxyAuthenticationRequiredError;
    if (error == QNetworkReply::ProxyAuthenticationRequiredError) {
        call->m_headersSeen = false;
        response.status = 0;
        response.reason.clear();
        response.headers.clear();
        response.body.clear();
        response.protocol.clear();
    }

    // 1. Transport failures, whatever status line came before them. The "HTTP error status" codes
    //    only mean that for an error status: after a 2xx, Qt 6.4 reports a body it failed to decode
    //    (bad gzip, or its decompression-bomb check) as UnknownContentError with the partial body.
    if (error != QNetworkReply::NoError && !(isHttpStatusError(error) && response.status >= 400)) {
        NetworkFailure failure = NetworkFailure::Other;
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            failure = NetworkFailure::ConnectionRefused;
            break;
        case QNetworkReply::HostNotFoundError:
            failure = NetworkFailure::HostNotFound;
            break;
        case QNetworkReply::TimeoutError:
            failure = NetworkFailure::Timeout;
            break;
        case QNetworkReply::OperationCanceledError:
            // Our own aborts (cancel, body limit) finish the call before Qt reports anything, so
            // an abort seen here is the transfer timeout firing.
            failure = NetworkFailure::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            failure = NetworkFailure::Tls;
            break;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyConnectionClosedError:
            failure = NetworkFailure::ConnectionRefused; // nothing reached the server
            break;
        case QNetworkReply::ProxyTimeoutError:
            failure = NetworkFailure::Timeout;
            break;
        case QNetworkReply::ProxyAuthenticationRequiredError:
            failure = NetworkFailure::Other; // the finer code names it
            break;
        case QNetworkReply::UnknownContentError:
            // "Decompression failed" after a 2xx: the server did answer, so the status and headers stay
            // and only the body is refused.
            failure = call->m_headersSeen ? NetworkFailure::UndecodableBody : NetworkFailure::ConnectionLost;
            break;
        case QNetworkReply::ContentReSendError: // Qt wanted to replay a OneShotBody request
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
            failure = call->m_headersSeen ? NetworkFailure::TruncatedBody : NetworkFailure::ConnectionLost;
            break;
        default:
            break;
        }
        QString detail = errorString;
        // Before the headers, Qt's timer does not restart on header bytes: the headers may have been
        // arriving (too slowly, or too many of them) rather than nothing at all.
        if (failure == NetworkFailure::Timeout && !call->m_headersSeen && !call->m_requestSent &&
            !call->m_viaProxy)
            detail = tr("No connection within %1 ms (%2)").arg(m_transferTimeout.count()).arg(errorString);
        else if (failure == NetworkFailure::Timeout && !call->m_headersSeen)
            detail = tr("No complete response headers within %1 ms (%2)")
                         .arg(m_transferTimeout.count())
                         .arg(errorString);
        else if (failure == NetworkFailure::Timeout)
            detail = tr("No progress for %1 ms (%2)").arg(m_transferTimeout.count()).arg(errorString);
        if (failure == NetworkFailure::ConnectionLost && !mayReplay(call->m_method, call->m_request)) {
            detail = tr("The server closed the connection before answering; the request may or may not "
                        "have been applied, so it was not sent again");
            // Qt's text for ContentReSendError is "Unknown error": only the others add anything.
            if (error != QNetworkReply::ContentReSendError)
                detail += QStringLiteral(" (%1)").arg(errorString);
        }
        // The finer reason: which TLS check or proxy step failed, with the certificate at fault.
        const NetworkDiagnosis::Result diagnosis = NetworkDiagnosis::diagnose(
            error, call->m_sslErrors, errorString, reply->sslConfiguration().peerCertificate(),
            call->m_viaProxy,
            call->m_viaProxy &&
                m_nam->proxyFactory()->queryProxy(QNetworkProxyQuery(reply->url())).value(0).type() ==
                    QNetworkProxy::Socks5Proxy);
        if (!diagnosis.code.isEmpty() && !call->m_headersSeen) {
            response.failureDetailCode = diagnosis.code;
            response.certificate = diagnosis.certificate;
            if (diagnosis.code.startsWith(QLatin1String("tls_")))
                failure = NetworkFailure::Tls;
        }
        // A direct timeout before the headers: did the connection never come, or did the server get the
        // request and not answer? (Through a proxy, Qt's ProxyTimeoutError names the proxy instead.) A
        // body that stalls after the headers stays a plain timeout.
        if (diagnosis.code.isEmpty() && failure == NetworkFailure::Timeout && !call->m_headersSeen &&
            !call->m_viaProxy)
            response.failureDetailCode =
                call->m_requestSent ? QStringLiteral("response_timeout") : QStringLiteral("connect_timeout");
        const QUrl failedUrl = reply->url();
        const QNetworkProxy proxy =
            m_nam->proxyFactory() ? m_nam->proxyFactory()->queryProxy(QNetworkProxyQuery(failedUrl)).value(0)
                                  : QNetworkProxy(QNetworkProxy::NoProxy);
        if (diagnosis.code.isEmpty() && call->m_viaProxy && proxy.type() == QNetworkProxy::HttpProxy &&
            !call->m_headersSeen &&
            (failure == NetworkFailure::ConnectionLost || error == QNetworkReply::ContentReSendError)) {
            // Qt gives up on a body it would have to resend after the proxy refused our credentials:
            // ask the proxy directly whether it takes them.
            ProxyProbe::run(proxy, failedUrl, call, [call, failure, detail](const QString &code) {
                if (call->m_finished)
                    return;
                if (!code.isEmpty())
                    call->m_response.failureDetailCode = code;
                call->finishWith(code.isEmpty() ? failure : NetworkFailure::Other, detail);
            });
            return;
        }
        if (diagnosis.code.isEmpty() && failure == NetworkFailure::ConnectionLost && !call->m_headersSeen &&
            failedUrl.scheme() == QLatin1String("https")) {
            // Closed right after a handshake that succeeded on our side: TLS 1.3 servers refuse a client
            // certificate (or its absence) that way. Ask the server once what it objects to.
            const QSslConfiguration configuration = reply->sslConfiguration();
            TlsProbe::run(failedUrl, configuration, proxy, call,
                          [call, failure, detail](const QString &code) {
                              if (call->m_finished)
                                  return;
                              NetworkFailure finalFailure = failure;
                              if (!code.isEmpty()) {
                                  call->m_response.failureDetailCode = code;
                                  finalFailure = NetworkFailure::Tls;
                              }
                              call->finishWith(finalFailure, detail);
                          });
            return;
        }
        call->finishWith(failure, detail);
        return;
    }

    // 2. Framing Qt accepted but we do not.
    const bool chunked = headerContains(response, "Transfer-Encoding", "chunked");
    const bool encoded = !response.header("Content-Encoding").isEmpty() &&
                         response.header("Content-Encoding").trimmed().toLower() != "identity";
    const bool bodyless = isBodyless(call->m_method, response.status);
    if (!chunked && !bodyless) {
        const qint64 announced = announcedLength(response.headers);
        if (announced == -2) {
            call->finishWith(NetworkFailure::TruncatedBody,
                             tr("Invalid Content-Length framing: %1")
                                 .arg(QString::fromLatin1(response.header("Content-Length"))));
            return;
        }
        // Qt decompresses gzip/deflate itself, so the length on the wire is not the body's length.
        if (announced >= 0 && !encoded && announced != response.body.size()) {
            call->finishWith(
                NetworkFailure::TruncatedBody,
                tr("Received %1 of %2 announced body bytes").arg(response.body.size()).arg(announced));
            return;
        }
    }
    const bool json = response.contentType().toLower().contains("json");
    if (chunked && !bodyless && json && response.body.isEmpty()) {
        call->finishWith(NetworkFailure::TruncatedBody,
                         tr("Empty chunked JSON body: the chunked framing was broken"));
        return;
    }
    const bool unframed = chunked || announcedLength(response.headers) == -1;
    JsonEndScanner jsonEnd = call->m_jsonEnd; // fed as the body arrived
    if (unframed && !bodyless && json &&
        (!call->m_scanJsonEnd || jsonEnd.scannedBytes() != response.body.size())) {
        // The scan did not see this body whole (Qt reported the headers again mid-body): scan it now.
        jsonEnd = JsonEndScanner{};
        jsonEnd.feed(response.body.constData(), response.body.size());
    }
    if (unframed && !bodyless && json && !jsonEnd.looksComplete()) {
        call->finishWith(NetworkFailure::TruncatedBody,
                         tr("The JSON body stops before its end (%1 bytes): the connection was cut")
                             .arg(response.body.size()));
        return;
    }

    // 3. Redirects, followed by us.
    if (isRedirectStatus(response.status) && !response.header("Location").isEmpty()) {
        const QUrl current = response.url.isValid() ? response.url : call->m_firstUrl;
        const QUrl target = current.resolved(QUrl::fromEncoded(response.header("Location").trimmed()));
        if (!isHttpScheme(target)) {
            call->finishWith(NetworkFailure::UnsupportedRedirect,
                             tr("Redirect to an unsupported scheme: %1").arg(target.scheme()));
            return;
        }
        if (response.redirectCount >= m_maxRedirects) {
            call->finishWith(NetworkFailure::TooManyRedirects,
                             tr("More than %1 redirects (last to %2)")
                                 .arg(m_maxRedirects)
                                 .arg(target.toDisplayString(QUrl::RemoveUserInfo)));
            return;
        }
        const int status = response.status;
        if (status == 303 && call->m_method != "HEAD") {
            call->m_method = "GET";
            call->m_body.clear();
            call->m_dropContentType = true;
        } else if ((status == 301 || status == 302) && call->m_method == "POST") {
            call->m_method = "GET";
            call->m_body.clear();
            call->m_dropContentType = true;
        }
        if (isDowngrade(current, target)) {
            if (carriesCredentials(call)) {
                call->finishWith(NetworkFailure::UnsupportedRedirect,
                                 tr("Refusing to follow a redirect from https to plain http with "
                                    "credentials: %1")
                                     .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
                return;
            }
            call->m_downgradedTo = target;
        }
        if (!sameOrigin(target, call->m_firstUrl)) {
            if (call->m_request.sensitiveBody && !call->m_body.isEmpty()) {
                call->finishWith(NetworkFailure::UnsupportedRedirect,
                                 tr("Refusing to resend credentials in the body to another origin: %1")
                                     .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
                return;
            }
            call->m_crossedOrigin = true;
        }
        ++response.redirectCount;
        call->m_nextHopReason = SentHop::Reason::Redirect;
        start(call, target, call->m_method, call->m_body, true);
        return;
    }

    // 4. Renew once on 401 when our bearer was refused.
    if (response.status == 401 && call->m_useSession && !call->m_replayed && !call->m_sentToken.isEmpty() &&
        tokenProvider() && !call->m_request.path.startsWith(QLatin1String("/oauth/access-token"))) {
        const QByteArray rejected = call->m_sentToken;
        tokenProvider()->renewAfterRejection(rejected, call, [this, call](bool ok) {
            if (call->m_finished)
                return;
            if (!ok) {
                finishWithTokenResponse(call);
                return;
            }
            call->m_replayed = true;
            begin(call);
        });
        return;
    }

    call->finishWith(NetworkFailure::None);
}

} // namespace cx
