#include "CheckReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::CheckReport)
};

constexpr const char *verdictNames[] = {"pass", "warn", "fail", "skip"};
constexpr const char *outcomeNames[] = {"completed",    "unreachable",   "sign_in_failed",
                                        "rate_limited", "out_of_budget", "cancelled"};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QJsonValue dateValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QDateTime dateFrom(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QString verdictName(Verdict verdict)
{
    return QString::fromLatin1(verdictNames[static_cast<int>(verdict)]);
}

bool verdictFromName(const QString &name, Verdict *verdict)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(verdictNames[i])) {
            *verdict = static_cast<Verdict>(i);
            return true;
        }
    }
    return false;
}

QString CheckReport::outcomeName(Outcome outcome)
{
    return QString::fromLatin1(outcomeNames[static_cast<int>(outcome)]);
}

bool CheckReport::outcomeFromName(const QString &name, Outcome *outcome)
{
    for (int i = 0; i < 6; ++i) {
        if (name == QLatin1String(outcomeNames[i])) {
            *outcome = static_cast<Outcome>(i);
            return true;
        }
    }
    return false;
}

QJsonObject CheckResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("name"), name},
        {QStringLiteral("verdict"), verdictName(verdict)},
        {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)},
        {QStringLiteral("action"), action.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(action)},
        {QStringLiteral("diagnosis"), diagnosis},
        {QStringLiteral("fix"), fix},
        {QStringLiteral("status"), status > 0 ? QJsonValue(status) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("latency_ms"), latencyMs >= 0 ? QJsonValue(latencyMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("method"),
         method.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(method))},
        {QStringLiteral("path"), path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path)},
        {QStringLiteral("required_scopes"), toArray(requiredScopes)},
        {QStringLiteral("missing_scopes"), toArray(missingScopes)},
    };
}

std::optional<CheckResult> CheckResult::fromJson(const QJsonObject &object, QString *error)
{
    CheckResult result;
    result.id = str(object, "id");
    if (result.id.isEmpty()) {
        *error = Tr::tr("a check has no \"id\"");
        return std::nullopt;
    }
    if (!verdictFromName(str(object, "verdict"), &result.verdict)) {
        *error =
            Tr::tr("the check \"%1\" has no valid \"verdict\" (pass, warn, fail or skip)").arg(result.id);
        return std::nullopt;
    }
    result.kind = str(object, "kind");
    result.name = str(object, "name");
    result.code = str(object, "code");
    result.action = str(object, "action");
    result.diagnosis = str(object, "diagnosis");
    result.fix = str(object, "fix");
    result.status = object.value(QLatin1String("status")).toInt();
    result.latencyMs = object.value(QLatin1String("latency_ms")).isDouble()
                           ? qint64(object.value(QLatin1String("latency_ms")).toDouble())
                           : -1;
    result.method = str(object, "method").toLatin1();
    result.path = str(object, "path");
    result.requiredScopes = toList(object.value(QLatin1String("required_scopes")));
    result.missingScopes = toList(object.value(QLatin1String("missing_scopes")));
    return result;
}

int CheckReport::count(Verdict verdict) const
{
    return int(std::count_if(checks.cbegin(), checks.cend(),
                             [verdict](const CheckResult &check) { return check.verdict == verdict; }));
}

Verdict CheckReport::overall() const
{
    if (count(Verdict::Fail) > 0)
        return Verdict::Fail;
    return count(Verdict::Warn) > 0 ? Verdict::Warn : Verdict::Pass;
}

const CheckResult *CheckReport::check(const QString &id) const
{
    for (const CheckResult &result : checks) {
        if (result.id == id)
            return &result;
    }
    return nullptr;
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray checkArray;
    for (const CheckResult &result : checks)
        checkArray.append(result.toJson());
    QJsonArray missing;
    for (const MissingScope &scope : missingScopes) {
        missing.append(QJsonObject{{QStringLiteral("scope"), scope.scope},
                                   {QStringLiteral("endpoints"), toArray(scope.endpoints)},
                                   {QStringLiteral("source"), scope.source}});
    }
    QJsonValue user(QJsonValue::Null);
    if (userId.isValid() && !userId.isNull())
        user = QJsonValue::fromVariant(userId);
    const qint64 durationMs =
        startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : qint64(0);
    QJsonObject result{
        {QStringLiteral("schema_version"), SchemaVersion},
        {QStringLiteral("kind"), QStringLiteral("connect-checkup")},
        {QStringLiteral("base_url"), baseUrl},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("started_at"), dateValue(startedAt)},
        {QStringLiteral("finished_at"), dateValue(finishedAt)},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("verdict"), verdictName(overall())},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("pass"), count(Verdict::Pass)},
                                                {QStringLiteral("warn"), count(Verdict::Warn)},
                                                {QStringLiteral("fail"), count(Verdict::Fail)},
                                                {QStringLiteral("skip"), count(Verdict::Skip)}}},
        {QStringLiteral("token"),
         QJsonObject{
             {QStringLiteral("lifetime_seconds"),
              tokenLifetimeSeconds >= 0 ? QJsonValue(tokenLifetimeSeconds) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("introspected"), introspected},
             {QStringLiteral("active"),
              introspected ? QJsonValue(tokenActive) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("client_id"),
              tokenClientId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tokenClientId)},
             {QStringLiteral("user_id"), user},
             {QStringLiteral("scopes"), toArray(grantedScopes)},
             {QStringLiteral("expires_at"), dateValue(tokenExpiresAt)},
         }},
        {QStringLiteral("requests"), QJsonObject{{QStringLiteral("sent"), requestsSent},
                                                 {QStringLiteral("rate_limited"), rateLimitedResponses},
                                                 {QStringLiteral("waited_ms"), waitedMs}}},
        {QStringLiteral("missing_scopes"), missing},
        {QStringLiteral("checks"), checkArray},
    };
    if (!contract.isEmpty()) { // a field added within schema version 1: only when the run checked it
        QJsonArray entries;
        for (const ContractResult &entry : contract)
            entries.append(entry.toJson());
        result.insert(QStringLiteral("contract"), entries);
    }
    return result;
}

