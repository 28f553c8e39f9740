#include "convert/Converter.h"

#include "collections/InsomniaExport.h"
#include "collections/PostmanCollection.h"
#include "export/CodeExporter.h"
#include "export/CurlParser.h"
#include "export/Redactor.h"
#include "har/HarPortable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Converter)
};

const QList<QPair<QString, SourceFormat>> &sourceNames()
{
    static const QList<QPair<QString, SourceFormat>> names = {
        {QStringLiteral("curl"), SourceFormat::Curl},
        {QStringLiteral("har"), SourceFormat::Har},
        {QStringLiteral("postman"), SourceFormat::Postman},
        {QStringLiteral("insomnia"), SourceFormat::Insomnia},
    };
    return names;
}

const QList<QPair<QString, TargetFormat>> &targetNames()
{
    static const QList<QPair<QString, TargetFormat>> names = {
        {QStringLiteral("json"), TargetFormat::Json},     {QStringLiteral("curl"), TargetFormat::Curl},
        {QStringLiteral("httpie"), TargetFormat::HTTPie}, {QStringLiteral("python"), TargetFormat::Python},
        {QStringLiteral("js"), TargetFormat::JavaScript}, {QStringLiteral("cpp-qt"), TargetFormat::CppQt},
        {QStringLiteral("har"), TargetFormat::Har},       {QStringLiteral("postman"), TargetFormat::Postman},
    };
    return names;
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.begin(), headers.end(),
                       [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// scheme://authority of an absolute URL as written, or empty when it has none.
QString originOf(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme <= 0)
        return {};
    qsizetype end = scheme + 3;
    while (end < url.size() && url.at(end) != QLatin1Char('/') && url.at(end) != QLatin1Char('?') &&
           url.at(end) != QLatin1Char('#'))
        ++end;
    return url.left(end);
}

QString withoutTrailingSlashes(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

// "METHOD /path" for a request that has no name of its own.
QString requestName(const QByteArray &method, const QString &url)
{
    QString path = url.mid(originOf(url).size());
    if (const qsizetype question = path.indexOf(QLatin1Char('?')); question >= 0)
        path.truncate(question);
    if (path.isEmpty())
        path = QStringLiteral("/");
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

QString textOf(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return decoder.hasError() ? QString::fromLatin1(bytes) : text;
}

// What Qt's URL handling (and so ApiClient) changes in a URL as written, one sentence each.
QStringList urlNormalisationNotes(const QString &written, const QString &sent)
{
    QStringList notes;
    if (written == sent)
        return notes;
    static const QRegularExpression unreserved(
        QStringLiteral("%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[DdEe]|5[Ff]|7[Ee])"));
    static const QRegularExpression lowerHex(QStringLiteral("%(?:[0-9a-f][a-f]|[a-f][0-9a-f])"));
    static const QRegularExpression strayPercent(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (const auto m = unreserved.match(written); m.hasMatch())
        notes << Tr::tr("The URL's %1 is sent as \"%2\": Qt decodes percent-encoded letters, digits and "
                        "-._~, which mean the same (RFC 3986, section 2.3)")
                     .arg(m.captured(), QUrl::fromPercentEncoding(m.captured().toLatin1()));
    if (const auto m = lowerHex.match(written); m.hasMatch())
        notes << Tr::tr(
                     "The URL's %1 is sent in upper case (%2), which means the same (RFC 3986, section 2.1)")
                     .arg(m.captured(), m.captured().toUpper());
    if (strayPercent.match(written).hasMatch())
        notes << Tr::tr("A '%' in the URL that is not followed by two hex digits is sent as %25: a server "
                        "that reads the URL as written would see something else");
    if (notes.isEmpty())
        notes << Tr::tr("The URL is sent as %1: characters a URL cannot carry as they are (spaces, "
                        "non-ASCII, {}|^`\"<>\\) are percent-encoded")
                     .arg(sent);
    return notes;
}

PortableReadResult readCurl(const QByteArray &data, const ConvertReadOptions &options)
{
    PortableReadResult out;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString command = decoder.decode(data);
    if (decoder.hasError()) {
        out.error = Tr::tr("The cURL command is not UTF-8 text");
        return out;
    }
    const QList<CurlParseResult> parsed = CurlParser::parseAll(command, {}, options.directory);
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const CurlParseResult &r = parsed.at(i);
        if (!r.ok) {
            out.error = r.errorPosition >= 0
                            ? Tr::tr("%1 (at character %2)").arg(r.error).arg(r.errorPosition + 1)
                            : r.error;
            out.set.requests.clear();
            return out;
        }
        if (!r.refusedAuth.isEmpty()) {
            out.error =
                Tr::tr("%1 with -u cannot be carried over: the user name and password are for %2 "
                       "authentication, which Connect Explorer does not do, and sending them as Basic "
                       "would give the password away. Remove -u and %1 to use the profile's token.")
                    .arg(r.refusedAuth.section(QLatin1Char(' '), 0, 0),
                         r.refusedAuth.section(QLatin1Char(' '), 0, 0).mid(2));
            out.set.requests.clear();
            return out;
        }
        PortableRequest request;
        request.method = r.request.method;
        request.url = r.url;
        request.name = requestName(request.method, request.url);
        request.headers = r.request.headers;
        request.body = r.request.body;
        request.hasBody = r.hasBody;
        request.notes = r.notes;
        request.sourceRef = QString::number(i + 1);
        out.set.requests << request;
    }
    out.ok = true;
    return out;
}

// The requests's auth as the code targets can write it: Bearer and OAuth2 become the token placeholder
// the exporter writes ($CONNECT_TOKEN); others are named in a note.
bool usesProfileToken(const PortableRequest &request, const PortableSet &set, QStringList *notes)
{
    PortableAuth auth = request.auth;
    if (auth.kind == PortableAuth::Kind::Inherit)
        auth = set.auth;
    switch (auth.kind) {
    case PortableAuth::Kind::Bearer:
    case PortableAuth::Kind::OAuth2ClientCredentials:
        return !hasHeader(request.headers, "Authorization");
    case PortableAuth::Kind::Basic:
        notes->append(Tr::tr("%1: its Basic authentication is not written (the password is never copied)")
                          .arg(request.name));
        return false;
    case PortableAuth::Kind::Other:
        notes->append(
            Tr::tr("%1: its %2 authentication cannot be written").arg(request.name, auth.otherName));
        return false;
    case PortableAuth::Kind::None:
    case PortableAuth::Kind::Inherit:
        return false;
    }
    return false;
}

std::optional<CodeLanguage> languageOf(TargetFormat format)
{
    switch (format) {
    case TargetFormat::Curl:
        return CodeLanguage::Curl;
    case TargetFormat::HTTPie:
        return CodeLanguage::HTTPie;
    case TargetFormat::Python:
        return CodeLanguage::PythonRequests;
    case TargetFormat::JavaScript:
        return CodeLanguage::JavaScriptFetch;
    case TargetFormat::CppQt:
        return CodeLanguage::CppQt;
    case TargetFormat::Json:
    case TargetFormat::Har:
    case TargetFormat::Postman:
        break;
    }
    return std::nullopt;
}

ConvertOutput writeCode(CodeLanguage language, const PortableSet &set, const ConvertWriteOptions &options)
{
    ConvertOutput out;
    const QString comment = language == CodeLanguage::Curl || language == CodeLanguage::HTTPie ||
                                    language == CodeLanguage::PythonRequests
                                ? QStringLiteral("# ")
                                : QStringLiteral("// ");
    QStringList snippets;
    bool masked = false;
    for (qsizetype i = 0; i < set.requests.size(); ++i) {
        const PortableRequest &request = set.requests.at(i);
        QString baseUrl;
        QStringList urlNotes;
        ApiRequest api = Converter::toApiRequest(request, {}, &baseUrl, &urlNotes);
        api.authenticated = usesProfileToken(request, set, &out.notes);
        for (const QString &note : request.notes + urlNotes)
            out.notes << Tr::tr("%1: %2").arg(request.name, note);
        if (!request.unresolvedVariables.isEmpty())
            out.notes << Tr::tr("%1: unresolved variables are written as they are: %2")
                             .arg(request.name, request.unresolvedVariables.join(QStringLiteral(", ")));
        CodeExportOptions codeOptions;
        codeOptions.includeSecrets = options.includeSecrets;
        QString snippet = CodeExporter::toCode(language, api, baseUrl, codeOptions);
        if (!options.includeSecrets) {
            CodeExportOptions all = codeOptions;
            all.includeSecrets = true;
            masked = masked || CodeExporter::toCode(language, api, baseUrl, all) != snippet;
        }
        while (snippet.endsWith(QLatin1Char('\n')))
            snippet.chop(1);
        // curl gives a --data-binary body a form Content-Type of its own; -H 'Content-Type:' (nothing after
        // the colon) keeps a body that came without one without one. The curl command is the snippet's
        // last (a binary body is piped into it), so the option goes at its end.
        if (language == CodeLanguage::Curl && !api.body.isEmpty() && !hasHeader(api.headers, "Content-Type"))
            snippet += QStringLiteral(" \\\n  -H 'Content-Type:'");
        snippet += QLatin1Char('\n');
        if (set.requests.size() > 1)
            snippet.prepend(
                comment +
                Tr::tr("Request %1 of %2: %3").arg(i + 1).arg(set.requests.size()).arg(request.name) +
                QLatin1Char('\n'));
        snippets << snippet;
    }
    if (masked)
        out.notes
            << Tr::tr("Secret values were masked as %1; --include-secrets writes them").arg(Redactor::mask());
    out.data = snippets.join(QLatin1Char('\n')).toUtf8();
    out.ok = true;
    return out;
}

PortableSet redacted(PortableSet set)
{
    for (PortableRequest &request : set.requests) {
        request.headers = Redactor::redactHeaders(request.headers);
        request.url = Redactor::redactUrl(request.url);
    }
    return set;
}

} // namespace

namespace Converter {

std::optional<SourceFormat> sourceFormat(const QString &name)
{
    for (const auto &[text, format] : sourceNames()) {
        if (text == name)
            return format;
    }
    return std::nullopt;
}

std::optional<TargetFormat> targetFormat(const QString &name)
{
    for (const auto &[text, format] : targetNames()) {
        if (text == name)
            return format;
    }
    return std::nullopt;
}

QStringList sourceFormatNames()
{
    QStringList out;
    for (const auto &entry : sourceNames())
        out << entry.first;
    return out;
}

QStringList targetFormatNames()
{
    QStringList out;
    for (const auto &entry : targetNames())
        out << entry.first;
    return out;
}

std::optional<SourceFormat> detect(const QByteArray &data)
{
    QByteArray text = data.trimmed();
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.mid(3).trimmed();
    if (text.startsWith('{') || text.startsWith('[')) {
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        if (object.value(QLatin1String("log")).toObject().value(QLatin1String("entries")).isArray())
            return SourceFormat::Har;
        const QJsonObject info = object.value(QLatin1String("info")).toObject();
        if (info.value(QLatin1String("schema")).toString().contains(QLatin1String("postman")) ||
            (info.contains(QLatin1String("_postman_id")) && object.value(QLatin1String("item")).isArray()))
            return SourceFormat::Postman;
        if (object.value(QLatin1String("_type")).toString() == QLatin1String("export") &&
            object.contains(QLatin1String("__export_format")))
            return SourceFormat::Insomnia;
        if (PostmanCollection::looksLikePostman(text))
            return SourceFormat::Postman;
        if (InsomniaExport::looksLikeInsomnia(text))
            return SourceFormat::Insomnia;
        return std::nullopt;
    }
    // Insomnia v5 is YAML: "type: collection.insomnia.rest/5.0" (or spec./environment.) in its first lines.
    static const QRegularExpression insomniaYaml(QStringLiteral("^type:\\s*[\"']?[a-z]+\\.insomnia\\.rest/5"),
                                                 QRegularExpression::MultilineOption);
    if (insomniaYaml.match(QString::fromUtf8(text.left(4096))).hasMatch() ||
        InsomniaExport::looksLikeInsomnia(text))
        return SourceFormat::Insomnia;
    // Shell commands of which one is curl: its first word (after comments and blank lines), or a command
    // after a pipe or separator ("echo body | curl ... -d @-").
    static const QRegularExpression curlCommand(
        QStringLiteral("(?:^|[|;&]|\\n)[ \\t]*(?:[^\\s|;&]*/)?curl(?:\\.exe)?(?:[ \\t]|\\\\?$)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    QString firstWord;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        firstWord =
            QString::fromUtf8(trimmed.left(trimmed.indexOf(' ') < 0 ? trimmed.size() : trimmed.indexOf(' ')));
        break;
    }
    if (firstWord.isEmpty() || firstWord.startsWith(QLatin1Char('{')) ||
        firstWord.startsWith(QLatin1Char('<')))
        return std::nullopt;
    if (curlCommand.match(QString::fromUtf8(text.left(1 << 20))).hasMatch())
        return SourceFormat::Curl;
    return std::nullopt;
}

PortableReadResult read(SourceFormat format, const QByteArray &data, const ConvertReadOptions &options)
{
    switch (format) {
    case SourceFormat::Curl:
        return readCurl(data, options);
    case SourceFormat::Har:
        return HarPortable::read(data, options.profileBaseUrl);
    // The profile's values as the first layer; form-data and binary files next to the collection file.
    case SourceFormat::Postman: {
        PostmanCollection::ReadOptions postman;
        postman.profileScope = options.scope;
        postman.directory = options.directory;
        return PostmanCollection::read(data, postman);
    }
    case SourceFormat::Insomnia: {
        InsomniaExport::ReadOptions insomnia;
        insomnia.profileScope = options.scope;
        insomnia.directory = options.directory;
        return InsomniaExport::read(data, insomnia);
    }
    }
    return {};
}

ConvertOutput write(TargetFormat format, const PortableSet &set, const ConvertWriteOptions &options)
{
    if (const auto language = languageOf(format))
        return writeCode(*language, set, options);
    ConvertOutput out;
    switch (format) {
    case TargetFormat::Json:
        out.data = toJson(options.includeSecrets ? set : redacted(set));
        for (const PortableRequest &request : set.requests) {
            for (const QString &note : request.notes)
                out.notes << Tr::tr("%1: %2").arg(request.name, note);
        }
        out.ok = true;
        return out;
    case TargetFormat::Har:
        out.data = HarPortable::write(set, options.includeSecrets, &out.notes);
        out.ok = true;
        return out;
    case TargetFormat::Postman:
        out.data = PostmanCollection::write(set, options.includeSecrets, &out.notes);
        out.ok = true;
        return out;
    default:
        break;
    }
    return out;
}

QByteArray toJson(const PortableSet &set)
{
    QJsonArray array;
    for (const PortableRequest &request : set.requests) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), request.name);
        object.insert(QStringLiteral("method"), QString::fromLatin1(request.method));
        object.insert(QStringLiteral("url"), request.url);
        QJsonArray headers;
        for (const auto &[name, value] : request.headers)
            headers.append(QJsonArray{QString::fromLatin1(name), textOf(value)});
        object.insert(QStringLiteral("headers"), headers);
        object.insert(QStringLiteral("body_base64"),
                      request.hasBody || !request.body.isEmpty()
                          ? QJsonValue(QString::fromLatin1(request.body.toBase64()))
                          : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(request.notes));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

ApiRequest toApiRequest(const PortableRequest &request, const QStringList &knownBaseUrls, QString *baseUrl,
                        QStringList *notes)
{
    QString base;
    QString rest;
    for (const QString &known : knownBaseUrls) {
        const QString trimmed = withoutTrailingSlashes(known.trimmed());
        if (trimmed.isEmpty() || !request.url.startsWith(trimmed, Qt::CaseInsensitive))
            continue;
        const QString tail = request.url.mid(trimmed.size());
        if (tail.isEmpty() || tail.startsWith(QLatin1Char('/')) || tail.startsWith(QLatin1Char('?'))) {
            base = trimmed;
            rest = tail;
            break;
        }
    }
    if (base.isEmpty()) {
        base = originOf(request.url);
        rest = request.url.mid(base.size());
    }
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest.truncate(hash);
    if (!rest.startsWith(QLatin1Char('/')))
        rest.prepend(QLatin1Char('/'));
    ApiRequest api;
    api.method = request.method;
    api.path = rest; // the query as written stays here: requestUrl() sends it as it is
    api.headers = request.headers;
    api.body = request.body;
    if (baseUrl)
        *baseUrl = base;
    if (notes) {
        // As written, less a fragment and with the '/' a bare origin is sent with.
        const QString sent = requestUrl(QUrl(base, QUrl::TolerantMode), api).toString(QUrl::FullyEncoded);
        *notes << urlNormalisationNotes(base + rest, sent);
    }
    return api;
}

PortableRequest fromApiRequest(const ApiRequest &request, const QString &baseUrl)
{
    PortableRequest out;
    out.method = request.method;
    out.url = CodeExporter::urlFor(request, baseUrl);
    out.name = requestName(out.method, out.url);
    out.headers = request.headers;
    out.body = request.body;
    out.hasBody = !request.body.isEmpty();
    if (request.authenticated && !hasHeader(request.headers, "Authorization"))
        out.auth.kind = PortableAuth::Kind::Bearer; // the profile's token
    return out;
}

} // namespace Converter

} // namespace cx
