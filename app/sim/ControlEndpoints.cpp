#include "ControlEndpoints.h"

#include "ErrorTable.h"
#include "ScenarioInjector.h"
#include "SimulatorCore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace cx::sim {

namespace {

bool readObject(const SimRequest &request, QJsonObject *object, SimResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = SimResponse::error(422, QStringLiteral("bad_request_body"),
                                    QStringLiteral("The body must be a JSON object."));
        return false;
    }
    *object = document.object();
    return true;
}

SimResponse invalidField(const QString &name, const QString &why)
{
    return SimResponse::error(422, QStringLiteral("invalid_field"),
                              QStringLiteral("The field '%1' %2").arg(name, why));
}

// An optional integer field within [minimum, maximum]; absent leaves `value` alone.
bool readInt(const QJsonObject &object, const QString &name, int minimum, int maximum, int *value,
             SimResponse *error)
{
    if (!object.contains(name))
        return true;
    const QJsonValue v = object.value(name);
    const double number = v.toDouble(-1e18);
    if (!v.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum) {
        *error =
            invalidField(name, QStringLiteral("must be an integer from %1 to %2.").arg(minimum).arg(maximum));
        return false;
    }
    *value = int(number);
    return true;
}

// An optional field naming one value of an enum ("documented", "form", ...); absent leaves `value` alone.
template<typename Enum>
bool readName(const QJsonObject &object, const QString &name, bool (*fromName)(const QString &, Enum *),
              Enum *value, SimResponse *error)
{
    if (!object.contains(name))
        return true;
    if (!fromName(object.value(name).toString(), value)) {
        *error = invalidField(
            name,
            QStringLiteral("names no known setting: '%1'.").arg(object.value(name).toVariant().toString()));
        return false;
    }
    return true;
}

bool isLoopbackHost(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// "127.0.0.1", "localhost:8787", "[::1]:8787": a loopback host, with an optional numeric port.
bool isLoopbackAuthority(const QByteArray &value)
{
    QString authority = QString::fromLatin1(value.trimmed());
    QString host = authority;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = authority.left(close + 1);
        authority = authority.mid(close + 1);
    } else {
        const qsizetype colon = authority.indexOf(QLatin1Char(':'));
        host = colon < 0 ? authority : authority.left(colon);
        authority = colon < 0 ? QString() : authority.mid(colon);
    }
    if (!authority.isEmpty()) {
        bool ok = false;
        if (!authority.startsWith(QLatin1Char(':')) || authority.mid(1).toUInt(&ok) > 65535 || !ok)
            return false;
    }
    return isLoopbackHost(host);
}

bool isLoopbackOrigin(const QByteArray &value)
{
    // "null" (a sandboxed frame, a file: page) is no loopback client either.
    const QUrl origin(QString::fromLatin1(value.trimmed()), QUrl::StrictMode);
    if (!origin.isValid() ||
        (origin.scheme() != QLatin1String("http") && origin.scheme() != QLatin1String("https")))
        return false;
    return isLoopbackHost(origin.host());
}

} // namespace

std::optional<SimResponse> ControlEndpoints::refusal(const SimRequest &request)
{
    if (!isLoopbackAuthority(request.header("host"))) {
        return SimResponse::error(
            421, QStringLiteral("misdirected_request"),
            QStringLiteral("The control API answers only requests for a loopback host."));
    }
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && !isLoopbackOrigin(origin)) {
        return SimResponse::error(403, QStringLiteral("forbidden_origin"),
                                  QStringLiteral("The control API answers only pages on a loopback origin."));
    }
    const bool hasBody = !request.body.isEmpty() || request.method == "POST" || request.method == "PUT" ||
                         request.method == "PATCH";
    if (hasBody) {
        const QByteArray type = request.header("content-type").split(';').value(0).trimmed().toLower();
        if (type != "application/json") {
            return SimResponse::error(415, QStringLiteral("unsupported_media_type"),
                                      QStringLiteral("The control API takes only application/json bodies."));
        }
    }
    return std::nullopt;
}