QJsonObject ContractResult::toJson() const
{
    return QJsonObject{{QStringLiteral("assumption"), assumption},
                       {QStringLiteral("topic"), topic},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("seen"), seen}};
}

ContractResult ContractResult::fromJson(const QJsonObject &object)
{
    return {str(object, "assumption"), str(object, "topic"), str(object, "text"), str(object, "status"),
            str(object, "seen")};
}

QByteArray CheckReport::toJsonBytes(bool indented) const
{
    return QJsonDocument(toJson()).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

std::optional<CheckReport> CheckReport::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue version = object.value(QLatin1String("schema_version"));
    if (!version.isDouble()) {
        *error = Tr::tr("not a check-up report: \"schema_version\" is missing");
        return std::nullopt;
    }
    if (version.toInt() > SchemaVersion || version.toInt() < 1) {
        *error = Tr::tr("the report has schema_version %1; this version reads up to %2")
                     .arg(version.toInt())
                     .arg(SchemaVersion);
        return std::nullopt;
    }
    if (!object.value(QLatin1String("checks")).isArray()) {
        *error = Tr::tr("not a check-up report: the \"checks\" array is missing");
        return std::nullopt;
    }
    CheckReport report;
    report.baseUrl = str(object, "base_url");
    report.clientId = str(object, "client_id");
    report.startedAt = dateFrom(object.value(QLatin1String("started_at")));
    report.finishedAt = dateFrom(object.value(QLatin1String("finished_at")));
    if (!outcomeFromName(str(object, "outcome"), &report.outcome))
        report.outcome = Outcome::Completed;
    const QJsonObject token = object.value(QLatin1String("token")).toObject();
    const QJsonValue lifetime = token.value(QLatin1String("lifetime_seconds"));
    report.tokenLifetimeSeconds = lifetime.isDouble() ? qint64(lifetime.toDouble()) : -1;
    report.introspected = token.value(QLatin1String("introspected")).toBool();
    report.tokenActive = token.value(QLatin1String("active")).toBool();
    report.tokenClientId = str(token, "client_id");
    const QJsonValue user = token.value(QLatin1String("user_id"));
    if (!user.isNull() && !user.isUndefined())
        report.userId = user.toVariant();
    report.grantedScopes = toList(token.value(QLatin1String("scopes")));
    report.tokenExpiresAt = dateFrom(token.value(QLatin1String("expires_at")));
    const QJsonObject requests = object.value(QLatin1String("requests")).toObject();
    report.requestsSent = requests.value(QLatin1String("sent")).toInt();
    report.rateLimitedResponses = requests.value(QLatin1String("rate_limited")).toInt();
    report.waitedMs = qint64(requests.value(QLatin1String("waited_ms")).toDouble());
    for (const QJsonValue &value : object.value(QLatin1String("missing_scopes")).toArray()) {
        const QJsonObject item = value.toObject();
        report.missingScopes.append(
            {str(item, "scope"), toList(item.value(QLatin1String("endpoints"))), str(item, "source")});
    }
    for (const QJsonValue &value : object.value(QLatin1String("checks")).toArray()) {
        const auto result = CheckResult::fromJson(value.toObject(), error);
        if (!result)
            return std::nullopt;
        report.checks.append(*result);
    }
    for (const QJsonValue &value : object.value(QLatin1String("contract")).toArray())
        report.contract.append(ContractResult::fromJson(value.toObject()));
    return report;
}

std::optional<CheckReport> CheckReport::fromJsonBytes(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = Tr::tr("not a check-up report: the JSON is not an object");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

} // namespace cx
