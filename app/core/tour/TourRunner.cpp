#include "TourRunner.h"

#include "auth/Session.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "net/ApiClient.h"
#include "tour/JsonPath.h"
#include "tour/SimControl.h"
#include "tour/TourTranscript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace cx {

namespace {

constexpr qsizetype ExcerptChars = 1200;
constexpr int ExcerptLines = 30;

QByteArray substitute(QByteArray value, const QByteArray &token)
{
    return value.replace(QByteArray(TourTokenPlaceholder), token);
}

} // namespace

TourRunner::TourRunner(const QUrl &baseUrl, const QString &clientId, const QString &clientSecret, Tour tour,
                       QObject *parent)
    : QObject(parent), m_client(new ApiClient(this)), m_session(new Session(m_client, this)),
      m_tour(std::move(tour))
{
    m_client->setBaseUrl(baseUrl);
    m_client->setTransferTimeout(std::chrono::seconds(15));
    m_client->setSession(m_session);
    m_session->setCredentials(clientId, clientSecret);
    m_redactor.setLiveSecrets(m_session->secrets()); // the secret and every token of the run
    init();
}

TourRunner::TourRunner(ApiClient *client, Session *session, Tour tour, QObject *parent)
    : QObject(parent), m_client(client), m_session(session), m_tour(std::move(tour))
{
    init();
}

TourRunner::~TourRunner()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void TourRunner::init()
{
    for (qsizetype i = 0; i < m_tour.steps.size(); ++i) {
        TourStepResult result;
        result.index = int(i);
        result.stepId = m_tour.steps.at(i).id;
        result.title = m_tour.steps.at(i).title;
        m_results.append(result);
    }
    if (m_session) // every token of the run (a renewal too) is masked wherever it might show up
        m_redactor.setLiveSecrets(m_session->secrets());
}

QUrl TourRunner::baseUrl() const
{
    return m_client->baseUrl();
}

bool TourRunner::allMatched() const
{
    for (const TourStepResult &result : m_results) {
        if (result.verdict != StepVerdict::Matched && result.verdict != StepVerdict::Skipped)
            return false;
    }
    return !m_results.isEmpty();
}

QString TourRunner::verdictName(StepVerdict verdict)
{
    switch (verdict) {
    case StepVerdict::Matched:
        return QStringLiteral("matched");
    case StepVerdict::Failed:
        return QStringLiteral("failed");
    case StepVerdict::Skipped:
        return QStringLiteral("skipped");
    case StepVerdict::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QString TourRunner::verdictText(StepVerdict verdict)
{
    switch (verdict) {
    case StepVerdict::Matched:
        return tr("matched");
    case StepVerdict::Failed:
        return tr("failed");
    case StepVerdict::Skipped:
        return tr("skipped");
    case StepVerdict::Pending:
        break;
    }
    return tr("not played");
}

void TourRunner::start()
{
    if (m_busy || m_tour.steps.isEmpty())
        return;
    for (TourStepResult &result : m_results) {
        const int index = result.index;
        result = TourStepResult{};
        result.index = index;
        result.stepId = m_tour.steps.at(index).id;
        result.title = m_tour.steps.at(index).title;
    }
    m_playAll = true;
    begin(0);
}

void TourRunner::playStep(int index)
{
    if (m_busy || index < 0 || index >= m_tour.steps.size())
        return;
    m_playAll = false;
    begin(index);
}

void TourRunner::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    if (m_call) {
        ApiCall *call = std::exchange(m_call, nullptr);
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    m_busy = false;
    m_playAll = false;
    if (m_scenarioSet) {
        m_scenarioSet = false;
        control("DELETE", nullptr, [](const ApiResponse &) {});
    }
}

void TourRunner::begin(int index)
{
    m_busy = true;
    m_index = index;
    m_scenarioSet = false;
    const TourStep &step = m_tour.steps.at(index);
    m_current = TourStepResult{};
    m_current.index = index;
    m_current.stepId = step.id;
    m_current.title = step.title;
    emit stepStarted(index);
    injectScenario();
}

void TourRunner::control(const QByteArray &method, const QJsonObject *body,
                         std::function<void(const ApiResponse &)> done)
{
    const ApiRequest request = method == "GET" ? SimControl::stateRequest()
                               : method == "DELETE"
                                   ? SimControl::clearScenariosRequest()
                                   : SimControl::setScenarioRequest(body ? *body : QJsonObject());
    ApiCall *call = m_client->send(request);
    const int generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, generation, done = std::move(done)] {
        call->deleteLater();
        if (generation != m_generation)
            return;
        done(call->response());
    });
}

