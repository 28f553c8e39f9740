#include "CurlParser.h"

#include "net/RequestHygiene.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>
#include <optional>

namespace cx {

namespace {

// The context lupdate files these strings under and the one looked up at run time, the same by
// construction: a plain Tr::tr() helper leaves lupdate to guess it from the caller ("cx").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::CurlParser)
};

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    out += QString::fromUcs4(&codePoint, 1).toUtf8();
}

// Bytes from $'\xHH' that are not UTF-8 are kept as U+DC80..U+DCFF ("surrogate escape", as Python
// does), so a binary body survives the trip through QString; toBytes() turns them back into bytes.
QString decodeBytes(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    QString out;
    for (const char c : bytes) {
        const auto byte = static_cast<uchar>(c);
        out += byte < 0x80 ? QChar(byte) : QChar(char16_t(0xDC00 + byte));
    }
    return out;
}

QByteArray toBytes(const QString &text)
{
    QByteArray out;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const bool escaped = u >= 0xDC80 && u <= 0xDCFF && (i == 0 || !text.at(i - 1).isHighSurrogate());
        if (!escaped)
            continue;
        out += QStringView(text).mid(runStart, i - runStart).toUtf8();
        out += char(u - 0xDC00);
        runStart = i + 1;
    }
    out += QStringView(text).mid(runStart).toUtf8();
    return out;
}

// $'...' starting at `i` (the '$'); returns the index after the closing quote or -1 when unterminated.
qsizetype readAnsiC(const QString &s, qsizetype i, QString &word)
{
    QByteArray bytes;
    qsizetype j = i + 2;
    const qsizetype n = s.size();
    while (j < n) {
        const QChar c = s.at(j);
        if (c == QLatin1Char('\'')) {
            word += decodeBytes(bytes);
            return j + 1;
        }
        if (c != QLatin1Char('\\') || j + 1 >= n) {
            bytes += QString(c).toUtf8();
            ++j;
            continue;
        }
        const QChar e = s.at(j + 1);
        j += 2;
        switch (e.unicode()) {
        case u'n':
            bytes += '\n';
            break;
        case u't':
            bytes += '\t';
            break;
        case u'r':
            bytes += '\r';
            break;
        case u'a':
            bytes += '\a';
            break;
        case u'b':
            bytes += '\b';
            break;
        case u'f':
            bytes += '\f';
            break;
        case u'v':
            bytes += '\v';
            break;
        case u'e':
        case u'E':
            bytes += '\x1b';
            break;
        case u'\\':
        case u'\'':
        case u'"':
        case u'?':
            bytes += char(e.unicode());
            break;
        case u'c':
            if (j < n) {
                bytes += char(s.at(j).unicode() & 0x1f);
                ++j;
            }
            break;
        case u'x':
        case u'u':
        case u'U': {
            const int maxDigits = e == QLatin1Char('x') ? 2 : e == QLatin1Char('u') ? 4 : 8;
            char32_t value = 0;
            int digits = 0;
            while (digits < maxDigits && j < n && hexValue(s.at(j)) >= 0) {
                value = value * 16 + char32_t(hexValue(s.at(j)));
                ++j;
                ++digits;
            }
            if (digits == 0) {
                bytes += '\\';
                bytes += char(e.unicode());
            } else if (e == QLatin1Char('x')) {
                bytes += char(value);
            } else {
                appendUtf8(bytes, value);
            }
            break;
        }
        default:
            if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                int value = e.unicode() - u'0';
                for (int k = 0; k < 2 && j < n && s.at(j) >= QLatin1Char('0') && s.at(j) <= QLatin1Char('7');
                     ++k)
                    value = value * 8 + (s.at(j++).unicode() - u'0');
                bytes += char(value);
            } else {
                bytes += '\\';
                bytes += QString(e).toUtf8();
            }
        }
    }
    return -1;
}

QString percentDecodeKeeping(const QString &text, const QByteArray &keepEncoded, bool plusIsSpace)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '+' && plusIsSpace) {
            out += ' ';
        } else if (c == '%' && i + 2 < in.size() && hexValue(QLatin1Char(in.at(i + 1))) >= 0 &&
                   hexValue(QLatin1Char(in.at(i + 2))) >= 0) {
            const char decoded =
                char(hexValue(QLatin1Char(in.at(i + 1))) * 16 + hexValue(QLatin1Char(in.at(i + 2))));
            if (keepEncoded.contains(decoded)) {
                out += in.mid(i, 3);
            } else {
                out += decoded;
            }
            i += 2;
        } else {
            out += c;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString result = decoder.decode(out);
    return decoder.hasError() ? text : result;
}

QueryList parseQuery(const QString &query)
{
    QueryList out;
    for (const QString &part : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? part : part.left(eq);
        const QString value = eq < 0 ? QString() : part.mid(eq + 1);
        out.append({percentDecodeKeeping(key, {}, true), percentDecodeKeeping(value, {}, true)});
    }
    return out;
}

