#include "Session.h"

#include "net/ApiClient.h"
#include "net/RequestHygiene.h"
#include "time/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

namespace cx {

namespace {

constexpr auto IntrospectPath = "/oauth/introspect";
constexpr auto RevokePath = "/oauth/revoke";

ApiRequest jsonPost(const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.authenticated = false;
    request.sensitiveBody = true; // client_secret or a token
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

QJsonObject jsonObject(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object() : QJsonObject{};
}

// An error for a 2xx whose body is not what the endpoint documents.
ApiError unexpectedBody(const ApiResponse &response, const QString &message)
{
    ApiError error = ApiError::fromResponse(response);
    if (error.isError())
        return error;
    error.status = response.status;
    error.code = QStringLiteral("unexpected_response");
    error.message = message;
    error.shape = ApiError::Shape::Text;
    error.codeFromServer = false;
    return error;
}

ApiError noTokenError(const QString &message)
{
    ApiError error;
    error.code = QStringLiteral("missing_access_token");
    error.message = message;
    error.shape = ApiError::Shape::Empty;
    return error;
}

// Qt::UTC as a spec (not a time zone), like currentDateTimeUtc(), on every Qt from 6.4 on.
QDateTime utc(const QDate &date, const QTime &time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

qint64 jsonInteger(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return value.toString().toLongLong(ok);
    *ok = false;
    return 0;
}

} // namespace

Session::Session(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_renewTimer(new QTimer(this))
{
    m_renewTimer->setSingleShot(true);
    connect(m_renewTimer, &QTimer::timeout, this, &Session::checkRenewalDue);
}

void Session::setAutoRenew(bool on)
{
    m_autoRenew = on;
    if (!on) {
        m_renewTimer->stop();
        m_renewAt = {};
    }
}

void Session::scheduleRenewal(qint64 lifetimeMs)
{
    m_renewTimer->stop();
    m_renewAt = {};
    if (!m_autoRenew || !m_expiresAt.isValid() || lifetimeMs <= 0)
        return;
    const qint64 leadMs = qMin<qint64>(30000, lifetimeMs / 20);
    m_renewAt = m_expiresAt.addMSecs(-m_skewMarginMs - leadMs);
    armRenewalTimer();
}

void Session::armRenewalTimer()
{
    // QTimer counts in int milliseconds and may sleep through a suspended machine: wake at least every
    // ten minutes and look at the wall clock again.
    const qint64 dueInMs = qMax<qint64>(0, Clock::currentDateTimeUtc().msecsTo(m_renewAt));
    const qint64 waitMs = qMin<qint64>(dueInMs, 10 * 60 * 1000);
    m_renewTimer->setTimerType(waitMs < 60000 ? Qt::PreciseTimer : Qt::CoarseTimer);
    m_renewTimer->start(int(waitMs));
}

void Session::checkRenewalDue()
{
    if (!m_autoRenew || !m_renewAt.isValid() || m_accessToken.isEmpty())
        return;
    if (Clock::currentDateTimeUtc().msecsTo(m_renewAt) > 50) {
        armRenewalTimer(); // woke early (the ten-minute cap, or asked early): not due yet
        return;
    }
    m_renewAt = {};
    if (m_tokenInFlight)
        return; // a renewal is already on its way
    m_renewing = true;
    requestToken();
}

void Session::setCredentials(const QString &clientId, const QString &clientSecret)
{
    if (clientId != m_clientId || clientSecret != m_clientSecret) {
        forgetToken();
        abandonTokenRequest(tr("The credentials changed while signing in"));
    }
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_secrets->add(clientSecret);
}

bool Session::hasValidToken() const
{
    if (m_accessToken.isEmpty())
        return false;
    if (!m_expiresAt.isValid())
        return true; // no expires_in: valid until the server says otherwise (401 -> renew once)
    return Clock::currentDateTimeUtc().addMSecs(m_skewMarginMs) < m_expiresAt;
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::forgetToken()
{
    m_accessToken.clear();
    m_tokenType.clear();
    m_expiresAt = {};
    m_skewMarginMs = 0;
    m_renewTimer->stop(); // nothing left to renew
    m_renewAt = {};
}

void Session::abandonTokenRequest(const QString &why)
{
    ++m_generation;
    if (!m_tokenInFlight)
        return;
    // A token on its way is not taken; whoever waits for it gets no token.
    m_tokenInFlight = false;
    m_renewing = false;
    m_lastTokenResponse = ApiResponse{};
    m_lastTokenResponse.failure = NetworkFailure::Cancelled;
    m_lastTokenResponse.failureDetail = why;
    notifyWaiters(false);
}

void Session::signIn()
{
    if (m_tokenInFlight)
        return; // join the request in flight
    m_renewing = !m_accessToken.isEmpty();
    requestToken();
}

void Session::requestToken()
{
    if (!hasCredentials()) {
        m_lastTokenResponse = ApiResponse{};
        m_lastTokenResponse.failure = NetworkFailure::Other;
        m_lastTokenResponse.failureDetail = tr("No client id and secret to sign in with");
        m_lastError = noTokenError(m_lastTokenResponse.failureDetail);
        m_lastError.code = QStringLiteral("invalid_client");
        setState(State::Failed);
        // Not re-entrant for callers that wait in withToken(): answer after they returned.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_tokenInFlight)
                    return;
                emit signInFailed(m_lastError);
                notifyWaiters(false);
            },
            Qt::QueuedConnection);
        return;
    }
    m_tokenInFlight = true;
    setState(State::SigningIn);
    m_formatRetryLeft = true;
    m_refusedResponse = ApiResponse{};
    sendTokenRequest(tokenFormat());
}

TokenRequestFormat::Format Session::tokenFormat() const
{
    if (m_acceptedFormat)
        return *m_acceptedFormat;
    return TokenRequestFormat::remembered(m_client->baseUrl()).value_or(TokenRequestFormat::documented);
}

void Session::sendTokenRequest(TokenRequestFormat::Format format)
{
    ++m_tokenRequests;
    m_sentFormat = format;
    ApiCall *call = m_client->send(TokenRequestFormat::request(format, m_clientId, m_clientSecret));
    const int generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, generation] {
        call->deleteLater();
        if (generation == m_generation) {
            onTokenResponse(call->response());
            return;
        }
        // Signed out while this token was on its way (signOut() answered its waiters): drop it.
    });
}

bool Session::retryInOtherFormat(const ApiResponse &response)
{
    if (!m_formatRetryLeft || !TokenRequestFormat::refused(response))
        return false;
    m_formatRetryLeft = false; // one extra request per sign-in, whatever the second answer says
    m_refusedResponse = response;
    sendTokenRequest(TokenRequestFormat::other(m_sentFormat));
    return true;
}

void Session::acceptTokenFormat(TokenRequestFormat::Format format)
{
    const QUrl baseUrl = m_client->baseUrl();
    const std::optional<TokenRequestFormat::Format> stored = TokenRequestFormat::remembered(baseUrl);
    // Only a departure from the documented format is worth writing down (no settings entry for every
    // server that simply works as documented).
    if (stored ? *stored != format : format != TokenRequestFormat::documented)
        TokenRequestFormat::remember(baseUrl, format);
    const bool changed = m_acceptedFormat != format;
    m_acceptedFormat = format;
    if (changed)
        emit tokenFormatChanged(format);
}

void Session::onTokenResponse(const ApiResponse &response)
{
    if (retryInOtherFormat(response))
        return; // still in flight, in the other format
    m_formatRetryLeft = false;
    // Both formats refused: the documented format's answer is the one to show (the second only repeats
    // that the server reads neither). Any other answer to the second shows that the server read it.
    const bool bothRefused = m_refusedResponse.status > 0 && TokenRequestFormat::refused(response);
    // A token, or a 4xx about something else (wrong credentials, an inactive enterprise), shows that the
    // server read this format; a 5xx or no answer shows nothing.
    if (!bothRefused && response.hasHttpResponse() && response.status < 500)
        acceptTokenFormat(m_sentFormat);
    m_tokenInFlight = false;
    m_lastTokenResponse = bothRefused ? m_refusedResponse : response;
    const ApiResponse &answer = m_lastTokenResponse;
    const bool renewing = m_renewing;
    m_renewing = false;

    if (answer.isSuccess()) {
        QJsonObject root = jsonObject(answer.body);
        // Newer shape {"success":true,"token":{...}}; RFC 6749's bare {"access_token",...} too.
        const QJsonObject token = root.value(QLatin1String("token")).isObject()
                                      ? root.value(QLatin1String("token")).toObject()
                                      : root;
        const QString accessToken = token.value(QLatin1String("access_token")).toString();
        // The token goes into every Authorization header: one holding a line break or a control
        // character would end that header early, so a server (or a proxy) could smuggle headers or a
        // whole second request into our calls through it. It is refused like no token at all.
        if (!accessToken.isEmpty() && !RequestHygiene::isValidHeaderValue(accessToken.toUtf8())) {
            m_lastError = unexpectedBody(
                answer, tr("The token endpoint answered with an access_token that cannot be sent in a "
                           "header (it holds a line break or a control character)"));
            setState(State::Failed);
            emit signInFailed(m_lastError);
            notifyWaiters(false);
            return;
        }
        if (!accessToken.isEmpty() && root.value(QLatin1String("success")).toBool(true)) {
            m_accessToken = accessToken.toUtf8();
            m_secrets->add(accessToken);
            m_tokenType = token.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
            bool ok = false;
            const qint64 expiresIn = jsonInteger(token.value(QLatin1String("expires_in")), &ok);
            qint64 lifetimeMs = 0;
            if (ok && expiresIn > 0) {
                // Trust expires_in (the docs disagree on 30 days vs a year). Treat the token as
                // expired a little early for clock skew and time in flight.
                lifetimeMs = expiresIn * 1000;
                m_skewMarginMs = qMin<qint64>(60000, lifetimeMs / 10);
                m_expiresAt = Clock::currentDateTimeUtc().addMSecs(lifetimeMs - answer.elapsedMs);
            } else {
                m_expiresAt = {};
                m_skewMarginMs = 0;
            }
            m_lastError = ApiError{};
            scheduleRenewal(lifetimeMs);
            setState(State::SignedIn);
            emit signedIn();
            if (renewing)
                emit renewed();
            notifyWaiters(true);
            return;
        }
        m_lastError = unexpectedBody(answer, tr("The token endpoint answered without an access_token"));
    } else {
        m_lastError = ApiError::fromResponse(answer);
    }
    setState(State::Failed);
    emit signInFailed(m_lastError);
    notifyWaiters(false);
}

void Session::notifyWaiters(bool ok)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.ready(ok);
    }
}

