#include "JsonPathSelect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::JsonPathSelect)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c == QLatin1Char('-');
}

QString describeStep(const JsonPathSelect::Step &step)
{
    if (const QString *key = std::get_if<QString>(&step))
        return JsonPathSelect::format({*key}).mid(1);
    return QStringLiteral("[%1]").arg(std::get<qsizetype>(step));
}

} // namespace

std::optional<JsonPathSelect> JsonPathSelect::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    JsonPathSelect path;
    path.m_text = text;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (text.startsWith(QLatin1Char('$')) &&
        (n == 1 || text.at(1) == QLatin1Char('.') || text.at(1) == QLatin1Char('[')))
        i = 1; // "$", "$.a", "$[0]": the root
    bool first = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('[')) {
            ++i;
            if (i < n && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))) {
                const QChar quote = text.at(i++);
                QString key;
                bool closed = false;
                while (i < n) {
                    const QChar k = text.at(i++);
                    if (k == QLatin1Char('\\') && i < n) {
                        key += text.at(i++);
                        continue;
                    }
                    if (k == quote) {
                        closed = true;
                        break;
                    }
                    key += k;
                }
                if (!closed || i >= n || text.at(i) != QLatin1Char(']')) {
                    setError(
                        error,
                        Tr::tr("The quoted key at position %1 is not closed with %2]").arg(i + 1).arg(quote));
                    return std::nullopt;
                }
                ++i;
                path.m_steps.append(key);
            } else {
                const qsizetype close = text.indexOf(QLatin1Char(']'), i);
                bool ok = false;
                const qsizetype index =
                    close < 0 ? 0 : qsizetype(QStringView(text).mid(i, close - i).trimmed().toLongLong(&ok));
                if (!ok) {
                    setError(
                        error,
                        Tr::tr("Expected a number or a quoted key inside [ ] at position %1").arg(i + 1));
                    return std::nullopt;
                }
                path.m_steps.append(index);
                i = close + 1;
            }
        } else {
            if (c == QLatin1Char('.')) {
                if (first && i == 0) {
                    setError(error, Tr::tr("A path starts with a key, \"[\" or \"$\", not \".\""));
                    return std::nullopt;
                }
                ++i;
            } else if (!first) {
                setError(error,
                         Tr::tr("Expected \".\" or \"[\" at position %1, found \"%2\"").arg(i + 1).arg(c));
                return std::nullopt;
            }
            const qsizetype start = i;
            while (i < n && isIdentifierPart(text.at(i)))
                ++i;
            if (i == start) {
                setError(error, Tr::tr("Expected a key at position %1").arg(start + 1));
                return std::nullopt;
            }
            path.m_steps.append(text.mid(start, i - start));
        }
        first = false;
    }
    if (text.isEmpty()) {
        setError(error, Tr::tr("The path is empty"));
        return std::nullopt;
    }
    return path;
}

QString JsonPathSelect::format(const QList<Step> &steps)
{
    QString text;
    for (const Step &step : steps) {
        if (const qsizetype *index = std::get_if<qsizetype>(&step)) {
            text += QStringLiteral("[%1]").arg(*index);
            continue;
        }
        const QString key = std::get<QString>(step);
        bool plain = !key.isEmpty() && isIdentifierStart(key.at(0)) && key.at(0) != QLatin1Char('$');
        for (const QChar c : key)
            plain = plain && isIdentifierPart(c);
        if (plain) {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += key;
        } else {
            QString escaped = key;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
            text += QStringLiteral("[\"%1\"]").arg(escaped);
        }
    }
    return text.isEmpty() ? QStringLiteral("$") : text;
}

std::optional<QJsonValue> JsonPathSelect::select(const QJsonValue &root, QString *error) const
{
    QJsonValue current = root;
    QList<Step> done;
    for (const Step &step : m_steps) {
        if (const qsizetype *index = std::get_if<qsizetype>(&step)) {
            if (!current.isArray()) {
                setError(error, Tr::tr("%1 is not an array").arg(format(done)));
                return std::nullopt;
            }
            const QJsonArray array = current.toArray();
            const qsizetype at = *index < 0 ? array.size() + *index : *index;
            if (at < 0 || at >= array.size()) {
                setError(error, Tr::tr("%1 has %n element(s): no %2", nullptr, int(array.size()))
                                    .arg(format(done), describeStep(step)));
                return std::nullopt;
            }
            current = array.at(at);
        } else {
            const QString key = std::get<QString>(step);
            if (!current.isObject() || !current.toObject().contains(key)) {
                setError(error, current.isObject() ? Tr::tr("%1 has no key \"%2\"").arg(format(done), key)
                                                   : Tr::tr("%1 is not an object").arg(format(done)));
                return std::nullopt;
            }
            current = current.toObject().value(key);
        }
        done.append(step);
    }
    return current;
}

std::optional<QJsonValue> JsonPathSelect::select(const QByteArray &json, QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error, Tr::tr("The response is not JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        return std::nullopt;
    }
    return select(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), error);
}

QString JsonPathSelect::toVariableValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Double: {
        // As JSON writes it: 42, not 42.0; 0.1, not 0.10000000000000001.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace cx