SimResponse ControlEndpoints::setScenario(SimulatorCore &core, const SimRequest &request)
{
    QJsonObject body;
    SimResponse error;
    if (!readObject(request, &body, &error))
        return error;
    const QString code = body.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return SimResponse::error(422, QStringLiteral("missing_field"),
                                  QStringLiteral("The field 'code' is required."));
    if (!ScenarioInjector::isKnownCode(code))
        return invalidField(QStringLiteral("code"),
                            QStringLiteral("names no known scenario: '%1'.").arg(code));

    Scenario scenario;
    scenario.code = code;
    scenario.pathPrefix = body.contains(QStringLiteral("path"))
                              ? body.value(QStringLiteral("path")).toString()
                              : defaultScenarioPath(code);
    if (!scenario.pathPrefix.isEmpty() && !scenario.pathPrefix.startsWith(QLatin1Char('/')))
        return invalidField(QStringLiteral("path"), QStringLiteral("must start with '/'."));
    if (!readInt(body, QStringLiteral("delay_ms"), 0, 600000, &scenario.delayMs, &error))
        return error;
    if (!readInt(body, QStringLiteral("count"), -1, 1000000, &scenario.remaining, &error))
        return error;
    if (scenario.remaining == 0)
        return invalidField(QStringLiteral("count"),
                            QStringLiteral("must be -1 (until cleared) or at least 1."));
    core.setScenario(scenario);
    return state(core);
}

SimResponse ControlEndpoints::clearScenarios(SimulatorCore &core)
{
    core.clearScenarios();
    return state(core);
}

SimResponse ControlEndpoints::state(const SimulatorCore &core)
{
    return SimResponse::json(200, core.state());
}

SimResponse ControlEndpoints::configure(SimulatorCore &core, const SimRequest &request)
{
    QJsonObject body;
    SimResponse error;
    if (!readObject(request, &body, &error))
        return error;

    // Validate everything before changing anything, so a bad request leaves the state as it was.
    std::optional<QStringList> scopes;
    if (body.contains(QStringLiteral("scopes"))) {
        const QJsonValue value = body.value(QStringLiteral("scopes"));
        QStringList list;
        if (value.isArray()) {
            for (const QJsonValue &scope : value.toArray())
                list << scope.toString();
        } else if (value.isString()) {
            list = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else {
            return invalidField(QStringLiteral("scopes"), QStringLiteral("must be an array of strings."));
        }
        for (QString &scope : list)
            scope = scope.trimmed();
        scopes = list;
    }
    int rateLimit = core.config().rateLimitPerSecond;
    int lifetime = core.config().tokenLifetimeSeconds;
    if (!readInt(body, QStringLiteral("rate_limit"), 0, 1000000, &rateLimit, &error))
        return error;
    if (!readInt(body, QStringLiteral("token_lifetime"), 1, 400000000, &lifetime, &error))
        return error;
    Dialect dialect = core.config().dialect;
    TokenFormat tokenFormat = core.config().tokenFormat;
    ScopeModel scopeModel = core.config().scopeModel;
    if (!readName(body, QStringLiteral("dialect"), dialectFromName, &dialect, &error) ||
        !readName(body, QStringLiteral("token_format"), tokenFormatFromName, &tokenFormat, &error) ||
        !readName(body, QStringLiteral("scope_model"), scopeModelFromName, &scopeModel, &error))
        return error;

    if (scopes)
        core.setScopes(*scopes);
    if (rateLimit != core.config().rateLimitPerSecond)
        core.setRateLimit(rateLimit);
    core.setTokenLifetime(lifetime);
    core.setDialect(dialect);
    core.setTokenFormat(tokenFormat);
    core.setScopeModel(scopeModel);
    return state(core);
}

SimResponse ControlEndpoints::codes()
{
    QJsonArray list;
    for (const QString &code : ErrorTable::codes()) {
        const ErrorSpec *spec = ErrorTable::find(code);
        list.append(
            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("status"), spec ? spec->status : 0}});
    }
    for (const QString &fault : ScenarioInjector::faultCodes())
        list.append(QJsonObject{{QStringLiteral("code"), fault}, {QStringLiteral("status"), 0}});
    return SimResponse::json(200, QJsonObject{{QStringLiteral("codes"), list}});
}

} // namespace cx::sim
