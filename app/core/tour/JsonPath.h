// A small JSONPath subset for tour expectations: "$", ".name", "['name']" / "[\"name\"]" and "[N]",
// e.g. "$.data[0].tags" or "$.meta['current_page']". No wildcards, filters or slices: a tour names one
// place in a response that must exist.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

class QByteArray;

namespace cx {

class JsonPath
{
public:
    // Parses `text`; std::nullopt and `error` set when it is not in the subset above.
    static std::optional<JsonPath> parse(const QString &text, QString *error);

    // The value at this path in `root`, or std::nullopt when some segment does not exist.
    std::optional<QJsonValue> evaluate(const QJsonValue &root) const;
    // Parses `json` first; std::nullopt when it is not JSON or the path does not exist.
    std::optional<QJsonValue> evaluate(const QByteArray &json) const;

    QString text() const { return m_text; }

private:
    struct Segment
    {
        bool isIndex = false;
        qsizetype index = 0;
        QString key;
    };
    QString m_text;
    QList<Segment> m_segments;
};

} // namespace cx
