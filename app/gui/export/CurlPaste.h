// "Paste cURL as New Tab": a cURL command turned into what a request tab holds, with what could not be
// carried over said plainly.
#pragma once

#include "RequestDraft.h"

#include <QStringList>
#include <QUrl>

namespace cx::gui {

struct PastedCurl
{
    bool ok = false;
    RequestDraft draft;
    QStringList notes; // for the user: what was ignored, dropped or points elsewhere
    QString error;     // when !ok
};

// `profileBaseUrl`: when the command's URL starts with it, the path is taken relative to it; otherwise
// the command's own path is used and a note says the tab sends it to the profile's server.
// Authorization headers that hold a placeholder ($CONNECT_TOKEN, "[redacted]") are dropped so the
// session's token is used.
PastedCurl pasteCurl(const QString &command, const QUrl &profileBaseUrl);

} // namespace cx::gui
