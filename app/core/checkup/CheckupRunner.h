// The account check-up: signs in with an account's credentials, introspects the token, calls every safe
// (GET) endpoint of the catalog once and one item of each list, and says per check what is wrong and what
// to do. It never sends anything but GETs to /api (plus the OAuth calls), stays within a time and request
// budget, and follows the rate limit (X-RateLimit-Remaining/Reset, Retry-After): it waits when the wait
// fits the budget, else stops with a warn row; it never retries a 429 more than once.
//
// A QObject driven by the event loop: progress() and checkFinished() as it goes, finished() once at the
// end (also after cancel()). The report is redacted as it is built: neither the client secret nor any
// token appears in it.
#pragma once

#include "catalog/EndpointCatalog.h"
#include "checkup/CheckReport.h"
#include "checkup/ContractCheck.h"
#include "export/Redactor.h"
#include "net/ApiTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <chrono>
#include <optional>

class QTimer;

namespace cx {

class ApiCall;
class ApiClient;
class Session;
struct TokenInfo;
struct ApiError;

struct CheckupOptions
{
    std::chrono::milliseconds budget{std::chrono::seconds(60)}; // wall time for the whole run
    int maxRequests = 100;                                      // requests to /api (OAuth calls not counted)
    bool followIds = true;    // after a list, fetch one item of it (data[0].id)
    bool revokeAtEnd = false; // revoke the check-up's own token at the end
    std::chrono::milliseconds transferTimeout{std::chrono::seconds(15)}; // for a runner-owned client
    qint64 shortLifetimeSeconds = 600; // a token living less than this is a warning
    qint64 slowMs = 5000;              // an endpoint answering slower than this is a warning
    // Judge every x-sim-assumption of the document (CheckReport::contract); adds two GETs to the first
    // list: one without a token (the error shape) and one with per_page=0 (the validation answer).
    bool contract = false;
    // The OpenAPI document the catalog was read from, for its parameter schemas (an id taken from a list
    // is checked against the {id} it is about to fill) and its assumptions. Empty: the bundled one.
    QJsonObject document;
};

class CheckupRunner : public QObject
{
    Q_OBJECT
public:
    // Runs on its own ApiClient and Session, nothing shared with the rest of the application.
    CheckupRunner(const QUrl &baseUrl, const QString &clientId, const QString &clientSecret,
                  EndpointCatalog catalog, CheckupOptions options = {}, QObject *parent = nullptr);
    // Runs on an existing client and session (the current profile's); both must outlive the runner.
    // The session signs in afresh (the token endpoint is one of the checks); with revokeAtEnd it is
    // signed out at the end.
    CheckupRunner(ApiClient *client, Session *session, EndpointCatalog catalog, CheckupOptions options = {},
                  QObject *parent = nullptr);
    ~CheckupRunner() override;

    // The client it sends with (to set its network settings before start()).
    ApiClient *client() const { return m_client; }

    // The OpenAPI document built into connect_core (resources/connect-api.json).
    static std::optional<EndpointCatalog> bundledCatalog(QString *error);

    void start();
    // Stops at once: the request in flight is abandoned and finished() is emitted with outcome Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    const CheckReport &report() const { return m_report; }
    const CheckupOptions &options() const { return m_options; }
    // Knows the client secret (when given) and every token of the run: for rendering and export.
    const Redactor &redactor() const { return m_redactor; }
    // How many steps progress() counts to (known after start()).
    int totalSteps() const { return m_total; }

    // The request and (redacted) response behind a check, for "open this request" in a front end.
    struct Exchange
    {
        ApiRequest request;
        ApiResponse response;
    };
    std::optional<Exchange> exchange(const QString &checkId) const;

signals:
    void progress(int done, int total, const QString &currentCheck);
    void checkFinished(const cx::CheckResult &result);
    void finished(const cx::CheckReport &report);

private:
    enum class Step { Idle, SignIn, Introspect, Endpoints, Revoke, Done };
    struct Job
    {
        const Endpoint *endpoint = nullptr;
        QString id;      // "GET /api/templates"
        int parent = -1; // for items: the index of the list job that yields the ID
        QString skipWhy; // when set, the job is not sent
    };

    void init();
    void plan();
    void advance(const QString &nextCheck);
    void addResult(CheckResult result);
    void finish(CheckReport::Outcome outcome);

    void onSignedIn();
    void onSignInFailed();
    void checkLifetime();
    void startIntrospection();
    void onIntrospected(const TokenInfo &info);
    void onIntrospectFailed(const ApiError &error);

    void nextJob();
    void sendJob();
    void onJobFinished(ApiCall *call);
    void judgeJob(const Job &job, const ApiRequest &request, const ApiResponse &response);
    void readRateHeaders(const ApiResponse &response);
    void stopEarly(CheckReport::Outcome outcome, const QString &code, const QString &diagnosis,
                   const QString &fix);
    void waitThen(qint64 ms, void (CheckupRunner::*next)());
    qint64 remainingBudgetMs() const;

    void judgeScopes();
    void startRevoke();
    void sendProbe(bool withToken);
    void onProbeFinished(ApiCall *call, bool withToken);
    ContractObservations::Answer observe(const ApiResponse &response) const;
    QString idRefusal(int listJob, const QString &id) const;

    QStringList scopesNamedBy(const ApiError &error) const;
    void noteMissing(const QString &scope, const QString &endpointId, const QString &source);
    QString redacted(const QString &text) const { return m_redactor.redactText(text); }

    ApiClient *m_client = nullptr;
    Session *m_session = nullptr;
    QString m_clientId;
    EndpointCatalog m_catalog;
    CheckupOptions m_options;
    CheckReport m_report;
    Redactor m_redactor;

    Step m_step = Step::Idle;
    bool m_running = false;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepTimer;
    QTimer *m_waitTimer = nullptr;
    QTimer *m_budgetTimer = nullptr; // ends a request still in flight when the budget runs out
    void (CheckupRunner::*m_afterWait)() = nullptr;
    QPointer<ApiCall> m_call;
    bool m_revokeFailed = false;

    QList<Job> m_jobs;
    int m_nextJob = 0;
    bool m_retriedAfter429 = false;
    QHash<int, QString> m_firstIds;    // list job index -> data[0].id
    QHash<int, QString> m_listTrouble; // list job index -> why it gave no ID
    QSet<int> m_refusedIds;            // list job index whose first ID the document's {id} refuses
    ContractCheck m_contract{{}};
    ContractObservations m_seen;
    QHash<QString, Exchange> m_exchanges;
    // scope -> (endpoint ids, sources)
    QMap<QString, QPair<QStringList, QStringList>> m_missing;

    int m_rateRemaining = -1;
    qint64 m_rateResetAtMs = -1; // on m_clock
    int m_rateLimit = -1;

    int m_done = 0;
    int m_total = 0;
};

} // namespace cx
