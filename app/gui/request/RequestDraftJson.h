// A request tab's editor state (RequestDraft) as JSON, for drafts and collections, and a RequestDraft
// built back from a plain ApiRequest (history, pasted cURL, files without editor state).
//
// No secrets leave through requestDraftToJson: header rows with a secret name (Authorization, Cookie,
// X-Api-Key, ...) are left out, so a restored tab sends the session's token; secret query values and
// body fields are masked ("[redacted]"); and every known secret of `redactor` is masked wherever it is.
#pragma once

#include "request/RequestDraft.h"

#include <QJsonObject>
#include <optional>

namespace cx {
class Redactor;
}

namespace cx::gui {

QJsonObject requestDraftToJson(const RequestDraft &draft, const Redactor &redactor);
// Nothing when `object` is not what requestDraftToJson wrote.
std::optional<RequestDraft> requestDraftFromJson(const QJsonObject &object);
// Every query and header row enabled; the body as UTF-8 text.
RequestDraft requestDraftFromApiRequest(const ApiRequest &request);

} // namespace cx::gui
