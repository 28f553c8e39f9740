#include "JsonDiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::JsonDiff)
};

// --- paths ------------------------------------------------------------------------------------------

// A JSON string literal, quotes included.
QString quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool isBareKeyChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
           c == QLatin1Char('-') || c == QLatin1Char('$') || c == QLatin1Char('@');
}

// A key is written as is when it is made of letters, digits, _ - $ @ only; else as ["..."].
bool isBareKey(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), isBareKeyChar);
}

QString numberText(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 17);
}

// An id as written in [id=...]: a number as a number, a plain string as is, any other string quoted (one
// that reads as a number too, so that "7" and 7 stay apart).
QString idText(const QJsonValue &id)
{
    if (id.isDouble())
        return numberText(id.toDouble());
    const QString text = id.toString();
    bool number = false;
    text.toDouble(&number);
    const bool bare = !text.isEmpty() && !number && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return isBareKeyChar(c) || c == QLatin1Char('.') || c == QLatin1Char(':');
    });
    return bare ? text : quoted(text);
}

// --- patterns -----------------------------------------------------------------------------------------

struct PatternSegment
{
    enum class Kind { Key, AnyKey, Index, AnyItem, Id };
    Kind kind = Kind::Key;
    QString key;
    qsizetype index = -1;
    QJsonValue id;
};

using Pattern = QList<PatternSegment>;

// Reads a JSON string literal starting at `at` (a quote); `at` ends after it.
bool readQuoted(const QString &text, qsizetype *at, QString *value)
{
    qsizetype end = *at + 1;
    while (end < text.size() && text.at(end) != QLatin1Char('"'))
        end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
    if (end >= text.size())
        return false;
    const QJsonDocument document =
        QJsonDocument::fromJson(QStringView(text).mid(*at, end + 1 - *at).toUtf8().prepend('[').append(']'));
    if (!document.isArray() || !document.array().at(0).isString())
        return false;
    *value = document.array().at(0).toString();
    *at = end + 1;
    return true;
}

bool parsePattern(const QString &text, Pattern *pattern, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = Tr::tr("'%1' is not a path pattern: %2").arg(text, why);
        return false;
    };
    if (text.isEmpty())
        return fail(Tr::tr("it is empty"));
    Pattern result;
    qsizetype at = 0;
    const auto readKey = [&]() {
        const qsizetype start = at;
        while (at < text.size() && text.at(at) != QLatin1Char('.') && text.at(at) != QLatin1Char('[') &&
               text.at(at) != QLatin1Char(']'))
            ++at;
        const QString key = text.mid(start, at - start);
        if (key.isEmpty())
            return false;
        PatternSegment segment;
        segment.kind = key == QLatin1String("*") ? PatternSegment::Kind::AnyKey : PatternSegment::Kind::Key;
        segment.key = key;
        result.append(segment);
        return true;
    };
    if (text.at(0) != QLatin1Char('[') && !readKey())
        return fail(Tr::tr("a key is missing at position %1").arg(at));
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (c == QLatin1Char('.')) {
            ++at;
            if (!readKey())
                return fail(Tr::tr("a key is missing at position %1").arg(at));
            continue;
        }
        if (c != QLatin1Char('['))
            return fail(Tr::tr("unexpected '%1' at position %2").arg(c).arg(at));
        ++at;
        PatternSegment segment;
        if (text.mid(at, 2) == QLatin1String("*]")) {
            segment.kind = PatternSegment::Kind::AnyItem;
            at += 2;
        } else if (text.mid(at, 1) == QLatin1String("\"")) {
            segment.kind = PatternSegment::Kind::Key;
            if (!readQuoted(text, &at, &segment.key) || text.mid(at, 1) != QLatin1String("]"))
                return fail(Tr::tr("a quoted key does not end at position %1").arg(at));
            ++at;
        } else if (text.mid(at, 3) == QLatin1String("id=")) {
            at += 3;
            segment.kind = PatternSegment::Kind::Id;
            if (text.mid(at, 1) == QLatin1String("\"")) {
                QString id;
                if (!readQuoted(text, &at, &id) || text.mid(at, 1) != QLatin1String("]"))
                    return fail(Tr::tr("a quoted id does not end at position %1").arg(at));
                segment.id = id;
            } else {
                const qsizetype close = text.indexOf(QLatin1Char(']'), at);
                if (close <= at)
                    return fail(Tr::tr("an id is missing at position %1").arg(at));
                const QString id = text.mid(at, close - at);
                bool number = false;
                const double value = id.toDouble(&number);
                segment.id = number ? QJsonValue(value) : QJsonValue(id);
                at = close;
            }
            ++at;
        } else {
            const qsizetype close = text.indexOf(QLatin1Char(']'), at);
            bool ok = false;
            const qlonglong index = close < 0 ? -1 : text.mid(at, close - at).toLongLong(&ok);
            if (!ok || index < 0)
                return fail(Tr::tr("expected [N], [*], [id=VALUE] or [\"key\"] at position %1").arg(at - 1));
            segment.kind = PatternSegment::Kind::Index;
            segment.index = qsizetype(index);
            at = close + 1;
        }
        result.append(segment);
    }
    *pattern = result;
    return true;
}

