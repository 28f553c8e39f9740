#include "MiniYaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

namespace cx::MiniYaml {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::MiniYaml)
};

struct Failure
{
    QString error;
};

struct Line
{
    int number = 0; // 1-based, for messages
    int indent = 0;
    QString text; // without the indentation; empty for blank and comment-only lines
};

constexpr int MaxDepth = 200;

class Parser
{
public:
    explicit Parser(const QString &source)
    {
        const QStringList raw = source.split(QLatin1Char('\n'));
        for (int i = 0; i < raw.size(); ++i) {
            QString text = raw.at(i);
            if (text.endsWith(QLatin1Char('\r')))
                text.chop(1);
            Line line;
            line.number = i + 1;
            while (line.indent < text.size() && text.at(line.indent) == QLatin1Char(' '))
                ++line.indent;
            if (line.indent < text.size() && text.at(line.indent) == QLatin1Char('\t'))
                throw Failure{Tr::tr("line %1: a tab in the indentation").arg(line.number)};
            line.text = text.mid(line.indent);
            m_raw.append(text);
            m_lines.append(line);
        }
    }

    QJsonValue document()
    {
        skipBlank();
        if (m_pos < m_lines.size() && m_lines.at(m_pos).text.startsWith(QLatin1String("---"))) {
            const QString rest = m_lines.at(m_pos).text.mid(3).trimmed();
            if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('#')))
                throw Failure{
                    Tr::tr("line %1: content after '---' is not supported").arg(m_lines.at(m_pos).number)};
            ++m_pos;
            skipBlank();
        }
        if (m_pos >= m_lines.size())
            return QJsonValue();
        const QJsonValue value = node(m_lines.at(m_pos).indent, 0);
        skipBlank();
        if (m_pos < m_lines.size()) {
            const Line &line = m_lines.at(m_pos);
            if (line.text.startsWith(QLatin1String("---")) || line.text.startsWith(QLatin1String("...")))
                throw Failure{Tr::tr("line %1: several documents are not supported").arg(line.number)};
            throw Failure{Tr::tr("line %1: unexpected indentation").arg(line.number)};
        }
        return value;
    }

