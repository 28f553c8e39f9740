#include "CodeExporter.h"

#include "Redactor.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>
#include <functional>

namespace cx {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Bytes that are not text: no quoting carries them through every shell and language (a NUL ends a
// shell argument, a string literal re-encodes bytes >= 0x80), so they travel as base64 and are decoded
// where they are sent.
bool isBinaryBody(const QByteArray &body)
{
    return !isValidUtf8(body) || body.contains('\0');
}

// One header of a snippet. `tokenPlaceholder` marks "Authorization: Bearer <from the environment>".
struct SnippetHeader
{
    QString name;
    QString value;
    bool tokenPlaceholder = false;
};

struct Prepared
{
    ApiRequest request;
    QString url;
    QList<SnippetHeader> headers;
    bool usesPlaceholder = false;
};

// Stands for a kept {{name}} while the snippet is built: letters and digits only, so it passes through
// percent-encoding and every quoting unchanged, and is replaced by the language's reference at the end.
QString sentinel(qsizetype index)
{
    return QStringLiteral("CXVAR%1QZ7K").arg(index);
}

// {{name}} resolved (or, with keepVariables, replaced by a sentinel) in every text part of `request`.
// `kept` receives the environment names in the sentinels' order.
ApiRequest applyVariables(const ApiRequest &request, const CodeExportOptions &options, QStringList *kept)
{
    VariableScope scope = options.variables;
    if (options.keepVariables) {
        VariableList sentinels;
        const auto collect = [&](const QString &text) {
            for (const QString &name : Variables::references(text)) {
                if (name.startsWith(QLatin1Char('$')) && !scope.value(name))
                    continue; // dynamic: resolved below
                const QString env = CodeExporter::envName(name);
                qsizetype index = kept->indexOf(env);
                if (index < 0) {
                    index = kept->size();
                    kept->append(env);
                }
                if (std::none_of(sentinels.cbegin(), sentinels.cend(),
                                 [&](const Variable &v) { return v.name == name; }))
                    sentinels.append({name, sentinel(index)});
            }
        };
        collect(request.path);
        for (const auto &[name, value] : request.query) {
            collect(name);
            collect(value);
        }
        for (const auto &[name, value] : request.headers) {
            collect(QString::fromUtf8(name));
            collect(QString::fromUtf8(value));
        }
        if (!isBinaryBody(request.body))
            collect(QString::fromUtf8(request.body));
        scope = VariableScope();
        scope.addLayer(QString(), sentinels);
    }
    const auto text = [&](const QString &in) { return Variables::resolve(in, scope).text; };
    ApiRequest out = request;
    out.path = text(out.path);
    for (auto &[name, value] : out.query) {
        name = text(name);
        value = text(value);
    }
    for (auto &[name, value] : out.headers) {
        name = text(QString::fromUtf8(name)).toUtf8();
        value = text(QString::fromUtf8(value)).toUtf8();
    }
    out.body = Variables::resolveBytes(out.body, scope);
    return out;
}

Prepared prepare(const ApiRequest &template_, const QString &baseUrl, const CodeExportOptions &options,
                 QStringList *kept)
{
    const ApiRequest input = applyVariables(template_, options, kept);
    // A request reopened from history or a draft may carry "Bearer [redacted]" or an emptied
    // Authorization row: those mean "the session's token", i.e. the placeholder or the real token.
    ApiRequest original = input;
    original.headers = Redactor::withoutMaskedSecrets(input.headers);
    Prepared out;
    out.request = original;
    if (!options.includeSecrets) {
        Redactor redactor;
        redactor.addSecret(QString::fromUtf8(options.bearerToken));
        for (const QString &value : options.variables.secretValues())
            redactor.addSecret(value);
        out.request = redactor.redact(original);
        // A value that reads a kept variable from the environment holds no secret of its own: the
        // structural rules ("X-Api-Key", "password") would mask the reference itself. Known secret
        // values are still masked in it.
        static const QRegularExpression sentinelPattern(QStringLiteral("CXVAR\\d+QZ7K"));
        const auto kept = [](const QString &text) { return text.contains(sentinelPattern); };
        for (qsizetype i = 0; i < original.headers.size() && i < out.request.headers.size(); ++i)
            if (kept(QString::fromUtf8(original.headers.at(i).second)))
                out.request.headers[i].second = redactor.redactText(original.headers.at(i).second);
        for (qsizetype i = 0; i < original.query.size() && i < out.request.query.size(); ++i)
            if (kept(original.query.at(i).second))
                out.request.query[i].second = redactor.redactText(original.query.at(i).second);
        if (kept(QString::fromUtf8(original.body)))
            out.request.body = redactor.redactText(original.body);
    }
    out.url = CodeExporter::urlFor(out.request, baseUrl);
    for (const auto &[name, value] : out.request.headers)
        out.headers.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    if (original.authenticated && !hasHeader(original.headers, "Authorization")) {
        if (options.includeSecrets && !options.bearerToken.isEmpty()) {
            out.headers.append({QStringLiteral("Authorization"),
                                QStringLiteral("Bearer ") + QString::fromUtf8(options.bearerToken)});
        } else {
            out.headers.append({QStringLiteral("Authorization"), QString(), true});
            out.usesPlaceholder = true;
        }
    }
    return out;
}

// Duplicate header names joined with ", " for the languages whose header maps hold one value per name.
QList<SnippetHeader> mergedHeaders(const QList<SnippetHeader> &headers)
{
    QList<SnippetHeader> out;
    for (const SnippetHeader &header : headers) {
        auto existing = std::find_if(out.begin(), out.end(), [&](const SnippetHeader &h) {
            return h.name.compare(header.name, Qt::CaseInsensitive) == 0;
        });
        if (existing == out.end() || header.tokenPlaceholder || existing->tokenPlaceholder)
            out.append(header);
        else
            existing->value += QStringLiteral(", ") + header.value;
    }
    return out;
}

QString hex2(uchar byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0'));
}

QString base64Of(const QByteArray &body)
{
    return QString::fromLatin1(body.toBase64());
}

// "printf %s 'BASE64' | base64 -d | " in front of a command that reads its body from stdin.
QString base64Pipe(const QByteArray &body)
{
    return QStringLiteral("printf %s '%1' | base64 -d | ").arg(base64Of(body));
}

// "..." for Python, JavaScript (flavour 'j') and C++ ('c'); non-ASCII text is kept as it is.
QString quoted(const QString &text, char flavour)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        switch (u) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'?':
            // "??=" and friends would be trigraphs to an older C++ compiler.
            out += (flavour == 'c' && out.endsWith(QLatin1Char('?'))) ? QStringLiteral("\\?")
                                                                      : QStringLiteral("?");
            break;
        default:
            if (u < 0x20 || u == 0x7f || (flavour == 'j' && (u == 0x2028 || u == 0x2029))) {
                if (flavour == 'j')
                    out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
                else if (flavour == 'p')
                    out += QStringLiteral("\\x") + hex2(uchar(u));
                else
                    out += QStringLiteral("\\%1").arg(int(u), 3, 8, QLatin1Char('0'));
            } else {
                out += ch;
            }
        }
    }
    return out + QLatin1Char('"');
}