void addHeader(HeaderList &headers, const char *name, const QByteArray &value)
{
    headers.append({QByteArray(name), value});
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.begin(), headers.end(),
                       [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// curl's own option list (curl 7.88.1, `curl --help all`; an option shown with <...> or, for --proxy and
// --preproxy, [protocol://]host[:port] takes a value).
// Every option curl knows is here, so a value is never mistaken for the URL; one that is not here is
// refused rather than guessed.
struct CurlOption
{
    const char *name;
    char shortName; // 0 when the option has no one-letter form
    bool takesValue;
};

constexpr CurlOption curlOptions[] = {
    {"abstract-unix-socket", 0, true},
    {"alt-svc", 0, true},
    {"anyauth", 0, false},
    {"append", 'a', false},
    {"aws-sigv4", 0, true},
    {"basic", 0, false},
    {"cacert", 0, true},
    {"capath", 0, true},
    {"cert", 'E', true},
    {"cert-status", 0, false},
    {"cert-type", 0, true},
    {"ciphers", 0, true},
    {"compressed", 0, false},
    {"compressed-ssh", 0, false},
    {"config", 'K', true},
    {"connect-timeout", 0, true},
    {"connect-to", 0, true},
    {"continue-at", 'C', true},
    {"cookie", 'b', true},
    {"cookie-jar", 'c', true},
    {"create-dirs", 0, false},
    {"create-file-mode", 0, true},
    {"crlf", 0, false},
    {"crlfile", 0, true},
    {"curves", 0, true},
    {"data", 'd', true},
    {"data-ascii", 0, true},
    {"data-binary", 0, true},
    {"data-raw", 0, true},
    {"data-urlencode", 0, true},
    {"delegation", 0, true},
    {"digest", 0, false},
    {"disable", 'q', false},
    {"disable-eprt", 0, false},
    {"disable-epsv", 0, false},
    {"disallow-username-in-url", 0, false},
    {"dns-interface", 0, true},
    {"dns-ipv4-addr", 0, true},
    {"dns-ipv6-addr", 0, true},
    {"dns-servers", 0, true},
    {"doh-cert-status", 0, false},
    {"doh-insecure", 0, false},
    {"doh-url", 0, true},
    {"dump-header", 'D', true},
    {"egd-file", 0, true},
    {"engine", 0, true},
    {"etag-compare", 0, true},
    {"etag-save", 0, true},
    {"expect100-timeout", 0, true},
    {"fail", 'f', false},
    {"fail-early", 0, false},
    {"fail-with-body", 0, false},
    {"false-start", 0, false},
    {"form", 'F', true},
    {"form-escape", 0, false},
    {"form-string", 0, true},
    {"ftp-account", 0, true},
    {"ftp-alternative-to-user", 0, true},
    {"ftp-create-dirs", 0, false},
    {"ftp-method", 0, true},
    {"ftp-pasv", 0, false},
    {"ftp-port", 'P', true},
    {"ftp-pret", 0, false},
    {"ftp-skip-pasv-ip", 0, false},
    {"ftp-ssl-ccc", 0, false},
    {"ftp-ssl-ccc-mode", 0, true},
    {"ftp-ssl-control", 0, false},
    {"get", 'G', false},
    {"globoff", 'g', false},
    {"happy-eyeballs-timeout-ms", 0, true},
    {"haproxy-protocol", 0, false},
    {"head", 'I', false},
    {"header", 'H', true},
    {"help", 'h', true},
    {"hostpubmd5", 0, true},
    {"hostpubsha256", 0, true},
    {"hsts", 0, true},
    {"http0.9", 0, false},
    {"http1.0", '0', false},
    {"http1.1", 0, false},
    {"http2", 0, false},
    {"http2-prior-knowledge", 0, false},
    {"http3", 0, false},
    {"http3-only", 0, false},
    {"ignore-content-length", 0, false},
    {"include", 'i', false},
    {"insecure", 'k', false},
    {"interface", 0, true},
    {"ipv4", '4', false},
    {"ipv6", '6', false},
    {"json", 0, true},
    {"junk-session-cookies", 'j', false},
    {"keepalive-time", 0, true},
    {"key", 0, true},
    {"key-type", 0, true},
    {"krb", 0, true},
    {"libcurl", 0, true},
    {"limit-rate", 0, true},
    {"list-only", 'l', false},
    {"local-port", 0, true},
    {"location", 'L', false},
    {"location-trusted", 0, false},
    {"login-options", 0, true},
    {"mail-auth", 0, true},
    {"mail-from", 0, true},
    {"mail-rcpt", 0, true},
    {"mail-rcpt-allowfails", 0, false},
    {"manual", 'M', false},
    {"max-filesize", 0, true},
    {"max-redirs", 0, true},
    {"max-time", 'm', true},
    {"metalink", 0, false},
    {"negotiate", 0, false},
    {"netrc", 'n', false},
    {"netrc-file", 0, true},
    {"netrc-optional", 0, false},
    {"next", ':', false},
    {"no-alpn", 0, false},
    {"no-buffer", 'N', false},
    {"no-clobber", 0, false},
    {"no-keepalive", 0, false},
    {"no-npn", 0, false},
    {"no-progress-meter", 0, false},
    {"no-sessionid", 0, false},
    {"noproxy", 0, true},
    {"ntlm", 0, false},
    {"ntlm-wb", 0, false},
    {"oauth2-bearer", 0, true},
    {"output", 'o', true},
    {"output-dir", 0, true},
    {"parallel", 'Z', false},
    {"parallel-immediate", 0, false},
    {"parallel-max", 0, true},
    {"pass", 0, true},
    {"path-as-is", 0, false},
    {"pinnedpubkey", 0, true},
    {"post301", 0, false},
    {"post302", 0, false},
    {"post303", 0, false},
    {"preproxy", 0, true},
    {"progress-bar", '#', false},
    {"proto", 0, true},
    {"proto-default", 0, true},
    {"proto-redir", 0, true},
    {"proxy", 'x', true},
    {"proxy-anyauth", 0, false},
    {"proxy-basic", 0, false},
    {"proxy-cacert", 0, true},
    {"proxy-capath", 0, true},
    {"proxy-cert", 0, true},
    {"proxy-cert-type", 0, true},
    {"proxy-ciphers", 0, true},
    {"proxy-crlfile", 0, true},
    {"proxy-digest", 0, false},
    {"proxy-header", 0, true},
    {"proxy-insecure", 0, false},
    {"proxy-key", 0, true},
    {"proxy-key-type", 0, true},
    {"proxy-negotiate", 0, false},
    {"proxy-ntlm", 0, false},
    {"proxy-pass", 0, true},
    {"proxy-pinnedpubkey", 0, true},
    {"proxy-service-name", 0, true},
    {"proxy-ssl-allow-beast", 0, false},
    {"proxy-ssl-auto-client-cert", 0, false},
    {"proxy-tls13-ciphers", 0, true},
    {"proxy-tlsauthtype", 0, true},
    {"proxy-tlspassword", 0, true},
    {"proxy-tlsuser", 0, true},
    {"proxy-tlsv1", 0, false},
    {"proxy-user", 'U', true},
    {"proxy1.0", 0, true},
    {"proxytunnel", 'p', false},
    {"pubkey", 0, true},
    {"quote", 'Q', true},
    {"random-file", 0, true},
    {"range", 'r', true},
    {"rate", 0, true},
    {"raw", 0, false},
    {"referer", 'e', true},
    {"remote-header-name", 'J', false},
    {"remote-name", 'O', false},
    {"remote-name-all", 0, false},
    {"remote-time", 'R', false},
    {"remove-on-error", 0, false},
    {"request", 'X', true},
    {"request-target", 0, true},
    {"resolve", 0, true},
    {"retry", 0, true},
    {"retry-all-errors", 0, false},
    {"retry-connrefused", 0, false},
    {"retry-delay", 0, true},
    {"retry-max-time", 0, true},
    {"sasl-authzid", 0, true},
    {"sasl-ir", 0, false},
    {"service-name", 0, true},
    {"show-error", 'S', false},
    {"silent", 's', false},
    {"socks4", 0, true},
    {"socks4a", 0, true},
    {"socks5", 0, true},
    {"socks5-basic", 0, false},
    {"socks5-gssapi", 0, false},
    {"socks5-gssapi-nec", 0, false},
    {"socks5-gssapi-service", 0, true},
    {"socks5-hostname", 0, true},
    {"speed-limit", 'Y', true},
    {"speed-time", 'y', true},
    {"ssl", 0, false},
    {"ssl-allow-beast", 0, false},
    {"ssl-auto-client-cert", 0, false},
    {"ssl-no-revoke", 0, false},
    {"ssl-reqd", 0, false},
    {"ssl-revoke-best-effort", 0, false},
    {"sslv2", '2', false},
    {"sslv3", '3', false},
    {"stderr", 0, true},
    {"styled-output", 0, false},
    {"suppress-connect-headers", 0, false},
    {"tcp-fastopen", 0, false},
    {"tcp-nodelay", 0, false},
    {"telnet-option", 't', true},
    {"tftp-blksize", 0, true},
    {"tftp-no-options", 0, false},
    {"time-cond", 'z', true},
    {"tls-max", 0, true},
    {"tls13-ciphers", 0, true},
    {"tlsauthtype", 0, true},
    {"tlspassword", 0, true},
    {"tlsuser", 0, true},
    {"tlsv1", '1', false},
    {"tlsv1.0", 0, false},
    {"tlsv1.1", 0, false},
    {"tlsv1.2", 0, false},
    {"tlsv1.3", 0, false},
    {"tr-encoding", 0, false},
    {"trace", 0, true},
    {"trace-ascii", 0, true},
    {"trace-time", 0, false},
    {"unix-socket", 0, true},
    {"upload-file", 'T', true},
    {"url", 0, true},
    {"url-query", 0, true},
    {"use-ascii", 'B', false},
    {"user", 'u', true},
    {"user-agent", 'A', true},
    {"verbose", 'v', false},
    {"version", 'V', false},
    {"write-out", 'w', true},
    {"xattr", 0, false},
};

// What the parser does with an option. Options not listed in `handling()` do not change the request:
// a flag is ignored, a value is skipped with a note (unless it is in `quietValues()`).
enum class Opt {
    Ignore,
    Unsupported, // takes a value the parser does not apply: skipped with a note
    Noted,       // a flag that changes what curl does in a way a request cannot carry: noted
    Request,
    Header,
    Data,       // -d/--data/--data-ascii: @file is read with its line breaks removed
    DataBinary, // @file is read as it is
    DataRaw,    // never a file
    DataUrlEncode,
    Json,
    Get,
    Head,
    User,
    AuthKind, // --digest, --ntlm, ...: the credentials of -u are not Basic
    Basic,
    Url,
    UrlQuery,
    UserAgent,
    Referer,
    Cookie,
    Bearer,
    Form,
    FormString,
    Upload,
    Range,
    Compressed,
    Next,
};

const QHash<QString, Opt> &handling()
{
    static const QHash<QString, Opt> table = {
        {QStringLiteral("request"), Opt::Request},
        {QStringLiteral("header"), Opt::Header},
        {QStringLiteral("data"), Opt::Data},
        {QStringLiteral("data-ascii"), Opt::Data},
        {QStringLiteral("data-binary"), Opt::DataBinary},
        {QStringLiteral("data-raw"), Opt::DataRaw},
        {QStringLiteral("data-urlencode"), Opt::DataUrlEncode},
        {QStringLiteral("json"), Opt::Json},
        {QStringLiteral("get"), Opt::Get},
        {QStringLiteral("head"), Opt::Head},
        {QStringLiteral("user"), Opt::User},
        {QStringLiteral("digest"), Opt::AuthKind},
        {QStringLiteral("ntlm"), Opt::AuthKind},
        {QStringLiteral("ntlm-wb"), Opt::AuthKind},
        {QStringLiteral("negotiate"), Opt::AuthKind},
        {QStringLiteral("anyauth"), Opt::AuthKind},
        {QStringLiteral("aws-sigv4"), Opt::AuthKind},
        {QStringLiteral("basic"), Opt::Basic},
        {QStringLiteral("url"), Opt::Url},
        {QStringLiteral("url-query"), Opt::UrlQuery},
        {QStringLiteral("user-agent"), Opt::UserAgent},
        {QStringLiteral("referer"), Opt::Referer},
        {QStringLiteral("cookie"), Opt::Cookie},
        {QStringLiteral("oauth2-bearer"), Opt::Bearer},
        {QStringLiteral("form"), Opt::Form},
        {QStringLiteral("form-string"), Opt::FormString},
        {QStringLiteral("upload-file"), Opt::Upload},
        {QStringLiteral("range"), Opt::Range},
        {QStringLiteral("next"), Opt::Next},
        {QStringLiteral("compressed"), Opt::Compressed},
    };
    return table;
}

// Options with a value that only shape curl's output, timing or TLS: skipped without a note, since the
// request they describe is the same.
bool quietValue(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("output"),          QStringLiteral("max-time"),
        QStringLiteral("connect-timeout"), QStringLiteral("retry"),
        QStringLiteral("retry-delay"),     QStringLiteral("retry-max-time"),
        QStringLiteral("write-out"),       QStringLiteral("cacert"),
        QStringLiteral("capath"),          QStringLiteral("cert"),
        QStringLiteral("cert-type"),       QStringLiteral("key"),
        QStringLiteral("key-type"),        QStringLiteral("pass"),
        QStringLiteral("proxy"),           QStringLiteral("proxy-user"),
        QStringLiteral("cookie-jar"),      QStringLiteral("limit-rate"),
        QStringLiteral("max-redirs"),      QStringLiteral("ciphers"),
        QStringLiteral("interface"),       QStringLiteral("dns-servers"),
        QStringLiteral("keepalive-time"),  QStringLiteral("expect100-timeout"),
        QStringLiteral("tls-max"),         QStringLiteral("max-filesize"),
        QStringLiteral("speed-limit"),     QStringLiteral("speed-time"),
        QStringLiteral("trace"),           QStringLiteral("trace-ascii"),
        QStringLiteral("stderr"),          QStringLiteral("dump-header"),
        QStringLiteral("local-port"),      QStringLiteral("noproxy"),
        QStringLiteral("preproxy"),        QStringLiteral("proxy-header"),
        QStringLiteral("output-dir"),      QStringLiteral("happy-eyeballs-timeout-ms"),
    };
    return names.contains(name);
}

struct ResolvedOption
{
    bool known = false;
    bool takesValue = false;
    QString longName;
    Opt opt = Opt::Ignore;
};

ResolvedOption resolve(const CurlOption &option)
{
    ResolvedOption r;
    r.known = true;
    r.takesValue = option.takesValue;
    r.longName = QString::fromLatin1(option.name);
    r.opt = handling().value(r.longName, option.takesValue ? Opt::Unsupported : Opt::Ignore);
    return r;
}

ResolvedOption longOption(const QString &name)
{
    for (const CurlOption &option : curlOptions) {
        if (name == QLatin1String(option.name))
            return resolve(option);
    }
    // curl takes any unambiguous beginning of a long name ("--sil" is --silent).
    const CurlOption *only = nullptr;
    for (const CurlOption &option : curlOptions) {
        if (!QLatin1String(option.name).startsWith(name) || name.isEmpty())
            continue;
        if (only)
            return {}; // ambiguous: curl refuses it too
        only = &option;
    }
    if (only)
        return resolve(*only);
    // curl turns a boolean option off with "--no-" in front of its name.
    if (name.startsWith(QLatin1String("no-"))) {
        const ResolvedOption positive = longOption(name.mid(3));
        if (positive.known && !positive.takesValue) {
            ResolvedOption off = positive;
            off.opt = Opt::Ignore;
            return off;
        }
    }
    return {};
}

ResolvedOption shortOption(QChar letter)
{
    for (const CurlOption &option : curlOptions) {
        if (option.shortName != 0 && letter == QLatin1Char(option.shortName))
            return resolve(option);
    }
    return {};
}

QString stripTrailingSlashes(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

namespace {
// The words of a command; with `lineBreaks`, an unquoted line break (not continued with '\\') is kept
// as the word "\n", so parseAll() can tell commands on separate lines apart.
QStringList tokenizeWords(const QString &s, QString *error, int *errorPosition, bool lineBreaks);
} // namespace

QStringList CurlParser::tokenize(const QString &s, QString *error, int *errorPosition)
{
    return tokenizeWords(s, error, errorPosition, false);
}

namespace {
QStringList tokenizeWords(const QString &s, QString *error, int *errorPosition, bool lineBreaks)
{
    auto fail = [&](const QString &message, qsizetype position) {
        if (error)
            *error = message;
        if (errorPosition)
            *errorPosition = int(position);
        return QStringList();
    };
    QStringList words;
    QString word;
    bool inWord = false;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (isSpace(c)) {
            if (inWord)
                words << word;
            if (lineBreaks && c == QLatin1Char('\n'))
                words << QStringLiteral("\n");
            word.clear();
            inWord = false;
            ++i;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < n && s.at(i + 1) == QLatin1Char('\n')) {
                i += 2; // line continuation
            } else if (i + 2 < n && s.at(i + 1) == QLatin1Char('\r') && s.at(i + 2) == QLatin1Char('\n')) {
                i += 3;
            } else if (i + 1 < n) {
                word += s.at(i + 1);
                inWord = true;
                i += 2;
            } else {
                ++i; // a lone trailing backslash
            }
        } else if (c == QLatin1Char('\'')) {
            const qsizetype close = s.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return fail(Tr::tr("Unterminated single quote (') starting at position %1").arg(i + 1), i);
            word += s.mid(i + 1, close - i - 1);
            inWord = true;
            i = close + 1;
        } else if (c == QLatin1Char('$') && i + 1 < n && s.at(i + 1) == QLatin1Char('\'')) {
            const qsizetype next = readAnsiC(s, i, word);
            if (next < 0)
                return fail(Tr::tr("Unterminated $'...' quote starting at position %1").arg(i + 1), i);
            inWord = true;
            i = next;
        } else if (c == QLatin1Char('"') ||
                   (c == QLatin1Char('$') && i + 1 < n && s.at(i + 1) == QLatin1Char('"'))) {
            const qsizetype start = i;
            qsizetype j = i + (c == QLatin1Char('$') ? 2 : 1);
            bool closed = false;
            while (j < n) {
                const QChar d = s.at(j);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++j;
                    break;
                }
                if (d == QLatin1Char('\\') && j + 1 < n) {
                    const QChar e = s.at(j + 1);
                    if (e == QLatin1Char('"') || e == QLatin1Char('\\') || e == QLatin1Char('$') ||
                        e == QLatin1Char('`')) {
                        word += e;
                        j += 2;
                    } else if (e == QLatin1Char('\n')) {
                        j += 2;
                    } else if (e == QLatin1Char('\r') && j + 2 < n && s.at(j + 2) == QLatin1Char('\n')) {
                        j += 3;
                    } else {
                        word += d;
                        ++j;
                    }
                    continue;
                }
                word += d;
                ++j;
            }
            if (!closed)
                return fail(Tr::tr("Unterminated double quote (\") starting at position %1").arg(start + 1),
                            start);
            inWord = true;
            i = j;
        } else if (c == QLatin1Char('#') && !inWord) {
            while (i < n && s.at(i) != QLatin1Char('\n'))
                ++i; // a comment
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    if (inWord)
        words << word;
    return words;
}
} // namespace

namespace {

// Where a command's files and standard input come from.
struct Inputs
{
    QDir directory;
    bool hasStdin = false;
    QByteArray stdinBytes;
    QString stdinProblem; // why standard input cannot be read (a variable, a missing file), if known
};

struct FormPart
{
    QByteArray name;
    QByteArray content;
    QByteArray fileName; // set for a file upload (name=@file)
    QByteArray type;
};

// One request as a curl command (up to --next) describes it.
struct Draft
{
    QString method;
    QString methodOption;
    bool get = false;
    bool head = false;
    bool json = false;
    bool sawData = false;
    bool compressed = false;
    QList<QByteArray> dataParts;
    QStringList urls;
    HeaderList headers;
    QList<QByteArray> removedHeaders; // -H 'Name:': a header curl would add is not sent (lower case)
    QStringList headerOptions;        // the option each header came from, same order
    int cookieHeader = -1;            // index in `headers` of the Cookie header -b makes
    QString user;
    QString authKind; // "--digest", "--ntlm", ...: credentials that must not go out as Basic
    QList<QByteArray> urlQueries;
    QList<FormPart> form;
    QList<QPair<QString, QByteArray>> uploads; // -T: the n-th goes to the n-th URL, as in curl
    bool upload = false;                       // this request's upload, set per URL
    QString uploadName;
    QByteArray uploadBytes;
    QStringList notes;
    QString error;
};

// Reads a file (or "-", standard input) an option names. On failure sets the draft's error.
std::optional<QByteArray> readInput(Draft &d, const Inputs &in, const QString &option, const QString &name)
{
    if (name == QLatin1String("-")) {
        if (in.hasStdin)
            return in.stdinBytes;
        d.error = in.stdinProblem.isEmpty()
                      ? Tr::tr("%1 reads standard input, which the command does not give").arg(option)
                      : Tr::tr("%1 reads standard input: %2").arg(option, in.stdinProblem);
        return std::nullopt;
    }
    QFile file(in.directory.filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        d.error = Tr::tr("%1 reads the file %2, which is not there").arg(option, name);
        return std::nullopt;
    }
    return file.readAll();
}

void addOptionHeader(Draft &d, const QString &option, const QByteArray &name, const QByteArray &value)
{
    d.headers.append({name, value});
    d.headerOptions << option;
}

// -H "Name: value"; "Name;" sends an empty header; "Name:" removes one curl would add (nothing to do).
void applyHeaderLine(Draft &d, const QString &option, const QString &line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    const qsizetype semicolon = line.indexOf(QLatin1Char(';'));
    if (colon > 0) {
        const QString value = line.mid(colon + 1).trimmed();
        const QByteArray name = line.left(colon).trimmed().toLatin1().toLower();
        if (value.isEmpty() && (name == "content-type" || name == "accept" || name == "accept-encoding"))
            d.removedHeaders << name; // one this parser would add: it is not
        else if (value.isEmpty())
            d.notes << Tr::tr("The header \"%1\" without a value (curl removes it) was ignored").arg(line);
        else
            addOptionHeader(d, option, line.left(colon).trimmed().toLatin1(), toBytes(value));
    } else if (semicolon > 0 && line.mid(semicolon + 1).trimmed().isEmpty()) {
        addOptionHeader(d, option, line.left(semicolon).trimmed().toLatin1(), QByteArray());
    } else {
        d.notes << Tr::tr("Not a header, ignored: %1").arg(line);
    }
}

void applyHeader(Draft &d, const Inputs &in, const QString &option, const QString &arg)
{
    if (!arg.startsWith(QLatin1Char('@'))) {
        applyHeaderLine(d, option, arg);
        return;
    }
    // -H @file: one header a line, as curl reads it.
    const auto bytes = readInput(d, in, option, arg.mid(1));
    if (!bytes)
        return;
    for (const QByteArray &line : bytes->split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            applyHeaderLine(d, option, text);
    }
}

// -d @file: curl leaves out the file's carriage returns and newlines (--data-binary keeps them).
void applyData(Draft &d, const Inputs &in, Opt opt, const QString &option, const QString &arg)
{
    d.sawData = true;
    if (opt == Opt::DataRaw || !arg.startsWith(QLatin1Char('@'))) {
        d.dataParts << toBytes(arg);
        return;
    }
    auto bytes = readInput(d, in, option, arg.mid(1));
    if (!bytes)
        return;
    if (opt == Opt::Data) {
        bytes->replace("\r", "");
        bytes->replace("\n", "");
    }
    d.dataParts << *bytes;
}

QByteArray percentEncoded(const QByteArray &bytes)
{
    return QByteArray(bytes).toPercentEncoding();
}

// --data-urlencode and --url-query: "content", "=content", "name=content", "@file", "name@file". As
// curl decides: an '=' anywhere makes the rest content; otherwise an '@' makes the rest a file name.
std::optional<QByteArray> urlEncodedPart(Draft &d, const Inputs &in, const QString &option,
                                         const QString &arg)
{
    qsizetype split = arg.indexOf(QLatin1Char('='));
    if (split < 0)
        split = arg.indexOf(QLatin1Char('@'));
    if (split < 0)
        return percentEncoded(toBytes(arg));
    const QByteArray name = toBytes(arg.left(split));
    QByteArray content = toBytes(arg.mid(split + 1));
    if (arg.at(split) == QLatin1Char('@')) {
        const auto bytes = readInput(d, in, option, arg.mid(split + 1));
        if (!bytes)
            return std::nullopt;
        content = *bytes;
    }
    return name.isEmpty() ? percentEncoded(content) : name + '=' + percentEncoded(content);
}

void applyDataUrlEncode(Draft &d, const Inputs &in, const QString &option, const QString &arg)
{
    d.sawData = true;
    if (const auto part = urlEncodedPart(d, in, option, arg))
        d.dataParts << *part;
}

// --url-query: like --data-urlencode, but into the URL's query; "+" in front means "already encoded".
void applyUrlQuery(Draft &d, const Inputs &in, const QString &option, const QString &arg)
{
    if (arg.startsWith(QLatin1Char('+'))) {
        d.urlQueries << toBytes(arg.mid(1));
        return;
    }
    if (const auto part = urlEncodedPart(d, in, option, arg))
        d.urlQueries << *part;
}

void applyJson(Draft &d, const Inputs &in, const QString &option, const QString &arg)
{
    d.json = true;
    applyData(d, in, Opt::DataBinary, option, arg);
}

// curl reads a -F value or file name in double quotes with \\" and \\\\ escapes, else up to the first
// ';'; what follows are ";type=", ";filename=" parameters.
QString formWord(const QString &text, QString *rest)
{
    if (!text.startsWith(QLatin1Char('"'))) {
        const qsizetype semi = text.indexOf(QLatin1Char(';'));
        *rest = semi < 0 ? QString() : text.mid(semi);
        return semi < 0 ? text : text.left(semi);
    }
    QString out;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() &&
            (text.at(i + 1) == QLatin1Char('"') || text.at(i + 1) == QLatin1Char('\\'))) {
            out += text.at(++i);
        } else if (c == QLatin1Char('"')) {
            *rest = text.mid(i + 1);
            return out;
        } else {
            out += c;
        }
    }
    rest->clear();
    return out;
}

