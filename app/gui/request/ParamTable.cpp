#include "request/ParamTable.h"

#include "request/ParamTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cx::gui {

ParamTable::ParamTable(const QString &what, QWidget *parent)
    : QWidget(parent), m_model(new ParamTableModel(this)), m_view(new QTableView(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_what(what)
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ParamTableModel::NameColumn,
                                                     QHeaderView::ResizeToContents);

    connect(m_add, &QPushButton::clicked, this, &ParamTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ParamTable::removeSelectedRows);
    connect(m_model, &ParamTableModel::edited, this, &ParamTable::edited);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    retranslateUi();
}

void ParamTable::setWhat(const QString &what)
{
    m_what = what;
    m_view->setAccessibleName(m_what);
    m_add->setToolTip(tr("Add a row to %1").arg(m_what));
}

void ParamTable::retranslateUi()
{
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected rows"));
    setWhat(m_what);
}

void ParamTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParamTable::setRows(const QList<ParamRow> &rows)
{
    m_model->setRows(rows);
}

QList<ParamRow> ParamTable::rows() const
{
    return m_model->rows();
}

void ParamTable::addRow()
{
    const int row = m_model->addRow();
    const QModelIndex name = m_model->index(row, ParamTableModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void ParamTable::removeSelectedRows()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    m_model->removeRowsAt(rows);
}

} // namespace cx::gui