// The sentinels of `kept` replaced by `reference(envName)`, which closes the literal around it and
// reopens it after.
QString replaceSentinels(QString code, const QStringList &kept,
                         const std::function<QString(const QString &)> &reference)
{
    for (qsizetype i = kept.size() - 1; i >= 0; --i) // CXVAR1… before CXVAR10… cannot clash: fixed tail
        code.replace(sentinel(i), reference(kept.at(i)));
    return code;
}

QString joinShellLines(const QStringList &lines)
{
    return lines.join(QStringLiteral(" \\\n  ")) + QLatin1Char('\n');
}

} // namespace

QList<CodeLanguage> CodeExporter::languages()
{
    return {CodeLanguage::Curl, CodeLanguage::HTTPie, CodeLanguage::PythonRequests,
            CodeLanguage::JavaScriptFetch, CodeLanguage::CppQt};
}

QString CodeExporter::languageName(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Curl:
        return QStringLiteral("cURL");
    case CodeLanguage::HTTPie:
        return QStringLiteral("HTTPie");
    case CodeLanguage::PythonRequests:
        return QStringLiteral("Python (requests)");
    case CodeLanguage::JavaScriptFetch:
        return QStringLiteral("JavaScript (fetch)");
    case CodeLanguage::CppQt:
        return QStringLiteral("C++ (Qt)");
    }
    return {};
}

