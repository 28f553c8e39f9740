#include "CurlParser.h"

#include "net/RequestHygiene.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace cx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cx::CurlParser", text);
}

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

enum class Opt {
    Unknown,
    Flag,    // no argument, no effect on the request
    SkipArg, // an argument, no effect on the request
    Request,
    Header,
    Data,
    DataRaw,
    DataUrlEncode,
    Json,
    Get,
    Head,
    User,
    Url,
    UserAgent,
    Referer,
    Cookie,
    Bearer,
    Form,
    Upload,
};

Opt longOption(const QString &name)
{
    static const QHash<QString, Opt> table = [] {
        QHash<QString, Opt> t;
        t.insert(QStringLiteral("request"), Opt::Request);
        t.insert(QStringLiteral("header"), Opt::Header);
        t.insert(QStringLiteral("data"), Opt::Data);
        t.insert(QStringLiteral("data-ascii"), Opt::Data);
        t.insert(QStringLiteral("data-binary"), Opt::Data);
        t.insert(QStringLiteral("data-raw"), Opt::DataRaw);
        t.insert(QStringLiteral("data-urlencode"), Opt::DataUrlEncode);
        t.insert(QStringLiteral("json"), Opt::Json);
        t.insert(QStringLiteral("get"), Opt::Get);
        t.insert(QStringLiteral("head"), Opt::Head);
        t.insert(QStringLiteral("user"), Opt::User);
        t.insert(QStringLiteral("url"), Opt::Url);
        t.insert(QStringLiteral("user-agent"), Opt::UserAgent);
        t.insert(QStringLiteral("referer"), Opt::Referer);
        t.insert(QStringLiteral("cookie"), Opt::Cookie);
        t.insert(QStringLiteral("oauth2-bearer"), Opt::Bearer);
        t.insert(QStringLiteral("form"), Opt::Form);
        t.insert(QStringLiteral("form-string"), Opt::Form);
        t.insert(QStringLiteral("upload-file"), Opt::Upload);
        for (const char *flag : {"location",
                                 "location-trusted",
                                 "insecure",
                                 "silent",
                                 "show-error",
                                 "include",
                                 "verbose",
                                 "compressed",
                                 "fail",
                                 "fail-with-body",
                                 "globoff",
                                 "http1.0",
                                 "http1.1",
                                 "http2",
                                 "http2-prior-knowledge",
                                 "http3",
                                 "no-buffer",
                                 "progress-bar",
                                 "no-progress-meter",
                                 "ipv4",
                                 "ipv6",
                                 "tcp-nodelay",
                                 "no-keepalive",
                                 "path-as-is",
                                 "raw",
                                 "tr-encoding",
                                 "anyauth",
                                 "basic",
                                 "digest",
                                 "ntlm",
                                 "negotiate",
                                 "no-sessionid",
                                 "no-alpn",
                                 "no-npn",
                                 "remote-name",
                                 "remote-name-all",
                                 "disable",
                                 "ssl",
                                 "ssl-reqd",
                                 "tlsv1",
                                 "tlsv1.0",
                                 "tlsv1.1",
                                 "tlsv1.2",
                                 "tlsv1.3",
                                 "proxy-insecure",
                                 "create-dirs",
                                 "styled-output",
                                 "no-styled-output",
                                 "junk-session-cookies",
                                 "remote-header-name",
                                 "list-only",
                                 "append",
                                 "xattr",
                                 "suppress-connect-headers",
                                 "ssl-no-revoke",
                                 "http0.9",
                                 "cert-status",
                                 "false-start"})
            t.insert(QString::fromLatin1(flag), Opt::Flag);
        for (const char *withArg : {"output",
                                    "max-time",
                                    "connect-timeout",
                                    "retry",
                                    "retry-delay",
                                    "retry-max-time",
                                    "write-out",
                                    "cacert",
                                    "capath",
                                    "cert",
                                    "cert-type",
                                    "key",
                                    "key-type",
                                    "pass",
                                    "proxy",
                                    "proxy-user",
                                    "resolve",
                                    "connect-to",
                                    "cookie-jar",
                                    "range",
                                    "limit-rate",
                                    "max-redirs",
                                    "ciphers",
                                    "interface",
                                    "dns-servers",
                                    "keepalive-time",
                                    "expect100-timeout",
                                    "tls-max",
                                    "unix-socket",
                                    "abstract-unix-socket",
                                    "max-filesize",
                                    "speed-limit",
                                    "speed-time",
                                    "trace",
                                    "trace-ascii",
                                    "stderr",
                                    "dump-header",
                                    "continue-at",
                                    "local-port",
                                    "noproxy",
                                    "preproxy",
                                    "proxy-header",
                                    "output-dir",
                                    "happy-eyeballs-timeout-ms"})
            t.insert(QString::fromLatin1(withArg), Opt::SkipArg);
        return t;
    }();
    return table.value(name, Opt::Unknown);
}