// The type curl gives a file part from its name's extension (curl's own short list).
QByteArray contentTypeFor(const QString &fileName)
{
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("gif"), "image/gif"},       {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},     {QStringLiteral("png"), "image/png"},
        {QStringLiteral("svg"), "image/svg+xml"},   {QStringLiteral("txt"), "text/plain"},
        {QStringLiteral("htm"), "text/html"},       {QStringLiteral("html"), "text/html"},
        {QStringLiteral("pdf"), "application/pdf"}, {QStringLiteral("xml"), "application/xml"},
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), "application/octet-stream");
}

void applyFormParams(FormPart &part, const QString &params)
{
    for (const QString &param : params.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = param.trimmed();
        if (trimmed.startsWith(QLatin1String("type=")))
            part.type = trimmed.mid(5).toUtf8();
        else if (trimmed.startsWith(QLatin1String("filename="))) {
            QString ignored;
            part.fileName = formWord(trimmed.mid(9), &ignored).toUtf8();
        }
    }
}

// -F name=value, name=@file (an upload), name=<file (the file's content as the value), each with
// optional ;type= and ;filename=; --form-string takes the value literally.
void applyForm(Draft &d, const Inputs &in, Opt opt, const QString &option, const QString &arg)
{
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        d.error = Tr::tr("%1 %2 is not a form field (name=value)").arg(option, arg);
        return;
    }
    FormPart part;
    part.name = toBytes(arg.left(eq));
    const QString value = arg.mid(eq + 1);
    if (opt == Opt::FormString) {
        part.content = toBytes(value);
        d.form << part;
        return;
    }
    const bool upload = value.startsWith(QLatin1Char('@'));
    const bool contentFromFile = value.startsWith(QLatin1Char('<'));
    QString params;
    const QString word = formWord(upload || contentFromFile ? value.mid(1) : value, &params);
    if (upload || contentFromFile) {
        const auto bytes = readInput(d, in, option, word);
        if (!bytes)
            return;
        part.content = *bytes;
        if (upload) {
            part.fileName = QFileInfo(word).fileName().toUtf8();
            part.type = contentTypeFor(word);
        }
    } else {
        part.content = toBytes(word);
    }
    applyFormParams(part, params);
    d.form << part;
}