QString CodeExporter::toCode(CodeLanguage language, const ApiRequest &request, const QString &baseUrl,
                             const CodeExportOptions &options)
{
    switch (language) {
    case CodeLanguage::Curl:
        return curl(request, baseUrl, options);
    case CodeLanguage::HTTPie:
        return httpie(request, baseUrl, options);
    case CodeLanguage::PythonRequests:
        return python(request, baseUrl, options);
    case CodeLanguage::JavaScriptFetch:
        return javascript(request, baseUrl, options);
    case CodeLanguage::CppQt:
        return cppQt(request, baseUrl, options);
    }
    return {};
}

QString CodeExporter::urlFor(const ApiRequest &request, const QString &baseUrl)
{
    // The very URL ApiClient would send to.
    return requestUrl(QUrl(baseUrl.trimmed(), QUrl::TolerantMode), request).toString(QUrl::FullyEncoded);
}

QString CodeExporter::envName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() && c.unicode() < 0x80) || c == QLatin1Char('_') ? c : QLatin1Char('_');
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(QLatin1Char('_'));
    return out;
}

QStringList CodeExporter::environmentNames(const ApiRequest &request)
{
    QStringList kept;
    CodeExportOptions options;
    options.keepVariables = true;
    applyVariables(request, options, &kept);
    return kept;
}

QString CodeExporter::shellQuote(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else
            out += ch;
    }
    return out + QLatin1Char('\'');
}

QString CodeExporter::curl(const ApiRequest &request, const QString &baseUrl,
                           const CodeExportOptions &options)
{
    QStringList kept;
    const Prepared p = prepare(request, baseUrl, options, &kept);
    const ApiRequest &r = p.request;
    const bool binary = isBinaryBody(r.body);
    QStringList lines;
    QString first = binary ? base64Pipe(r.body) + QStringLiteral("curl") : QStringLiteral("curl");
    if (r.method == "HEAD" && r.body.isEmpty())
        first += QStringLiteral(" --head");
    else if (r.method != "GET" || !r.body.isEmpty())
        first += QStringLiteral(" -X ") + QString::fromLatin1(r.method);
    lines << first + QLatin1Char(' ') + shellQuote(p.url);
    for (const SnippetHeader &h : p.headers) {
        if (h.tokenPlaceholder)
            lines << QStringLiteral("-H \"Authorization: Bearer $%1\"").arg(tokenVariable());
        else if (h.value.isEmpty())
            lines << QStringLiteral("-H ") + shellQuote(h.name + QLatin1Char(';')); // curl's "empty header"
        else
            lines << QStringLiteral("-H ") + shellQuote(h.name + QStringLiteral(": ") + h.value);
    }
    if (binary)
        lines << QStringLiteral("--data-binary @-");
    else if (!r.body.isEmpty())
        lines << QStringLiteral("--data-raw ") + shellQuote(QString::fromUtf8(r.body));
    return replaceSentinels(joinShellLines(lines), kept,
                            [](const QString &env) { return QStringLiteral("'\"${%1}\"'").arg(env); });
}

