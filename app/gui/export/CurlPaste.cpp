#include "export/CurlPaste.h"

#include "convert/Converter.h"
#include "export/Redactor.h"
#include "request/RequestDraftJson.h"

#include <QCoreApplication>
#include <QStringDecoder>

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

bool isUtf8Text(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return !decoder.hasError() && !bytes.contains('\0');
}

// A query whose every part is name=value and reads back byte for byte from its decoded pairs goes into
// the tab's query table; any other (`?pretty`, `a+b`, `%7E`, `a=1&a`) stays in the path as written, so
// it is sent as the command wrote it.
void queryIntoTable(ApiRequest &api)
{
    const qsizetype question = api.path.indexOf(QLatin1Char('?'));
    if (question < 0)
        return;
    const QString query = api.path.mid(question + 1);
    if (query.isEmpty())
        return;
    QueryList pairs;
    for (const QString &part : query.split(QLatin1Char('&'))) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return;
        const QString name = QUrl::fromPercentEncoding(part.left(eq).toUtf8());
        const QString value = QUrl::fromPercentEncoding(part.mid(eq + 1).toUtf8());
        if (QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value) != part.toUtf8())
            return;
        pairs.append({name, value});
    }
    api.path.truncate(question);
    api.query = pairs;
}

PastedCurl pasted(const PortableRequest &request, const QString &base)
{
    PastedCurl out;
    out.title = request.name;
    out.notes = request.notes;
    QString baseUrl;
    ApiRequest api = Converter::toApiRequest(request, base.isEmpty() ? QStringList{} : QStringList{base},
                                             &baseUrl, &out.notes);
    HeaderList headers;
    for (const auto &[name, value] : std::as_const(api.headers)) {
        const bool placeholder = value.contains('$') || value.contains(Redactor::mask().toLatin1());
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 && placeholder) {
            out.notes.append(Text::tr("The Authorization header holds a placeholder, so it was left out: the "
                                      "signed-in session's token is sent instead."));
            continue;
        }
        headers.append(qMakePair(name, value));
    }
    api.headers = headers;
    queryIntoTable(api);
    if (!base.isEmpty() && withoutTrailingSlash(baseUrl) != base)
        out.notes.append(
            Text::tr("The command calls %1, not this profile's server (%2). The new tab sends its "
                     "path to %2.")
                .arg(baseUrl, base));
    if (!isUtf8Text(api.body))
        out.notes.append(
            Text::tr("The body is %n byte(s) of binary data, which a request tab cannot hold as "
                     "they are: use connect-cli convert or call --data @file to send it exactly.",
                     nullptr, int(api.body.size())));
    out.draft = requestDraftFromApiRequest(api);
    out.ok = true;
    return out;
}

} // namespace

PastedCurls pasteCurls(const QString &command, const QUrl &profileBaseUrl, const QString &directory)
{
    PastedCurls out;
    const QString base = withoutTrailingSlash(profileBaseUrl.toString());
    ConvertReadOptions options;
    options.directory = directory;
    const PortableReadResult read = Converter::read(SourceFormat::Curl, command.trimmed().toUtf8(), options);
    if (!read.ok) {
        out.error = read.error.isEmpty() ? Text::tr("This is not a cURL command.") : read.error;
        return out;
    }
    for (const PortableRequest &request : read.set.requests)
        out.requests << pasted(request, base);
    out.ok = !out.requests.isEmpty();
    return out;
}

PastedCurl pasteCurl(const QString &command, const QUrl &profileBaseUrl)
{
    const PastedCurls all = pasteCurls(command, profileBaseUrl);
    if (!all.ok) {
        PastedCurl failed;
        failed.error = all.error;
        return failed;
    }
    PastedCurl first = all.requests.first();
    if (all.requests.size() > 1) {
        QStringList others;
        for (qsizetype i = 1; i < all.requests.size(); ++i)
            others << all.requests.at(i).title;
        first.notes << Text::tr("Only the first request is used; left out: %1")
                           .arg(others.join(QStringLiteral(", ")));
    }
    return first;
}

} // namespace cx::gui
