#include "TokenService.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

namespace cx::sim {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return key;
}

// Compares in time independent of where the first difference is, as a real verifier must.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

TokenService::TokenService(QByteArray signingKey)
    : m_key(signingKey.isEmpty() ? randomKey() : std::move(signingKey))
{}

qint64 TokenService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

QByteArray TokenService::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256)
        .toBase64(Base64Url);
}

QString TokenService::issue(const QString &clientId, const QStringList &scopes, int lifetimeSeconds)
{
    const qint64 issuedAt = now();
    const QString jti = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
        {QStringLiteral("iss"), QStringLiteral("connect-sim")},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + lifetimeSeconds},
        {QStringLiteral("jti"), jti},
    };
    const QByteArray signingInput = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(Base64Url) +
                                    '.' +
                                    QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    m_issued.insert(jti);
    return QString::fromLatin1(signingInput + '.' + sign(signingInput));
}

TokenService::Check TokenService::verify(const QString &token, TokenClaims *claims) const
{
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return Check::Malformed;
    if (!equalConstantTime(sign(parts[0] + '.' + parts[1]), parts[2]))
        return Check::BadSignature;

    const auto decoded = QByteArray::fromBase64Encoding(parts[1], QByteArray::Base64UrlEncoding);
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded);
    if (!decoded || !document.isObject())
        return Check::Malformed;
    const QJsonObject payload = document.object();
    TokenClaims parsed;
    parsed.clientId = payload.value(QStringLiteral("client_id")).toString();
    for (const QJsonValue &scope : payload.value(QStringLiteral("scopes")).toArray())
        parsed.scopes << scope.toString();
    parsed.issuedAt = payload.value(QStringLiteral("iat")).toInteger();
    parsed.expiresAt = payload.value(QStringLiteral("exp")).toInteger();
    parsed.tokenId = payload.value(QStringLiteral("jti")).toString();
    for (const QString &scope : m_withheld.value(parsed.tokenId))
        parsed.scopes.removeAll(scope);
    if (claims)
        *claims = parsed;

    if (m_revoked.contains(parsed.tokenId))
        return Check::Revoked;
    if (now() >= parsed.expiresAt)
        return Check::Expired;
    return Check::Valid;
}

bool TokenService::revoke(const QString &token)
{
    TokenClaims claims;
    const Check check = verify(token, &claims);
    if (check != Check::Valid && check != Check::Expired)
        return false;
    if (!m_issued.contains(claims.tokenId))
        return false;
    m_revoked.insert(claims.tokenId);
    return true;
}

void TokenService::withhold(const QString &tokenId, const QString &scope)
{
    QStringList &scopes = m_withheld[tokenId];
    if (!scopes.contains(scope))
        scopes << scope;
}

} // namespace cx::sim
