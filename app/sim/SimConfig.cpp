#include "SimConfig.h"

#include <QCoreApplication>

namespace cx::sim {

QStringList allScopes()
{
    // The docs disagree on the scope set (see resources/connect-api.json, x-sim-assumption): the
    // simulator grants the union, so a client written against either page works.
    return {QStringLiteral("profile:read"), QStringLiteral("templates:read"), QStringLiteral("assets:read"),
            QStringLiteral("brandkit:read")};
}

bool parseScenario(const QString &text, Scenario *scenario, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    const QString code = at < 0 ? trimmed : trimmed.left(at);
    const QString path = at < 0 ? QString() : trimmed.mid(at + 1);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (code.isEmpty())
        return fail(QCoreApplication::translate("cx::sim", "A scenario needs a code, as in CODE[@PATH]."));
    for (const QChar c : code) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('_')))
            return fail(
                QCoreApplication::translate("cx::sim", "'%1' is not a valid scenario code.").arg(code));
    }
    if (at >= 0 && !path.startsWith(QLatin1Char('/')))
        return fail(
            QCoreApplication::translate("cx::sim", "The scenario path '%1' must start with '/'.").arg(path));
    if (scenario) {
        scenario->code = code;
        scenario->pathPrefix = path;
    }
    return true;
}

} // namespace cx::sim
