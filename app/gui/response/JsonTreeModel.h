// A lazy tree over a parsed JSON document: a node's children are created only when the view asks for
// them (fetchMore on expand), in batches, so a body with millions of values opens at once.
#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>
#include <memory>
#include <vector>

namespace cx::gui {

class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // "$.data[0].name"
        CopyValueRole,               // a string's text, else compact JSON
    };
    // Children are created this many at a time; the view fetches more as the user scrolls.
    static constexpr int BatchSize = 500;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Shows `document` (parsed elsewhere, off the UI thread). Only the first batch of top-level
    // values is created.
    void setDocument(const QJsonDocument &document);
    void clear();
    // Repaints the translated texts (headers, "{3 keys}") after a language switch.
    void retranslate();
    bool isEmpty() const { return !m_root; }

    QString pathOf(const QModelIndex &index) const;
    QString copyValueOf(const QModelIndex &index) const;
    QJsonValue valueOf(const QModelIndex &index) const;
    // How many nodes exist right now (tests check the laziness with it).
    int createdNodeCount() const { return m_created; }
    // The index of the child named `key` (object member) or at `key` (array position) under `parent`,
    // fetching children as needed.
    QModelIndex childFor(const QModelIndex &parent, const QString &key);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString pathSegment(const QString &key);

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        QString key;         // object member name
        int arrayIndex = -1; // position in an array, -1 for object members and the root
        QJsonValue value;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeOf(const QModelIndex &index) const;
    void createChildren(Node *node, int count);
    void emitValuesChanged(Node *node);
    static qsizetype sizeOf(const QJsonValue &value);

    std::unique_ptr<Node> m_root;
    int m_created = 0;
};

} // namespace cx::gui