Opt shortOption(QChar c)
{
    switch (c.unicode()) {
    case u'X':
        return Opt::Request;
    case u'H':
        return Opt::Header;
    case u'd':
        return Opt::Data;
    case u'G':
        return Opt::Get;
    case u'I':
        return Opt::Head;
    case u'u':
        return Opt::User;
    case u'A':
        return Opt::UserAgent;
    case u'e':
        return Opt::Referer;
    case u'b':
        return Opt::Cookie;
    case u'F':
        return Opt::Form;
    case u'T':
        return Opt::Upload;
    case u'o':
    case u'm':
    case u'w':
    case u'x':
    case u'r':
    case u'E':
    case u'c':
    case u'C':
    case u'y':
    case u'Y':
    case u'z':
    case u'U':
    case u'Q':
    case u't':
    case u'P':
    case u'D':
        return Opt::SkipArg;
    case u'L':
    case u'k':
    case u's':
    case u'S':
    case u'i':
    case u'v':
    case u'f':
    case u'g':
    case u'N':
    case u'0':
    case u'1':
    case u'2':
    case u'3':
    case u'4':
    case u'6':
    case u'#':
    case u'j':
    case u'l':
    case u'n':
    case u'O':
    case u'p':
    case u'q':
    case u'R':
    case u'Z':
    case u'a':
    case u'B':
    case u'M':
    case u'J':
        return Opt::Flag;
    default:
        return Opt::Unknown;
    }
}

bool takesArgument(Opt opt)
{
    return opt != Opt::Unknown && opt != Opt::Flag && opt != Opt::Get && opt != Opt::Head;
}

