#include "request/ParamTableModel.h"

#include "common/PresentationMode.h"
#include "common/Retranslate.h"
#include "export/Redactor.h"
#include "net/RequestHygiene.h"

#include <QBrush>
#include <QColor>
#include <QWidget>
#include <algorithm>

namespace cx::gui {

ParamTableModel::ParamTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    if (auto *widget = qobject_cast<QWidget *>(parent))
        onLanguageChange(this, widget, [this] { retranslate(); });
}

void ParamTableModel::setKind(Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ParamTableModel::rowProblem(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const ParamRow &r = m_rows.at(row);
    // The same conversion RequestDraft::toApiRequest() makes: the check is of what would be sent.
    const QString name = r.name.trimmed();
    if (name.isEmpty())
        return {}; // a row without a name is left out of the request
    using Part = RequestProblem::Part;
    if (m_kind == Kind::Header) {
        const QByteArray rawName = name.toLatin1();
        if (const QString reason = RequestHygiene::headerNameProblem(rawName); !reason.isEmpty())
            return RequestProblem{Part::HeaderName, row, rawName, reason}.describe();
        if (const QString reason = RequestHygiene::headerValueProblem(r.value.toUtf8()); !reason.isEmpty())
            return RequestProblem{Part::HeaderValue, row, rawName, reason}.describe();
        return {};
    }
    // Query parameters are percent-encoded on the way out; RequestHygiene refuses none today.
    if (const QString reason = RequestHygiene::queryProblem(name); !reason.isEmpty())
        return RequestProblem{Part::QueryName, row, name.toUtf8(), reason}.describe();
    if (const QString reason = RequestHygiene::queryProblem(r.value); !reason.isEmpty())
        return RequestProblem{Part::QueryValue, row, name.toUtf8(), reason}.describe();
    return {};
}

QString ParamTableModel::valueNotSavedNote(const QString &name)
{
    return tr("The value of %1 was not saved (secrets are never written to disk); paste it again.").arg(name);
}

int ParamTableModel::firstProblemRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).enabled && !rowProblem(row).isEmpty())
            return row;
    }
    return -1;
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
            if (row.valueNotSaved && row.value.isEmpty()) // a placeholder to see, nothing to edit
                return role == Qt::DisplayRole ? QVariant(Redactor::mask()) : QVariant(QString());
            return role == Qt::DisplayRole ? PresentationMode::maskValue(row.name, row.value) : row.value;
        case DescriptionColumn:
            return row.required && role == Qt::DisplayRole ? tr("(required) %1").arg(row.description)
                                                           : row.description;
        default:
            return {};
        }
    }
    if (index.column() == NameColumn || index.column() == ValueColumn) {
        if (role == Qt::BackgroundRole || role == Qt::ForegroundRole || role == Qt::ToolTipRole) {
            // Marked in red with the reason; the Send refusal names it too (RequestEditor).
            const QString problem = rowProblem(index.row());
            if (!problem.isEmpty()) {
                if (role == Qt::BackgroundRole)
                    return QBrush(QColor(0xff, 0xcd, 0xd2));
                if (role == Qt::ForegroundRole)
                    return QBrush(QColor(0xb7, 0x1c, 0x1c));
                return problem;
            }
        }
    }
    if (row.valueNotSaved && (index.column() == NameColumn || index.column() == ValueColumn)) {
        if (role == Qt::ToolTipRole)
            return valueNotSavedNote(row.name.trimmed());
        if (role == Qt::ForegroundRole && index.column() == ValueColumn)
            return QBrush(QColor(0x75, 0x75, 0x75));
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
        if (!row.value.isEmpty()) {
            row.enabled = true;
            row.valueNotSaved = false; // pasted in again
        }
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