QString CodeExporter::httpie(const ApiRequest &request, const QString &baseUrl,
                             const CodeExportOptions &options)
{
    QStringList kept;
    const Prepared p = prepare(request, baseUrl, options, &kept);
    const ApiRequest &r = p.request;
    const bool binary = isBinaryBody(r.body);
    QStringList lines;
    // HTTPie sends what arrives on its standard input as the body, byte for byte.
    lines << (binary ? base64Pipe(r.body) : QString()) + QStringLiteral("http ") +
                 QString::fromLatin1(r.method) + QLatin1Char(' ') + shellQuote(p.url);
    for (const SnippetHeader &h : p.headers) {
        if (h.tokenPlaceholder)
            lines << QStringLiteral("\"Authorization:Bearer $%1\"").arg(tokenVariable());
        else if (h.value.isEmpty())
            lines << shellQuote(h.name + QLatin1Char(';'));
        else
            lines << shellQuote(h.name + QLatin1Char(':') + h.value);
    }
    if (!r.body.isEmpty() && !binary)
        lines << QStringLiteral("--raw ") + shellQuote(QString::fromUtf8(r.body)); // HTTPie 3.0+
    return replaceSentinels(joinShellLines(lines), kept,
                            [](const QString &env) { return QStringLiteral("'\"${%1}\"'").arg(env); });
}

QString CodeExporter::python(const ApiRequest &request, const QString &baseUrl,
                             const CodeExportOptions &options)
{
    QStringList kept;
    Prepared p = prepare(request, baseUrl, options, &kept);
    const ApiRequest &r = p.request;
    ApiRequest withoutQuery = r;
    withoutQuery.query.clear();
    const QString url = urlFor(withoutQuery, baseUrl);

    const bool binary = isBinaryBody(r.body);
    QString out;
    if (binary)
        out += QStringLiteral("import base64\n");
    const bool usesEnvironment = p.usesPlaceholder || !kept.isEmpty();
    if (usesEnvironment)
        out += QStringLiteral("import os\n");
    if (binary || usesEnvironment)
        out += QLatin1Char('\n');
    out += QStringLiteral("import requests\n\nresponse = requests.request(\n");
    out += QStringLiteral("    ") + quoted(QString::fromLatin1(r.method), 'p') + QStringLiteral(",\n");
    out += QStringLiteral("    ") + quoted(url, 'p') + QStringLiteral(",\n");
    if (!r.query.isEmpty()) {
        QStringList pairs;
        for (const auto &[key, value] : r.query)
            pairs << QStringLiteral("(%1, %2)").arg(quoted(key, 'p'), quoted(value, 'p'));
        out += QStringLiteral("    params=[") + pairs.join(QStringLiteral(", ")) + QStringLiteral("],\n");
    }
    const QList<SnippetHeader> headers = mergedHeaders(p.headers);
    if (!headers.isEmpty()) {
        out += QStringLiteral("    headers={\n");
        for (const SnippetHeader &h : headers) {
            const QString value =
                h.tokenPlaceholder ? QStringLiteral("\"Bearer \" + os.environ[\"%1\"]").arg(tokenVariable())
                                   : quoted(h.value, 'p');
            out += QStringLiteral("        %1: %2,\n").arg(quoted(h.name, 'p'), value);
        }
        out += QStringLiteral("    },\n");
    }
    if (!r.body.isEmpty()) {
        out += QStringLiteral("    data=");
        if (binary)
            out += QStringLiteral("base64.b64decode(\"%1\")").arg(base64Of(r.body));
        else if (!kept.isEmpty()) // "a" + os.environ["x"] + "b": the whole sum is encoded
            out += QStringLiteral("(") + quoted(QString::fromUtf8(r.body), 'p') +
                   QStringLiteral(").encode(\"utf-8\")");
        else
            out += quoted(QString::fromUtf8(r.body), 'p') + QStringLiteral(".encode(\"utf-8\")");
        out += QStringLiteral(",\n");
    }
    out += QStringLiteral(")\nprint(response.status_code)\nprint(response.text)\n");
    return replaceSentinels(out, kept, [](const QString &env) {
        return QStringLiteral("\" + os.environ[\"%1\"] + \"").arg(env);
    });
}

