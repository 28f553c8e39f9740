#include "response/JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace cx::gui {

namespace {
constexpr int MaxPreviewChars = 200;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QStringLiteral("undefined");
    }
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrap it in an array and take it out again, so numbers and strings are exact JSON.
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// --- Reading members in the document's order from bytes QJsonDocument already accepted as JSON ---

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &source, qsizetype at)
{
    while (at < source.size() && isJsonSpace(source.at(at)))
        ++at;
    return at;
}

// `at` is on the opening quote; returns the position after the closing one, -1 when there is none.
qsizetype skipString(const QByteArray &source, qsizetype at)
{
    const char *data = source.constData();
    const qsizetype size = source.size();
    for (++at; at < size; ++at) {
        if (data[at] == '\\')
            ++at;
        else if (data[at] == '"')
            return at + 1;
    }
    return -1;
}

// The position after the value starting at `at`; -1 when it does not end.
qsizetype skipValue(const QByteArray &source, qsizetype at)
{
    const char *data = source.constData();
    const qsizetype size = source.size();
    if (at >= size)
        return -1;
    if (data[at] == '"')
        return skipString(source, at);
    if (data[at] == '{' || data[at] == '[') {
        int depth = 0;
        for (; at < size; ++at) {
            const char c = data[at];
            if (c == '"') {
                at = skipString(source, at);
                if (at < 0)
                    return -1;
                --at;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return at + 1;
            }
        }
        return -1;
    }
    while (at < size && !isJsonSpace(data[at]) && data[at] != ',' && data[at] != '}' && data[at] != ']')
        ++at;
    return at;
}

// A member name as QJsonObject holds it: `start` is on the opening quote, `end` after the closing one.
QString decodeKey(const QByteArray &source, qsizetype start, qsizetype end)
{
    const QByteArrayView inner(source.constData() + start + 1, end - start - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    const QByteArray wrapped = '[' + source.mid(start, end - start) + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

enum class Step { Member, End, Broken };

// Reads the next member of the object (or array) whose members are read at `cursor`, and moves the
// cursor past it.
Step nextMember(const QByteArray &source, bool object, qsizetype &cursor, QString *key, qsizetype *valueAt)
{
    qsizetype at = skipSpace(source, cursor);
    if (at >= source.size())
        return Step::Broken;
    if (source.at(at) == (object ? '}' : ']')) {
        cursor = at + 1;
        return Step::End;
    }
    if (source.at(at) == ',')
        at = skipSpace(source, at + 1);
    if (object) {
        if (at >= source.size() || source.at(at) != '"')
            return Step::Broken;
        const qsizetype afterKey = skipString(source, at);
        if (afterKey < 0)
            return Step::Broken;
        *key = decodeKey(source, at, afterKey);
        at = skipSpace(source, afterKey);
        if (at >= source.size() || source.at(at) != ':')
            return Step::Broken;
        at = skipSpace(source, at + 1);
    }
    const qsizetype end = skipValue(source, at);
    if (end <= at)
        return Step::Broken;
    *valueAt = at;
    cursor = end;
    return Step::Member;
}
} // namespace

JsonTreeModel::SourceOrder JsonTreeModel::scanSource(const QByteArray &source)
{
    SourceOrder order;
    const qsizetype start = skipSpace(source, 0);
    if (start >= source.size() || (source.at(start) != '{' && source.at(start) != '['))
        return order;
    order.source = source;
    order.rootOffset = start;
    const bool object = source.at(start) == '{';
    qsizetype cursor = start + 1;
    while (order.members.size() < BatchSize) {
        QString key;
        qsizetype valueAt = -1;
        if (nextMember(source, object, cursor, &key, &valueAt) != Step::Member) {
            cursor = -1;
            break;
        }
        order.members.append({key, valueAt});
    }
    order.cursor = cursor;
    return order;
}

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    setDocument(document, SourceOrder{});
}

