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
    // The value takes the room; name and description are as wide as what they hold, within limits,
    // and the user may drag them (fitColumns() sizes them again when the rows change).
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ParamTableModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ParamTableModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ParamTableModel::DescriptionColumn, QHeaderView::Interactive);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParamTable::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ParamTable::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ParamTable::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ParamTable::fitColumns);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &ParamTable::fitColumns);

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
    fitColumns();
}

void ParamTable::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    // Room for the value: the name and the description together take at most about two thirds.
    const int room = qMax(m_view->width(), 300);
    const auto fit = [&](int column, int atMost) {
        // QTableView's own hint (protected there, public in the base class).
        const int content = static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column);
        const int wanted = qMax(content, header->sectionSizeHint(column));
        header->resizeSection(column, qBound(header->minimumSectionSize(), wanted, qMax(atMost, 60)));
    };
    fit(ParamTableModel::NameColumn, room * 2 / 5);
    fit(ParamTableModel::DescriptionColumn, room / 3);
}

void ParamTable::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
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