bool matches(const PatternSegment &pattern, const JsonPathSegment &segment)
{
    switch (pattern.kind) {
    case PatternSegment::Kind::Key:
        return segment.kind == JsonPathSegment::Kind::Key && segment.key == pattern.key;
    case PatternSegment::Kind::AnyKey:
        return segment.kind == JsonPathSegment::Kind::Key;
    case PatternSegment::Kind::Index:
        return segment.kind == JsonPathSegment::Kind::Index && segment.index == pattern.index;
    case PatternSegment::Kind::AnyItem:
        return segment.kind != JsonPathSegment::Kind::Key;
    case PatternSegment::Kind::Id:
        return segment.kind == JsonPathSegment::Kind::Id && segment.id == pattern.id;
    }
    return false;
}

// --- the walk -----------------------------------------------------------------------------------------

// The key an array item is found by: its id, typed, so that "7" and 7 are different ids.
bool idKey(const QJsonValue &item, QString *key)
{
    if (!item.isObject())
        return false;
    const QJsonValue id = item.toObject().value(QLatin1String("id"));
    if (id.isString()) {
        *key = QLatin1Char('s') + id.toString();
        return true;
    }
    if (id.isDouble()) {
        // The number's bits (0 and -0 alike), not its text: formatting doubles would cost more than the diff.
        const double value = id.toDouble() == 0 ? 0.0 : id.toDouble();
        char16_t bits[4];
        static_assert(sizeof bits == sizeof value);
        std::memcpy(bits, &value, sizeof value);
        *key = QStringLiteral("n") + QString(reinterpret_cast<const QChar *>(bits), 4);
        return true;
    }
    return false;
}

// Every item's id key, and the index of each, when every item has a scalar id and none repeats.
bool indexById(const QJsonArray &array, QList<QString> *keys, QHash<QString, qsizetype> *index)
{
    keys->reserve(array.size());
    index->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString key;
        if (!idKey(array.at(i), &key))
            return false;
        if (index->contains(key))
            return false;
        index->insert(key, i);
        keys->append(key);
    }
    return true;
}

class Walker
{
public:
    Walker(const QList<Pattern> &patterns, qsizetype limit, QList<JsonChange> *out)
        : m_patterns(patterns), m_limit(limit), m_out(out)
    {
        QList<int> all;
        for (int i = 0; i < m_patterns.size(); ++i)
            all.append(i);
        m_alive.append(all);
    }

    void walk(const QJsonValue &a, const QJsonValue &b)
    {
        if (full())
            return;
        if (a.type() != b.type()) {
            add(JsonChange::Kind::TypeChanged, a, b);
            return;
        }
        if (a.isObject())
            walkObjects(a.toObject(), b.toObject());
        else if (a.isArray())
            walkArrays(a.toArray(), b.toArray());
        else if (a != b)
            add(JsonChange::Kind::Changed, a, b);
    }

private:
    bool full() const { return m_limit > 0 && m_out->size() >= m_limit; }

    void add(JsonChange::Kind kind, const QJsonValue &oldValue, const QJsonValue &newValue)
    {
        JsonChange change;
        change.kind = kind;
        change.segments = m_stack;
        if (kind != JsonChange::Kind::Added)
            change.oldValue = oldValue;
        if (kind != JsonChange::Kind::Removed)
            change.newValue = newValue;
        m_out->append(std::move(change));
    }