QString CodeExporter::javascript(const ApiRequest &request, const QString &baseUrl,
                                 const CodeExportOptions &options)
{
    QStringList kept;
    const Prepared p = prepare(request, baseUrl, options, &kept);
    const ApiRequest &r = p.request;
    QString out = QStringLiteral("const response = await fetch(%1, {\n").arg(quoted(p.url, 'j'));
    out += QStringLiteral("  method: %1,\n").arg(quoted(QString::fromLatin1(r.method), 'j'));
    const QList<SnippetHeader> headers = mergedHeaders(p.headers);
    if (!headers.isEmpty()) {
        out += QStringLiteral("  headers: {\n");
        for (const SnippetHeader &h : headers) {
            const QString value = h.tokenPlaceholder
                                      ? QStringLiteral("`Bearer ${process.env.%1}`").arg(tokenVariable())
                                      : quoted(h.value, 'j');
            out += QStringLiteral("    %1: %2,\n").arg(quoted(h.name, 'j'), value);
        }
        out += QStringLiteral("  },\n");
    }
    if (isBinaryBody(r.body)) // a string body would go out as UTF-8, so bytes >= 0x80 would change
        out += QStringLiteral("  body: Uint8Array.from(atob(\"%1\"), (c) => c.charCodeAt(0)),\n")
                   .arg(base64Of(r.body));
    else if (!r.body.isEmpty())
        out += QStringLiteral("  body: %1,\n").arg(quoted(QString::fromUtf8(r.body), 'j'));
    out += QStringLiteral("});\nconsole.log(response.status);\nconsole.log(await response.text());\n");
    return replaceSentinels(out, kept, [](const QString &env) {
        return QStringLiteral("\" + process.env[\"%1\"] + \"").arg(env);
    });
}

QString CodeExporter::cppQt(const ApiRequest &request, const QString &baseUrl,
                            const CodeExportOptions &options)
{
    QStringList kept;
    const Prepared p = prepare(request, baseUrl, options, &kept);
    const ApiRequest &r = p.request;
    QString out = QStringLiteral("// Qt 6, QtNetwork; runs in the application's event loop.\n"
                                 "auto *manager = new QNetworkAccessManager;\n");
    out += QStringLiteral("QNetworkRequest request(QUrl(QStringLiteral(%1)));\n").arg(quoted(p.url, 'c'));
    for (const SnippetHeader &h : p.headers) {
        const QString value = h.tokenPlaceholder
                                  ? QStringLiteral("\"Bearer \" + qgetenv(\"%1\")").arg(tokenVariable())
                                  : quoted(h.value, 'c');
        out += QStringLiteral("request.setRawHeader(%1, %2);\n").arg(quoted(h.name, 'c'), value);
    }
    const QString method = quoted(QString::fromLatin1(r.method), 'c');
    if (!r.body.isEmpty()) {
        if (isBinaryBody(r.body))
            out += QStringLiteral("const QByteArray body = QByteArray::fromBase64(\"%1\");\n")
                       .arg(base64Of(r.body));
        else
            out += QStringLiteral("const QByteArray body = QByteArrayLiteral(%1);\n")
                       .arg(quoted(QString::fromUtf8(r.body), 'c'));
        out += QStringLiteral("QNetworkReply *reply = manager->sendCustomRequest(request, %1, body);\n")
                   .arg(method);
    } else {
        out +=
            QStringLiteral("QNetworkReply *reply = manager->sendCustomRequest(request, %1);\n").arg(method);
    }
    out +=
        QStringLiteral("QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {\n"
                       "    qDebug() << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();\n"
                       "    qDebug().noquote() << reply->readAll();\n"
                       "    reply->deleteLater();\n"
                       "});\n");
    if (kept.isEmpty())
        return out;
    // The literal macros take no expression: a line that reads the environment builds its text at run time.
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (!line.contains(QLatin1String("CXVAR")))
            continue;
        line.replace(QLatin1String("QStringLiteral("), QLatin1String("QString::fromUtf8("));
        line.replace(QLatin1String("QByteArrayLiteral("), QLatin1String("QByteArray("));
    }
    return replaceSentinels(lines.join(QLatin1Char('\n')), kept, [](const QString &env) {
        return QStringLiteral("\" + qgetenv(\"%1\") + \"").arg(env);
    });
}

} // namespace cx
