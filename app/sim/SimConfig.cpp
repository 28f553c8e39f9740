#include "SimConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace cx::sim {

QStringList allScopes()
{
    // The docs disagree on the scope set (see resources/connect-api.json, x-sim-assumption): the
    // simulator grants the union, so a client written against either page works.
    return {QStringLiteral("profile:read"), QStringLiteral("templates:read"), QStringLiteral("assets:read"),
            QStringLiteral("brandkit:read")};
}

namespace {

template<typename Enum>
bool fromName(const QString &name, const QList<QPair<Enum, const char *>> &names, Enum *value)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.second)) {
            *value = entry.first;
            return true;
        }
    }
    return false;
}

template<typename Enum> QString toName(Enum value, const QList<QPair<Enum, const char *>> &names)
{
    for (const auto &entry : names) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return {};
}

const QList<QPair<Dialect, const char *>> DialectNames = {{Dialect::CodeMessage, "code-message"},
                                                          {Dialect::Documented, "documented"}};
const QList<QPair<TokenFormat, const char *>> TokenFormatNames = {
    {TokenFormat::Both, "both"}, {TokenFormat::Json, "json"}, {TokenFormat::Form, "form"}};
const QList<QPair<ScopeModel, const char *>> ScopeModelNames = {{ScopeModel::PerResource, "per-resource"},
                                                                {ScopeModel::All, "all"}};

} // namespace

QString dialectName(Dialect dialect)
{
    return toName(dialect, DialectNames);
}

bool dialectFromName(const QString &name, Dialect *dialect)
{
    return fromName(name, DialectNames, dialect);
}

QString tokenFormatName(TokenFormat format)
{
    return toName(format, TokenFormatNames);
}

bool tokenFormatFromName(const QString &name, TokenFormat *format)
{
    return fromName(name, TokenFormatNames, format);
}

QString scopeModelName(ScopeModel model)
{
    return toName(model, ScopeModelNames);
}

bool scopeModelFromName(const QString &name, ScopeModel *model)
{
    return fromName(name, ScopeModelNames, model);
}

QString defaultScenarioPath(const QString &code)
{
    if (code == QLatin1String("inactive_enterprise"))
        return QStringLiteral("/oauth/access-token");
    return {};
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
        scenario->pathPrefix = at < 0 ? defaultScenarioPath(code) : path;
    }
    return true;
}

} // namespace cx::sim
