#include "JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cx {

namespace {

struct JsonPathText
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

} // namespace

std::optional<JsonPath> JsonPath::parse(const QString &text, QString *error)
{
    JsonPath path;
    path.m_text = text;
    if (!text.startsWith(QLatin1Char('$'))) {
        *error = JsonPathText::tr("a JSON path starts with '$' (e.g. $.data[0].id)");
        return std::nullopt;
    }
    qsizetype i = 1;
    const qsizetype size = text.size();
    while (i < size) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            const qsizetype start = ++i;
            while (i < size && isNameChar(text.at(i)))
                ++i;
            if (i == start) {
                *error = JsonPathText::tr("a name is expected after '.' at character %1").arg(start + 1);
                return std::nullopt;
            }
            path.m_segments.append({false, 0, text.mid(start, i - start)});
        } else if (c == QLatin1Char('[')) {
            ++i;
            if (i < size && (text.at(i) == QLatin1Char('\'') || text.at(i) == QLatin1Char('"'))) {
                const QChar quote = text.at(i);
                const qsizetype start = ++i;
                while (i < size && text.at(i) != quote)
                    ++i;
                if (i >= size || i + 1 >= size || text.at(i + 1) != QLatin1Char(']')) {
                    *error = JsonPathText::tr("an unterminated ['name'] at character %1").arg(start);
                    return std::nullopt;
                }
                path.m_segments.append({false, 0, text.mid(start, i - start)});
                i += 2;
            } else {
                const qsizetype start = i;
                while (i < size && text.at(i).isDigit())
                    ++i;
                if (i == start || i >= size || text.at(i) != QLatin1Char(']')) {
                    *error =
                        JsonPathText::tr("an index [N] (a number at least 0) is expected at character %1")
                            .arg(start + 1);
                    return std::nullopt;
                }
                bool ok = false;
                const qsizetype index = text.mid(start, i - start).toLongLong(&ok);
                if (!ok) {
                    *error = JsonPathText::tr("the index at character %1 is too large").arg(start + 1);
                    return std::nullopt;
                }
                path.m_segments.append({true, index, QString()});
                ++i;
            }
        } else {
            *error = JsonPathText::tr("unexpected '%1' at character %2 (use .name, ['name'] or [N])")
                         .arg(c)
                         .arg(i + 1);
            return std::nullopt;
        }
    }
    return path;
}

std::optional<QJsonValue> JsonPath::evaluate(const QJsonValue &root) const
{
    QJsonValue current = root;
    for (const Segment &segment : m_segments) {
        if (segment.isIndex) {
            if (!current.isArray())
                return std::nullopt;
            const QJsonArray array = current.toArray();
            if (segment.index >= array.size())
                return std::nullopt;
            current = array.at(segment.index);
        } else {
            if (!current.isObject())
                return std::nullopt;
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(segment.key);
            if (it == object.constEnd())
                return std::nullopt;
            current = it.value();
        }
    }
    return current;
}

std::optional<QJsonValue> JsonPath::evaluate(const QByteArray &json) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return evaluate(root);
}

} // namespace cx