void JsonTreeModel::setDocument(const QJsonDocument &document, const SourceOrder &order)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_created = 0;
    m_root->value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    m_source.clear();
    if (order.rootOffset >= 0 && order.rootOffset < order.source.size() &&
        (order.source.at(order.rootOffset) == '{') == document.isObject()) {
        m_source = order.source;
        m_root->offset = order.rootOffset;
        m_root->cursor = order.cursor;
        m_prescanned = order.members;
    }
    createChildren(m_root.get(), BatchSize);
    m_prescanned.clear();
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root.reset();
    m_source.clear();
    m_prescanned.clear();
    m_created = 0;
    endResetModel();
}

void JsonTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_root)
        emitValuesChanged(m_root.get());
}

// Only the nodes created so far (what the user has expanded) are visited.
void JsonTreeModel::emitValuesChanged(Node *node)
{
    if (node->children.empty())
        return;
    const QModelIndex parent = node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, node);
    const int last = int(node->children.size()) - 1;
    emit dataChanged(index(0, ValueColumn, parent), index(last, ValueColumn, parent), {Qt::DisplayRole});
    for (const auto &child : node->children)
        emitValuesChanged(child.get());
}

qsizetype JsonTreeModel::sizeOf(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().size();
    if (value.isArray())
        return value.toArray().size();
    return 0;
}

void JsonTreeModel::addChild(Node *node, const QString &key, int arrayIndex, const QJsonValue &value,
                             qsizetype offset)
{
    auto child = std::make_unique<Node>();
    child->parent = node;
    child->row = int(node->children.size());
    child->key = key;
    child->arrayIndex = arrayIndex;
    child->value = value;
    // Only a container's members are read from the bytes, and only when the bytes agree it is one.
    if (offset >= 0 && offset < m_source.size() &&
        ((m_source.at(offset) == '{' && value.isObject()) ||
         (m_source.at(offset) == '[' && value.isArray()))) {
        child->offset = offset;
        child->cursor = offset + 1;
    }
    node->children.push_back(std::move(child));
    ++m_created;
}

bool JsonTreeModel::createOrderedChildren(Node *node, qsizetype end)
{
    const bool object = node->value.isObject();
    const QJsonObject members = object ? node->value.toObject() : QJsonObject();
    const QJsonArray items = object ? QJsonArray() : node->value.toArray();
    if (object && !node->keys)
        node->keys = std::make_unique<QSet<QString>>();
    qsizetype prescanned = 0; // the first level's members, read on the worker, come first
    while (qsizetype(node->children.size()) < end) {
        QString key;
        qsizetype valueAt = -1;
        if (node == m_root.get() && prescanned < m_prescanned.size()) {
            key = m_prescanned.at(prescanned).first;
            valueAt = m_prescanned.at(prescanned).second;
            ++prescanned;
        } else if (node->cursor < 0 ||
                   nextMember(m_source, object, node->cursor, &key, &valueAt) != Step::Member) {
            node->cursor = -1;
            break;
        }
        if (object) {
            if (node->keys->contains(key))
                continue; // a repeated name: the document keeps one value for it
            const auto it = members.constFind(key);
            if (it == members.constEnd()) {
                node->cursor = -1; // the bytes and the document disagree: the rest in sorted order
                break;
            }
            node->keys->insert(key);
            addChild(node, key, -1, it.value(), valueAt);
        } else {
            const qsizetype position = qsizetype(node->children.size());
            addChild(node, QString(), int(position), items.at(position), valueAt);
        }
    }
    return qsizetype(node->children.size()) >= end;
}