    // Steps into `segment`; false (and no step) when an ignore pattern covers it.
    bool push(const JsonPathSegment &segment)
    {
        const qsizetype depth = m_stack.size();
        if (!m_patterns.isEmpty()) {
            if (m_alive.size() < depth + 2)
                m_alive.resize(depth + 2);
            QList<int> &next = m_alive[depth + 1];
            next.clear();
            for (const int p : std::as_const(m_alive[depth])) {
                const Pattern &pattern = m_patterns.at(p);
                if (pattern.size() <= depth || !matches(pattern.at(depth), segment))
                    continue;
                if (pattern.size() == depth + 1)
                    return false;
                next.append(p);
            }
        }
        m_stack.append(segment);
        return true;
    }

    void pop() { m_stack.removeLast(); }

    void walkObjects(const QJsonObject &a, const QJsonObject &b)
    {
        for (auto it = a.constBegin(); it != a.constEnd() && !full(); ++it) {
            const auto other = b.constFind(it.key());
            if (!push(JsonPathSegment::ofKey(it.key())))
                continue;
            if (other == b.constEnd())
                add(JsonChange::Kind::Removed, it.value(), {});
            else
                walk(it.value(), other.value());
            pop();
        }
        for (auto it = b.constBegin(); it != b.constEnd() && !full(); ++it) {
            if (a.contains(it.key()) || !push(JsonPathSegment::ofKey(it.key())))
                continue;
            add(JsonChange::Kind::Added, {}, it.value());
            pop();
        }
    }

    void walkArrays(const QJsonArray &a, const QJsonArray &b)
    {
        QList<QString> keysA, keysB;
        QHash<QString, qsizetype> indexA, indexB;
        if (indexById(a, &keysA, &indexA) && indexById(b, &keysB, &indexB)) {
            for (qsizetype i = 0; i < a.size() && !full(); ++i) {
                const QJsonValue item = a.at(i);
                if (!push(JsonPathSegment::ofId(item.toObject().value(QLatin1String("id")), i)))
                    continue;
                const qsizetype j = indexB.value(keysA.at(i), -1);
                if (j < 0)
                    add(JsonChange::Kind::Removed, item, {});
                else
                    walk(item, b.at(j));
                pop();
            }
            for (qsizetype j = 0; j < b.size() && !full(); ++j) {
                if (indexA.contains(keysB.at(j)))
                    continue;
                const QJsonValue item = b.at(j);
                if (!push(JsonPathSegment::ofId(item.toObject().value(QLatin1String("id")), j)))
                    continue;
                add(JsonChange::Kind::Added, {}, item);
                pop();
            }
            return;
        }
        const qsizetype common = std::min(a.size(), b.size());
        for (qsizetype i = 0; i < common && !full(); ++i) {
            if (!push(JsonPathSegment::ofIndex(i)))
                continue;
            walk(a.at(i), b.at(i));
            pop();
        }
        for (qsizetype i = common; i < a.size() && !full(); ++i) {
            if (!push(JsonPathSegment::ofIndex(i)))
                continue;
            add(JsonChange::Kind::Removed, a.at(i), {});
            pop();
        }
        for (qsizetype j = common; j < b.size() && !full(); ++j) {
            if (!push(JsonPathSegment::ofIndex(j)))
                continue;
            add(JsonChange::Kind::Added, {}, b.at(j));
            pop();
        }
    }

    const QList<Pattern> &m_patterns;
    const qsizetype m_limit;
    QList<JsonChange> *m_out;
    QList<JsonPathSegment> m_stack;
    QList<QList<int>> m_alive; // [depth]: the patterns whose first `depth` segments match the path so far
};

// --- apply --------------------------------------------------------------------------------------------

