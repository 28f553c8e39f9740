#include "ContractView.h"

#include "checkup/CheckReportRenderer.h"

#include <QEvent>
#include <QHeaderView>

namespace cx::gui {

namespace {

int rank(const QString &status)
{
    if (status == QLatin1String("differed"))
        return 0;
    return status == QLatin1String("held") ? 1 : 2;
}

} // namespace

ContractView::ContractView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("checkupContract"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setColumnCount(4);
    header()->setStretchLastSection(true);
    setColumnWidth(StatusColumn, 90);
    setColumnWidth(TopicColumn, 140);
    setColumnWidth(AssumptionColumn, 280);
    hide();
    retranslateUi();
}

void ContractView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

void ContractView::retranslateUi()
{
    setHeaderLabels({tr("Assumption held?"), tr("Topic"), tr("Where the description states it"),
                     tr("What this server did")});
    setToolTip(tr("Choices the public docs leave open, as the API description assumes them and as this "
                  "server answered (connect-cli check --contract)."));
    setEntries(m_entries); // the status words
}

void ContractView::setEntries(const QList<ContractResult> &entries)
{
    m_entries = entries;
    std::stable_sort(
        m_entries.begin(), m_entries.end(),
        [](const ContractResult &a, const ContractResult &b) { return rank(a.status) < rank(b.status); });
    clear();
    for (const ContractResult &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(StatusColumn, CheckReportRenderer::contractStatusLabel(entry.status));
        item->setData(StatusColumn, Qt::UserRole, entry.status);
        // The topic and pointer are names from the description, the same in every language; the server's
        // doings are the check-up's words.
        item->setText(TopicColumn, entry.topic);
        item->setText(AssumptionColumn, entry.assumption);
        item->setText(SeenColumn, entry.seen);
        item->setToolTip(AssumptionColumn, entry.text);
        item->setToolTip(SeenColumn, entry.seen);
        if (entry.status == QLatin1String("differed")) {
            QFont bold = font();
            bold.setBold(true);
            item->setFont(StatusColumn, bold);
        }
    }
    setVisible(!m_entries.isEmpty());
}

int ContractView::count(const QString &status) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [&status](const ContractResult &entry) { return entry.status == status; }));
}

} // namespace cx::gui
