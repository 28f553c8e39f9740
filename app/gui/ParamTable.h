// A table of name/value rows with a checkbox each, plus Add and Remove buttons.
#pragma once

#include "RequestDraft.h"

#include <QWidget>

class QTableView;

namespace cx::gui {

class ParamTableModel;

class ParamTable : public QWidget
{
    Q_OBJECT
public:
    explicit ParamTable(const QString &what, QWidget *parent = nullptr);

    void setRows(const QList<ParamRow> &rows);
    QList<ParamRow> rows() const;
    ParamTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void addRow();
    void removeSelectedRows();

signals:
    void edited();

private:
    ParamTableModel *m_model;
    QTableView *m_view;
};

} // namespace cx::gui
