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
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_created = 0;
    m_root->value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    createChildren(m_root.get(), BatchSize);
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root.reset();
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

void JsonTreeModel::createChildren(Node *node, int count)
{
    const qsizetype start = qsizetype(node->children.size());
    const qsizetype end = qMin(sizeOf(node->value), start + count);
    node->children.reserve(size_t(end));
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        auto it = object.constBegin() + start;
        for (qsizetype i = start; i < end; ++i, ++it) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = int(i);
            child->key = it.key();
            child->value = it.value();
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = start; i < end; ++i) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = int(i);
            child->arrayIndex = int(i);
            child->value = array.at(i);
            node->children.push_back(std::move(child));
        }
    }
    m_created += int(end - start);
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