void applyUpload(Draft &d, const Inputs &in, const QString &option, const QString &arg)
{
    const auto bytes = readInput(d, in, option, arg == QLatin1String(".") ? QStringLiteral("-") : arg);
    if (!bytes)
        return;
    d.uploads.append({arg, *bytes});
}

void applyAuthKind(Draft &d, const QString &option, const QString &arg)
{
    d.authKind = arg.isEmpty() ? option : option + QLatin1Char(' ') + arg;
}

// curl sends every -b in one Cookie header, where the first -b put it.
void addCookie(Draft &d, const QString &option, const QByteArray &cookie)
{
    if (d.cookieHeader < 0) {
        d.cookieHeader = int(d.headers.size());
        addOptionHeader(d, option, "Cookie", cookie);
    } else {
        d.headers[d.cookieHeader].second += "; " + cookie;
    }
}

void applyOption(Draft &d, const Inputs &in, Opt opt, const QString &option, const QString &arg)
{
    switch (opt) {
    case Opt::Request:
        d.method = arg.toUpper();
        d.methodOption = option;
        break;
    case Opt::Header:
        applyHeader(d, in, option, arg);
        break;
    case Opt::Data:
    case Opt::DataBinary:
    case Opt::DataRaw:
        applyData(d, in, opt, option, arg);
        break;
    case Opt::DataUrlEncode:
        applyDataUrlEncode(d, in, option, arg);
        break;
    case Opt::Json:
        applyJson(d, in, option, arg);
        break;
    case Opt::Get:
        d.get = true;
        break;
    case Opt::Head:
        d.head = true;
        break;
    case Opt::User:
        d.user = arg;
        break;
    case Opt::AuthKind:
        applyAuthKind(d, option, arg);
        break;
    case Opt::Basic:
        d.authKind.clear();
        break;
    case Opt::Url:
        d.urls << arg;
        break;
    case Opt::UrlQuery:
        applyUrlQuery(d, in, option, arg);
        break;
    case Opt::UserAgent:
        addOptionHeader(d, option, "User-Agent", toBytes(arg));
        break;
    case Opt::Referer:
        addOptionHeader(d, option, "Referer", toBytes(arg));
        break;
    case Opt::Cookie:
        if (arg.contains(QLatin1Char('=')))
            addCookie(d, option, toBytes(arg));
        else
            d.notes << Tr::tr("Cookies from the file %1 were not read").arg(arg);
        break;
    case Opt::Bearer:
        addOptionHeader(d, option, "Authorization", "Bearer " + toBytes(arg));
        break;
    case Opt::Form:
    case Opt::FormString:
        applyForm(d, in, opt, option, arg);
        break;
    case Opt::Upload:
        applyUpload(d, in, option, arg);
        break;
    case Opt::Range:
        // A lone number means "from there on" to curl, which adds the dash.
        addOptionHeader(d, option, "Range",
                        "bytes=" + toBytes(arg) + (arg.contains(QLatin1Char('-')) ? "" : "-"));
        break;
    case Opt::Compressed:
        d.compressed = true;
        break;
    case Opt::Noted:
        d.notes << Tr::tr("%1 was not carried over (curl would ask for a compressed response and decode it)")
                       .arg(option);
        break;
    case Opt::Unsupported:
        d.notes << Tr::tr("%1 %2 is not supported and was skipped").arg(option, arg);
        break;
    case Opt::Ignore:
    case Opt::Next:
        break;
    }
}

