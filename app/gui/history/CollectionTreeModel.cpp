#include "history/CollectionTreeModel.h"

#include <QIcon>

namespace cx::gui {

// internalId: 0 for rows of the root (folders, then top-level requests); folder row + 1 for the
// requests inside a folder.

CollectionTreeModel::CollectionTreeModel(CollectionStore *store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store)
{
    connect(store, &CollectionStore::changed, this, [this] {
        if (!m_editing)
            reload();
    });
    reload();
}

void CollectionTreeModel::reload()
{
    beginResetModel();
    m_folders.clear();
    m_topLevel.clear();
    for (const QString &folder : m_store->folders())
        m_folders.append(Folder{folder, m_store->requestsIn(folder)});
    m_topLevel = m_store->requestsIn(QString());
    endResetModel();
}

void CollectionTreeModel::retranslate()
{
    if (!m_folders.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_folders.size()) - 1, 0), {Qt::ToolTipRole});
}

QModelIndex CollectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CollectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CollectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_folders.size() + m_topLevel.size());
    if (parent.internalId() == 0 && parent.row() < m_folders.size())
        return int(m_folders.at(parent.row()).requests.size());
    return 0;
}

int CollectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const SavedRequest *CollectionTreeModel::requestAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0) {
        const int at = index.row() - int(m_folders.size());
        return at >= 0 && at < m_topLevel.size() ? &m_topLevel.at(at) : nullptr;
    }
    const int folder = int(index.internalId() - 1);
    if (folder >= m_folders.size() || index.row() >= m_folders.at(folder).requests.size())
        return nullptr;
    return &m_folders.at(folder).requests.at(index.row());
}

QVariant CollectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isFolder = index.internalId() == 0 && index.row() < m_folders.size();
    if (isFolder) {
        const Folder &folder = m_folders.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return folder.name;
        case Qt::ToolTipRole:
            return tr("%n saved request(s)", nullptr, int(folder.requests.size()));
        case KindRole:
            return FolderItem;
        case FolderRole:
            return folder.name;
        default:
            return {};
        }
    }
    const SavedRequest *saved = requestAt(index);
    if (!saved)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(QString::fromLatin1(saved->request.method), saved->name);
    case Qt::EditRole:
        return saved->name;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(saved->request.method), saved->request.path);
    case KindRole:
        return RequestItem;
    case RequestIdRole:
        return saved->id;
    case FolderRole:
        return saved->folder;
    default:
        return {};
    }
}

bool CollectionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    m_editing = true;
    bool ok = false;
    if (index.data(KindRole).toInt() == FolderItem) {
        const QString old = m_folders.at(index.row()).name;
        ok = old == name || m_store->renameFolder(old, name);
        if (ok) {
            m_folders[index.row()].name = name;
            for (SavedRequest &saved : m_folders[index.row()].requests)
                saved.folder = name;
        }
    } else if (const SavedRequest *saved = requestAt(index)) {
        ok = saved->name == name || m_store->rename(saved->id, name);
        if (ok)
            const_cast<SavedRequest *>(saved)->name = name;
    }
    m_editing = false;
    if (ok)
        emit dataChanged(index, index);
    return ok;
}

Qt::ItemFlags CollectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QModelIndex CollectionTreeModel::folderIndex(const QString &folder) const
{
    for (int row = 0; row < m_folders.size(); ++row) {
        if (m_folders.at(row).name == folder)
            return index(row, 0);
    }
    return {};
}

QModelIndex CollectionTreeModel::requestIndex(const QString &id) const
{
    for (int folder = 0; folder < m_folders.size(); ++folder) {
        const auto &requests = m_folders.at(folder).requests;
        for (int row = 0; row < requests.size(); ++row) {
            if (requests.at(row).id == id)
                return index(row, 0, index(folder, 0));
        }
    }
    for (int row = 0; row < m_topLevel.size(); ++row) {
        if (m_topLevel.at(row).id == id)
            return index(int(m_folders.size()) + row, 0);
    }
    return {};
}

} // namespace cx::gui
