// Plays a tour through ApiClient and Session: for each step it injects the step's scenario into the
// simulator over HTTP (POST /_sim/scenario, so an in-process simulator and a separate connect-sim behave
// alike), sends the request, clears the scenario when some of it is left (GET /_sim/state, then
// DELETE /_sim/scenario) and checks the outcome (status,
// ErrorCatalog action, a JSON path that must exist). A step that needs a scenario is skipped with a note
// when the server has no /_sim control (a real account).
//
// A QObject driven by the event loop: stepStarted() and stepFinished() per step, finished() at the end of
// start(). The GUI plays one step at a time with playStep(). Everything a result keeps (request, response
// excerpt, notes) is redacted: neither the client secret nor any token of the run appears in it.
#pragma once

#include "export/Redactor.h"
#include "net/ApiTypes.h"
#include "tour/Tour.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace cx {

class ApiCall;
class ApiClient;
class Session;

enum class StepVerdict { Pending, Matched, Failed, Skipped };

struct TourStepResult
{
    int index = -1;
    QString stepId;
    QString title;
    StepVerdict verdict = StepVerdict::Pending;
    QString note;           // why it was skipped or failed (one line per mismatch), redacted
    QStringList mismatches; // "status 200, expected 403"
    ApiRequest request;     // as sent, redacted
    int status = 0;
    QByteArray reason;
    QString code;               // the error code, if any
    QString action;             // the ErrorCatalog action, "none" for a success
    QString failure;            // networkFailureName() when there was no HTTP response
    QByteArray responseExcerpt; // the start of the body (pretty JSON when it is JSON), redacted
    qint64 elapsedMs = 0;
    bool renewed = false; // the token was renewed after a 401 and the request replayed
};

class TourRunner : public QObject
{
    Q_OBJECT
public:
    // Runs on its own ApiClient and Session (the command line).
    TourRunner(const QUrl &baseUrl, const QString &clientId, const QString &clientSecret, Tour tour,
               QObject *parent = nullptr);
    // Runs on an existing client and session (the desktop app's); both must outlive the runner.
    TourRunner(ApiClient *client, Session *session, Tour tour, QObject *parent = nullptr);

    // The client it sends with (to set its network settings before start()).
    ApiClient *client() const { return m_client; }
    ~TourRunner() override;

    const Tour &tour() const { return m_tour; }
    QUrl baseUrl() const;

    // Plays every step from the first; finished() at the end.
    void start();
    // Plays one step on its own (stepFinished(), no finished()). Ignored while a step is playing.
    void playStep(int index);
    // Abandons the step in flight (its scenario is still cleared); no further signals for it.
    void cancel();
    bool isRunning() const { return m_busy; }

    // The latest result of each step (Pending for steps not played yet).
    const QList<TourStepResult> &results() const { return m_results; }
    bool allMatched() const; // every step matched or was skipped, none failed or pending
    const Redactor &redactor() const { return m_redactor; }

    // How a step's request is sent: by default through the client; the desktop app sends through a request
    // tab instead, so the response view and the error panel show it. `done` must be called exactly once.
    using Sender = std::function<void(const ApiRequest &request,
                                      std::function<void(const ApiResponse &response, bool renewed)> done)>;
    void setSender(Sender sender) { m_sender = std::move(sender); }

    // Markdown of what was shown: each played step's request line and an excerpt of its response.
    QString transcript() const;

    // The request a step sends: the token placeholder replaced by `token`; /oauth paths unauthenticated.
    static ApiRequest buildRequest(const TourStep &step, const QByteArray &token);
    // Checks a response against a step's expectations; fills verdict, mismatches, status, code, action.
    static void judge(const TourStep &step, const ApiResponse &response, TourStepResult *result);
    static QString verdictName(StepVerdict verdict); // "matched", "failed", "skipped", "pending"
    static QString verdictText(StepVerdict verdict); // translated

signals:
    void stepStarted(int index);
    void stepFinished(int index, const cx::TourStepResult &result);
    void finished(bool allMatched);

private:
    void init();
    void begin(int index);
    void injectScenario();
    void sendRequest();
    void onResponse(ApiCall *call);
    void onStepResponse(const ApiResponse &response, bool renewed);
    void clearScenarioThen(std::function<void()> next);
    void finishStep();
    void control(const QByteArray &method, const QJsonObject *body,
                 std::function<void(const ApiResponse &)> done);
    QByteArray excerpt(const ApiResponse &response) const;

    ApiClient *m_client = nullptr;
    Session *m_session = nullptr;
    Tour m_tour;
    Redactor m_redactor;
    Sender m_sender;
    QList<TourStepResult> m_results;
    TourStepResult m_current;
    QPointer<ApiCall> m_call;
    enum class Control { Unknown, Available, Missing };
    Control m_control = Control::Unknown;
    bool m_scenarioSet = false;
    bool m_busy = false;
    bool m_playAll = false;
    int m_index = -1;
    int m_generation = 0; // bumped by cancel(): late answers of an abandoned step are ignored
};

} // namespace cx