// A boundary that depends only on the parts, so the same command always gives the same body.
QByteArray multipartBody(const QList<FormPart> &parts, QByteArray *boundary)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const FormPart &part : parts)
        hash.addData(part.name + '\0' + part.content + '\0');
    *boundary = "------------------------" + hash.result().toHex().left(24);
    QByteArray body;
    for (const FormPart &part : parts) {
        body += "--" + *boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + '"';
        if (!part.fileName.isEmpty())
            body += "; filename=\"" + part.fileName + '"';
        body += "\r\n";
        if (!part.type.isEmpty())
            body += "Content-Type: " + part.type + "\r\n";
        body += "\r\n" + part.content + "\r\n";
    }
    body += "--" + *boundary + "--\r\n";
    return body;
}

// Splits the URL into base URL + path + query on `result`; --url-query parts go after the URL's own.
void splitUrl(CurlParseResult &result, QUrl url, const QStringList &knownBaseUrls,
              const QList<QByteArray> &extraQuery)
{
    const QString urlText = url.toString(QUrl::FullyEncoded);
    result.url = urlText;
    QString rest;
    for (const QString &known : knownBaseUrls) {
        const QString base = stripTrailingSlashes(known.trimmed());
        if (base.isEmpty() || !urlText.startsWith(base, Qt::CaseInsensitive))
            continue;
        const QString tail = urlText.mid(base.size());
        if (tail.isEmpty() || tail.startsWith(QLatin1Char('/')) || tail.startsWith(QLatin1Char('?'))) {
            result.baseUrl = base;
            rest = tail;
            break;
        }
    }
    if (result.baseUrl.isEmpty()) {
        result.baseUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                             .toString(QUrl::FullyEncoded);
        rest = urlText.mid(result.baseUrl.size());
    }
    QString queryText;
    if (const qsizetype question = rest.indexOf(QLatin1Char('?')); question >= 0) {
        queryText = rest.mid(question + 1);
        rest.truncate(question);
    }
    for (const QByteArray &part : extraQuery)
        queryText += (queryText.isEmpty() ? QString() : QStringLiteral("&")) + QString::fromUtf8(part);
    ApiRequest &request = result.request;
    request.path = percentDecodeKeeping(rest, QByteArrayLiteral("/?#%"), false);
    if (request.path.isEmpty())
        request.path = QStringLiteral("/");
    request.query = parseQuery(queryText);
}