QJsonValue applyAt(const QJsonValue &value, const QList<const JsonChange *> &changes, qsizetype depth)
{
    for (const JsonChange *change : changes) {
        if (change->segments.size() == depth) // this very value changed
            return change->newValue;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        QHash<QString, QList<const JsonChange *>> groups;
        QStringList order;
        for (const JsonChange *change : changes) {
            const JsonPathSegment &segment = change->segments.at(depth);
            if (segment.kind != JsonPathSegment::Kind::Key)
                continue; // not a path into an object
            auto group = groups.find(segment.key);
            if (group == groups.end()) {
                order.append(segment.key);
                group = groups.insert(segment.key, {});
            }
            group->append(change);
        }
        for (const QString &key : std::as_const(order)) {
            const QList<const JsonChange *> &group = groups.value(key);
            const auto leaf = std::find_if(group.cbegin(), group.cend(), [depth](const JsonChange *c) {
                return c->segments.size() == depth + 1;
            });
            if (leaf != group.cend() && (*leaf)->kind == JsonChange::Kind::Removed)
                object.remove(key);
            else if (leaf != group.cend())
                object.insert(key, (*leaf)->newValue);
            else
                object.insert(key, applyAt(object.value(key), group, depth + 1));
        }
        return object;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QList<QJsonValue> items(array.cbegin(), array.cend());
        QList<bool> removed(items.size(), false);
        QHash<qsizetype, QList<const JsonChange *>> groups; // by the item's index in A
        QList<qsizetype> order;
        QList<std::pair<qsizetype, QJsonValue>> added; // by the item's index in B
        for (const JsonChange *change : changes) {
            const JsonPathSegment &segment = change->segments.at(depth);
            if (segment.kind == JsonPathSegment::Kind::Key)
                continue; // not a path into an array
            if (change->segments.size() == depth + 1 && change->kind == JsonChange::Kind::Added) {
                added.append({segment.index, change->newValue});
                continue;
            }
            if (segment.index < 0 || segment.index >= items.size())
                continue;
            auto group = groups.find(segment.index);
            if (group == groups.end()) {
                order.append(segment.index);
                group = groups.insert(segment.index, {});
            }
            group->append(change);
        }
        for (const qsizetype index : std::as_const(order)) {
            const QList<const JsonChange *> &group = groups.value(index);
            const auto leaf = std::find_if(group.cbegin(), group.cend(), [depth](const JsonChange *c) {
                return c->segments.size() == depth + 1;
            });
            if (leaf != group.cend() && (*leaf)->kind == JsonChange::Kind::Removed)
                removed[index] = true;
            else if (leaf != group.cend())
                items[index] = (*leaf)->newValue;
            else
                items[index] = applyAt(items.at(index), group, depth + 1);
        }
        QJsonArray result;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!removed.at(i))
                result.append(items.at(i));
        }
        std::stable_sort(added.begin(), added.end(),
                         [](const auto &x, const auto &y) { return x.first < y.first; });
        for (const auto &[index, item] : std::as_const(added))
            result.insert(std::min(index, result.size()), item);
        return result;
    }
    return value;
}

const QStringList CallOutputParts = {QStringLiteral("status"), QStringLiteral("headers"),
                                     QStringLiteral("body"), QStringLiteral("body_base64")};

} // namespace

// --- JsonChange / JsonDiff ------------------------------------------------------------------------------

QString JsonChange::path() const
{
    return JsonDiff::formatPath(segments);
}

QString JsonDiff::formatPath(const QList<JsonPathSegment> &segments)
{
    QString path;
    for (const JsonPathSegment &segment : segments) {
        switch (segment.kind) {
        case JsonPathSegment::Kind::Key:
            if (isBareKey(segment.key) && segment.key != QLatin1String("*")) {
                if (!path.isEmpty())
                    path += QLatin1Char('.');
                path += segment.key;
            } else {
                path += QLatin1Char('[') + quoted(segment.key) + QLatin1Char(']');
            }
            break;
        case JsonPathSegment::Kind::Index:
            path += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
            break;
        case JsonPathSegment::Kind::Id:
            path += QLatin1String("[id=") + idText(segment.id) + QLatin1Char(']');
            break;
        }
    }
    return path;
}

bool JsonDiff::checkPattern(const QString &pattern, QString *error)
{
    Pattern parsed;
    return parsePattern(pattern, &parsed, error);
}

QList<JsonChange> JsonDiff::compare(const QJsonValue &a, const QJsonValue &b, const JsonDiffOptions &options)
{
    QList<Pattern> patterns;
    for (const QString &text : options.ignore) {
        Pattern pattern;
        if (parsePattern(text, &pattern, nullptr))
            patterns.append(pattern);
    }
    QList<JsonChange> changes;
    Walker(patterns, options.limit, &changes).walk(a, b);
    return changes;
}

bool JsonDiff::isCallOutput(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue status = object.value(QLatin1String("status"));
    return value.isObject() && (status.isDouble() || status.isNull()) &&
           object.value(QLatin1String("headers")).isObject() && object.contains(QLatin1String("body")) &&
           object.value(QLatin1String("url")).isString() && object.contains(QLatin1String("elapsed_ms"));
}

QStringList JsonDiff::volatileHeaders()
{
    return {QStringLiteral("date"),
            QStringLiteral("age"),
            QStringLiteral("expires"),
            QStringLiteral("set-cookie"),
            QStringLiteral("x-request-id"),
            QStringLiteral("request-id"),
            QStringLiteral("x-correlation-id"),
            QStringLiteral("cf-ray"),
            QStringLiteral("x-ratelimit-remaining"),
            QStringLiteral("x-ratelimit-reset")};
}

