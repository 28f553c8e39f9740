#include "VariablesTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cx::gui {

namespace {

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(VariablesTable::SecretColumn).data(Qt::CheckStateRole).toInt() ==
           Qt::Checked;
}

// Secret values: dots on screen, a password field to edit them.
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSecretRow(index) && !option->text.isEmpty())
            option->text = QString(8, QChar(0x2022));
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecretRow(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }
};

} // namespace

VariablesTable::VariablesTable(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("variablesTable"));
    m_add->setObjectName(QStringLiteral("addVariableButton"));
    m_remove->setObjectName(QStringLiteral("removeVariableButton"));
    m_table->setItemDelegateForColumn(ValueColumn, new ValueDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(fontMetrics().height() * 8);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addVariable(QString()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            emit edited();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == SecretColumn) // the value's dots follow the box
            m_table->viewport()->update();
        emit edited();
    });
    retranslateUi();
}

void VariablesTable::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Secret")});
    m_table->setAccessibleName(tr("Variables"));
    m_add->setText(tr("&Add variable"));
    m_remove->setText(tr("&Remove"));
    m_table->setToolTip(tr("Use a variable as {{name}} in the path, query, headers or body. A secret "
                           "variable is kept in the keychain and masked in logs, history and exports."));
}

void VariablesTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

int VariablesTable::appendRow(const Variable &variable)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(variable.name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(variable.value));
    auto *secret = new QTableWidgetItem;
    secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    secret->setCheckState(variable.secret ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, SecretColumn, secret);
    return row;
}

void VariablesTable::setVariables(const VariableList &variables)
{
    m_table->setRowCount(0);
    for (const Variable &v : variables)
        appendRow(v);
}

VariableList VariablesTable::variables() const
{
    VariableList list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Variable v;
        v.name =
            m_table->item(row, NameColumn) ? m_table->item(row, NameColumn)->text().trimmed() : QString();
        v.value = m_table->item(row, ValueColumn) ? m_table->item(row, ValueColumn)->text() : QString();
        v.secret =
            m_table->item(row, SecretColumn) && m_table->item(row, SecretColumn)->checkState() == Qt::Checked;
        if (v.name.isEmpty() && v.value.isEmpty())
            continue;
        list.append(v);
    }
    return list;
}

void VariablesTable::addVariable(const QString &name, const QString &value)
{
    int row = -1;
    for (int r = 0; r < m_table->rowCount() && !name.isEmpty(); ++r)
        if (m_table->item(r, NameColumn) && m_table->item(r, NameColumn)->text().trimmed() == name)
            row = r;
    if (row < 0)
        row = appendRow({name, value});
    const int column = name.isEmpty() ? NameColumn : ValueColumn;
    m_table->setCurrentCell(row, column);
    m_table->editItem(m_table->item(row, column));
    emit edited();
}

} // namespace cx::gui
