// Is this text valid JSON, and if not, where does it go wrong (line and column, 1-based)?
#pragma once

#include <QByteArray>
#include <QString>

namespace cx::gui {

struct JsonCheckResult
{
    enum class State { Empty, Valid, Invalid };
    State state = State::Empty;
    int line = 0;
    int column = 0;
    QString message; // Qt's parse error, for Invalid

    // Thread-safe: the body editor runs it on a worker for big bodies.
    static JsonCheckResult check(const QByteArray &utf8);
};

} // namespace cx::gui