QList<JsonChange> JsonDiff::compareCallOutputs(const QJsonObject &a, const QJsonObject &b,
                                               const JsonDiffOptions &options)
{
    const auto comparable = [](const QJsonObject &output) {
        QJsonObject object;
        for (const QString &part : CallOutputParts) {
            if (output.contains(part))
                object.insert(part, output.value(part));
        }
        return object;
    };
    JsonDiffOptions callOptions = options;
    callOptions.ignore.clear();
    for (const QString &text : options.ignore) {
        Pattern pattern;
        if (!parsePattern(text, &pattern, nullptr))
            continue;
        const PatternSegment &first = pattern.constFirst();
        const bool ofTheOutput =
            first.kind == PatternSegment::Kind::Key && CallOutputParts.contains(first.key);
        if (ofTheOutput)
            callOptions.ignore.append(text);
        else
            callOptions.ignore.append(text.startsWith(QLatin1Char('[')) ? QLatin1String("body") + text
                                                                        : QLatin1String("body.") + text);
    }
    if (!options.allHeaders) {
        for (const QString &name : volatileHeaders())
            callOptions.ignore.append(QLatin1String("headers.") + name);
    }
    return compare(comparable(a), comparable(b), callOptions);
}

QJsonValue JsonDiff::apply(const QJsonValue &a, const QList<JsonChange> &changes)
{
    QList<const JsonChange *> pointers;
    pointers.reserve(changes.size());
    for (const JsonChange &change : changes)
        pointers.append(&change);
    return applyAt(a, pointers, 0);
}

QString JsonDiff::summary(const QList<JsonChange> &changes)
{
    if (changes.isEmpty())
        return Tr::tr("no differences");
    qsizetype onlyInA = 0, onlyInB = 0;
    QStringList changed, typeChanged;
    for (const JsonChange &change : changes) {
        switch (change.kind) {
        case JsonChange::Kind::Removed:
            ++onlyInA;
            break;
        case JsonChange::Kind::Added:
            ++onlyInB;
            break;
        case JsonChange::Kind::Changed:
            changed.append(change.path());
            break;
        case JsonChange::Kind::TypeChanged:
            typeChanged.append(change.path());
            break;
        }
    }
    // At most three paths each, then an ellipsis.
    const auto paths = [](const QStringList &list) {
        QString text = list.mid(0, 3).join(QStringLiteral(", "));
        if (list.size() > 3)
            text += QStringLiteral(", …");
        return text;
    };
    QStringList parts;
    if (onlyInA)
        parts.append(Tr::tr("%n only in A", nullptr, int(onlyInA)));
    if (onlyInB)
        parts.append(Tr::tr("%n only in B", nullptr, int(onlyInB)));
    if (!changed.isEmpty())
        parts.append(Tr::tr("%n changed: %1", nullptr, int(changed.size())).arg(paths(changed)));
    if (!typeChanged.isEmpty())
        parts.append(Tr::tr("%n changed type: %1", nullptr, int(typeChanged.size())).arg(paths(typeChanged)));
    return parts.join(QStringLiteral("; "));
}

QString JsonDiff::kindName(JsonChange::Kind kind)
{
    switch (kind) {
    case JsonChange::Kind::Added:
        return QStringLiteral("added");
    case JsonChange::Kind::Removed:
        return QStringLiteral("removed");
    case JsonChange::Kind::Changed:
        return QStringLiteral("changed");
    case JsonChange::Kind::TypeChanged:
        return QStringLiteral("typeChanged");
    }
    return {};
}

QString JsonDiff::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QJsonObject JsonDiff::toJson(const JsonChange &change)
{
    QJsonObject object{{QStringLiteral("kind"), kindName(change.kind)},
                       {QStringLiteral("path"), change.path()}};
    if (change.kind != JsonChange::Kind::Added)
        object.insert(QStringLiteral("old"), change.oldValue);
    if (change.kind != JsonChange::Kind::Removed)
        object.insert(QStringLiteral("new"), change.newValue);
    return object;
}

QJsonObject JsonDiff::resultToJson(const QList<JsonChange> &changes)
{
    QJsonArray list;
    for (const JsonChange &change : changes)
        list.append(toJson(change));
    return {{QStringLiteral("equal"), changes.isEmpty()},
            {QStringLiteral("summary"), summary(changes)},
            {QStringLiteral("changes"), list}};
}

} // namespace cx
