// One failed request as the error panel keeps it: what was sent, what came back, and the decision.
#pragma once

#include "errors/ApiError.h"
#include "errors/ErrorDecision.h"
#include "net/ApiTypes.h"

#include <QDateTime>
#include <QPointer>
#include <QString>

namespace cx::gui {

class RequestPage;

struct ErrorEntry
{
    // How the request that failed was started.
    enum class Origin {
        User,    // the user sent it
        Retry,   // the retry countdown (or Retry now) sent it again
        Relogin, // replayed once after "Sign in again"
    };

    int id = 0;
    QPointer<RequestPage> page; // the tab it came from; null once the tab is closed
    ApiRequest request;
    QString url; // the full URL it went to
    ApiResponse response;
    ApiError error; // decision.error(), kept at hand
    // Decided once, when the failure arrived; its meaning and hint translate when they are shown.
    ErrorDecision decision;
    QDateTime time; // UTC, when the failure was shown
    // 1 for the first try; each retry made by the panel counts one more.
    int attempt = 1;
    Origin origin = Origin::User;
};

} // namespace cx::gui
