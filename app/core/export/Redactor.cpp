#include "Redactor.h"

#include "net/CredentialHeaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace cx {

namespace {

QByteArray maskBytes()
{
    return QByteArrayLiteral("[redacted]");
}

// --- a small JSON scanner that keeps everything it does not redact byte for byte ----------------

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &s, qsizetype i)
{
    while (i < s.size() && isJsonSpace(s.at(i)))
        ++i;
    return i;
}

// `i` is at an opening quote; returns the index after the closing quote (or the end when unterminated).
qsizetype scanString(const QByteArray &s, qsizetype i)
{
    ++i;
    while (i < s.size()) {
        const char c = s.at(i);
        if (c == '\\')
            i += 2;
        else if (c == '"')
            return i + 1;
        else
            ++i;
    }
    return s.size();
}

// `i` is at the first byte of a value; returns the index after it.
qsizetype scanValue(const QByteArray &s, qsizetype i)
{
    if (i >= s.size())
        return i;
    const char first = s.at(i);
    if (first == '"')
        return scanString(s, i);
    if (first == '{' || first == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s.at(i);
            if (c == '"') {
                i = scanString(s, i);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return i;
    }
    while (i < s.size()) {
        const char c = s.at(i);
        if (c == ',' || c == '}' || c == ']' || isJsonSpace(c))
            break;
        ++i;
    }
    return i;
}

QString decodeJsonString(const QByteArray &quoted)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + quoted + ']');
    if (doc.isArray() && !doc.array().isEmpty())
        return doc.array().at(0).toString();
    return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
}

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

QByteArray jsonEscaped(const QString &value)
{
    QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    // ["..."] -> ...
    return quoted.mid(2, quoted.size() - 4);
}

template<typename Text, typename Needle>
void replaceAll(Text &text, const Needle &needle, const Needle &replacement)
{
    if (!needle.isEmpty())
        text.replace(needle, replacement);
}

} // namespace

bool Redactor::isSecretHeader(QByteArrayView name)
{
    return isCredentialHeader(name);
}

bool Redactor::isSecretField(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    static const QStringList secretFields = {
        QStringLiteral("client_secret"), QStringLiteral("access_token"), QStringLiteral("token"),
        QStringLiteral("refresh_token"), QStringLiteral("id_token"),     QStringLiteral("password"),
        QStringLiteral("passwd"),        QStringLiteral("secret"),       QStringLiteral("api_key"),
        QStringLiteral("apikey"),
    };
    return secretFields.contains(key);
}

QByteArray Redactor::redactHeaderValue(QByteArrayView name, const QByteArray &value)
{
    if (!isSecretHeader(name) || value.trimmed().isEmpty())
        return value;
    const QByteArray lower = name.toByteArray().trimmed().toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const QByteArray trimmed = value.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        if (space > 0)
            return trimmed.left(space) + ' ' + maskBytes();
        return maskBytes();
    }
    if (lower == "cookie" || lower == "set-cookie") {
        // Cookie: every pair is secret. Set-Cookie: the first pair is; the attributes are not.
        QList<QByteArray> parts = value.split(';');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (lower == "set-cookie" && i > 0)
                break;
            const qsizetype eq = parts[i].indexOf('=');
            parts[i] = eq >= 0 ? parts[i].left(eq + 1) + maskBytes() : maskBytes();
        }
        return parts.join(';');
    }
    return maskBytes();
}

HeaderList Redactor::redactHeaders(const HeaderList &headers)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({name, redactHeaderValue(name, value)});
    return out;
}

HeaderList Redactor::withoutMaskedSecrets(const HeaderList &headers)
{
    HeaderList out;
    for (const auto &[name, value] : headers) {
        if (isSecretHeader(name) && (value.trimmed().isEmpty() || value.contains(maskBytes())))
            continue;
        out.append({name, value});
    }
    return out;
}

QueryList Redactor::redactQuery(const QueryList &query)
{
    QueryList out;
    out.reserve(query.size());
    for (const auto &[key, value] : query)
        out.append({key, isSecretField(key) && !value.isEmpty() ? mask() : value});
    return out;
}

QByteArray Redactor::redactBody(const QByteArray &body, QByteArrayView contentType)
{
    if (body.isEmpty())
        return body;
    const QByteArray type = contentType.toByteArray().toLower();
    if (type.contains("json"))
        return redactJson(body);
    if (type.contains("x-www-form-urlencoded"))
        return redactForm(body);
    if (!type.isEmpty())
        return body;
    const qsizetype first = skipSpace(body, 0);
    if (first < body.size() && (body.at(first) == '{' || body.at(first) == '['))
        return redactJson(body);
    // A form body: key=value pairs without whitespace.
    const bool formLike = body.contains('=') && std::none_of(body.begin(), body.end(), [](char c) {
                              return isJsonSpace(c) || c == '{' || c == '<';
                          });
    return formLike ? redactForm(body) : body;
}

