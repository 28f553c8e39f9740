// Issues and checks the simulator's access tokens: JWT-shaped strings
// base64url(header).base64url(payload).base64url(HMAC-SHA256) carrying client, scopes, iat, exp, jti.
// Tokens are stateless to verify, but revocation needs memory: revoked token ids are kept here, and so
// are the scopes a simulated missing_scope took away from a token (withhold()).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace cx::sim {

struct TokenClaims
{
    QString clientId;
    QStringList scopes;
    qint64 issuedAt = 0;  // seconds since the epoch
    qint64 expiresAt = 0; // seconds since the epoch
    QString tokenId;      // jti
};

class TokenService
{
public:
    enum class Check { Valid, Malformed, BadSignature, Expired, Revoked };

    // The wall clock tokens are issued (iat, exp) and checked by, in seconds since the epoch.
    using Clock = std::function<qint64()>;

    explicit TokenService(QByteArray signingKey);

    // Replaces the machine's clock (an empty function puts it back): a test moves its own clock past a
    // token's expiry instead of waiting for it.
    void setClock(Clock secondsSinceEpoch) { m_clock = std::move(secondsSinceEpoch); }

    QString issue(const QString &clientId, const QStringList &scopes, int lifetimeSeconds);
    // Checks signature, expiry and revocation; fills `claims` whenever the signature is good.
    Check verify(const QString &token, TokenClaims *claims = nullptr) const;
    // True when the token was issued by this instance and not yet revoked; it then stays revoked.
    bool revoke(const QString &token);
    // From now on the token (by its jti) no longer carries `scope`: verify() leaves it out of the claims,
    // so introspection and every later request see a token without it. Tokens issued later are unaffected
    // (signing in again picks the scope up, as it would after the client's owner granted it).
    void withhold(const QString &tokenId, const QString &scope);
    // Gives every token back what withhold() took (the simulated errors are cleared).
    void restoreWithheld() { m_withheld.clear(); }

private:
    QByteArray sign(const QByteArray &signingInput) const;
    qint64 now() const;

    QByteArray m_key;
    QSet<QString> m_issued;                 // jti of every token this run issued, so revoke can say "unknown"
    QSet<QString> m_revoked;                // jti
    QHash<QString, QStringList> m_withheld; // jti -> scopes taken away
    Clock m_clock;                          // empty: the machine's (QDateTime::currentSecsSinceEpoch())
};

} // namespace cx::sim
