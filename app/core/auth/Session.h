// OAuth2 client-credentials sign-in against the Connect API: token, expiry, introspection, revocation,
// and the renew-once rule shared by every request (concurrent 401s cause a single token request).
//
// With setAutoRenew(true) (the desktop app turns it on) a timer also renews the token shortly before it
// expires, so a token never lapses while the app sits idle: renewed() tells the UI. The timer is armed
// only by a successful token answer, so a failed renewal is not retried in a loop; signOut() and a change
// of credentials cancel it.
#pragma once

#include "auth/TokenRequestFormat.h"
#include "errors/ApiError.h"
#include "export/SecretSet.h"
#include "net/TokenProvider.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

class QTimer;

namespace cx {

class ApiClient;

// What /oauth/introspect says about the token (both the newer {success,data} and the older bare shape).
struct TokenInfo
{
    bool active = false;
    QString clientId;
    QVariant userId; // null or an integer
    QStringList scopes;
    QDateTime expiresAt; // UTC
};

class Session : public QObject, public TokenProvider
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, Failed };
    Q_ENUM(State)

    // `client` sends the OAuth calls (unauthenticated) and must outlive the session.
    explicit Session(ApiClient *client, QObject *parent = nullptr);

    // The secret is kept in memory only, never written anywhere by this class.
    void setCredentials(const QString &clientId, const QString &clientSecret);
    QString clientId() const { return m_clientId; }
    bool hasCredentials() const { return !m_clientId.isEmpty() && !m_clientSecret.isEmpty(); }

    // Every secret this session has known: the client secret and each access token it was handed.
    // Redactors read it live (Redactor(session->secrets())); whoever holds more secrets of the same
    // connection (the profile's secret variables) adds them here.
    std::shared_ptr<SecretSet> secrets() const { return m_secrets; }

    State state() const { return m_state; }
    QByteArray accessToken() const override { return m_accessToken; }
    QString tokenType() const { return m_tokenType; }
    QDateTime expiresAt() const { return m_expiresAt; } // from expires_in, UTC
    bool hasValidToken() const;                         // a token that has not expired yet (Clock)
    ApiError lastError() const { return m_lastError; }
    QString lastFailureMessage() const override { return m_lastError.message; }

    // Requests a new token. While a token request is in flight, further calls join it.
    void signIn();
    // Revokes the token at the server, then forgets it (signedOut() either way; revokeFailed() too
    // when the server refused).
    void signOut();
    void introspect();

    // TokenProvider, for ApiClient: calls `ready(true)` once a valid token is available (at once when
    // it is), or `ready(false)` when sign-in failed. `context` guards the callback's lifetime.
    QObject *tokenProviderObject() override { return this; }
    void withToken(QObject *context, std::function<void(bool ok)> ready) override;
    // For ApiClient after a 401: if `rejectedToken` is still the current token, request a new one
    // (once, however many callers ask); then `ready` as above. A newer token is used at once.
    void renewAfterRejection(const QByteArray &rejectedToken, QObject *context,
                             std::function<void(bool ok)> ready) override;

    // The token endpoint's last answer (or transport failure): what a request that could not get a
    // token finishes with, so the caller sees invalid_client and friends as the server sent them.
    ApiResponse lastTokenResponse() const override { return m_lastTokenResponse; }

    // Renew the token on a timer shortly before it expires (off by default: a one-shot command line
    // never needs it). The renewal is due at expiresAt() minus the clock-skew margin minus a short lead
    // (a twentieth of the lifetime, at most 30 s).
    void setAutoRenew(bool on);
    bool autoRenew() const { return m_autoRenew; }
    // When the next automatic renewal is due (UTC); invalid when none is scheduled.
    QDateTime renewalDue() const { return m_renewAt; }
    // Looks at the clock now: renews when the renewal is due (or overdue), else sets the timer for the
    // time left. The timer calls it; whoever knows the wall clock moved under it (a resume from
    // suspend, a test that advanced its MockClock) may call it too. Does nothing when none is due.
    void checkRenewalDue();

    // How many token requests this session has sent (tests check the single-flight rule with it).
    int tokenRequestCount() const { return m_tokenRequests; }

    // The token request's format: the one the last token answer accepted, else the one the next request
    // will use (remembered for the base URL, else the documented JSON). When the server refuses a format
    // (TokenRequestFormat::refused), the same sign-in asks once more in the other: never more than one
    // extra token request.
    TokenRequestFormat::Format tokenFormat() const;

signals:
    void stateChanged(cx::Session::State state);
    void signedIn(); // a new token is there (first sign-in or renewal)
    void renewed();  // the token was renewed automatically after a 401 or on expiry
    void signInFailed(const cx::ApiError &error);
    void signedOut();
    void revokeFailed(const cx::ApiError &error);
    // The server accepted a token request in another format than the last one (or the first time).
    void tokenFormatChanged(cx::TokenRequestFormat::Format format);
    void introspected(const cx::TokenInfo &info);
    void introspectFailed(const cx::ApiError &error);

private:
    // Implementation details are free to change.
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool ok)> ready;
    };
    void requestToken();
    void sendTokenRequest(TokenRequestFormat::Format format);
    void onTokenResponse(const ApiResponse &response);
    // After a format refusal: false when the one extra request was already spent (or not warranted).
    bool retryInOtherFormat(const ApiResponse &response);
    void acceptTokenFormat(TokenRequestFormat::Format format);
    void notifyWaiters(bool ok);
    void setState(State state);
    void forgetToken();
    void abandonTokenRequest(const QString &why);
    void scheduleRenewal(qint64 lifetimeMs);
    void armRenewalTimer();

    ApiClient *m_client;
    QList<Waiter> m_waiters;
    bool m_tokenInFlight = false;
    bool m_renewing = false; // the request in flight replaces a token we had (renewed() on success)
    int m_generation = 0;    // bumped by signOut(): a token requested before it is not taken
    qint64 m_skewMarginMs = 0;
    ApiResponse m_lastTokenResponse;
    QString m_clientId;
    QString m_clientSecret;
    std::shared_ptr<SecretSet> m_secrets = std::make_shared<SecretSet>();
    State m_state = State::SignedOut;
    QByteArray m_accessToken;
    QString m_tokenType;
    QDateTime m_expiresAt;
    ApiError m_lastError;
    int m_tokenRequests = 0;
    std::optional<TokenRequestFormat::Format> m_acceptedFormat;               // what the server last accepted
    TokenRequestFormat::Format m_sentFormat = TokenRequestFormat::documented; // the request in flight
    bool m_formatRetryLeft = false; // this sign-in may still ask once in the other format
    ApiResponse m_refusedResponse;  // the first format's refusal, while the other is tried
    bool m_autoRenew = false;
    QDateTime m_renewAt;
    QTimer *m_renewTimer = nullptr;
};

} // namespace cx
