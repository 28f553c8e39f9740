// Issues and checks the simulator's access tokens: JWT-shaped strings
// base64url(header).base64url(payload).base64url(HMAC-SHA256) carrying client, scopes, iat, exp, jti.
// Tokens are stateless to verify, but revocation needs memory: revoked token ids are kept here.
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

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

    explicit TokenService(QByteArray signingKey);

    QString issue(const QString &clientId, const QStringList &scopes, int lifetimeSeconds);
    // Checks signature, expiry and revocation; fills `claims` whenever the signature is good.
    Check verify(const QString &token, TokenClaims *claims = nullptr) const;
    // True when the token was issued by this instance and not yet revoked; it then stays revoked.
    bool revoke(const QString &token);

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_key;
    QSet<QString> m_issued;  // jti of every token this run issued, so revoke can say "unknown"
    QSet<QString> m_revoked; // jti
};

} // namespace cx::sim
