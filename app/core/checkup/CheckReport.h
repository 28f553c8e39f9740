// The outcome of one account check-up: one CheckResult per check, what the token carries, and the scopes
// that are missing with the endpoints each one blocks. Plain values; JSON with a stable schema
// (schema_version) so saved reports can be compared later (CheckComparison) and shown by the GUI.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace cx {

// Skip: the check could not run (its list was empty or failed, the budget ran out); it never fails a run.
enum class Verdict { Pass, Warn, Fail, Skip };

QString verdictName(Verdict verdict); // "pass", "warn", "fail", "skip"
bool verdictFromName(const QString &name, Verdict *verdict);

struct CheckResult
{
    // Stable identifiers, the key for comparisons: "token_endpoint", "credentials", "token_lifetime",
    // "introspection", "scopes", "scope:<scope>", "rate_limit", "budget", "revoke", and for endpoints
    // "GET /api/templates" or "GET /api/templates/{id}" (the catalog's template).
    QString id;
    QString kind; // "sign_in", "token", "introspection", "endpoint", "item", "scopes", "limits", "revoke"
    QString name; // what the user reads: "Token endpoint reachable", "GET /api/templates"
    Verdict verdict = Verdict::Pass;
    QString code;               // the error code behind a warn/fail ("missing_scope"), empty when none
    QString action;             // ErrorCatalog::actionName of the code ("permission"), empty when none
    QString diagnosis;          // one sentence: what is the matter (redacted)
    QString fix;                // one sentence: what to do (empty on pass)
    int status = 0;             // HTTP status of the request behind the check; 0 when none
    qint64 latencyMs = -1;      // -1 when no request was timed
    QByteArray method;          // for request checks: the request sent, so a front end can reopen it
    QString path;               // concrete path sent (/api/templates/42)
    QStringList requiredScopes; // for endpoint checks: what the catalog requires
    QStringList missingScopes;  // the scopes this check found missing

    QJsonObject toJson() const;
    static std::optional<CheckResult> fromJson(const QJsonObject &object, QString *error);
};

struct MissingScope
{
    QString scope;
    QStringList endpoints; // "GET /api/assets", ... (templates), in catalog order
    // "introspection" (not among the granted scopes), "server" (a 403 named it), or "both".
    QString source;
};

// One x-sim-assumption of the OpenAPI document and what this server showed of it (check --contract).
struct ContractResult
{
    QString assumption; // where the document states it, a JSON pointer: "/components/schemas/PageMeta"
    QString topic;      // "error_shape", "token_format", "expires_in", "scope_rule", "pagination", ...
    QString text;       // the assumption's own words
    QString status;     // "held", "differed" or "untested"
    QString seen;       // what the server did: instead, where it differed; what was looked at otherwise

    QJsonObject toJson() const;
    static ContractResult fromJson(const QJsonObject &object);
};

struct CheckReport
{
    static constexpr int SchemaVersion = 1;

    // Why a run ended. Completed: every planned check ran (whatever the verdicts).
    enum class Outcome { Completed, Unreachable, SignInFailed, RateLimited, OutOfBudget, Cancelled };
    static QString outcomeName(Outcome outcome);
    static bool outcomeFromName(const QString &name, Outcome *outcome);

    QString baseUrl;
    QString clientId;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    Outcome outcome = Outcome::Completed;

    // What sign-in and introspection said (empty/invalid when not known).
    qint64 tokenLifetimeSeconds = -1; // from expires_in; -1 when none was given
    bool introspected = false;
    bool tokenActive = false;
    QString tokenClientId;
    QVariant userId;
    QStringList grantedScopes;
    QDateTime tokenExpiresAt;

    int requestsSent = 0;
    int rateLimitedResponses = 0; // 429s received
    qint64 waitedMs = 0;          // time spent waiting for the rate limit

    QList<CheckResult> checks;
    QList<MissingScope> missingScopes;
    QList<ContractResult> contract; // only with CheckupOptions::contract; in document order

    int count(Verdict verdict) const;
    bool hasFailures() const { return count(Verdict::Fail) > 0; }
    Verdict overall() const; // fail if any fails, else warn if any warns, else pass
    const CheckResult *check(const QString &id) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes(bool indented = true) const;
    // Reads a report written by toJson(). A newer schema_version, a missing "checks" array or a check
    // without id/verdict gives nullopt and a sentence in `error`.
    static std::optional<CheckReport> fromJson(const QJsonObject &object, QString *error);
    static std::optional<CheckReport> fromJsonBytes(const QByteArray &json, QString *error);
};

} // namespace cx
