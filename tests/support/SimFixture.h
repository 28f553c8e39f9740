// Starts the Connect simulator in this process on a free loopback port: tests talk to it over real
// sockets while QSignalSpy::wait / QTRY_* spin the event loop that serves it.
#pragma once

#include "ConnectSimulator.h"

#include <QTest>
#include <memory>

namespace cx::test {

inline std::unique_ptr<cx::sim::ConnectSimulator> startSimulator(const cx::sim::SimConfig &config = {})
{
    auto simulator = std::make_unique<cx::sim::ConnectSimulator>(config);
    if (!simulator->listen(QHostAddress::LocalHost, 0))
        qFatal("could not start the Connect simulator on loopback");
    return simulator;
}

} // namespace cx::test
