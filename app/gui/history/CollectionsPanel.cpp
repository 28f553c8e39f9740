#include "history/CollectionsPanel.h"

#include "history/CollectionStore.h"
#include "history/CollectionTreeModel.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace cx::gui {

CollectionsPanel::CollectionsPanel(CollectionStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new CollectionTreeModel(store, this)),
      m_view(new QTreeView(this)), m_rename(new QAction(this)), m_delete(new QAction(this)),
      m_newFolder(new QAction(this))
{
    m_view->setObjectName(QStringLiteral("collectionsView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_rename->setObjectName(QStringLiteral("collectionsRename"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setObjectName(QStringLiteral("collectionsDelete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newFolder->setObjectName(QStringLiteral("collectionsNewFolder"));
    m_view->addAction(m_rename);
    m_view->addAction(m_delete);
    m_view->addAction(m_newFolder);

    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->addAction(m_newFolder);
    tools->addAction(m_rename);
    tools->addAction(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(CollectionTreeModel::KindRole).toInt() == CollectionTreeModel::RequestItem)
            emit openRequested(index.data(CollectionTreeModel::RequestIdRole).toString());
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        if (m_view->currentIndex().isValid())
            m_view->edit(m_view->currentIndex());
    });
    connect(m_delete, &QAction::triggered, this, &CollectionsPanel::askToRemoveSelected);
    connect(m_newFolder, &QAction::triggered, this, &CollectionsPanel::addFolder);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CollectionsPanel::updateActions);
    m_view->expandAll();
    updateActions();
    retranslateUi();
}

void CollectionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void CollectionsPanel::retranslateUi()
{
    m_view->setAccessibleName(tr("Saved requests"));
    m_view->setToolTip(tr("Double-click or press Enter to open a saved request in a new tab"));
    m_rename->setText(tr("&Rename"));
    m_delete->setText(tr("&Delete…"));
    m_newFolder->setText(tr("New &Folder…"));
}

void CollectionsPanel::updateActions()
{
    const bool any = m_view->currentIndex().isValid();
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

void CollectionsPanel::removeSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    if (index.data(CollectionTreeModel::KindRole).toInt() == CollectionTreeModel::FolderItem)
        m_store->removeFolder(index.data(CollectionTreeModel::FolderRole).toString());
    else
        m_store->remove(index.data(CollectionTreeModel::RequestIdRole).toString());
}

void CollectionsPanel::askToRemoveSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const bool folder = index.data(CollectionTreeModel::KindRole).toInt() == CollectionTreeModel::FolderItem;
    const QString name = index.data(Qt::EditRole).toString();
    const QString text = folder ? tr("Delete the folder “%1” and every request saved in it?").arg(name)
                                : tr("Delete the saved request “%1”?").arg(name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("collectionsDeleteQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex target(index);
    connect(box, &QMessageBox::finished, this, [this, box, target] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes || !target.isValid())
            return;
        m_view->setCurrentIndex(target);
        removeSelected();
    });
    box->open();
}

void CollectionsPanel::addFolder()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("Folder name:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        m_store->addFolder(name); // an existing folder is simply selected
        m_view->setCurrentIndex(m_model->folderIndex(name.trimmed()));
    });
    dialog->open();
}

} // namespace cx::gui
