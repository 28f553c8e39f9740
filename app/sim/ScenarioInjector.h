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

    // A dropped connection sticks for the client's automatic resends of the same request.
    //
    // QNetworkAccessManager (qhttpnetworkconnectionchannel.cpp: _q_error, handleUnexpectedEOF) silently
    // sends an idempotent request again when the connection closes before any byte of the answer, up to
    // three times per connection channel (how many depends on the Qt version and on timing; Qt 6.4 on
    // loopback resends once). A "drop" counted once would be spent on the first attempt and the user would
    // see the resend's 200, never the fault. So once a drop was delivered, the same request (method, path,
    // query, Authorization and body alike) that comes again within ResendWindowMs of the previous drop is
    // dropped too, at most MaxResends times, without spending the scenario's count. Qt resends at once (on
    // a new connection, as soon as it sees the close); the user's own next request follows Qt's
    // RemoteHostClosedError, after the resends, and is answered once the window has passed. A client that
    // never resends (curl) meets this only if it repeats the very same request within the window.
    static constexpr int ResendWindowMs = 500;
    static constexpr int MaxResends = 3;
    void noteDropped(const QByteArray &requestKey, qint64 nowMs);
    // True (and one resend used up) when this request is a resend of the one just dropped.
    bool isResendOfDropped(const QByteArray &requestKey, qint64 nowMs);

private:
    static bool appliesTo(const Scenario &scenario, const QString &path);
    QList<Scenario> m_scenarios; // newest first
    QByteArray m_droppedKey;     // the request last dropped, while its resends may still come
    qint64 m_droppedAtMs = 0;    // when it, or its latest resend, was dropped
    int m_resendsLeft = 0;
};

} // namespace cx::sim
