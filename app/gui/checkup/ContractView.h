// The report card's contract section: each assumption of the API description (x-sim-assumption) with
// what this server showed of it, differed ones first so they are seen without scrolling.
#pragma once

#include "checkup/CheckReport.h"

#include <QTreeWidget>

namespace cx::gui {

class ContractView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { StatusColumn, TopicColumn, AssumptionColumn, SeenColumn };

    explicit ContractView(QWidget *parent = nullptr);

    // Shows `entries` (hidden when there are none).
    void setEntries(const QList<ContractResult> &entries);
    void clearEntries() { setEntries({}); }
    int count(const QString &status) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<ContractResult> m_entries;
};

} // namespace cx::gui