void TourRunner::injectScenario()
{
    const TourStep &step = m_tour.steps.at(m_index);
    if (!step.scenario) {
        sendRequest();
        return;
    }
    if (m_control == Control::Unknown) {
        control("GET", nullptr, [this](const ApiResponse &response) {
            const QJsonDocument state = QJsonDocument::fromJson(response.body);
            m_control = response.isSuccess() && state.isObject() ? Control::Available : Control::Missing;
            injectScenario();
        });
        return;
    }
    if (m_control == Control::Missing) {
        m_current.verdict = StepVerdict::Skipped;
        m_current.note = tr("Skipped: this step needs the simulator's scenario %1, and this server has no "
                            "simulator control (/_sim), e.g. a real account.")
                             .arg(step.scenario->code);
        m_current.request = m_redactor.redact(buildRequest(step, QByteArray()));
        finishStep();
        return;
    }
    // An empty path leaves the simulator's default for the code.
    const QJsonObject body = SimControl::scenario(
        step.scenario->code,
        step.scenario->path.isEmpty() ? std::nullopt : std::optional(step.scenario->path),
        step.scenario->delayMs, step.scenario->count);
    control("POST", &body, [this, step](const ApiResponse &response) {
        if (!response.isSuccess()) {
            const ApiError error = ApiError::fromResponse(response);
            m_current.verdict = StepVerdict::Failed;
            m_current.note = m_redactor.redactText(
                tr("The simulator refused the scenario %1: %2")
                    .arg(step.scenario->code, error.message.isEmpty() ? error.code : error.message));
            m_current.mismatches << m_current.note;
            m_current.request = m_redactor.redact(buildRequest(step, QByteArray()));
            finishStep();
            return;
        }
        m_scenarioSet = true;
        sendRequest();
    });
}

ApiRequest TourRunner::buildRequest(const TourStep &step, const QByteArray &token)
{
    ApiRequest request;
    request.method = step.request.method;
    request.path = step.request.path;
    for (const auto &[name, value] : step.request.query)
        request.query.append({name, QString::fromUtf8(substitute(value.toUtf8(), token))});
    for (const auto &[name, value] : step.request.headers)
        request.headers.append({name, substitute(value, token)});
    request.body = substitute(step.request.body, token);
    if (request.path.startsWith(QLatin1String("/oauth/"))) {
        request.authenticated = false;
        request.sensitiveBody = true;
    }
    return request;
}

void TourRunner::sendRequest()
{
    const TourStep &step = m_tour.steps.at(m_index);
    const QByteArray placeholder(TourTokenPlaceholder);
    const bool needsToken = step.request.body.contains(placeholder) ||
                            std::any_of(step.request.headers.cbegin(), step.request.headers.cend(),
                                        [&](const auto &h) { return h.second.contains(placeholder); }) ||
                            std::any_of(step.request.query.cbegin(), step.request.query.cend(),
                                        [&](const auto &q) { return q.second.contains(placeholder); });
    auto send = [this, &step] {
        const QByteArray token = m_session ? m_session->accessToken() : QByteArray();
        const ApiRequest request = buildRequest(step, token);
        m_current.request = m_redactor.redact(request);
        if (m_sender) {
            const int generation = m_generation;
            m_sender(request, [this, generation](const ApiResponse &response, bool renewed) {
                if (generation == m_generation && m_busy)
                    onStepResponse(response, renewed);
            });
            return;
        }
        ApiCall *call = m_client->send(request);
        m_call = call;
        connect(call, &ApiCall::finished, this, [this, call] { onResponse(call); });
    };
    if (!needsToken || !m_session) {
        send();
        return;
    }
    const int generation = m_generation;
    m_session->withToken(this, [this, generation, send, step](bool ok) {
        if (generation != m_generation)
            return;
        if (ok) {
            send();
            return;
        }
        m_current.request = m_redactor.redact(buildRequest(step, QByteArray()));
        const ApiResponse response = m_session->lastTokenResponse();
        judge(step, response, &m_current);
        m_current.responseExcerpt = excerpt(response);
        m_current.note = m_redactor.redactText(tr("Sign-in failed, so the step could not be sent."));
        clearScenarioThen([this] { finishStep(); });
    });
}

void TourRunner::onResponse(ApiCall *call)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    call->deleteLater();
    onStepResponse(call->response(), call->wasReplayedAfterRenewal());
}

