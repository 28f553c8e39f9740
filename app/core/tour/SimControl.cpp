#include "tour/SimControl.h"

#include "errors/ApiError.h"
#include "net/ApiClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace cx {

namespace {

ApiRequest controlRequest(const QByteArray &method, const QString &path, const QJsonObject *body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.authenticated = false;
    if (body) {
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    }
    return request;
}

} // namespace

SimControl::SimControl(QObject *parent) : QObject(parent), m_client(std::make_unique<ApiClient>()) {}

SimControl::~SimControl() = default;

void SimControl::setBaseUrl(const QUrl &url)
{
    if (url == m_client->baseUrl())
        return;
    m_client->setBaseUrl(url);
    m_statuses.clear();
}

QUrl SimControl::baseUrl() const
{
    return m_client->baseUrl();
}

ApiRequest SimControl::setScenarioRequest(const QJsonObject &scenario)
{
    return controlRequest("POST", QStringLiteral("/_sim/scenario"), &scenario);
}

ApiRequest SimControl::clearScenariosRequest()
{
    return controlRequest("DELETE", QStringLiteral("/_sim/scenario"), nullptr);
}

ApiRequest SimControl::stateRequest()
{
    return controlRequest("GET", QStringLiteral("/_sim/state"), nullptr);
}

ApiRequest SimControl::configureRequest(const QJsonObject &settings)
{
    return controlRequest("POST", QStringLiteral("/_sim/config"), &settings);
}

ApiRequest SimControl::codesRequest()
{
    return controlRequest("GET", QStringLiteral("/_sim/codes"), nullptr);
}

QJsonObject SimControl::scenario(const QString &code, const std::optional<QString> &path, int delayMs,
                                 int count)
{
    QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("count"), count}};
    if (path)
        body.insert(QStringLiteral("path"), *path);
    if (delayMs > 0)
        body.insert(QStringLiteral("delay_ms"), delayMs);
    return body;
}

std::optional<QJsonObject> SimControl::call(const ApiRequest &request, QString *error, int timeoutMs)
{
    if (m_client->baseUrl().isEmpty()) {
        if (error)
            *error = tr("No simulator to control.");
        return std::nullopt;
    }
    ApiCall *call = m_client->send(request);
    if (!call->isFinished()) {
        QEventLoop loop;
        connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    const bool finished = call->isFinished();
    const ApiResponse response = call->response();
    if (!finished)
        call->cancel();
    call->deleteLater();
    if (!finished || !response.isSuccess()) {
        if (error) {
            const ApiError apiError = ApiError::fromResponse(response);
            *error = !finished ? tr("The simulator did not answer in time.")
                               : tr("The simulator refused: %1")
                                     .arg(apiError.message.isEmpty() ? apiError.code : apiError.message);
        }
        return std::nullopt;
    }
    return QJsonDocument::fromJson(response.body).object();
}

bool SimControl::setScenario(const QJsonObject &scenario, QString *error)
{
    return call(setScenarioRequest(scenario), error).has_value();
}

bool SimControl::clearScenarios(QString *error)
{
    return call(clearScenariosRequest(), error).has_value();
}

bool SimControl::configure(const QJsonObject &settings, QString *error)
{
    return call(configureRequest(settings), error).has_value();
}

std::optional<QJsonObject> SimControl::state(QString *error)
{
    return call(stateRequest(), error);
}

int SimControl::statusOf(const QString &code)
{
    if (m_statuses.isEmpty()) {
        if (const auto codes = call(codesRequest())) {
            for (const QJsonValue &entry : codes->value(QStringLiteral("codes")).toArray()) {
                const QJsonObject object = entry.toObject();
                m_statuses.insert(object.value(QStringLiteral("code")).toString(),
                                  object.value(QStringLiteral("status")).toInt());
            }
        }
    }
    return m_statuses.value(code, -1);
}

} // namespace cx
