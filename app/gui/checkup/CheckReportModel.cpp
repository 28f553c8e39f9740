#include "CheckReportModel.h"

#include "checkup/VerdictStyle.h"

#include <QApplication>
#include <QPalette>

namespace cx::gui {

CheckReportModel::CheckReportModel(QObject *parent) : QAbstractTableModel(parent) {}

void CheckReportModel::clear()
{
    beginResetModel();
    m_checks.clear();
    endResetModel();
}

void CheckReportModel::append(const CheckResult &result)
{
    // The runner may report a check again (a retried endpoint): replace its row.
    for (int row = 0; row < m_checks.size(); ++row) {
        if (m_checks.at(row).id == result.id) {
            m_checks[row] = result;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = int(m_checks.size());
    beginInsertRows({}, row, row);
    m_checks.append(result);
    endInsertRows();
}

void CheckReportModel::setChecks(const QList<CheckResult> &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

void CheckReportModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_checks.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_checks.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int CheckReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int CheckReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size())
        return {};
    const CheckResult &check = m_checks.at(index.row());
    switch (role) {
    case CheckIdRole:
        return check.id;
    case VerdictRole:
        return int(check.verdict);
    case Qt::ToolTipRole:
        return check.fix.isEmpty() ? check.diagnosis : tr("%1\nFix: %2").arg(check.diagnosis, check.fix);
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return verdictIcon(check.verdict, QApplication::palette());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return verdictColor(check.verdict, QApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LatencyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case VerdictColumn:
            return verdictText(check.verdict);
        case NameColumn:
            return check.name;
        case LatencyColumn:
            return check.latencyMs < 0 ? QString() : tr("%1 ms").arg(check.latencyMs);
        case CodeColumn:
            if (check.status > 0 && !check.code.isEmpty())
                return tr("%1 %2").arg(check.status).arg(check.code);
            if (check.status > 0)
                return QString::number(check.status);
            return check.code;
        case DiagnosisColumn:
            return check.diagnosis;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CheckReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case NameColumn:
        return tr("Check");
    case LatencyColumn:
        return tr("Latency");
    case CodeColumn:
        return tr("Code");
    case DiagnosisColumn:
        return tr("Diagnosis");
    default:
        return {};
    }
}

} // namespace cx::gui