void TourRunner::onStepResponse(const ApiResponse &response, bool renewed)
{
    const TourStep &step = m_tour.steps.at(m_index);
    judge(step, response, &m_current);
    m_current.renewed = renewed;
    m_current.responseExcerpt = excerpt(response);
    for (QString &mismatch : m_current.mismatches)
        mismatch = m_redactor.redactText(mismatch);
    m_current.note = m_redactor.redactText(m_current.note);
    clearScenarioThen([this] { finishStep(); });
}

void TourRunner::clearScenarioThen(std::function<void()> next)
{
    if (!m_scenarioSet) {
        next();
        return;
    }
    m_scenarioSet = false;
    // Only what is left is cleared. A spent scenario may leave its effect on purpose, which clearing
    // would undo while the app still looks at it: a simulated missing_scope withholds the scope from the
    // token, and the error panel asks the server for the token's scopes as the 403 arrives; clearing
    // gives them back (app/sim/README.md).
    control("GET", nullptr, [this, next = std::move(next)](const ApiResponse &state) {
        const QJsonArray left =
            QJsonDocument::fromJson(state.body).object().value(QStringLiteral("scenarios")).toArray();
        if (state.isSuccess() && left.isEmpty()) {
            next();
            return;
        }
        control("DELETE", nullptr, [next](const ApiResponse &) { next(); });
    });
}

void TourRunner::finishStep()
{
    m_busy = false;
    const int index = m_index;
    m_results[index] = m_current;
    emit stepFinished(index, m_current);
    if (!m_playAll)
        return;
    if (index + 1 < m_tour.steps.size()) {
        // Continue from the event loop, so a receiver of stepFinished() sees a settled runner.
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, index, generation] {
            if (generation == m_generation && m_playAll)
                begin(index + 1);
        });
        return;
    }
    m_playAll = false;
    emit finished(allMatched());
}

void TourRunner::judge(const TourStep &step, const ApiResponse &response, TourStepResult *result)
{
    result->status = response.status;
    result->reason = response.reason;
    result->elapsedMs = response.elapsedMs;
    result->mismatches.clear();
    const ApiError error = ApiError::fromResponse(response);
    const ErrorInfo info = error.isError() ? ErrorCatalog::decide(error) : ErrorInfo{};
    result->code = error.isError() ? error.code : QString();
    result->action = error.isError() ? ErrorCatalog::actionName(info.action) : QStringLiteral("none");
    result->failure = response.hasHttpResponse() ? QString() : networkFailureName(response.failure);

    const TourExpect &expect = step.expect;
    if (!response.hasHttpResponse() && expect.action != QLatin1String("network")) {
        result->mismatches << tr("no HTTP response (%1: %2)").arg(result->failure, response.failureDetail);
    } else if (expect.status) {
        if (response.status != *expect.status)
            result->mismatches << tr("status %1, expected %2").arg(response.status).arg(*expect.status);
    } else if (expect.action.isEmpty() && !response.isSuccess() && response.hasHttpResponse()) {
        result->mismatches << tr("status %1 (%2), expected a success").arg(response.status).arg(result->code);
    }
    if (!expect.action.isEmpty() && expect.action != result->action) {
        result->mismatches
            << (result->action == QLatin1String("none")
                    ? tr("no error, expected the action %1").arg(expect.action)
                    : tr("action %1 (%2), expected %3").arg(result->action, result->code, expect.action));
    }
    if (!expect.jsonPath.isEmpty()) {
        QString why;
        const auto path = JsonPath::parse(expect.jsonPath, &why);
        if (!path || !path->evaluate(response.body))
            result->mismatches << tr("%1 is not in the response").arg(expect.jsonPath);
    }
    result->verdict = result->mismatches.isEmpty() ? StepVerdict::Matched : StepVerdict::Failed;
    result->note = result->mismatches.join(QStringLiteral("; "));
}

QByteArray TourRunner::excerpt(const ApiResponse &response) const
{
    QByteArray body = Redactor::redactBody(response.body, response.contentType());
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isNull())
        body = document.toJson(QJsonDocument::Indented).trimmed();
    body = m_redactor.redactText(body);
    QList<QByteArray> lines = body.split('\n');
    bool cut = false;
    if (lines.size() > ExcerptLines) {
        lines = lines.mid(0, ExcerptLines);
        cut = true;
    }
    body = lines.join('\n');
    if (body.size() > ExcerptChars) {
        body.truncate(ExcerptChars);
        cut = true;
    }
    if (cut)
        body += "\n…";
    return body;
}

QString TourRunner::transcript() const
{
    return TourTranscript::markdown(m_tour, m_results, baseUrl(), m_redactor);
}

} // namespace cx