private:
    static bool isBlank(const Line &line)
    {
        return line.text.isEmpty() || line.text.startsWith(QLatin1Char('#'));
    }

    void skipBlank()
    {
        while (m_pos < m_lines.size() && isBlank(m_lines.at(m_pos)))
            ++m_pos;
    }

    static bool isSequenceItem(const QString &text)
    {
        return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
    }

    // The end of a mapping key in `text` (the index of its ':'), or -1.
    static int keyEnd(const QString &text)
    {
        if (text.isEmpty())
            return -1;
        int i = 0;
        const QChar first = text.at(0);
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            i = 1;
            while (i < text.size()) {
                if (first == QLatin1Char('"') && text.at(i) == QLatin1Char('\\')) {
                    i += 2;
                    continue;
                }
                if (text.at(i) == first) {
                    if (first == QLatin1Char('\'') && i + 1 < text.size() &&
                        text.at(i + 1) == QLatin1Char('\'')) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
            while (i < text.size() && text.at(i) == QLatin1Char(' '))
                ++i;
            if (i < text.size() && text.at(i) == QLatin1Char(':') &&
                (i + 1 == text.size() || text.at(i + 1) == QLatin1Char(' ')))
                return i;
            return -1;
        }
        if (first == QLatin1Char('[') || first == QLatin1Char('{') || first == QLatin1Char('#'))
            return -1;
        for (i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char(':') &&
                (i + 1 == text.size() || text.at(i + 1) == QLatin1Char(' ')))
                return i;
            if (text.at(i) == QLatin1Char('#') && i > 0 && text.at(i - 1) == QLatin1Char(' '))
                return -1;
        }
        return -1;
    }

    QJsonValue node(int indent, int depth)
    {
        if (depth > MaxDepth)
            throw Failure{Tr::tr("line %1: nested too deeply").arg(m_lines.at(m_pos).number)};
        const Line &line = m_lines.at(m_pos);
        if (isSequenceItem(line.text))
            return sequence(indent, depth);
        if (keyEnd(line.text) >= 0)
            return mapping(indent, depth);
        // A scalar on its own line(s).
        const int number = line.number;
        ++m_pos;
        return inlineValue(line.text, indent - 1, number, depth);
    }

    QJsonValue sequence(int indent, int depth)
    {
        QJsonArray array;
        while (true) {
            skipBlank();
            if (m_pos >= m_lines.size())
                break;
            Line &line = m_lines[m_pos];
            if (line.indent != indent || !isSequenceItem(line.text))
                break;
            const QString rest = line.text.mid(1).trimmed().isEmpty() ? QString() : line.text.mid(2);
            if (rest.trimmed().isEmpty() || rest.startsWith(QLatin1Char('#'))) {
                ++m_pos;
                skipBlank();
                if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
                    array.append(node(m_lines.at(m_pos).indent, depth + 1));
                else
                    array.append(QJsonValue());
                continue;
            }
            // "- key: value" or "- - x": the rest is a node starting two columns further in.
            int extra = 2;
            QString inner = rest;
            while (inner.startsWith(QLatin1Char(' '))) {
                inner.remove(0, 1);
                ++extra;
            }
            line.indent = indent + extra;
            line.text = inner;
            if (isSequenceItem(inner) || keyEnd(inner) >= 0) {
                array.append(node(line.indent, depth + 1));
            } else {
                const int number = line.number;
                ++m_pos;
                array.append(inlineValue(inner, indent, number, depth));
            }
        }
        return array;
    }

    QJsonValue mapping(int indent, int depth)
    {
        QJsonObject object;
        while (true) {
            skipBlank();
            if (m_pos >= m_lines.size())
                break;
            const Line line = m_lines.at(m_pos);
            if (line.indent != indent)
                break;
            const int end = keyEnd(line.text);
            if (end < 0) {
                if (isSequenceItem(line.text))
                    break;
                throw Failure{Tr::tr("line %1: expected 'key: value'").arg(line.number)};
            }
            QString key = line.text.left(end).trimmed();
            if (key.startsWith(QLatin1Char('"')) || key.startsWith(QLatin1Char('\'')))
                key = quoted(key, line.number).toString();
            if (key == QLatin1String("<<") || key.startsWith(QLatin1Char('?')))
                throw Failure{
                    Tr::tr("line %1: merge keys and complex keys are not supported").arg(line.number)};
            const QString rest = line.text.mid(end + 1).trimmed();
            ++m_pos;
            QJsonValue value;
            if (rest.isEmpty() || rest.startsWith(QLatin1Char('#'))) {
                skipBlank();
                if (m_pos < m_lines.size()) {
                    const Line &next = m_lines.at(m_pos);
                    if (next.indent > indent)
                        value = node(next.indent, depth + 1);
                    else if (next.indent == indent && isSequenceItem(next.text))
                        value = sequence(indent, depth + 1);
                }
            } else {
                value = inlineValue(rest, indent, line.number, depth);
            }
            object.insert(key, value);
        }
        return object;
    }

    // A value that starts on a line already consumed; continuation lines (block scalars, folded plain
    // scalars, multi-line quoted scalars) must be indented deeper than `parentIndent`.
    QJsonValue inlineValue(const QString &text, int parentIndent, int number, int depth)
    {
        if (text.startsWith(QLatin1Char('&')) || text.startsWith(QLatin1Char('*')))
            throw Failure{Tr::tr("line %1: anchors and aliases are not supported").arg(number)};
        QString value = text;
        if (value.startsWith(QLatin1String("!!"))) { // a tag such as !!str: the value as it is
            const qsizetype space = value.indexOf(QLatin1Char(' '));
            value = space < 0 ? QString() : value.mid(space + 1).trimmed();
        }
        if (value.startsWith(QLatin1Char('|')) || value.startsWith(QLatin1Char('>')))
            return blockScalar(value, parentIndent, number);
        if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) {
            // Gather lines until the quote closes.
            QString gathered = value;
            while (!closes(gathered)) {
                if (m_pos >= m_lines.size())
                    throw Failure{Tr::tr("line %1: the quoted value does not end").arg(number)};
                const Line &next = m_lines.at(m_pos++);
                gathered += QLatin1Char('\n') + next.text;
            }
            return quoted(gathered, number);
        }
        if (value.startsWith(QLatin1Char('[')) || value.startsWith(QLatin1Char('{'))) {
            QString gathered = value;
            while (!balanced(gathered)) {
                if (m_pos >= m_lines.size())
                    throw Failure{Tr::tr("line %1: the flow collection does not end").arg(number)};
                gathered += QLatin1Char(' ') + m_lines.at(m_pos++).text;
            }
            int at = 0;
            const QJsonValue result = flow(gathered, at, number, depth);
            skipSpaces(gathered, at);
            if (at < gathered.size() && gathered.at(at) != QLatin1Char('#'))
                throw Failure{Tr::tr("line %1: text after the flow collection").arg(number)};
            return result;
        }
        // A plain scalar: strip a comment, fold continuation lines.
        QString plain = stripComment(value);
        while (m_pos < m_lines.size()) {
            const Line &next = m_lines.at(m_pos);
            if (next.text.isEmpty() || next.indent <= parentIndent ||
                next.text.startsWith(QLatin1Char('#')) || keyEnd(next.text) >= 0 || isSequenceItem(next.text))
                break;
            plain += QLatin1Char(' ') + stripComment(next.text);
            ++m_pos;
        }
        return typed(plain.trimmed());
    }

    static QString stripComment(const QString &text)
    {
        const qsizetype hash = text.indexOf(QLatin1String(" #"));
        return hash < 0 ? text : text.left(hash);
    }

    static QJsonValue typed(const QString &text)
    {
        if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") ||
            text == QLatin1String("Null") || text == QLatin1String("NULL"))
            return QJsonValue();
        if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("False") ||
            text == QLatin1String("FALSE"))
            return false;
        static const QRegularExpression number(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
        if (number.match(text).hasMatch() && text.size() < 16)
            return text.toDouble();
        return text;
    }

    static bool closes(const QString &text)
    {
        const QChar quote = text.at(0);
        for (int i = 1; i < text.size(); ++i) {
            if (quote == QLatin1Char('"') && text.at(i) == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (text.at(i) == quote) {
                if (quote == QLatin1Char('\'') && i + 1 < text.size() &&
                    text.at(i + 1) == QLatin1Char('\'')) {
                    ++i;
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    static bool balanced(const QString &text)
    {
        int level = 0;
        QChar quote;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!quote.isNull()) {
                if (quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                    ++i;
                else if (c == quote)
                    quote = QChar();
                continue;
            }
            if (c == QLatin1Char('"') || c == QLatin1Char('\''))
                quote = c;
            else if (c == QLatin1Char('[') || c == QLatin1Char('{'))
                ++level;
            else if (c == QLatin1Char(']') || c == QLatin1Char('}'))
                --level;
        }
        return level <= 0;
    }

    // A quoted scalar, with line folding of multi-line quoted text.
    static QJsonValue quoted(const QString &text, int number)
    {
        const QChar quote = text.at(0);
        QString out;
        int i = 1;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == quote) {
                if (quote == QLatin1Char('\'') && i + 1 < text.size() &&
                    text.at(i + 1) == QLatin1Char('\'')) {
                    out += quote;
                    ++i;
                    continue;
                }
                break;
            }
            if (c == QLatin1Char('\n')) {
                // Fold: trailing spaces dropped, leading spaces of the next line dropped; an empty line
                // is a line break.
                while (out.endsWith(QLatin1Char(' ')))
                    out.chop(1);
                int breaks = 0;
                while (i + 1 < text.size() &&
                       (text.at(i + 1) == QLatin1Char(' ') || text.at(i + 1) == QLatin1Char('\n'))) {
                    if (text.at(i + 1) == QLatin1Char('\n'))
                        ++breaks;
                    ++i;
                }
                out += breaks > 0 ? QString(breaks, QLatin1Char('\n')) : QStringLiteral(" ");
                continue;
            }
            if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < text.size()) {
                const QChar e = text.at(++i);
                switch (e.unicode()) {
                case 'n':
                    out += QLatin1Char('\n');
                    break;
                case 't':
                    out += QLatin1Char('\t');
                    break;
                case 'r':
                    out += QLatin1Char('\r');
                    break;
                case '0':
                    out += QChar(0);
                    break;
                case 'a':
                    out += QChar(7);
                    break;
                case 'b':
                    out += QChar(8);
                    break;
                case 'e':
                    out += QChar(0x1b);
                    break;
                case 'f':
                    out += QChar(0x0c);
                    break;
                case 'v':
                    out += QChar(0x0b);
                    break;
                case ' ':
                    out += QLatin1Char(' ');
                    break;
                case '/':
                    out += QLatin1Char('/');
                    break;
                case '\\':
                    out += QLatin1Char('\\');
                    break;
                case '"':
                    out += QLatin1Char('"');
                    break;
                case 'N':
                    out += QChar(0x85);
                    break;
                case '_':
                    out += QChar(0xa0);
                    break;
                case '\n':
                    while (i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' '))
                        ++i;
                    break;
                case 'x':
                case 'u':
                case 'U': {
                    const int length = e == QLatin1Char('x') ? 2 : e == QLatin1Char('u') ? 4 : 8;
                    bool ok = false;
                    const uint code = text.mid(i + 1, length).toUInt(&ok, 16);
                    if (!ok || text.mid(i + 1, length).size() != length)
                        throw Failure{Tr::tr("line %1: a bad escape in a quoted value").arg(number)};
                    const char32_t character = code;
                    out += QString::fromUcs4(&character, 1);
                    i += length;
                    break;
                }
                default:
                    throw Failure{Tr::tr("line %1: unknown escape '\\%2'").arg(number).arg(e)};
                }
                continue;
            }
            out += c;
        }
        if (i >= text.size())
            throw Failure{Tr::tr("line %1: the quoted value does not end").arg(number)};
        const QString after = text.mid(i + 1).trimmed();
        if (!after.isEmpty() && !after.startsWith(QLatin1Char('#')))
            throw Failure{Tr::tr("line %1: text after the quoted value").arg(number)};
        return out;
    }

    QJsonValue blockScalar(const QString &header, int parentIndent, int number)
    {
        const bool literal = header.startsWith(QLatin1Char('|'));
        QChar chomp;
        int explicitIndent = 0;
        for (int i = 1; i < header.size(); ++i) {
            const QChar c = header.at(i);
            if (c == QLatin1Char('-') || c == QLatin1Char('+'))
                chomp = c;
            else if (c.isDigit())
                explicitIndent = c.digitValue();
            else if (c == QLatin1Char(' ') || c == QLatin1Char('#'))
                break;
            else
                throw Failure{Tr::tr("line %1: a bad block scalar header").arg(number)};
        }
        // The raw lines that belong to the block: blank ones or indented deeper than the parent.
        QStringList lines;
        int blockIndent = explicitIndent > 0 ? parentIndent + explicitIndent : -1;
        while (m_pos < m_lines.size()) {
            const QString raw = m_raw.at(m_pos);
            const Line &line = m_lines.at(m_pos);
            const bool blank = raw.trimmed().isEmpty();
            if (!blank && line.indent <= parentIndent)
                break;
            if (!blank && blockIndent < 0)
                blockIndent = line.indent;
            if (!blank && line.indent < blockIndent)
                break;
            lines.append(blank ? QString() : raw.mid(blockIndent));
            ++m_pos;
        }
        // Trailing blank lines are chomping's business.
        int trailing = 0;
        while (!lines.isEmpty() && lines.last().isEmpty()) {
            lines.removeLast();
            ++trailing;
        }
        QString out;
        if (literal) {
            out = lines.join(QLatin1Char('\n'));
        } else {
            for (int i = 0; i < lines.size(); ++i) {
                const QString &line = lines.at(i);
                if (i == 0) {
                    out = line;
                    continue;
                }
                const QString &previous = lines.at(i - 1);
                const bool moreIndented =
                    line.startsWith(QLatin1Char(' ')) || previous.startsWith(QLatin1Char(' '));
                if (line.isEmpty())
                    out += QLatin1Char('\n');
                else if (previous.isEmpty() || moreIndented)
                    out += (previous.isEmpty() && !moreIndented ? QString() : QStringLiteral("\n")) + line;
                else
                    out += QLatin1Char(' ') + line;
            }
        }
        if (lines.isEmpty())
            return chomp == QLatin1Char('+') ? QString(trailing, QLatin1Char('\n')) : QString();
        if (chomp == QLatin1Char('-'))
            return out;
        if (chomp == QLatin1Char('+'))
            return out + QString(trailing + 1, QLatin1Char('\n'));
        return out + QLatin1Char('\n');
    }

    static void skipSpaces(const QString &text, int &at)
    {
        while (at < text.size() && text.at(at).isSpace())
            ++at;
    }

    QJsonValue flow(const QString &text, int &at, int number, int depth)
    {
        if (depth > MaxDepth)
            throw Failure{Tr::tr("line %1: nested too deeply").arg(number)};
        skipSpaces(text, at);
        if (at >= text.size())
            throw Failure{Tr::tr("line %1: a flow collection ends early").arg(number)};
        const QChar open = text.at(at);
        if (open == QLatin1Char('[') || open == QLatin1Char('{')) {
            const bool isArray = open == QLatin1Char('[');
            const QChar close = isArray ? QLatin1Char(']') : QLatin1Char('}');
            ++at;
            QJsonArray array;
            QJsonObject object;
            while (true) {
                skipSpaces(text, at);
                if (at >= text.size())
                    throw Failure{Tr::tr("line %1: a flow collection ends early").arg(number)};
                if (text.at(at) == close) {
                    ++at;
                    break;
                }
                if (isArray) {
                    array.append(flow(text, at, number, depth + 1));
                } else {
                    const QJsonValue key = flow(text, at, number, depth + 1);
                    skipSpaces(text, at);
                    QJsonValue value;
                    if (at < text.size() && text.at(at) == QLatin1Char(':')) {
                        ++at;
                        value = flow(text, at, number, depth + 1);
                    }
                    object.insert(key.isString() ? key.toString() : key.toVariant().toString(), value);
                }
                skipSpaces(text, at);
                if (at < text.size() && text.at(at) == QLatin1Char(','))
                    ++at;
                else if (at < text.size() && text.at(at) != close)
                    throw Failure{Tr::tr("line %1: expected ',' in a flow collection").arg(number)};
            }
            return isArray ? QJsonValue(array) : QJsonValue(object);
        }
        if (open == QLatin1Char('"') || open == QLatin1Char('\'')) {
            int end = at + 1;
            while (end < text.size()) {
                if (open == QLatin1Char('"') && text.at(end) == QLatin1Char('\\')) {
                    end += 2;
                    continue;
                }
                if (text.at(end) == open) {
                    if (open == QLatin1Char('\'') && end + 1 < text.size() && text.at(end + 1) == open) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            const QJsonValue value = quoted(text.mid(at, end - at + 1), number);
            at = end + 1;
            return value;
        }
        int end = at;
        while (end < text.size()) {
            const QChar c = text.at(end);
            if (c == QLatin1Char(',') || c == QLatin1Char(']') || c == QLatin1Char('}'))
                break;
            if (c == QLatin1Char(':') && (end + 1 == text.size() || text.at(end + 1) == QLatin1Char(' ')))
                break;
            ++end;
        }
        const QJsonValue value = typed(text.mid(at, end - at).trimmed());
        at = end;
        return value;
    }

    QList<Line> m_lines;
    QStringList m_raw;
    int m_pos = 0;
};

} // namespace

Result parse(const QByteArray &text)
{
    Result result;
    QByteArray data = text;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString source = QString::fromUtf8(data);
    if (source.toUtf8() != data) {
        result.error = Tr::tr("not UTF-8 text");
        return result;
    }
    try {
        Parser parser(source);
        result.value = parser.document();
        result.ok = true;
    } catch (const Failure &failure) {
        result.error = failure.error;
    }
    return result;
}

} // namespace cx::MiniYaml
