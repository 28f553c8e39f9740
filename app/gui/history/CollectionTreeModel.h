// Saved requests as a tree: folders first (in the user's order), each with its requests, then the
// requests saved at the top level. Names are editable in place (renaming in the CollectionStore).
#pragma once

#include "history/CollectionStore.h"

#include <QAbstractItemModel>

namespace cx::gui {

class CollectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Kind { FolderItem, RequestItem };
    enum Role {
        KindRole = Qt::UserRole + 1,
        RequestIdRole, // requests only
        FolderRole,    // the folder's name, or the folder a request is in
    };

    explicit CollectionTreeModel(CollectionStore *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex folderIndex(const QString &folder) const;
    QModelIndex requestIndex(const QString &id) const;

    // After a language switch: the folders' tool tips ("3 saved requests") are asked for anew.
    void retranslate();

private:
    void reload();
    struct Folder
    {
        QString name;
        QList<SavedRequest> requests;
    };
    const SavedRequest *requestAt(const QModelIndex &index) const;

    CollectionStore *m_store;
    QList<Folder> m_folders;
    QList<SavedRequest> m_topLevel;
    bool m_editing = false;
};

} // namespace cx::gui