// The URL as curl would use it: a scheme added when there is none, the fragment dropped, a file name
// appended for -T when the URL ends in '/'.
std::optional<QUrl> urlFor(CurlParseResult &result, const Draft &d, const QString &given, QString &user)
{
    QString urlText = given.trimmed();
    if (!urlText.contains(QLatin1String("://")))
        urlText.prepend(QLatin1String("http://"));
    if (const qsizetype hash = urlText.indexOf(QLatin1Char('#')); hash >= 0)
        urlText.truncate(hash);
    QUrl url(urlText, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    if (!url.userInfo().isEmpty()) {
        if (user.isEmpty())
            user = url.userName(QUrl::FullyDecoded) + QLatin1Char(':') + url.password(QUrl::FullyDecoded);
        result.notes << Tr::tr("The user name and password in the URL were moved to an Authorization header");
        url.setUserInfo(QString());
    }
    if (d.upload && d.uploadName != QLatin1String("-") && d.uploadName != QLatin1String(".") &&
        (url.path().isEmpty() || url.path().endsWith(QLatin1Char('/'))))
        url.setPath(url.path(QUrl::FullyEncoded) + (url.path().isEmpty() ? QStringLiteral("/") : QString()) +
                        QString::fromUtf8(QUrl::toPercentEncoding(QFileInfo(d.uploadName).fileName())),
                    QUrl::StrictMode);
    return url;
}

void setBody(ApiRequest &request, HeaderList &headers, const Draft &d)
{
    const QByteArray body = d.dataParts.join(d.json ? QByteArray() : QByteArray("&"));
    if (!d.form.isEmpty()) {
        QByteArray boundary;
        request.body = multipartBody(d.form, &boundary);
        const auto userType = std::find_if(headers.begin(), headers.end(), [](const auto &h) {
            return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        });
        if (userType == headers.end())
            addHeader(headers, "Content-Type", "multipart/form-data; boundary=" + boundary);
        else if (!userType->second.contains("boundary="))
            userType->second += "; boundary=" + boundary;
    } else if (d.upload) {
        request.body = d.uploadBytes;
    } else if (d.get && d.sawData) {
        request.query += parseQuery(QString::fromUtf8(body));
    } else if (d.sawData) {
        request.body = body;
    }
    const bool typeRemoved = d.removedHeaders.contains("content-type");
    if (d.json) {
        if (!hasHeader(headers, "Content-Type") && !typeRemoved)
            addHeader(headers, "Content-Type", "application/json");
        if (!hasHeader(headers, "Accept") && !d.removedHeaders.contains("accept"))
            addHeader(headers, "Accept", "application/json");
    } else if (d.sawData && !d.get && d.form.isEmpty() && !d.upload && !hasHeader(headers, "Content-Type") &&
               !typeRemoved) {
        addHeader(headers, "Content-Type", "application/x-www-form-urlencoded");
    }
}

// --compressed: the Accept-Encoding curl sends when built with zlib alone ("deflate, gzip", curl's
// ALL_CONTENT_ENCODINGS). Debian 12's curl 7.88.1, built with brotli and zstd too, sends
// "deflate, gzip, br, zstd"; the app's network stack (Qt 6.4) decodes only deflate and gzip, so asking
// for br or zstd would fetch answers it cannot read. A header the command sets itself wins, as in curl.
void setAcceptEncoding(CurlParseResult &result, HeaderList &headers, const Draft &d)
{
    if (!d.compressed || hasHeader(headers, "Accept-Encoding") ||
        d.removedHeaders.contains("accept-encoding"))
        return;
    addHeader(headers, "Accept-Encoding", "deflate, gzip");
    result.notes << Tr::tr("--compressed was sent as \"Accept-Encoding: deflate, gzip\" (a curl built with "
                           "brotli and zstd also offers br and zstd, which Connect Explorer cannot decode)");
}

// The URL exactly as curl sends it: as given (its percent-encoding, a query key without '=' and repeated
// keys kept), with "http://" when it names no scheme, without the fragment and the user name and
// password (those go into a header), with -T's file name when it ends in '/', and with --url-query
// parts and -G's data after its own query.
QString exactUrl(const QString &given, const Draft &d)
{
    QString text = given.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0)
        text.truncate(hash);
    const qsizetype authorityStart = text.indexOf(QLatin1String("://")) + 3;
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < text.size() && text.at(authorityEnd) != QLatin1Char('/') &&
           text.at(authorityEnd) != QLatin1Char('?'))
        ++authorityEnd;
    if (const qsizetype at = text.lastIndexOf(QLatin1Char('@'), authorityEnd - 1); at >= authorityStart) {
        text.remove(authorityStart, at + 1 - authorityStart);
        authorityEnd -= at + 1 - authorityStart;
    }
    QString query;
    const qsizetype question = text.indexOf(QLatin1Char('?'), authorityEnd);
    const bool hasQuery = question >= 0;
    if (hasQuery) {
        query = text.mid(question + 1);
        text.truncate(question);
    }
    if (d.upload && d.uploadName != QLatin1String("-") && d.uploadName != QLatin1String(".")) {
        if (text.size() == authorityEnd)
            text += QLatin1Char('/');
        if (text.endsWith(QLatin1Char('/')))
            text += QString::fromUtf8(QUrl::toPercentEncoding(QFileInfo(d.uploadName).fileName()));
    }
    QList<QByteArray> extra = d.urlQueries;
    if (d.get && d.sawData && d.form.isEmpty() && !d.upload)
        extra << d.dataParts.join('&');
    for (const QByteArray &part : std::as_const(extra)) {
        if (part.isEmpty())
            continue;
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromUtf8(part);
    }
    return text + (hasQuery || !query.isEmpty() ? QLatin1Char('?') + query : QString());
}

QByteArray methodOf(const Draft &d)
{
    if (!d.method.isEmpty())
        return d.method.toLatin1();
    if (d.head)
        return "HEAD";
    if (d.upload)
        return "PUT";
    if ((d.sawData || !d.form.isEmpty()) && !d.get)
        return "POST";
    return "GET";
}

