// Errors and faults on demand. A scenario applies to requests whose path starts with its prefix: an empty
// prefix means every /api path; /oauth paths only when the prefix itself starts with /oauth; /_sim never.
#pragma once

#include "SimConfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cx::sim {

class ScenarioInjector
{
public:
    // Transport faults besides the catalogue's codes.
    static QStringList faultCodes(); // delay, stall, drop, html_502
    static bool isKnownCode(const QString &code);

    // Adds a scenario; one with the same path prefix is replaced. The newest is consulted first.
    void set(const Scenario &scenario);
    void clear();
    const QList<Scenario> &scenarios() const { return m_scenarios; }

    // The scenario that takes this request, counted down (and dropped once its count is used up).
    std::optional<Scenario> take(const QString &path);

private:
    static bool appliesTo(const Scenario &scenario, const QString &path);
    QList<Scenario> m_scenarios; // newest first
};

} // namespace cx::sim
