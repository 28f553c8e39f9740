// The Collections dock's content: folders and saved requests as a tree. Double-click or Enter opens a
// request in a new tab; F2 renames in place; Delete removes (after a question); New Folder adds one.
#pragma once

#include <QWidget>

class QAction;
class QTreeView;

namespace cx {
class CollectionStore;
}

namespace cx::gui {

class CollectionTreeModel;

class CollectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionsPanel(CollectionStore *store, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    CollectionTreeModel *model() const { return m_model; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *newFolderAction() const { return m_newFolder; }

    // Removes the selected request or folder at once (the Delete action asks first).
    void removeSelected();

signals:
    void openRequested(const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void askToRemoveSelected();
    void addFolder();
    void updateActions();

    CollectionStore *m_store;
    CollectionTreeModel *m_model;
    QTreeView *m_view;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_newFolder;
};

} // namespace cx::gui