QString stripTrailingSlashes(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

QStringList CurlParser::tokenize(const QString &s, QString *error, int *errorPosition)
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
                return fail(tr("Unterminated single quote (') starting at position %1").arg(i + 1), i);
            word += s.mid(i + 1, close - i - 1);
            inWord = true;
            i = close + 1;
        } else if (c == QLatin1Char('$') && i + 1 < n && s.at(i + 1) == QLatin1Char('\'')) {
            const qsizetype next = readAnsiC(s, i, word);
            if (next < 0)
                return fail(tr("Unterminated $'...' quote starting at position %1").arg(i + 1), i);
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
                return fail(tr("Unterminated double quote (\") starting at position %1").arg(start + 1),
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

CurlParseResult CurlParser::parse(const QString &command, const QStringList &knownBaseUrls)
{
    CurlParseResult result;
    auto fail = [&](const QString &message, int position = -1) {
        result.ok = false;
        result.error = message;
        result.errorPosition = position;
        return result;
    };

    // Chrome's "Copy as cURL (cmd)" escapes with ^ and continues lines with a trailing ^.
    static const QRegularExpression cmdContinuation(QStringLiteral("\\^\\r?\\n"));
    if (const auto match = cmdContinuation.match(command); match.hasMatch())
        return fail(tr("This looks like a Windows cmd command (^ line continuations): copy it as cURL (bash) "
                       "instead"),
                    int(match.capturedStart()));

    QString tokenError;
    int tokenErrorPosition = -1;
    QStringList words = tokenize(command, &tokenError, &tokenErrorPosition);
    if (!tokenError.isEmpty())
        return fail(tokenError, tokenErrorPosition);
    if (words.isEmpty())
        return fail(tr("The command is empty"));

    const QString program = words.first();
    if (program == QLatin1String("curl") || program.endsWith(QLatin1String("/curl")) ||
        program.compare(QLatin1String("curl.exe"), Qt::CaseInsensitive) == 0) {
        words.removeFirst();
    } else if (!program.startsWith(QLatin1Char('-')) && !program.contains(QLatin1String("://"))) {
        return fail(tr("Not a curl command: it starts with \"%1\"").arg(program),
                    int(command.indexOf(program)));
    }

    QString method;
    bool get = false;
    bool head = false;
    bool json = false;
    bool sawData = false;
    QStringList dataParts;
    QStringList urls;
    HeaderList headers;
    QStringList headerOptions; // the option each header came from ("-H", "--user-agent"), same order
    QString methodOption;      // the option that set the method ("-X", "--request")
    QString user;
    bool optionsEnded = false;
    auto optionHeader = [&](const QString &option, const QByteArray &headerName, const QByteArray &value) {
        headers.append({headerName, value});
        headerOptions << option;
    };

    auto apply = [&](Opt opt, const QString &name, const QString &arg) {
        switch (opt) {
        case Opt::Request:
            method = arg.toUpper();
            methodOption = name;
            break;
        case Opt::Header: {
            if (arg.startsWith(QLatin1Char('@'))) {
                result.notes << tr("Headers from the file %1 were not read").arg(arg.mid(1));
                break;
            }
            const qsizetype colon = arg.indexOf(QLatin1Char(':'));
            const qsizetype semicolon = arg.indexOf(QLatin1Char(';'));
            if (colon > 0) {
                const QString value = arg.mid(colon + 1).trimmed();
                if (value.isEmpty()) {
                    result.notes
                        << tr("The header \"%1\" without a value (curl removes it) was ignored").arg(arg);
                    break;
                }
                optionHeader(name, arg.left(colon).trimmed().toLatin1(), toBytes(value));
            } else if (semicolon > 0 && arg.mid(semicolon + 1).trimmed().isEmpty()) {
                optionHeader(name, arg.left(semicolon).trimmed().toLatin1(), QByteArray());
            } else {
                result.notes << tr("Not a header, ignored: %1").arg(arg);
            }
            break;
        }
        case Opt::Data:
            sawData = true;
            if (arg.startsWith(QLatin1Char('@')))
                result.notes
                    << tr("The body refers to the file %1, which was not read: \"%2\" is kept as the body")
                           .arg(arg.mid(1), arg);
            dataParts << arg;
            break;
        case Opt::DataRaw:
            sawData = true;
            dataParts << arg;
            break;
        case Opt::DataUrlEncode: {
            sawData = true;
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            const qsizetype at = arg.indexOf(QLatin1Char('@'));
            if (at >= 0 && (eq < 0 || at < eq)) {
                result.notes
                    << tr("--data-urlencode %1 reads a file, which was not read; kept as it is").arg(arg);
                dataParts << arg;
            } else if (eq >= 0) {
                dataParts << arg.left(eq) + QLatin1Char('=') +
                                 QString::fromLatin1(QUrl::toPercentEncoding(arg.mid(eq + 1)));
            } else {
                dataParts << QString::fromLatin1(QUrl::toPercentEncoding(arg));
            }
            break;
        }
        case Opt::Json:
            sawData = true;
            json = true;
            if (arg.startsWith(QLatin1Char('@')))
                result.notes
                    << tr("The body refers to the file %1, which was not read: \"%2\" is kept as the body")
                           .arg(arg.mid(1), arg);
            dataParts << arg;
            break;
        case Opt::Get:
            get = true;
            break;
        case Opt::Head:
            head = true;
            break;
        case Opt::User:
            user = arg;
            break;
        case Opt::Url:
            urls << arg;
            break;
        case Opt::UserAgent:
            optionHeader(name, "User-Agent", arg.toUtf8());
            break;
        case Opt::Referer:
            optionHeader(name, "Referer", arg.toUtf8());
            break;
        case Opt::Cookie:
            if (arg.contains(QLatin1Char('=')))
                optionHeader(name, "Cookie", arg.toUtf8());
            else
                result.notes << tr("Cookies from the file %1 were not read").arg(arg);
            break;
        case Opt::Bearer:
            optionHeader(name, "Authorization", "Bearer " + arg.toUtf8());
            break;
        case Opt::Form:
            result.notes
                << tr("Multipart form fields (%1 %2) are not supported and were left out").arg(name, arg);
            break;
        case Opt::Upload:
            result.notes << tr("The upload of the file %1 (%2) was left out").arg(arg, name);
            break;
        case Opt::Flag:
        case Opt::SkipArg:
            break;
        case Opt::Unknown:
            result.notes << tr("Unknown option %1 was ignored").arg(name);
            break;
        }
    };

    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (optionsEnded || !word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            urls << word;
            continue;
        }
        if (word == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (word.startsWith(QLatin1String("--"))) {
            const QString name = word.mid(2);
            const Opt opt = longOption(name);
            QString arg;
            if (takesArgument(opt)) {
                if (i + 1 >= words.size())
                    return fail(tr("The option %1 needs a value").arg(word), int(command.lastIndexOf(word)));
                arg = words.at(++i);
            }
            apply(opt, word, arg);
            continue;
        }
        // A cluster of short options: -sSL, -XPOST, -H'Accept: x'
        for (qsizetype k = 1; k < word.size(); ++k) {
            const QChar letter = word.at(k);
            const Opt opt = shortOption(letter);
            const QString name = QStringLiteral("-") + letter;
            if (!takesArgument(opt)) {
                apply(opt, name, {});
                continue;
            }
            QString arg = word.mid(k + 1);
            if (arg.isEmpty()) {
                if (i + 1 >= words.size())
                    return fail(tr("The option %1 needs a value").arg(name), int(command.lastIndexOf(name)));
                arg = words.at(++i);
            }
            apply(opt, name, arg);
            break;
        }
    }

    if (urls.isEmpty())
        return fail(tr("No URL found in the command"));
    if (urls.size() > 1)
        result.notes
            << tr("Only the first URL is used; ignored: %1").arg(urls.mid(1).join(QStringLiteral(", ")));

    QString urlText = urls.first().trimmed();
    if (!urlText.contains(QLatin1String("://")))
        urlText.prepend(QLatin1String("http://"));
    if (const qsizetype hash = urlText.indexOf(QLatin1Char('#')); hash >= 0)
        urlText.truncate(hash);

    QUrl url(urlText, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("Not a valid URL: %1").arg(urls.first()));
    if (!url.userInfo().isEmpty()) {
        if (user.isEmpty())
            user = url.userName(QUrl::FullyDecoded) + QLatin1Char(':') + url.password(QUrl::FullyDecoded);
        result.notes << tr("The user name and password in the URL were moved to an Authorization header");
        url.setUserInfo(QString());
    }
    urlText = url.toString(QUrl::FullyEncoded);
    result.url = urlText;

    // Split into base URL + path + query.
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

    ApiRequest &request = result.request;
    request.path = percentDecodeKeeping(rest, QByteArrayLiteral("/?#%"), false);
    if (request.path.isEmpty())
        request.path = QStringLiteral("/");
    request.query = parseQuery(queryText);

    const QString body = dataParts.join(json ? QString() : QStringLiteral("&"));
    if (get && sawData) {
        request.query += parseQuery(body);
    } else if (sawData) {
        request.body = toBytes(body);
    }

    if (!user.isEmpty()) {
        if (!user.contains(QLatin1Char(':'))) {
            result.notes << tr("No password was given for %1 (curl would ask for one)").arg(user);
            user += QLatin1Char(':');
        }
        if (!hasHeader(headers, "Authorization"))
            addHeader(headers, "Authorization", "Basic " + user.toUtf8().toBase64());
    }
    if (json) {
        if (!hasHeader(headers, "Content-Type"))
            addHeader(headers, "Content-Type", "application/json");
        if (!hasHeader(headers, "Accept"))
            addHeader(headers, "Accept", "application/json");
    } else if (sawData && !get && !hasHeader(headers, "Content-Type")) {
        addHeader(headers, "Content-Type", "application/x-www-form-urlencoded");
    }
    request.headers = headers;

    if (!method.isEmpty())
        request.method = method.toLatin1();
    else if (head)
        request.method = "HEAD";
    else if (sawData && !get)
        request.method = "POST";
    else
        request.method = "GET";

    // What the command asks for must be sendable as written: a header holding a line break would
    // otherwise smuggle a second request past us (curl itself refuses it too). The error names the
    // option the bad part came from.
    if (const auto problem = RequestHygiene::check(request)) {
        QString option;
        switch (problem->part) {
        case RequestProblem::Part::Method:
            option = methodOption.isEmpty() ? QStringLiteral("-X") : methodOption;
            break;
        case RequestProblem::Part::HeaderName:
        case RequestProblem::Part::HeaderValue:
            // Headers past the options' own come from -u (Authorization: Basic).
            option = problem->index < headerOptions.size() ? headerOptions.at(problem->index)
                                                           : QStringLiteral("-u");
            break;
        case RequestProblem::Part::Path:
        case RequestProblem::Part::QueryName:
        case RequestProblem::Part::QueryValue:
            return fail(tr("The URL cannot be used: %1").arg(problem->describe()));
        }
        return fail(tr("The option %1 cannot be used: %2").arg(option, problem->describe()),
                    int(command.indexOf(option)));
    }

    result.ok = true;
    return result;
}

} // namespace cx
