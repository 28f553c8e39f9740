#include "history/HistoryPanel.h"

#include "common/ClearButtonOnFirstUse.h"
#include "history/HistoryListModel.h"
#include "history/HistoryStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
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
      m_count(new QLabel(this)), m_clear(new QPushButton(this))
{
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("historySearch"));
    ClearButtonOnFirstUse::install(m_search);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
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

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
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
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateCount);
    retranslateUi();
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
    updateCount();
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
