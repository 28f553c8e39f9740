#include "TabSendsPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cx::gui {

TabSendsPanel::TabSendsPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_compare(new QPushButton(this))
{
    setObjectName(QStringLiteral("tabSendsPanel"));
    m_title->setObjectName(QStringLiteral("tabSendsTitle"));
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("tabSendsList"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(true);
    m_compare->setObjectName(QStringLiteral("tabSendsCompare"));
    m_compare->setEnabled(false);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TabSendsPanel::updateButton);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
        if (selected.size() != 2)
            return;
        int first = selected.at(0)->data(StatusColumn, SendIndexRole).toInt();
        int second = selected.at(1)->data(StatusColumn, SendIndexRole).toInt();
        if (first > second)
            std::swap(first, second);
        emit compareRequested(first, second);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

void TabSendsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TabSendsPanel::retranslateUi()
{
    m_list->setHeaderLabels({tr("Status"), tr("Time"), tr("Size")});
    m_list->setAccessibleName(tr("This tab's sends"));
    m_compare->setText(tr("&Compare Selected"));
    m_compare->setToolTip(tr("Select two sends to compare their responses."));
    m_compare->setAccessibleName(tr("Compare the two selected sends"));
    fill();
}

void TabSendsPanel::setSends(const QString &tab, const QList<ResponseSnapshot> &sends)
{
    m_tab = tab;
    m_sends = sends;
    fill();
}

void TabSendsPanel::fill()
{
    // The selection survives a new send: rows are found again by their index.
    QList<int> selected;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        selected.append(item->data(StatusColumn, SendIndexRole).toInt());
    m_list->clear();
    if (m_tab.isEmpty())
        m_title->setText(tr("No request tab."));
    else if (m_sends.isEmpty())
        m_title->setText(tr("“%1” has not been sent yet.").arg(m_tab));
    else
        m_title->setText(tr("Sends of “%1”, newest first:").arg(m_tab));
    QList<QTreeWidgetItem *> items;
    for (int i = int(m_sends.size()) - 1; i >= 0; --i) {
        const ResponseSnapshot &send = m_sends.at(i);
        auto *item = new QTreeWidgetItem;
        item->setText(StatusColumn, send.statusText());
        item->setData(StatusColumn, SendIndexRole, i);
        item->setText(TimeColumn, QLocale().toString(send.time.toLocalTime(), QStringLiteral("HH:mm:ss")));
        item->setToolTip(TimeColumn, QLocale().toString(send.time.toLocalTime(), QLocale::LongFormat));
        item->setText(SizeColumn, QLocale().formattedDataSize(send.size));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (selected.contains(item->data(StatusColumn, SendIndexRole).toInt()))
            item->setSelected(true);
    }
    updateButton();
}

void TabSendsPanel::updateButton()
{
    m_compare->setEnabled(m_list->selectedItems().size() == 2);
}

} // namespace cx::gui
