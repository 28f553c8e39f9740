// The report card's rows: one per check of a check-up (verdict, name, latency, code, diagnosis), filled
// as the checks finish. The fix is each row's tooltip.
#pragma once

#include "checkup/CheckReport.h"

#include <QAbstractTableModel>

namespace cx::gui {

class CheckReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VerdictColumn, NameColumn, LatencyColumn, CodeColumn, DiagnosisColumn, ColumnCount };
    enum Role { CheckIdRole = Qt::UserRole + 1, VerdictRole };

    explicit CheckReportModel(QObject *parent = nullptr);

    void clear();
    void append(const CheckResult &result);
    void setChecks(const QList<CheckResult> &checks);
    const QList<CheckResult> &checks() const { return m_checks; }
    const CheckResult &check(int row) const { return m_checks.at(row); }
    // The headers, verdicts, latencies and tooltips in the current language (after a switch).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CheckResult> m_checks;
};

} // namespace cx::gui