void Session::withToken(QObject *context, std::function<void(bool ok)> ready)
{
    if (hasValidToken() && !m_tokenInFlight) {
        ready(true);
        return;
    }
    m_waiters.append({context, std::move(ready)});
    if (!m_tokenInFlight) {
        m_renewing = !m_accessToken.isEmpty(); // proactive renewal of an expired token
        requestToken();
    }
}

void Session::renewAfterRejection(const QByteArray &rejectedToken, QObject *context,
                                  std::function<void(bool ok)> ready)
{
    if (m_tokenInFlight) {
        m_waiters.append({context, std::move(ready)});
        return;
    }
    if (!m_accessToken.isEmpty() && rejectedToken != m_accessToken && hasValidToken()) {
        ready(true); // someone renewed it already: use the newer token at once
        return;
    }
    m_waiters.append({context, std::move(ready)});
    m_renewing = true;
    if (rejectedToken == m_accessToken)
        forgetToken(); // the server refused it: never offer it again, even if renewal fails
    requestToken();
}

void Session::introspect()
{
    if (m_accessToken.isEmpty()) {
        const ApiError error = noTokenError(tr("Not signed in: there is no token to introspect"));
        QMetaObject::invokeMethod(
            this, [this, error] { emit introspectFailed(error); }, Qt::QueuedConnection);
        return;
    }
    ApiRequest request = jsonPost(QString::fromLatin1(IntrospectPath),
                                  {{QStringLiteral("token"), QString::fromUtf8(m_accessToken)}});
    // RFC 7662 introspection only reads: Qt may send it again when a kept-alive connection dies
    // before the answer, instead of the call ending in "connection lost".
    request.replayable = true;
    ApiCall *call = m_client->send(request);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        const ApiResponse &response = call->response();
        if (!response.isSuccess()) {
            emit introspectFailed(ApiError::fromResponse(response));
            return;
        }
        const QJsonObject root = jsonObject(response.body);
        if (root.isEmpty() || root.value(QLatin1String("success")).toBool(true) == false) {
            emit introspectFailed(unexpectedBody(response, tr("The introspection answer is not understood")));
            return;
        }
        // Newer {success,message,data:{...}}; older: the data object bare.
        const QJsonObject data = root.value(QLatin1String("data")).isObject()
                                     ? root.value(QLatin1String("data")).toObject()
                                     : root;
        TokenInfo info;
        info.active = data.value(QLatin1String("active")).toBool();
        info.clientId = data.value(QLatin1String("client_id")).toString();
        const QJsonValue userId = data.value(QLatin1String("user_id"));
        bool ok = false;
        const qint64 user = jsonInteger(userId, &ok);
        if (ok)
            info.userId = user;
        const QJsonValue scopes = data.value(QLatin1String("scopes"));
        if (scopes.isArray()) {
            for (const QJsonValue &scope : scopes.toArray())
                info.scopes.append(scope.toString());
        } else {
            // RFC 7662 style: "scope": "a b c"
            const QString scope = data.value(QLatin1String("scope")).toString(scopes.toString());
            info.scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        const QJsonValue expires = data.value(QLatin1String("expires_at"));
        if (expires.isString()) {
            // The documented "YYYY-MM-DD HH:MM:SS" carries no zone: read it as UTC.
            const QDateTime plain =
                QDateTime::fromString(expires.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (plain.isValid()) {
                info.expiresAt = utc(plain.date(), plain.time());
            } else {
                QDateTime iso = QDateTime::fromString(expires.toString(), Qt::ISODate);
                if (iso.isValid() && iso.timeSpec() != Qt::LocalTime)
                    iso = iso.toUTC(); // an explicit offset or Z
                if (iso.isValid())
                    info.expiresAt = utc(iso.date(), iso.time());
            }
        } else if (expires.isDouble() || data.value(QLatin1String("exp")).isDouble()) {
            const double seconds =
                expires.isDouble() ? expires.toDouble() : data.value(QLatin1String("exp")).toDouble();
            info.expiresAt = QDateTime::currentDateTimeUtc();
            info.expiresAt.setSecsSinceEpoch(qint64(seconds));
        }
        emit introspected(info);
    });
}

void Session::signOut()
{
    const QByteArray token = m_accessToken;
    forgetToken(); // no new request may use it, whatever the server says
    abandonTokenRequest(tr("Signed out while signing in"));
    setState(State::SignedOut);
    if (token.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit signedOut(); }, Qt::QueuedConnection);
        return;
    }
    ApiCall *call = m_client->send(
        jsonPost(QString::fromLatin1(RevokePath), {{QStringLiteral("token"), QString::fromUtf8(token)}}));
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        const ApiResponse &response = call->response();
        const QJsonObject root = jsonObject(response.body);
        // Newer {"success":true,...}; older {"revoked":true}.
        const bool revoked = response.isSuccess() && (root.value(QLatin1String("success")).toBool() ||
                                                      root.value(QLatin1String("revoked")).toBool());
        if (!revoked) {
            m_lastError = response.isSuccess()
                              ? unexpectedBody(response, tr("The server did not confirm the revocation"))
                              : ApiError::fromResponse(response);
            emit revokeFailed(m_lastError);
        }
        emit signedOut();
    });
}

} // namespace cx