// Credentials from -u (or the URL) go out as Basic only when curl would send Basic.
void setAuthorization(CurlParseResult &result, HeaderList &headers, const Draft &d, QString user)
{
    if (user.isEmpty())
        return;
    if (!d.authKind.isEmpty()) {
        result.refusedAuth = d.authKind;
        result.notes << Tr::tr("%1 authentication is not supported: the user name and password were left out "
                               "(never sent as Basic)")
                            .arg(d.authKind);
        return;
    }
    if (!user.contains(QLatin1Char(':'))) {
        result.notes << Tr::tr("No password was given for %1 (curl would ask for one)").arg(user);
        user += QLatin1Char(':');
    }
    if (!hasHeader(headers, "Authorization"))
        addHeader(headers, "Authorization", "Basic " + toBytes(user).toBase64());
}

// What the command asks for must be sendable as written: a header holding a line break would otherwise
// smuggle a second request past us (curl itself refuses it too). The error names the option the bad
// part came from.
std::optional<QString> hygieneError(const ApiRequest &request, const Draft &d, QString *option)
{
    const auto problem = RequestHygiene::check(request);
    if (!problem)
        return std::nullopt;
    switch (problem->part) {
    case RequestProblem::Part::Method:
        *option = d.methodOption.isEmpty() ? QStringLiteral("-X") : d.methodOption;
        break;
    case RequestProblem::Part::HeaderName:
    case RequestProblem::Part::HeaderValue:
        // Headers past the options' own come from -u (Authorization: Basic).
        *option = problem->index < d.headerOptions.size() ? d.headerOptions.at(problem->index)
                                                          : QStringLiteral("-u");
        break;
    case RequestProblem::Part::Path:
    case RequestProblem::Part::QueryName:
    case RequestProblem::Part::QueryValue:
        return Tr::tr("The URL cannot be used: %1").arg(problem->describe());
    }
    return Tr::tr("The option %1 cannot be used: %2").arg(*option, problem->describe());
}

CurlParseResult failed(const QString &message, int position = -1)
{
    CurlParseResult result;
    result.error = message;
    result.errorPosition = position;
    return result;
}

CurlParseResult buildRequest(const Draft &d, const QString &given, const QStringList &knownBaseUrls,
                             const QString &command)
{
    CurlParseResult result;
    QString user = d.user;
    const auto url = urlFor(result, d, given, user);
    if (!url)
        return failed(Tr::tr("Not a valid URL: %1").arg(given));
    splitUrl(result, *url, knownBaseUrls, d.urlQueries);
    ApiRequest &request = result.request;
    HeaderList headers = d.headers;
    setBody(request, headers, d);
    result.hasBody = !d.form.isEmpty() || d.upload || (d.sawData && !d.get);
    setAcceptEncoding(result, headers, d);
    setAuthorization(result, headers, d, user);
    result.url = exactUrl(given, d);
    request.headers = headers;
    request.method = methodOf(d);
    result.notes = d.notes + result.notes;
    QString option;
    if (const auto problem = hygieneError(request, d, &option))
        return failed(*problem, option.isEmpty() ? -1 : int(command.indexOf(option)));
    result.ok = true;
    return result;
}

// One request per URL, as curl fetches each URL of a command with the same options.
QList<CurlParseResult> buildRequests(const Draft &d, const QStringList &knownBaseUrls, const QString &command)
{
    if (!d.error.isEmpty())
        return {failed(d.error)};
    if (!d.form.isEmpty() && (d.sawData || !d.uploads.isEmpty()))
        return {failed(Tr::tr("-F cannot be combined with -d or -T: curl refuses that too"))};
    if (d.urls.isEmpty())
        return {failed(Tr::tr("No URL found in the command"))};
    QList<CurlParseResult> out;
    for (qsizetype i = 0; i < d.urls.size(); ++i) {
        Draft one = d;
        one.upload = i < d.uploads.size();
        if (one.upload)
            std::tie(one.uploadName, one.uploadBytes) =
                std::pair(d.uploads.at(i).first, d.uploads.at(i).second);
        out << buildRequest(one, d.urls.at(i), knownBaseUrls, command);
    }
    return out;
}

bool isCurlProgram(const QString &word)
{
    return word == QLatin1String("curl") || word.endsWith(QLatin1String("/curl")) ||
           word.compare(QLatin1String("curl.exe"), Qt::CaseInsensitive) == 0;
}

// The options of one shell command (its program word already removed): a Draft per request, split at
// --next and at a new "curl" (several commands pasted one after the other).
QList<Draft> readOptions(const QStringList &words, const Inputs &in, QString *error, int *errorPosition,
                         const QString &command)
{
    QList<Draft> drafts(1);
    bool optionsEnded = false;
    auto needValue = [&](const QString &option) {
        *error = Tr::tr("The option %1 needs a value").arg(option);
        *errorPosition = int(command.lastIndexOf(option));
        return QList<Draft>{};
    };
    auto unknown = [&](const QString &option) {
        *error = Tr::tr("Unknown option %1: curl has no such option, so the command is not read").arg(option);
        *errorPosition = int(command.indexOf(option));
        return QList<Draft>{};
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        Draft &d = drafts.last();
        if (!d.error.isEmpty())
            break;
        if (!optionsEnded && isCurlProgram(word) && !d.urls.isEmpty()) {
            drafts.append(Draft());
            continue;
        }
        if (optionsEnded || !word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            d.urls << word;
            continue;
        }
        if (word == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (word.startsWith(QLatin1String("--"))) {
            const ResolvedOption option = longOption(word.mid(2));
            if (!option.known) {
                return unknown(word);
            }
            QString arg;
            if (option.takesValue) {
                if (i + 1 >= words.size())
                    return needValue(word);
                arg = words.at(++i);
            }
            if (option.opt == Opt::Next)
                drafts.append(Draft());
            else if (!quietValue(option.longName))
                applyOption(d, in, option.opt, word, arg);
            continue;
        }
        // A cluster of short options: -sSL, -XPOST, -H'Accept: x'
        for (qsizetype k = 1; k < word.size(); ++k) {
            const QString name = QStringLiteral("-") + word.at(k);
            const ResolvedOption option = shortOption(word.at(k));
            if (!option.known) {
                return unknown(name);
            }
            if (option.opt == Opt::Next) {
                drafts.append(Draft());
                break;
            }
            if (!option.takesValue) {
                applyOption(drafts.last(), in, option.opt, name, {});
                continue;
            }
            QString arg = word.mid(k + 1);
            if (arg.isEmpty()) {
                if (i + 1 >= words.size())
                    return needValue(name);
                arg = words.at(++i);
            }
            if (!quietValue(option.longName))
                applyOption(drafts.last(), in, option.opt, name, arg);
            break;
        }
    }
    return drafts;
}

bool isShellSeparator(const QString &word)
{
    return word == QLatin1String("|") || word == QLatin1String("||") || word == QLatin1String("&&") ||
           word == QLatin1String(";") || word == QLatin1String("&");
}

struct ShellCommand
{
    QStringList words;
    bool pipedOn = false; // its output goes to the next command's standard input ("|")
};

// A line break ends a command when the next line starts another program ("echo", "curl"), not when it
// goes on with options or the URL of a command pasted without its '\\' continuations.
bool startsProgram(const QStringList &words, qsizetype i)
{
    static const QRegularExpression programName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return i < words.size() && (isCurlProgram(words.at(i)) || programName.match(words.at(i)).hasMatch());
}

QList<ShellCommand> splitShellCommands(const QStringList &words)
{
    QList<ShellCommand> out(1);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word == QLatin1String("\n")) {
            if (startsProgram(words, i + 1) && !out.last().words.isEmpty())
                out.append(ShellCommand());
        } else if (isShellSeparator(word)) {
            out.last().pipedOn = word == QLatin1String("|");
            out.append(ShellCommand());
        } else {
            out.last().words << word;
        }
    }
    return out;
}

