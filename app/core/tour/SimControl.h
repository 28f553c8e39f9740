// The client side of the simulator's control API (/_sim, app/sim/README.md): set and clear scenarios,
// read the state, change the configuration, list the scenario codes. Over HTTP, so connect-sim in
// another process and the Demo profile's in-process one are driven alike. TourRunner builds its control
// requests here and sends them through its own ApiClient; the desktop app's Simulate menu uses an
// instance, which sends through an ApiClient of its own (no token, never in the request history).
#pragma once

#include "net/ApiTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace cx {

class ApiClient;

class SimControl : public QObject
{
    Q_OBJECT
public:
    explicit SimControl(QObject *parent = nullptr);
    ~SimControl() override;

    // The simulator's base URL (the control paths are below it).
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;

    // The requests, for any ApiClient. A scenario body: {"code", "path"?, "delay_ms"?, "count"?}.
    static ApiRequest setScenarioRequest(const QJsonObject &scenario); // POST /_sim/scenario
    static ApiRequest clearScenariosRequest();                         // DELETE /_sim/scenario
    static ApiRequest stateRequest();                                  // GET /_sim/state
    static ApiRequest configureRequest(const QJsonObject &settings);   // POST /_sim/config
    static ApiRequest codesRequest();                                  // GET /_sim/codes
    // {"code", "path", "delay_ms" (when > 0), "count"}; an empty `path` is sent as such (every path),
    // none is left out (the simulator's default for the code: every /api path).
    static QJsonObject scenario(const QString &code, const std::optional<QString> &path, int delayMs,
                                int count);

    // Sends `request` and waits for the answer (at most `timeoutMs`), so what it sets applies to the very
    // next request. User input is held back meanwhile. The reply's JSON object, or nullopt (and `error`)
    // when the simulator did not accept it.
    std::optional<QJsonObject> call(const ApiRequest &request, QString *error = nullptr,
                                    int timeoutMs = 5000);

    // Conveniences over call(): true when the simulator accepted.
    bool setScenario(const QJsonObject &scenario, QString *error = nullptr);
    bool clearScenarios(QString *error = nullptr);
    bool configure(const QJsonObject &settings, QString *error = nullptr);
    std::optional<QJsonObject> state(QString *error = nullptr);
    // The HTTP status each scenario code is answered with (0 for the faults), asked once per base URL;
    // -1 for a code the simulator does not know (or when it cannot be asked).
    int statusOf(const QString &code);

private:
    std::unique_ptr<ApiClient> m_client;
    QHash<QString, int> m_statuses; // from GET /_sim/codes, for m_client's base URL
};

} // namespace cx
