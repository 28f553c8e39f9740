// Every sent request, newest first, as a table over HistoryStore (time, method, path, status, error),
// and the filter behind the history panel's search box.
#pragma once

#include "history/HistoryStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cx::gui {

class HistoryListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, ErrorColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        SearchTextRole, // lower-case method, path, URL, status and error code, for the filter
    };

    explicit HistoryListModel(HistoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The entry shown in `row` (newest first).
    const HistoryEntry &entryAt(int row) const { return m_entries.at(row); }
    // Reads the store again.
    void reload();
    // After a language switch: the headers and the "—" of entries without a status are shown anew.
    void retranslate();

private:
    void onEntryAdded();

    HistoryStore *m_store;
    QList<HistoryEntry> m_entries; // newest first
};

// Keeps the rows where every whitespace-separated term occurs (case-insensitively) in the method, path,
// URL, status or error code — the same rule as HistoryStore::search.
class HistoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
};

} // namespace cx::gui
