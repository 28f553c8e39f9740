// A lazy tree over a parsed JSON document: a node's children are created only when the view asks for
// them (fetchMore on expand), in batches, so a body with millions of values opens at once.
//
// Members are listed in the document's order, not QJsonObject's sorted one: given the bytes the document
// was parsed from, each object's keys are read from them as its children are created (a scan over that
// batch's bytes only; the first level's is made beforehand, on the worker that parsed the body). Where the
// bytes and the document disagree (a repeated key), the rest of that object follows QJsonObject's order.
#pragma once

#include <QAbstractItemModel>
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QSet>
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

    // The first level of a document as its bytes list it: made by scanSource() on a worker thread.
    struct SourceOrder
    {
        QByteArray source;                        // the bytes the document was parsed from (UTF-8)
        QList<QPair<QString, qsizetype>> members; // the first batch: key ("" in an array), value offset
        qsizetype rootOffset = -1;                // where the top-level value starts; -1: no order
        qsizetype cursor = -1;                    // where the scan of the first level goes on
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Reads the first BatchSize members of `source`'s top-level value. Pure and thread-safe.
    static SourceOrder scanSource(const QByteArray &source);

    // Shows `document` (parsed elsewhere, off the UI thread). Only the first batch of top-level
    // values is created. Without `order`, object members come in QJsonObject's (sorted) order.
    void setDocument(const QJsonDocument &document);
    void setDocument(const QJsonDocument &document, const SourceOrder &order);
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
        qsizetype offset = -1; // where the value starts in m_source; -1: not known (sorted order)
        qsizetype cursor = -1; // where reading the next member goes on; -1: done or not started
        std::unique_ptr<QSet<QString>> keys; // the member names created so far (ordered objects)
    };
    Node *nodeOf(const QModelIndex &index) const;
    void createChildren(Node *node, int count);
    // Creates up to `end` children in the document's order, as far as the bytes allow; false when
    // the rest must come in QJsonObject's order.
    bool createOrderedChildren(Node *node, qsizetype end);
    void addChild(Node *node, const QString &key, int arrayIndex, const QJsonValue &value, qsizetype offset);
    void emitValuesChanged(Node *node);
    static qsizetype sizeOf(const QJsonValue &value);

    std::unique_ptr<Node> m_root;
    int m_created = 0;
    QByteArray m_source;
    QList<QPair<QString, qsizetype>> m_prescanned; // the first level's members, read on a worker
};

} // namespace cx::gui