// Takes the shell's redirections out of a command: "< file" and "<<< text" become its standard input;
// output redirections are dropped.
QStringList takeRedirections(const QStringList &words, Inputs &in)
{
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const bool hasNext = i + 1 < words.size();
        if ((word == QLatin1String("<") || word == QLatin1String("<<<")) && hasNext) {
            const QString source = words.at(++i);
            if (word == QLatin1String("<<<") && !source.startsWith(QLatin1Char('$'))) {
                in.hasStdin = true;
                in.stdinBytes = toBytes(source) + '\n';
            } else if (word == QLatin1String("<") && QFileInfo(in.directory.filePath(source)).isFile()) {
                QFile file(in.directory.filePath(source));
                in.hasStdin = file.open(QIODevice::ReadOnly);
                in.stdinBytes = file.readAll();
            } else {
                in.stdinProblem = word == QLatin1String("<")
                                      ? Tr::tr("the file %1 is not there").arg(source)
                                      : Tr::tr("%1 is a shell variable, which is not expanded").arg(source);
            }
        } else if ((word == QLatin1String(">") || word == QLatin1String(">>") ||
                    word == QLatin1String("2>") || word == QLatin1String("&>")) &&
                   hasNext) {
            ++i;
        } else if (word.startsWith(QLatin1Char('>')) || word.startsWith(QLatin1String("2>"))) {
            continue;
        } else {
            out << word;
        }
    }
    return out;
}

// What a program in front of "| curl" writes, for the few that carry a body: "echo text",
// "printf %s text" and "base64 -d" (what Copy as cURL writes for a binary body). Others are not run.
Inputs pipedOutput(const QStringList &words, const Inputs &in)
{
    Inputs out;
    const QString program = words.first();
    const QStringList args = words.mid(1);
    if (program == QLatin1String("echo")) {
        const bool newline = args.value(0) != QLatin1String("-n");
        out.stdinBytes = toBytes(args.mid(newline ? 0 : 1).join(QLatin1Char(' '))) + (newline ? "\n" : "");
        out.hasStdin = true;
    } else if (program == QLatin1String("printf") && args.size() == 2 && args.at(0) == QLatin1String("%s")) {
        out.stdinBytes = toBytes(args.at(1));
        out.hasStdin = true;
    } else if (program == QLatin1String("base64") && args.size() == 1 &&
               (args.at(0) == QLatin1String("-d") || args.at(0) == QLatin1String("--decode")) &&
               in.hasStdin) {
        const auto decoded = QByteArray::fromBase64Encoding(in.stdinBytes.trimmed());
        out.hasStdin = bool(decoded);
        out.stdinBytes = decoded.decoded;
    }
    if (!out.hasStdin)
        out.stdinProblem = Tr::tr("it comes from %1, which is not run").arg(program);
    return out;
}

QString shellQuoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// A heredoc (<<END ... END) becomes a here-string holding the same text, before the words are split.
QString heredocsAsHereStrings(const QString &command)
{
    static const QRegularExpression start(
        QStringLiteral("<<(-?)[ \\t]*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\\2([^\\n]*)\\n"));
    QString text = command;
    qsizetype from = 0;
    while (true) {
        const auto match = start.match(text, from);
        if (!match.hasMatch())
            return text;
        const QString delimiter = match.captured(3);
        const bool stripTabs = !match.captured(1).isEmpty();
        QStringList body;
        qsizetype pos = match.capturedEnd();
        qsizetype end = -1;
        while (pos <= text.size()) {
            qsizetype newline = text.indexOf(QLatin1Char('\n'), pos);
            if (newline < 0)
                newline = text.size();
            QString line = text.mid(pos, newline - pos);
            if (stripTabs)
                while (line.startsWith(QLatin1Char('\t')))
                    line.remove(0, 1);
            if (line == delimiter) {
                end = newline;
                break;
            }
            body << line;
            pos = newline + 1;
        }
        if (end < 0)
            return text; // no end line: left to the tokenizer, which reads what it can
        const QString replacement = QStringLiteral("<<< ") + shellQuoted(body.join(QLatin1Char('\n'))) +
                                    match.captured(4) + QLatin1Char('\n');
        text.replace(match.capturedStart(), end - match.capturedStart(), replacement);
        from = match.capturedStart() + replacement.size();
    }
}

} // namespace

QList<CurlParseResult> CurlParser::parseAll(const QString &command, const QStringList &knownBaseUrls,
                                            const QString &directory)
{
    // Chrome's "Copy as cURL (cmd)" escapes with ^ and continues lines with a trailing ^.
    static const QRegularExpression cmdContinuation(QStringLiteral("\\^\\r?\\n"));
    if (const auto match = cmdContinuation.match(command); match.hasMatch())
        return {failed(
            Tr::tr("This looks like a Windows cmd command (^ line continuations): copy it as cURL (bash) "
                   "instead"),
            int(match.capturedStart()))};

    QString tokenError;
    int tokenErrorPosition = -1;
    const QStringList words =
        tokenizeWords(heredocsAsHereStrings(command), &tokenError, &tokenErrorPosition, true);
    if (!tokenError.isEmpty())
        return {failed(tokenError, tokenErrorPosition)};
    if (words.isEmpty() ||
        std::all_of(words.begin(), words.end(), [](const QString &w) { return w == QLatin1String("\n"); }))
        return {failed(Tr::tr("The command is empty"))};

    // Shell commands joined by |, &&, ; : each curl one gives requests, other programs are noted.
    const QList<ShellCommand> shellCommands = splitShellCommands(words);
    QList<CurlParseResult> results;
    QStringList skipped;
    Inputs piped; // what "echo text |" gives the next command
    for (const ShellCommand &shell : shellCommands) {
        QStringList shellWords = shell.words;
        if (shellWords.isEmpty())
            continue;
        Inputs in = piped;
        in.directory = QDir(directory.isEmpty() ? QDir::currentPath() : directory);
        piped = Inputs();
        const QString program = shellWords.first();
        if (isCurlProgram(program)) {
            shellWords.removeFirst();
        } else if (shellCommands.size() == 1 && !program.startsWith(QLatin1Char('-')) &&
                   !program.contains(QLatin1String("://"))) {
            return {failed(Tr::tr("Not a curl command: it starts with \"%1\"").arg(program),
                           int(command.indexOf(program)))};
        } else if (shellCommands.size() > 1) {
            if (shell.pipedOn)
                piped = pipedOutput(shellWords, in);
            else
                skipped << program;
            continue;
        }
        QString error;
        int errorPosition = -1;
        const QList<Draft> drafts =
            readOptions(takeRedirections(shellWords, in), in, &error, &errorPosition, command);
        if (!error.isEmpty())
            return {failed(error, errorPosition)};
        for (const Draft &d : drafts)
            results << buildRequests(d, knownBaseUrls, command);
    }
    if (results.isEmpty())
        return {failed(Tr::tr("No URL found in the command"))};
    if (!skipped.isEmpty())
        results.first().notes
            << Tr::tr("Other commands in the text were not run: %1").arg(skipped.join(QStringLiteral(", ")));
    return results;
}

CurlParseResult CurlParser::parse(const QString &command, const QStringList &knownBaseUrls)
{
    QList<CurlParseResult> all = parseAll(command, knownBaseUrls);
    for (const CurlParseResult &r : std::as_const(all)) {
        if (!r.ok)
            return r; // a part that cannot be read refuses the whole paste, never half of it
    }
    CurlParseResult first = all.takeFirst();
    if (!all.isEmpty()) {
        QStringList others;
        for (const CurlParseResult &r : std::as_const(all))
            others << r.url;
        first.notes
            << Tr::tr("Only the first URL is used; ignored: %1").arg(others.join(QStringLiteral(", ")));
    }
    return first;
}

} // namespace cx
