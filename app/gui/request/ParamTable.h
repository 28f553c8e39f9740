// A table of name/value rows with a checkbox each, plus Add and Remove buttons. The value column takes
// the width the name and description (sized to what they hold) leave.
#pragma once

#include "request/RequestDraft.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace cx::gui {

class ParamTableModel;

class ParamTable : public QWidget
{
    Q_OBJECT
public:
    // `what` names the rows in the Add button's tool tip and for screen readers ("query parameters").
    explicit ParamTable(const QString &what, QWidget *parent = nullptr);

    // The owner sets `what` again in its own language on a language change.
    void setWhat(const QString &what);
    void setRows(const QList<ParamRow> &rows);
    QList<ParamRow> rows() const;
    ParamTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void addRow();
    void removeSelectedRows();
    // Name and description as wide as their contents (within limits), the value column the rest.
    void fitColumns();

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();

    ParamTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QString m_what;
};

} // namespace cx::gui
