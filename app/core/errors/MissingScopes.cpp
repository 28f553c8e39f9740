#include "MissingScopes.h"

#include <QRegularExpression>

namespace cx {

QStringList MissingScopes::namedBy(const ApiError &error)
{
    if (!error.requiredScope.isEmpty())
        return error.requiredScope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!error.message.contains(QLatin1String("scope"), Qt::CaseInsensitive))
        return {};
    static const QRegularExpression quoted(
        QStringLiteral("['\"`\u2018\u201C]([A-Za-z0-9_.:/-]+)['\"`\u2019\u201D]"));
    QStringList scopes;
    for (auto it = quoted.globalMatch(error.message); it.hasNext();) {
        const QString scope = it.next().captured(1);
        if (!scopes.contains(scope))
            scopes << scope;
    }
    return scopes;
}

QStringList MissingScopes::of(const ApiError &error, const QStringList &required, const QStringList &granted)
{
    const QStringList named = namedBy(error);
    if (!named.isEmpty())
        return named;
    QStringList result;
    for (const QString &scope : required) {
        if (!granted.contains(scope))
            result << scope;
    }
    return result;
}

} // namespace cx
