#include "history/HistoryListModel.h"

#include <QLocale>

namespace cx::gui {

HistoryListModel::HistoryListModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &HistoryStore::entryAdded, this, &HistoryListModel::onEntryAdded);
    connect(store, &HistoryStore::cleared, this, &HistoryListModel::reload);
    reload();
}

void HistoryListModel::reload()
{
    beginResetModel();
    m_entries = m_store->entries();
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

void HistoryListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DisplayRole});
}

void HistoryListModel::onEntryAdded()
{
    // The store drops its oldest entries past its bound: then the whole list is read again.
    if (m_store->count() != m_entries.size() + 1) {
        reload();
        return;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(m_store->entries().constLast());
    endInsertRows();
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    if (role == SearchTextRole) {
        return QStringList{QString::fromLatin1(entry.request.method),
                           entry.request.path,
                           entry.url(),
                           entry.status > 0 ? QString::number(entry.status) : QString(),
                           entry.errorCode,
                           entry.failure}
            .join(QLatin1Char('\n'))
            .toLower();
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(entry.request.method), entry.url());
    if (role == Qt::TextAlignmentRole && index.column() == StatusColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case MethodColumn:
        return QString::fromLatin1(entry.request.method);
    case PathColumn:
        return entry.request.path;
    case StatusColumn:
        return entry.status > 0 ? QString::number(entry.status) : tr("—");
    case ErrorColumn:
        return entry.errorCode.isEmpty() ? entry.failure : entry.errorCode;
    default:
        return {};
    }
}

QVariant HistoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void HistoryFilterModel::setSearchText(const QString &text)
{
    m_text = text;
    m_terms = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString text =
        sourceModel()->index(sourceRow, 0, sourceParent).data(HistoryListModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

} // namespace cx::gui
