// How a connect-sim instance is set up: credentials, scopes, limits and injected scenarios.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cx::sim {

// The demo pair the simulator accepts by default; the desktop app's Demo profile uses it too.
inline constexpr char DemoClientId[] = "demo-client";
inline constexpr char DemoClientSecret[] = "demo-secret";

// Every scope the simulator knows, in the order it grants them.
QStringList allScopes();

// An error on demand: answer requests to `pathPrefix` (empty = every /api path) with the documented
// error for `code`, or a transport fault.
struct Scenario
{
    QString code;       // an error code of the catalogue, or "delay", "stall", "drop", "html_502"
    QString pathPrefix; // "" = all resource paths (never the /_sim control paths)
    int delayMs = 0;    // for "delay": answer normally after this long
    int remaining = -1; // how many requests it applies to; -1 = until cleared
};

// How much one client may take of the simulator's process (which may be the desktop app itself): open
// connections, their idle time, the time to send a request head, and head and body sizes.
struct ConnectionLimits
{
    int maxConnections = 256;               // well below the usual 1024 descriptors per process
    int idleTimeoutMs = 30000;              // no byte either way while no answer is owed -> closed
    int headTimeoutMs = 10000;              // from a head's first byte to its end (slowloris) -> 408
    qint64 maxHeaderBytes = 64 * 1024;      // -> 431
    qint64 maxBodyBytes = 16 * 1024 * 1024; // as sent (chunk framing included) -> 413
    int retryAfterSeconds = 1;              // on the 503 of a refused connection
    int lingerMs = 1000;                    // after a raw refusal, how long to wait for the client to hang up
};

// Which error shapes the simulator answers with. CodeMessage: {"code","message"} everywhere (the original
// error document). Documented: the layered shapes of the newer "Errors and troubleshooting" page
// ({"message"} on /api/*, Laravel 422 validation, {success,message,details} from the token endpoint).
enum class Dialect { CodeMessage, Documented };
// Which token request bodies the token endpoint reads: the docs show JSON on one page and
// form-urlencoded with grant_type on another.
enum class TokenFormat { Both, Json, Form };
// Which scopes a resource route requires. PerResource: profile:read plus the resource's own scope (the
// older page's per-resource scopes); All: profile:read, templates:read and assets:read on every /api route
// (the newer overview).
enum class ScopeModel { PerResource, All };

QString dialectName(Dialect dialect); // "code-message", "documented"
bool dialectFromName(const QString &name, Dialect *dialect);
QString tokenFormatName(TokenFormat format); // "both", "json", "form"
bool tokenFormatFromName(const QString &name, TokenFormat *format);
QString scopeModelName(ScopeModel model); // "per-resource", "all"
bool scopeModelFromName(const QString &name, ScopeModel *model);

struct SimConfig
{
    QString clientId = QString::fromLatin1(DemoClientId);
    QString clientSecret = QString::fromLatin1(DemoClientSecret);
    QStringList scopes = allScopes();   // what tokens are granted
    int tokenLifetimeSeconds = 2592000; // 30 days, as the docs' newer page says
    int rateLimitPerSecond = 0;         // 0 = no limit
    QList<Scenario> scenarios;
    QByteArray signingKey;   // HMAC key for tokens; random per run when empty
    quint32 seed = 20261126; // seeded data: same seed, same data
    ConnectionLimits limits;
    Dialect dialect = Dialect::CodeMessage;
    TokenFormat tokenFormat = TokenFormat::Both;
    ScopeModel scopeModel = ScopeModel::PerResource;
};

// The path a scenario applies to when none is given: the token endpoint for inactive_enterprise (the docs'
// 403 from /oauth/access-token), else "" (every /api path).
QString defaultScenarioPath(const QString &code);

// Parses "CODE[@PATH]" (as given to --scenario). Returns false and sets `error` when malformed.
bool parseScenario(const QString &text, Scenario *scenario, QString *error);

} // namespace cx::sim
