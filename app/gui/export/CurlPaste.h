// "Paste cURL as New Tab": cURL commands turned into what request tabs hold, with what could not be
// carried over said plainly. The reading is Converter::read(Curl), the same as `connect-cli convert`,
// so the app and the command line agree on every command.
#pragma once

#include "request/RequestDraft.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace cx::gui {

struct PastedCurl
{
    bool ok = false;
    RequestDraft draft;
    QString title;     // "METHOD /path", for the notes of several requests
    QStringList notes; // for the user: what was ignored, dropped or points elsewhere
    QString error;     // when !ok
};

struct PastedCurls
{
    bool ok = false;
    QList<PastedCurl> requests; // one per request: --next, several URLs, several pasted commands
    QString error;              // when !ok: the text is taken whole or not at all
};

// `profileBaseUrl`: when a command's URL starts with it, the path is taken relative to it; otherwise
// the command's own path is used and a note says the tab sends it to the profile's server. The URL's
// query stays in the path as written (`?pretty` stays `?pretty`).
// Authorization headers that hold a placeholder ($CONNECT_TOKEN, "[redacted]") are dropped so the
// session's token is used. `directory`: where files a command reads (-d @file) are looked for.
PastedCurls pasteCurls(const QString &command, const QUrl &profileBaseUrl, const QString &directory = {});

// The first request of pasteCurls(), with a note naming the others.
PastedCurl pasteCurl(const QString &command, const QUrl &profileBaseUrl);

} // namespace cx::gui
