// The path of one value in a JSON document, as a user writes it to set a variable from a response:
// `data[0].id`, `a.b["key with space"]`, `items[-1]` (counted from the end), an optional leading `$`
// or `$.`, and `['key']` with single quotes. No wildcards, filters or slices: one path names one value.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

class QByteArray;

namespace cx {

class JsonPathSelect
{
public:
    // A key (object member) or an index (array element, negative from the end).
    using Step = std::variant<QString, qsizetype>;

    // Parses `text`; std::nullopt with `error` (translated, naming the place) when it is not a path.
    static std::optional<JsonPathSelect> parse(const QString &text, QString *error = nullptr);
    // The path that names `steps`, written the way parse() reads it: `.key` for a plain identifier,
    // `["key"]` otherwise, `[N]` for an index. The JSON tree's "Set variable from this value…" uses it.
    static QString format(const QList<Step> &steps);

    // The value at this path, or std::nullopt with `error` naming the step that does not exist.
    std::optional<QJsonValue> select(const QJsonValue &root, QString *error = nullptr) const;
    // Parses `json` first; a body that is not JSON is an error too.
    std::optional<QJsonValue> select(const QByteArray &json, QString *error = nullptr) const;

    // A selected value as a variable holds it: a string as it is, a number as JSON writes it, true,
    // false and null as words, an object or array as compact JSON.
    static QString toVariableValue(const QJsonValue &value);

    QList<Step> steps() const { return m_steps; }
    QString text() const { return m_text; }

private:
    QString m_text;
    QList<Step> m_steps;
};

} // namespace cx