void JsonTreeModel::createChildren(Node *node, int count)
{
    const qsizetype start = qsizetype(node->children.size());
    const qsizetype end = qMin(sizeOf(node->value), start + count);
    if (end <= start)
        return;
    node->children.reserve(size_t(end));
    if (node->offset >= 0 && !m_source.isEmpty()) {
        if (createOrderedChildren(node, end))
            return;
        // What the bytes could not order comes in QJsonObject's order after what they did.
        if (node->value.isObject()) {
            const QJsonObject object = node->value.toObject();
            for (auto it = object.constBegin();
                 it != object.constEnd() && qsizetype(node->children.size()) < end; ++it) {
                if (node->keys->contains(it.key()))
                    continue;
                node->keys->insert(it.key());
                addChild(node, it.key(), -1, it.value(), -1);
            }
        } else {
            const QJsonArray array = node->value.toArray();
            for (qsizetype i = qsizetype(node->children.size()); i < end; ++i)
                addChild(node, QString(), int(i), array.at(i), -1);
        }
        return;
    }
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        auto it = object.constBegin() + start;
        for (qsizetype i = start; i < end; ++i, ++it)
            addChild(node, it.key(), -1, it.value(), -1);
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = start; i < end; ++i)
            addChild(node, QString(), int(i), array.at(i), -1);
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (!node || row < 0 || column < 0 || column >= ColumnCount || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<Node *>(child.internalPointer());
    Node *parent = node->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return node && sizeOf(node->value) > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return node && qsizetype(node->children.size()) < sizeOf(node->value);
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!node)
        return;
    const int first = int(node->children.size());
    const int last = int(qMin(sizeOf(node->value), qsizetype(first) + BatchSize)) - 1;
    if (last < first)
        return;
    beginInsertRows(parent, first, last);
    createChildren(node, BatchSize);
    endInsertRows();
}

QModelIndex JsonTreeModel::childFor(const QModelIndex &parent, const QString &key)
{
    Node *node = nodeOf(parent);
    if (!node)
        return {};
    bool isNumber = false;
    const int position = key.toInt(&isNumber);
    for (;;) {
        for (const auto &child : node->children) {
            if ((child->arrayIndex >= 0 && isNumber && child->arrayIndex == position) ||
                (child->arrayIndex < 0 && child->key == key))
                return createIndex(child->row, 0, child.get());
        }
        if (!canFetchMore(parent))
            return {};
        fetchMore(parent);
    }
}

QString JsonTreeModel::pathSegment(const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (identifier.match(key).hasMatch())
        return QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("[\"%1\"]").arg(escaped);
}

QString JsonTreeModel::pathOf(const QModelIndex &index) const
{
    QStringList segments;
    for (const Node *node = nodeOf(index); node && node != m_root.get(); node = node->parent) {
        segments.prepend(node->arrayIndex >= 0 ? QStringLiteral("[%1]").arg(node->arrayIndex)
                                               : pathSegment(node->key));
    }
    return QLatin1Char('$') + segments.join(QString());
}

QJsonValue JsonTreeModel::valueOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->value : QJsonValue();
}

QString JsonTreeModel::copyValueOf(const QModelIndex &index) const
{
    const QJsonValue value = valueOf(index);
    return value.isString() ? value.toString() : compactJson(value);
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = static_cast<Node *>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node->arrayIndex >= 0 ? QStringLiteral("[%1]").arg(node->arrayIndex) : node->key;
        case ValueColumn:
            if (node->value.isObject()) {
                const qsizetype keys = sizeOf(node->value);
                return keys == 1 ? tr("{1 key}") : tr("{%1 keys}").arg(keys);
            }
            if (node->value.isArray()) {
                const qsizetype items = sizeOf(node->value);
                return items == 1 ? tr("[1 item]") : tr("[%1 items]").arg(items);
            }
            if (node->value.isString()) {
                const QString text = node->value.toString();
                return text.size() > MaxPreviewChars
                           ? QLatin1Char('"') + text.left(MaxPreviewChars) + QStringLiteral("…")
                           : QLatin1Char('"') + text + QLatin1Char('"');
            }
            return compactJson(node->value);
        case TypeColumn:
            return typeName(node->value);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return pathOf(index);
    case PathRole:
        return pathOf(index);
    case CopyValueRole:
        return copyValueOf(index);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace cx::gui
