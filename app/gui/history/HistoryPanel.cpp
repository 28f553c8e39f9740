#include "history/HistoryPanel.h"

#include "common/ClearButtonOnFirstUse.h"
#include "history/HistoryListModel.h"
#include "history/HistoryStore.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace cx::gui {

HistoryPanel::HistoryPanel(HistoryStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new HistoryListModel(store, this)),
      m_filter(new HistoryFilterModel(this)), m_search(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_count(new QLabel(this)), m_clear(new QPushButton(this)), m_compare(new QPushButton(this)),
      m_compareAction(new QAction(this))
{
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("historySearch"));
    ClearButtonOnFirstUse::install(m_search);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // Two entries can be selected to compare their responses (Ctrl+click, Shift+arrows).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(HistoryListModel::PathColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(HistoryListModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(HistoryListModel::MethodColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(HistoryListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(HistoryListModel::ErrorColumn, QHeaderView::ResizeToContents);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_clear->setObjectName(QStringLiteral("historyClear"));
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_compareAction->setObjectName(QStringLiteral("historyCompareAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_compareAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_compareAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_compare);
    bottom->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit reopenRequested(index.data(HistoryListModel::EntryIdRole).toString());
    });
    // Enter in the search box moves into the list, so the keyboard alone can search and reopen.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_filter->index(0, 0));
        }
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Clear History"),
                                    tr("Forget all %n sent request(s)?", nullptr, m_store->count()),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("clearHistoryQuestion"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box] {
            if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
                m_store->clear();
        });
        box->open();
    });
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_compareAction, &QAction::triggered, this, &HistoryPanel::compareSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::updateCompare);
    // A response is kept (written on the store's writer thread) after its row appears.
    connect(m_store, &HistoryStore::responseKept, this, [this](const QString &id) {
        if (selectedIds().contains(id))
            updateCompare();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateCompare);
    retranslateUi();
    updateCompare();
}

QStringList HistoryPanel::selectedIds() const
{
    QStringList ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(HistoryListModel::EntryIdRole).toString());
    return ids;
}

std::optional<std::pair<QString, QString>> HistoryPanel::comparablePair() const
{
    const QStringList ids = selectedIds();
    // A response still being written counts: the comparison reads it once written, off the UI thread
    // (HistoryStore::readResponse()). Nothing here waits for the writer.
    const auto kept = [this](const QString &id) {
        return m_store->isResponsePending(id) || m_store->isResponseKept(id);
    };
    if (ids.size() != 2 || !kept(ids.at(0)) || !kept(ids.at(1)))
        return std::nullopt;
    const auto first = m_store->entry(ids.at(0));
    const auto second = m_store->entry(ids.at(1));
    if (!first || !second)
        return std::nullopt;
    // The list is newest first; A is the older one.
    if (first->time > second->time)
        return std::make_pair(ids.at(1), ids.at(0));
    return std::make_pair(ids.at(0), ids.at(1));
}

bool HistoryPanel::compareSelected()
{
    const auto pair = comparablePair();
    if (!pair)
        return false;
    emit compareRequested(pair->first, pair->second);
    return true;
}

void HistoryPanel::updateCompare()
{
    const bool enabled = comparablePair().has_value();
    m_compare->setEnabled(enabled);
    m_compareAction->setEnabled(enabled);
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_compare->setToolTip(enabled ? tr("Compare the responses of the two selected requests (Ctrl+D)")
                          : selected == 2
                              ? tr("The history did not keep the response of one of them")
                              : tr("Select two requests (Ctrl+click) to compare their responses"));
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search history (method, path, status, error)"));
    m_search->setAccessibleName(tr("Search history"));
    m_view->setAccessibleName(tr("Request history"));
    m_view->setToolTip(tr("Double-click or press Enter to reopen a request in a new tab"));
    m_clear->setText(tr("Clear…"));
    m_clear->setToolTip(tr("Forget every request in the history"));
    m_compare->setText(tr("Compare"));
    m_compare->setAccessibleName(tr("Compare the selected responses"));
    m_compareAction->setText(tr("Compare the Two Responses"));
    m_compareAction->setStatusTip(tr("Compare the responses of the two selected requests"));
    updateCount();
    updateCompare();
}

void HistoryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistoryPanel::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n request(s)", nullptr, total)
                                    : tr("%1 of %n request(s)", nullptr, total).arg(shown));
}

} // namespace cx::gui
