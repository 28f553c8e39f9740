#include "ParamTableModel.h"

#include "Retranslate.h"
#include "demo/PresentationMode.h"

#include <QWidget>
#include <algorithm>

namespace cx::gui {

ParamTableModel::ParamTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    if (auto *widget = qobject_cast<QWidget *>(parent))
        onLanguageChange(this, widget, [this] { retranslate(); });
}

void ParamTableModel::setRows(const QList<ParamRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ParamTableModel::addRow(const QString &name, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(ParamRow{true, name, value, {}, false});
    endInsertRows();
    emit edited();
    return row;
}

void ParamTableModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        emit edited();
}

void ParamTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int ParamTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParamTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ParamRow &row = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return row.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ValueColumn: // masked on screen in presentation mode, never in the editor
            return role == Qt::DisplayRole ? PresentationMode::maskValue(row.name, row.value) : row.value;
        case DescriptionColumn:
            return row.required && role == Qt::DisplayRole ? tr("(required) %1").arg(row.description)
                                                           : row.description;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return row.enabled ? tr("Sent with the request. Untick to leave it out.")
                           : tr("Not sent. Tick to send it.");
    return {};
}

bool ParamTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    ParamRow &row = m_rows[index.row()];
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        row.enabled = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && index.column() == NameColumn) {
        row.name = value.toString();
    } else if (role == Qt::EditRole && index.column() == ValueColumn) {
        row.value = value.toString();
        // Giving an optional parameter a value is a request to send it.
        if (!row.value.isEmpty())
            row.enabled = true;
    } else {
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

QVariant ParamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags ParamTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    if (index.column() == ValueColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace cx::gui
