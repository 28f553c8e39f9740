#include "ScenarioInjector.h"

#include "ErrorTable.h"

namespace cx::sim {

QStringList ScenarioInjector::faultCodes()
{
    return {QStringLiteral("delay"), QStringLiteral("stall"), QStringLiteral("drop"),
            QStringLiteral("html_502")};
}

bool ScenarioInjector::isKnownCode(const QString &code)
{
    return ErrorTable::find(code) || faultCodes().contains(code);
}

void ScenarioInjector::set(const Scenario &scenario)
{
    m_scenarios.removeIf([&scenario](const Scenario &s) { return s.pathPrefix == scenario.pathPrefix; });
    if (scenario.remaining != 0)
        m_scenarios.prepend(scenario);
}

void ScenarioInjector::clear()
{
    m_scenarios.clear();
    m_droppedKey.clear();
    m_resendsLeft = 0;
}

void ScenarioInjector::noteDropped(const QByteArray &requestKey, qint64 nowMs)
{
    m_droppedKey = requestKey;
    m_droppedAtMs = nowMs;
    m_resendsLeft = MaxResends;
}

bool ScenarioInjector::isResendOfDropped(const QByteArray &requestKey, qint64 nowMs)
{
    if (m_resendsLeft <= 0 || requestKey != m_droppedKey)
        return false;
    if (nowMs - m_droppedAtMs > ResendWindowMs) {
        m_droppedKey.clear();
        m_resendsLeft = 0;
        return false;
    }
    --m_resendsLeft;
    m_droppedAtMs = nowMs;
    return true;
}

bool ScenarioInjector::appliesTo(const Scenario &scenario, const QString &path)
{
    if (path.startsWith(QLatin1String("/_sim")))
        return false;
    if (scenario.pathPrefix.isEmpty())
        return path.startsWith(QLatin1String("/api/")) || path == QLatin1String("/api");
    return path.startsWith(scenario.pathPrefix);
}

std::optional<Scenario> ScenarioInjector::take(const QString &path)
{
    for (qsizetype i = 0; i < m_scenarios.size(); ++i) {
        Scenario &scenario = m_scenarios[i];
        if (!appliesTo(scenario, path))
            continue;
        const Scenario taken = scenario;
        if (scenario.remaining > 0 && --scenario.remaining == 0)
            m_scenarios.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace cx::sim
