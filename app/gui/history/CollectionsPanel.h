// The Collections dock's content: folders and saved requests as a tree. Double-click or Enter opens a
// request in a new tab; F2 renames in place; Delete removes (after a question); New Folder adds one.
// Import Collection… reads a Postman (v2.0/v2.1) or Insomnia (v4/v5) file into a new folder named after
// the collection (its nested folders become "Collection / Sub / Sub" folders), keeps the collection's
// variables with that folder and shows the import's notes; Export as Postman… writes the selected
// folder (and those under it) as a Postman v2.1 collection.
#pragma once

#include "vars/Variables.h"

#include <QStringList>
#include <QWidget>
#include <functional>

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
    QAction *importAction() const { return m_import; }
    QAction *exportPostmanAction() const { return m_exportPostman; }

    struct ImportOutcome
    {
        bool ok = false;
        QString folder;    // the top folder the requests went into
        int requests = 0;  // how many were saved
        QStringList notes; // the reader's notes, "request: note" for a request's own
        QString error;     // translated, when !ok
    };
    // Imports a collection file (format detected from its content); files it names are read next to
    // it. Shows nothing: the Import action shows the outcome.
    ImportOutcome importFile(const QString &fileName);
    ImportOutcome importData(const QByteArray &data, const QString &directory, const QString &fallbackName);
    // The folder `folder` and those under it as a Postman v2.1 collection (secrets masked).
    QByteArray exportFolderAsPostman(const QString &folder, QStringList *notes) const;
    // The profile's variables, for naming the {{names}} that neither the profile nor the collection holds.
    void setProfileVariables(std::function<VariableScope()> provider)
    {
        m_profileVariables = std::move(provider);
    }

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
    void askToImport();
    void askToExportPostman();
    void showImportOutcome(const ImportOutcome &outcome);
    QString selectedFolder() const;

    CollectionStore *m_store;
    CollectionTreeModel *m_model;
    QTreeView *m_view;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_newFolder;
    QAction *m_import;
    QAction *m_exportPostman;
    std::function<VariableScope()> m_profileVariables;
};

} // namespace cx::gui
