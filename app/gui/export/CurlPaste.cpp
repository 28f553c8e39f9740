#include "export/CurlPaste.h"

#include "export/CurlParser.h"
#include "export/Redactor.h"
#include "history/RequestDraftJson.h"

#include <QCoreApplication>

namespace cx::gui {

namespace {
// Named Text itself, not through an alias: lupdate cannot follow `using` and filed these messages
// under an empty context, so the runtime lookup (context "CurlPaste") never found a translation.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CurlPaste)
};

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}
} // namespace

PastedCurl pasteCurl(const QString &command, const QUrl &profileBaseUrl)
{
    PastedCurl pasted;
    const QString base = withoutTrailingSlash(profileBaseUrl.toString());
    const CurlParseResult result =
        CurlParser::parse(command.trimmed(), base.isEmpty() ? QStringList{} : QStringList{base});
    pasted.notes = result.notes;
    if (!result.ok) {
        pasted.error = result.error.isEmpty() ? Text::tr("This is not a cURL command.") : result.error;
        if (result.errorPosition >= 0)
            pasted.error = Text::tr("%1 (at character %2)").arg(pasted.error).arg(result.errorPosition + 1);
        return pasted;
    }
    ApiRequest request = result.request;
    HeaderList headers;
    for (const auto &[name, value] : request.headers) {
        const bool placeholder = value.contains('$') || value.contains(Redactor::mask().toLatin1());
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 && placeholder) {
            pasted.notes.append(
                Text::tr("The Authorization header holds a placeholder, so it was left out: the "
                         "signed-in session's token is sent instead."));
            continue;
        }
        headers.append(qMakePair(name, value));
    }
    request.headers = headers;
    if (!base.isEmpty() && withoutTrailingSlash(result.baseUrl) != base)
        pasted.notes.append(
            Text::tr("The command calls %1, not this profile's server (%2). The new tab sends its "
                     "path to %2.")
                .arg(result.baseUrl, base));
    pasted.draft = requestDraftFromApiRequest(request);
    pasted.ok = true;
    return pasted;
}

} // namespace cx::gui