QByteArray Redactor::redactJson(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    qsizetype i = 0;
    while (i < json.size()) {
        if (json.at(i) != '"') {
            out += json.at(i++);
            continue;
        }
        const qsizetype end = scanString(json, i);
        const QByteArray quoted = json.mid(i, end - i);
        out += quoted;
        i = end;
        const qsizetype colon = skipSpace(json, end);
        if (colon >= json.size() || json.at(colon) != ':' || !isSecretField(decodeJsonString(quoted)))
            continue;
        const qsizetype valueStart = skipSpace(json, colon + 1);
        out += json.mid(end, valueStart - end);
        const qsizetype valueEnd = scanValue(json, valueStart);
        const QByteArray value = json.mid(valueStart, valueEnd - valueStart);
        out += (value == "null" || value == "\"\"") ? value : '"' + maskBytes() + '"';
        i = valueEnd;
    }
    return out;
}

QByteArray Redactor::redactForm(const QByteArray &form)
{
    QList<QByteArray> parts = form.split('&');
    for (QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || eq + 1 == part.size())
            continue;
        if (isSecretField(formDecode(part.left(eq))))
            part = part.left(eq + 1) + maskBytes();
    }
    return parts.join('&');
}

QString Redactor::redactUrl(const QString &url)
{
    QString text = url;
    QString fragment;
    if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0) {
        fragment = text.mid(hash);
        text.truncate(hash);
    }
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    qsizetype question = text.indexOf(QLatin1Char('?'));
    // "a=1&token=x" on its own is a query string.
    const bool bareQuery =
        question < 0 && scheme < 0 && !text.startsWith(QLatin1Char('/')) && text.contains(QLatin1Char('='));

    // user:password@host
    if (scheme >= 0) {
        const qsizetype authorityStart = scheme + 3;
        qsizetype authorityEnd = text.size();
        for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?')}) {
            const qsizetype at = text.indexOf(stop, authorityStart);
            if (at >= 0)
                authorityEnd = std::min(authorityEnd, at);
        }
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
        if (at >= authorityStart) {
            const qsizetype colon = text.indexOf(QLatin1Char(':'), authorityStart);
            if (colon >= 0 && colon < at && colon + 1 < at)
                text.replace(colon + 1, at - colon - 1, mask());
            question = text.indexOf(QLatin1Char('?'));
        }
    }

    if (question < 0 && !bareQuery)
        return text + fragment;
    const qsizetype queryStart = bareQuery ? 0 : question + 1;
    QStringList parts = text.mid(queryStart).split(QLatin1Char('&'));
    for (QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0 || eq + 1 == part.size())
            continue;
        if (isSecretField(formDecode(part.left(eq).toUtf8())))
            part = part.left(eq + 1) + mask();
    }
    return text.left(queryStart) + parts.join(QLatin1Char('&')) + fragment;
}

void Redactor::addSecret(const QString &value)
{
    if (value.isEmpty() || m_secrets.contains(value))
        return;
    m_secrets.append(value);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QStringList Redactor::secrets() const
{
    if (!m_live)
        return m_secrets;
    QStringList all = m_secrets;
    for (const QString &value : m_live->values())
        if (!all.contains(value))
            all.append(value);
    std::stable_sort(all.begin(), all.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return all;
}

void Redactor::removeSecret(const QString &value)
{
    m_secrets.removeAll(value);
}

QString Redactor::redactText(const QString &text) const
{
    QString out = text;
    for (const QString &secret : secrets()) {
        replaceAll(out, secret, mask());
        replaceAll(out, QString::fromLatin1(QUrl::toPercentEncoding(secret)), mask());
        replaceAll(out, QString::fromUtf8(jsonEscaped(secret)), mask());
    }
    return out;
}

QByteArray Redactor::redactText(const QByteArray &text) const
{
    QByteArray out = text;
    const QByteArray masked = maskBytes();
    for (const QString &secret : secrets()) {
        replaceAll(out, secret.toUtf8(), masked);
        replaceAll(out, QUrl::toPercentEncoding(secret), masked);
        replaceAll(out, jsonEscaped(secret), masked);
    }
    return out;
}

ApiRequest Redactor::redact(const ApiRequest &request) const
{
    ApiRequest out = request;
    out.path = redactText(redactUrl(request.path));
    out.query = redactQuery(request.query);
    for (auto &[key, value] : out.query) {
        key = redactText(key);
        value = redactText(value);
    }
    out.headers = redactHeaders(request.headers);
    QByteArray contentType;
    for (auto &[name, value] : out.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = value;
        value = redactText(value);
    }
    out.body = redactText(redactBody(request.body, contentType));
    return out;
}

} // namespace cx
