// A request tab's editor state (RequestDraft) as JSON, for drafts and collections, and a RequestDraft
// built back from a plain ApiRequest (history, pasted cURL, files without editor state).
//
// No secrets leave through requestDraftToJson: the values of header rows with a secret name
// (Authorization, Cookie, X-Api-Key, ...) are not written (the rows are left out, or kept by name, see
// SecretHeaderRows), so a restored tab sends the session's token; secret query values and body fields
// are masked ("[redacted]"); and every known secret of `redactor` is masked wherever it is. A value made
// only of variables ("Bearer {{access_token}}") holds no secret and is written as it is.
#pragma once

#include "request/RequestDraft.h"

#include <QJsonObject>
#include <optional>

namespace cx {
class Redactor;
}

namespace cx::gui {

// What becomes of a header row with a secret name and a value.
enum class SecretHeaderRows {
    LeftOut,   // not written at all (saved requests: the tab opens without it)
    KeptNamed, // written with its name only: it comes back disabled, ParamRow::valueNotSaved (drafts)
};
QJsonObject requestDraftToJson(const RequestDraft &draft, const Redactor &redactor,
                               SecretHeaderRows secretRows = SecretHeaderRows::LeftOut);
// Nothing when `object` is not what requestDraftToJson wrote.
std::optional<RequestDraft> requestDraftFromJson(const QJsonObject &object);
// Every query and header row enabled; the body as UTF-8 text.
RequestDraft requestDraftFromApiRequest(const ApiRequest &request);

} // namespace cx::gui
